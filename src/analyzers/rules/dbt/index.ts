// The dbt rules, in catalogue order.
import type { Rule } from '../../rule.js';
import { modelWithoutProperties } from './dbt-001.js';
import { modelWithoutDescription } from './dbt-002.js';
import { modelColumnsUndocumented } from './dbt-003.js';
import { modelWithoutTests } from './dbt-004.js';
import { modelWithoutPrimaryKeyTest } from './dbt-005.js';
import { sourceWithoutFreshness } from './dbt-006.js';
import { sourceWithoutTests } from './dbt-007.js';
import { hardCodedRelation } from './dbt-008.js';
import { missingRefTarget } from './dbt-009.js';
import { incrementalWithoutUniqueKey } from './dbt-010.js';
import { incrementalWithoutFilter } from './dbt-011.js';
import { incrementalImplicitSchemaChange } from './dbt-012.js';
import { publicModelWithoutContract } from './dbt-013.js';
import { contractColumnsWithoutType } from './dbt-014.js';
import { layerViolation } from './dbt-016.js';
import { rootModel } from './dbt-017.js';
import { namingConvention } from './dbt-020.js';
import { trailingSemicolon } from './dbt-021.js';
import { largeModelWithoutLayout } from './dbt-022.js';
import { partitionFilterNotRequired } from './dbt-023.js';
import { invalidSnapshotConfig } from './dbt-024.js';
import { duplicateSource } from './dbt-025.js';
import { exposureOnUnsuitableParent } from './dbt-026.js';

export const dbtRules: readonly Rule[] = [
  modelWithoutProperties,
  modelWithoutDescription,
  modelColumnsUndocumented,
  modelWithoutTests,
  modelWithoutPrimaryKeyTest,
  sourceWithoutFreshness,
  sourceWithoutTests,
  hardCodedRelation,
  missingRefTarget,
  incrementalWithoutUniqueKey,
  incrementalWithoutFilter,
  incrementalImplicitSchemaChange,
  publicModelWithoutContract,
  contractColumnsWithoutType,
  layerViolation,
  rootModel,
  namingConvention,
  trailingSemicolon,
  largeModelWithoutLayout,
  partitionFilterNotRequired,
  invalidSnapshotConfig,
  duplicateSource,
  exposureOnUnsuitableParent,
];
