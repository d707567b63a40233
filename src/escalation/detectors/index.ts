// Every deterministic escalation detector. A detector is added by writing its file here and
// listing it below. docs/triggers.md says which detector covers which trigger, and why the
// triggers without one can only be seen by the LLM review.
import type { Detector } from './detector.js';
import { airflowMajorVersion } from './airflow-major-version.js';
import { dagFailureTolerance } from './dag-failure-tolerance.js';
import { dagSchedule } from './dag-schedule.js';
import { dbtTestThresholds } from './dbt-test-thresholds.js';
import { externalTablesDetector } from './external-tables.js';
import { fullRefreshCommands } from './full-refresh-commands.js';
import { historyDateFloor } from './history-date-floor.js';
import { infrastructureSettings } from './infrastructure-settings.js';
import { materializationChanged } from './materialization-changed.js';
import { modelConfigChanged } from './model-config-changed.js';
import { modelingConvention } from './modeling-convention.js';
import { profileCompute } from './profile-compute.js';
import { refreshingModelIntroduced } from './refreshing-model-introduced.js';
import { snapshotHistory } from './snapshot-history.js';
import { streamingPipeline } from './streaming-pipeline.js';
import { technologyIntroduced } from './technology-introduced.js';
import { transformPlacement } from './transform-placement.js';
import { warehouseAdapter } from './warehouse-adapter.js';

export type { Detector, DetectorContext, EscalationTrigger } from './detector.js';
export const detectors: readonly Detector[] = [
  // dbt models, tests, snapshots and sources
  materializationChanged,
  modelConfigChanged,
  refreshingModelIntroduced,
  dbtTestThresholds,
  snapshotHistory,
  historyDateFloor,
  modelingConvention,
  externalTablesDetector,
  // Airflow DAGs and pipeline code
  dagFailureTolerance,
  dagSchedule,
  streamingPipeline,
  transformPlacement,
  fullRefreshCommands,
  // platform: warehouse, dependencies, infrastructure
  warehouseAdapter,
  profileCompute,
  airflowMajorVersion,
  technologyIntroduced,
  infrastructureSettings,
];
