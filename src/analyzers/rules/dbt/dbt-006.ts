// DBT-006: a source table the change adds or edits has no freshness check: no `warn_after` or
// `error_after` with a count and a period, at table level, source level (dbt merges the source's
// into each table) or in `config: freshness:` (dbt 1.9+), nor in dbt_project.yml `sources:`.
// An explicit `freshness: null` is a deliberate opt-out and is respected. `loaded_at_field` is
// not required: dbt 1.7+ computes freshness from warehouse metadata on adapters that offer it.
// Anchors: dbt-checkpoint check-source-has-freshness, dbt-bouncer SO004,
// dbt-project-evaluator fct_sources_without_freshness.
import type { Rule } from '../../rule.js';
import type { LiteralValue } from '../../values.js';
import { sourceLabel, sourceProperty, sourceTablesUnderReview } from './sources.js';

function validThreshold(value: LiteralValue | undefined): boolean {
  if (value?.kind === 'expr') return true;
  if (value?.kind !== 'dict') return false;
  const count = value.entries['count'];
  const period = value.entries['period'];
  return (count?.kind === 'number' || count?.kind === 'expr' || count?.kind === 'string') && (period?.kind === 'string' || period?.kind === 'expr');
}

type Freshness = 'valid' | 'opted-out' | 'missing' | 'incomplete';

export function freshnessOf(value: LiteralValue | undefined): Freshness {
  if (value === undefined) return 'missing';
  if (value.kind === 'none') return 'opted-out';
  // A Jinja expression is rendered by dbt; we cannot judge it.
  if (value.kind === 'expr') return 'valid';
  if (value.kind !== 'dict') return 'incomplete';
  return validThreshold(value.entries['warn_after']) || validThreshold(value.entries['error_after']) ? 'valid' : 'incomplete';
}

export const sourceWithoutFreshness: Rule = {
  meta: {
    id: 'DBT-006',
    title: 'Source table without freshness',
    domain: 'dbt',
    checklist: ['STD-06', 'DQ-05', 'MON-02'],
    severity: 'error',
    rationale:
      'A source without a freshness threshold lets a stalled extract feed yesterday\'s data into every model built on it ' +
      'with green runs; `dbt source freshness` can only warn about the sources that declare what late means.',
    examples: {
      bad: 'sources:\n  - name: shop\n    tables:\n      - name: orders',
      good: 'sources:\n  - name: shop\n    loaded_at_field: _loaded_at\n    freshness:\n      warn_after: {count: 12, period: hour}\n    tables:\n      - name: orders',
    },
    appliesTo: ['dbt-properties'],
    scope: 'changed-objects',
  },
  check(ctx) {
    const index = ctx.dbt;
    if (!index) return;
    for (const table of sourceTablesUnderReview(ctx)) {
      const freshness = freshnessOf(sourceProperty(index, table, 'freshness')?.value);
      if (freshness === 'valid' || freshness === 'opted-out') continue;
      const detail =
        freshness === 'incomplete'
          ? 'its `freshness:` has no `warn_after` or `error_after` with both `count` and `period`'
          : 'neither the table nor its source declares `freshness:`';
      ctx.report({
        line: table.line,
        message:
          `Source table \`${sourceLabel(table)}\` has no freshness check: ${detail}. Add e.g. ` +
          '`freshness: {warn_after: {count: 12, period: hour}}` (and a `loaded_at_field`) to the table or its source, or `freshness: null` to opt out deliberately.',
        snippet: `- name: ${table.table}`,
      });
    }
  },
};
