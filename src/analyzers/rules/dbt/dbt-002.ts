// DBT-002: a model the change adds or edits (its file or its properties entry) has a properties
// entry without a description. A model with no entry at all is DBT-001's finding, not repeated
// here. Anchors: dbt-checkpoint check-model-has-description, dbt-bouncer MO021,
// dbt-project-evaluator fct_undocumented_models.
import type { Rule } from '../../rule.js';
import { effectiveConfig, entryLocation, inChange, isDisabled, modelsUnderReview, reportAt } from './support.js';

export const modelWithoutDescription: Rule = {
  meta: {
    id: 'DBT-002',
    title: 'Model without description',
    domain: 'dbt',
    checklist: ['STD-01', 'CODE-04', 'GOV-05'],
    severity: 'error',
    rationale:
      'The description is what the docs site, the catalogue and every consumer see first: a model without one leaves its ' +
      'grain and meaning to guesswork, and that guess is rarely written down later.',
    examples: {
      bad: 'models:\n  - name: orders\n    columns:\n      - name: order_id',
      good: 'models:\n  - name: orders\n    description: One row per order placed on the web shop.\n    columns:\n      - name: order_id',
    },
    appliesTo: ['dbt-model', 'dbt-properties'],
    scope: 'changed-objects',
  },
  check(ctx) {
    const index = ctx.dbt;
    if (!index) return;
    for (const target of modelsUnderReview(ctx)) {
      const entry = target.entry;
      if (!entry || (entry.description !== undefined && entry.description.trim() !== '')) continue;
      if (isDisabled(effectiveConfig(index, target))) continue;
      const where = inChange(ctx, entry.file) ? '' : ` (its entry is in \`${entry.file}\` line ${entry.line})`;
      reportAt(
        ctx,
        target,
        [entryLocation(entry)],
        `Model \`${target.name}\` has no description${where}. Add \`description:\` to its properties entry: what one row is and what the model is for.`,
      );
    }
  },
};
