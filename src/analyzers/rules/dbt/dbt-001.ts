// DBT-001: a model the change adds or edits has no properties entry in any YAML file of its
// project (so no description, no column docs, no tests can hang off it). Anchors: dbt-checkpoint
// check-model-has-properties-file, dbt-bouncer MO051. A versioned model's files are covered by
// the base entry; disabled models are left alone.
import type { Rule } from '../../rule.js';
import { effectiveConfig, isDisabled, modelsUnderReview } from './support.js';

export const modelWithoutProperties: Rule = {
  meta: {
    id: 'DBT-001',
    title: 'Model without a properties entry',
    domain: 'dbt',
    checklist: ['STD-01', 'CODE-04', 'GOV-05'],
    severity: 'error',
    rationale:
      'A model that no YAML properties file mentions has nowhere to carry its description, column documentation, tests or ' +
      'contract, so it enters the catalogue and the lineage graph undocumented and unguarded.',
    examples: {
      bad: '-- models/marts/orders.sql added, and no `- name: orders` under `models:` in any .yml file of the project',
      good: '# models/marts/_marts.yml\nversion: 2\nmodels:\n  - name: orders\n    description: One row per order.',
    },
    appliesTo: ['dbt-model'],
    scope: 'changed-objects',
  },
  check(ctx) {
    const index = ctx.dbt;
    if (!index) return;
    for (const target of modelsUnderReview(ctx)) {
      if (target.entry) continue;
      if (isDisabled(effectiveConfig(index, target))) continue;
      const folder = target.path.includes('/') ? target.path.slice(0, target.path.lastIndexOf('/')) : '';
      // Point at a properties file already next to the model, else suggest one by dbt's naming.
      const inFolder = (path: string): boolean => (folder === '' ? !path.includes('/') : path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/'));
      const nextTo =
        index.propertiesEntries.find((entry) => entry.resource === 'model' && inFolder(entry.file))?.file ??
        [...index.files].filter((path) => inFolder(path) && index.fileKind(path) === 'properties').sort()[0];
      const where = nextTo ?? `${folder ? `${folder}/` : ''}_${folder.slice(folder.lastIndexOf('/') + 1) || 'models'}__models.yml`;
      ctx.report({
        line: 1,
        message:
          `Model \`${target.name}\` has no properties entry: no YAML file of its project lists it under \`models:\`. ` +
          `Add \`- name: ${target.name}\` with a description and tests to a properties file (e.g. \`${where}\`).`,
        snippet: `model ${target.name}`,
      });
    }
  },
};
