// DBT-005: a model the change adds or edits has tests but none that pins its primary key:
// `unique` and `not_null` on one column (as tests or constraints), a combination-of-columns
// uniqueness test, or a `primary_key` constraint. Anchors: dbt-project-evaluator
// fct_missing_primary_key_tests (its default primary_key_test_macros), dbt-bouncer MO042.
// A model with no tests at all is DBT-004's finding and is not repeated here; ephemeral and
// disabled models are left alone, as in DBT-004.
import type { DbtPropertiesEntry } from '../../dbt/project.js';
import type { Rule } from '../../rule.js';
import { effectiveConfig, entryLocation, isDisabled, materialization, modelsUnderReview, reportAt } from './support.js';

// Tests that alone assert a key's uniqueness and non-nullness, by their last name segment.
const COMBINATION_TESTS = new Set(['unique_combination_of_columns', 'expect_compound_columns_to_be_unique', 'primary_key', 'expect_column_values_to_be_unique_and_not_null']);
const UNIQUE_TESTS = new Set(['unique', 'expect_column_values_to_be_unique']);
const NOT_NULL_TESTS = new Set(['not_null', 'expect_column_values_to_not_be_null']);

const lastSegment = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

function hasPrimaryKeyTest(entry: DbtPropertiesEntry): boolean {
  if (entry.tests.some((test) => COMBINATION_TESTS.has(lastSegment(test.name)))) return true;
  if (entry.constraints.some((constraint) => constraint.type.toLowerCase() === 'primary_key')) return true;
  for (const column of entry.columns) {
    const names = column.tests.map((test) => lastSegment(test.name));
    const constraints = column.constraints.map((constraint) => constraint.type.toLowerCase());
    if (names.some((name) => COMBINATION_TESTS.has(name)) || constraints.includes('primary_key')) return true;
    const unique = names.some((name) => UNIQUE_TESTS.has(name)) || constraints.includes('unique');
    const notNull = names.some((name) => NOT_NULL_TESTS.has(name)) || constraints.includes('not_null');
    if (unique && notNull) return true;
  }
  return false;
}

const hasAnyTest = (entry: DbtPropertiesEntry): boolean => entry.tests.length > 0 || entry.columns.some((column) => column.tests.length > 0);

export const modelWithoutPrimaryKeyTest: Rule = {
  meta: {
    id: 'DBT-005',
    title: 'Model without a primary-key test',
    domain: 'dbt',
    checklist: ['STD-03', 'CODE-02', 'DQ-02', 'DQ-04'],
    severity: 'error',
    rationale:
      'A model whose key is not tested for uniqueness and presence lets fan-out joins and duplicated loads through silently; ' +
      'every downstream count and sum then drifts. One unique + not_null pair (or a combination test) catches both.',
    examples: {
      bad: 'models:\n  - name: orders\n    columns:\n      - name: order_id\n        data_tests: [unique]',
      good: 'models:\n  - name: orders\n    columns:\n      - name: order_id\n        data_tests: [unique, not_null]',
    },
    appliesTo: ['dbt-model', 'dbt-properties'],
    scope: 'changed-objects',
    needsGraph: true,
  },
  check(ctx) {
    const index = ctx.dbt;
    if (!index) return;
    for (const target of modelsUnderReview(ctx)) {
      const entry = target.entry;
      const tested = (entry !== undefined && hasAnyTest(entry)) || index.singularTestsReferencing(target.name).length > 0;
      if (!tested || (entry && hasPrimaryKeyTest(entry))) continue;
      const config = effectiveConfig(index, target);
      if (isDisabled(config) || materialization(config) === 'ephemeral') continue;
      reportAt(
        ctx,
        target,
        [entryLocation(entry)],
        `Model \`${target.name}\` has no primary-key test: no column carries both \`unique\` and \`not_null\`, and there is no ` +
          '`dbt_utils.unique_combination_of_columns` test or `primary_key` constraint. Add both tests to its key column.',
      );
    }
  },
};
