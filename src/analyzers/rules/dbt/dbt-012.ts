// DBT-012: an incremental model the change adds or edits leaves `on_schema_change` implicit, so
// dbt's default `ignore` applies: a column added to the SELECT never reaches the table and nothing
// fails. Advisory: `ignore` can be a deliberate choice, which writing it down makes visible.
// Folder-level `+on_schema_change` in dbt_project.yml counts. Anchor: dbt's incremental docs.
import type { Rule } from '../../rule.js';
import { incrementalModelsUnderReview } from './incremental.js';
import { isSet, reportAt } from './support.js';

export const incrementalImplicitSchemaChange: Rule = {
  meta: {
    id: 'DBT-012',
    title: 'Incremental model with implicit on_schema_change',
    domain: 'dbt',
    checklist: ['STD-08', 'DQ-01', 'DQ-03'],
    severity: 'warning',
    rationale:
      "dbt's default on_schema_change is `ignore`: a column added to an incremental model's SELECT is silently dropped " +
      'until someone runs a full refresh. Stating the policy (fail, append_new_columns, sync_all_columns) makes drift visible.',
    examples: {
      bad: "{{ config(materialized='incremental', unique_key='id') }}",
      good: "{{ config(materialized='incremental', unique_key='id', on_schema_change='append_new_columns') }}",
    },
    appliesTo: ['dbt-model', 'dbt-properties'],
    scope: 'changed-objects',
    needsGraph: true,
  },
  check(ctx) {
    for (const model of incrementalModelsUnderReview(ctx)) {
      if (isSet(model.config['on_schema_change']?.value)) continue;
      reportAt(
        ctx,
        model.target,
        model.locations,
        `Incremental model \`${model.target.name}\` does not set \`on_schema_change\`, so dbt's default \`ignore\` silently drops new columns. ` +
          "Set it explicitly: `on_schema_change='append_new_columns'` (or `'fail'` / `'sync_all_columns'`, or `'ignore'` if intended).",
      );
    }
  },
};
