// DBT-007: a source table the change adds or edits has no data test, neither on the table
// (`data_tests:` / `tests:`) nor on any of its columns. Advisory: a source is often tested
// through its staging model. Anchors: dbt-checkpoint check-source-has-tests, dbt-bouncer SO016.
import type { Rule } from '../../rule.js';
import { sourceLabel, sourceTablesUnderReview } from './sources.js';

export const sourceWithoutTests: Rule = {
  meta: {
    id: 'DBT-007',
    title: 'Source table without tests',
    domain: 'dbt',
    checklist: ['STD-03', 'DQ-01', 'DQ-02'],
    severity: 'warning',
    rationale:
      'Tests on a source catch a broken extract at the boundary, before it is transformed; without them the first sign ' +
      'of duplicated or null keys from upstream is a wrong number in a downstream model.',
    examples: {
      bad: 'sources:\n  - name: shop\n    tables:\n      - name: orders',
      good: 'sources:\n  - name: shop\n    tables:\n      - name: orders\n        columns:\n          - name: id\n            data_tests: [unique, not_null]',
    },
    appliesTo: ['dbt-properties'],
    scope: 'changed-objects',
  },
  check(ctx) {
    for (const table of sourceTablesUnderReview(ctx)) {
      if (table.tests.length > 0 || table.columns.some((column) => column.tests.length > 0)) continue;
      ctx.report({
        line: table.line,
        message: `Source table \`${sourceLabel(table)}\` has no data tests. Add at least \`unique\` and \`not_null\` on its key column (under \`columns:\` → \`data_tests:\`).`,
        snippet: `- name: ${table.table}`,
      });
    }
  },
};
