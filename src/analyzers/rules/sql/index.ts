// The SQL rules, in catalogue order.
import type { Rule } from '../../rule.js';
import { finalSelectUnknownColumns } from './sql-001.js';

export const sqlRules: readonly Rule[] = [finalSelectUnknownColumns];
