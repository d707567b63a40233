// The Airflow rules, in catalogue order. AF-017 and AF-018 are the warning-level halves of the
// catalogue's AF-003 and AF-008 (each catalogue entry has two severities); AF-015 is not a rule:
// SQL passed to SQL operators is routed through the SQL rules (../../airflow/embedded-sql.ts).
import type { Rule } from '../../rule.js';
import { dagWithoutSchedule } from './af-001.js';
import { runtimeVaryingArguments } from './af-002.js';
import { moduleLevelLookup } from './af-003.js';
import { parseTimeSideEffects } from './af-004.js';
import { heavyTopLevelImports } from './af-005.js';
import { noRetries } from './af-006.js';
import { noFailureAlerting } from './af-007.js';
import { catchupInDefaultArgs } from './af-008.js';
import { missingTimeouts } from './af-009.js';
import { removedSla } from './af-010.js';
import { airflow3RemovedNames } from './af-011.js';
import { duplicateIds } from './af-012.js';
import { hardCodedSecrets } from './af-013.js';
import { clockInTask } from './af-014.js';
import { undocumentedDag } from './af-016.js';
import { constructorArgumentLookup } from './af-017.js';
import { implicitCatchup } from './af-018.js';

export const airflowRules: readonly Rule[] = [
  dagWithoutSchedule,
  runtimeVaryingArguments,
  moduleLevelLookup,
  parseTimeSideEffects,
  heavyTopLevelImports,
  noRetries,
  noFailureAlerting,
  catchupInDefaultArgs,
  missingTimeouts,
  removedSla,
  airflow3RemovedNames,
  duplicateIds,
  hardCodedSecrets,
  clockInTask,
  undocumentedDag,
  constructorArgumentLookup,
  implicitCatchup,
];
