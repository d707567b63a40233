// Every deterministic rule, in catalogue order. A rule is added by writing its file under
// rules/<domain>/ and listing it here.
import type { Rule } from '../rule.js';
import { noRetries } from './airflow/af-006.js';
import { modelWithoutTests } from './dbt/dbt-004.js';
import { finalSelectUnknownColumns } from './sql/sql-001.js';

export const rules: readonly Rule[] = [finalSelectUnknownColumns, modelWithoutTests, noRetries];
