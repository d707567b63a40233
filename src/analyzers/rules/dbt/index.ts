// The dbt rules, in catalogue order.
import type { Rule } from '../../rule.js';
import { modelWithoutTests } from './dbt-004.js';

export const dbtRules: readonly Rule[] = [modelWithoutTests];
