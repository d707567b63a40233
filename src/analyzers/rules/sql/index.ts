// The SQL rules, in catalogue order.
import type { Rule } from '../../rule.js';
import { finalSelectUnknownColumns } from './sql-001.js';
import { joinWithoutCondition } from './sql-003.js';
import { explicitCrossJoin } from './sql-004.js';
import { deleteUpdateWithoutWhere } from './sql-005.js';
import { insertWithoutOverwrite } from './sql-006.js';
import { mergeSourceNotDeduplicated } from './sql-007.js';
import { limitWithoutOrderBy } from './sql-008.js';
import { rankingWithoutOrder } from './sql-009.js';
import { wallClockInModelPredicate } from './sql-010.js';
import { orderByWithoutLimit } from './sql-011.js';
import { unusedCte } from './sql-012.js';
import { unusedOuterJoin } from './sql-013.js';
import { redundantConstantExpression } from './sql-014.js';
import { bareUnion } from './sql-015.js';
import { setOperationWidthMismatch } from './sql-016.js';
import { bigqueryCteReadTwice } from './sql-018.js';
import { nonRerunnableDdl } from './sql-020.js';
import { truncateInPipelineScript } from './sql-023.js';

export const sqlRules: readonly Rule[] = [
  finalSelectUnknownColumns,
  joinWithoutCondition,
  explicitCrossJoin,
  deleteUpdateWithoutWhere,
  insertWithoutOverwrite,
  mergeSourceNotDeduplicated,
  limitWithoutOrderBy,
  rankingWithoutOrder,
  wallClockInModelPredicate,
  orderByWithoutLimit,
  unusedCte,
  unusedOuterJoin,
  redundantConstantExpression,
  bareUnion,
  setOperationWidthMismatch,
  bigqueryCteReadTwice,
  nonRerunnableDdl,
  truncateInPipelineScript,
];
