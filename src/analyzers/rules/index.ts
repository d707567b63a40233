// Every deterministic rule. A rule is added by writing its file under rules/<domain>/ and
// listing it in that domain's index.
import type { Rule } from '../rule.js';
import { airflowRules } from './airflow/index.js';
import { dbtRules } from './dbt/index.js';
import { governanceRules } from './governance/index.js';
import { sqlRules } from './sql/index.js';

export const rules: readonly Rule[] = [...sqlRules, ...dbtRules, ...airflowRules, ...governanceRules];
