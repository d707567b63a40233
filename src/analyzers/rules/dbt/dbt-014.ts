// DBT-014: a model the change adds or edits enforces a contract, but columns of its properties
// entry have no `data_type` (or it declares no columns at all): dbt refuses to build it. The
// finding is on each column when the properties file is in the change, else one finding lists
// them. Anchors: dbt-bouncer MO016, dbt-checkpoint check-model-has-columns-with-types.
import type { Rule } from '../../rule.js';
import { contractEnforced } from './contracts.js';
import { effectiveConfig, ownConfigLocation, entryLocation, inChange, isDisabled, modelsUnderReview, reportAt } from './support.js';

export const contractColumnsWithoutType: Rule = {
  meta: {
    id: 'DBT-014',
    title: 'Contracted model columns without data_type',
    domain: 'dbt',
    checklist: ['STD-08', 'DQ-03'],
    severity: 'error',
    rationale:
      'An enforced contract compares each column with its declared data_type; a column without one fails the build, ' +
      'and a contract without columns protects nothing. The types are also what consumers read as the interface.',
    examples: {
      bad: 'models:\n  - name: fct_orders\n    config: {contract: {enforced: true}}\n    columns:\n      - name: order_id',
      good: 'models:\n  - name: fct_orders\n    config: {contract: {enforced: true}}\n    columns:\n      - name: order_id\n        data_type: bigint',
    },
    appliesTo: ['dbt-model', 'dbt-properties'],
    scope: 'changed-objects',
    needsGraph: true,
  },
  check(ctx) {
    const index = ctx.dbt;
    if (!index) return;
    for (const target of modelsUnderReview(ctx)) {
      if (target.inFile === undefined) continue;
      const config = effectiveConfig(index, target);
      if (isDisabled(config) || !contractEnforced(config)) continue;
      const entry = target.entry;
      if (!entry || entry.columns.length === 0) {
        reportAt(
          ctx,
          target,
          [entryLocation(entry), ownConfigLocation(config['contract'])],
          `Model \`${target.name}\` enforces a contract but declares no columns, so dbt cannot build it. List every output column with its \`data_type\` under \`columns:\`.`,
        );
        continue;
      }
      const untyped = entry.columns.filter((column) => column.dataType === undefined || column.dataType.trim() === '');
      if (untyped.length === 0) continue;
      if (inChange(ctx, entry.file)) {
        for (const column of untyped) {
          ctx.report({
            ...(entry.file !== ctx.file.path ? { file: entry.file } : {}),
            line: column.line,
            message: `Column \`${column.name}\` of contracted model \`${target.name}\` has no \`data_type\`; the enforced contract fails the build. Add e.g. \`data_type: varchar\`.`,
            snippet: `- name: ${column.name}`,
          });
        }
        continue;
      }
      reportAt(
        ctx,
        target,
        [ownConfigLocation(config['contract'])],
        `Model \`${target.name}\` enforces a contract but ${untyped.length} column(s) in \`${entry.file}\` have no \`data_type\`: ${untyped
          .map((column) => `\`${column.name}\``)
          .join(', ')}. The build fails until each has one.`,
      );
    }
  },
};
