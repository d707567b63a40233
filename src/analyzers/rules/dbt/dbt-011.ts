// DBT-011: an incremental model the change adds or edits has no `{% if is_incremental() %}`
// filter, so every incremental run re-reads (and, without a key, re-inserts) its whole input.
// Microbatch models are exempt: dbt filters each batch itself. Approximation: a filter hidden in a
// project macro cannot be seen, so a model that calls a macro whose name mentions `incremental`
// is given the benefit of the doubt. Anchor: dbt's incremental-models documentation.
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { incrementalModelsUnderReview } from './incremental.js';
import { reportAt } from './support.js';

/** `{{ incremental_filter('ts') }}`-style macros that usually wrap is_incremental(). */
function callsIncrementalMacro(text: string): boolean {
  for (const match of text.matchAll(/\{[{%][\s\S]*?[}%]\}/g)) {
    if (/\b(?!is_incremental\b)\w*incremental\w*\s*\(/i.test(match[0])) return true;
  }
  return false;
}

export const incrementalWithoutFilter: Rule = {
  meta: {
    id: 'DBT-011',
    title: 'Incremental model without an is_incremental() filter',
    domain: 'dbt',
    checklist: ['STD-07', 'PERF-05', 'CODE-03'],
    severity: 'error',
    rationale:
      'An incremental model that does not filter its input on is_incremental() re-processes the full history on every run: ' +
      'it costs what a table rebuild costs and, depending on the strategy, duplicates or rewrites every row.',
    examples: {
      bad: "{{ config(materialized='incremental', unique_key='id') }}\nselect * from {{ ref('stg_events') }}",
      good:
        "{{ config(materialized='incremental', unique_key='id') }}\nselect * from {{ ref('stg_events') }}\n" +
        '{% if is_incremental() %}\nwhere loaded_at > (select max(loaded_at) from {{ this }})\n{% endif %}',
    },
    appliesTo: ['dbt-model'],
    scope: 'changed-objects',
  },
  check(ctx) {
    const jinja = ctx.jinja;
    if (!jinja || jinja.usesIsIncremental || callsIncrementalMacro(ctx.head)) return;
    for (const model of incrementalModelsUnderReview(ctx)) {
      if (model.strategy === 'microbatch') continue;
      const line = model.locations.find((location) => location?.file === ctx.file.path)?.line ?? 1;
      reportAt(
        ctx,
        model.target,
        [{ file: ctx.file.path, line }],
        `Incremental model \`${model.target.name}\` never checks \`is_incremental()\`, so each incremental run reads its whole input again. ` +
          'Add `{% if is_incremental() %} where <timestamp> > (select max(<timestamp>) from {{ this }}) {% endif %}`, or use the microbatch strategy.',
        { snippet: lineText(ctx.head, line) },
      );
    }
  },
};
