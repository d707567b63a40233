// DBT-010: an incremental model the change adds or edits has no `unique_key`, so each run
// appends (or, with merge, cannot match) rows: re-running a period duplicates it. Strategy-aware:
// `append`, `microbatch` and `insert_overwrite` do not use a unique key (they replace or add by
// design), so those strategies are exempt. Config merged from dbt_project.yml folders, the
// properties entry and the in-file config(). Anchor: dbt-bouncer MO011.
import type { Rule } from '../../rule.js';
import { describeLayer, incrementalModelsUnderReview } from './incremental.js';
import { isSet, reportAt } from './support.js';

const KEYLESS_STRATEGIES = new Set(['append', 'microbatch', 'insert_overwrite']);

export const incrementalWithoutUniqueKey: Rule = {
  meta: {
    id: 'DBT-010',
    title: 'Incremental model without unique_key',
    domain: 'dbt',
    checklist: ['STD-04', 'STD-07', 'CODE-03', 'PERF-05'],
    severity: 'error',
    rationale:
      'Without a unique_key an incremental run can only insert: a late-arriving update becomes a second row and a re-run ' +
      'of the same window duplicates it. Declaring the grain lets merge / delete+insert replace rows and keeps the model idempotent.',
    examples: {
      bad: "{{ config(materialized='incremental') }}\nselect * from {{ ref('stg_events') }}",
      good: "{{ config(materialized='incremental', unique_key='event_id') }}\nselect * from {{ ref('stg_events') }}",
    },
    appliesTo: ['dbt-model', 'dbt-properties'],
    scope: 'changed-objects',
    needsGraph: true,
  },
  check(ctx) {
    for (const model of incrementalModelsUnderReview(ctx)) {
      if (model.strategy !== undefined && KEYLESS_STRATEGIES.has(model.strategy)) continue;
      if (isSet(model.config['unique_key']?.value)) continue;
      const strategy = model.strategy === undefined ? "the adapter's default strategy" : `the \`${model.strategy}\` strategy`;
      reportAt(
        ctx,
        model.target,
        model.locations,
        `Incremental model \`${model.target.name}\` (materialized by ${describeLayer(model.config['materialized'])}) has no \`unique_key\`: with ${strategy} a re-run or a late update duplicates rows. ` +
          "Add `unique_key='<grain column(s)>'`, or set `incremental_strategy='append'` / `'insert_overwrite'` if that is the intent.",
      );
    }
  },
};
