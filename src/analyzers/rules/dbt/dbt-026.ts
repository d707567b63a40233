// DBT-026: an exposure the change adds or edits depends on something a dashboard should not
// read directly: an ephemeral model (no relation exists), a view (recomputed on every dashboard
// query), a private model (`access: private`), or a source (raw data, bypassing the models).
// Models whose access is left at dbt's default are not judged (most projects never set it).
// Anchors: dbt-project-evaluator fct_exposure_parents_materializations and
// fct_exposures_dependent_on_private_models; dbt-bouncer EX002/EX003.
import { parseNodeReference } from '../../dbt/graph.js';
import type { Rule } from '../../rule.js';
import { stringOf, touches } from './support.js';

export const exposureOnUnsuitableParent: Rule = {
  meta: {
    id: 'DBT-026',
    title: 'Exposure depends on a view, ephemeral, private model or source',
    domain: 'dbt',
    checklist: ['BI-04', 'BI-03', 'DQ-07'],
    severity: 'warning',
    rationale:
      'What an exposure depends on is what its dashboard queries. A view is recomputed on every load, an ephemeral model has ' +
      'no table at all, a private model can change without notice and a source skips all cleaning and tests.',
    examples: {
      bad: "exposures:\n  - name: revenue\n    type: dashboard\n    depends_on:\n      - source('shop', 'orders')",
      good: "exposures:\n  - name: revenue\n    type: dashboard\n    depends_on:\n      - ref('fct_orders')",
    },
    appliesTo: ['dbt-properties'],
    scope: 'changed-objects',
    needsGraph: true,
  },
  check(ctx) {
    const index = ctx.dbt;
    const graph = ctx.graph;
    if (!index || !graph) return;
    for (const exposure of index.exposures) {
      if (exposure.file !== ctx.file.path) continue;
      const edited = ctx.fullFileReview || ctx.file.status === 'added' || touches(exposure.line, exposure.endLine, ctx.file.addedLines);
      if (!edited) continue;
      for (const item of exposure.dependsOn) {
        const reference = parseNodeReference(item.text);
        if (!reference) continue;
        if (reference.kind === 'source') {
          ctx.report({
            line: item.line,
            message: `Exposure \`${exposure.name}\` depends on \`source('${reference.source}', '${reference.table}')\` directly. Point it at the model that cleans and tests that data.`,
            snippet: item.text,
          });
          continue;
        }
        const node = graph.resolveRef(reference, exposure.project);
        if (!node || node.kind !== 'model' || !node.read) continue;
        const config = index.mergeModelConfig(node.path, node.configs);
        const materialized = stringOf(config['materialized']?.value) ?? 'view';
        const access = stringOf(index.properties('model', node.name, node.project)?.keys['access']?.value ?? config['access']?.value);
        const problem =
          materialized === 'ephemeral'
            ? 'is ephemeral (there is no relation to query)'
            : materialized === 'view'
              ? 'is a view (recomputed on every dashboard query)'
              : access === 'private'
                ? 'is `access: private`'
                : undefined;
        if (!problem) continue;
        ctx.report({
          line: item.line,
          message: `Exposure \`${exposure.name}\` depends on model \`${node.name}\`, which ${problem}. Expose a table or incremental model meant for consumers instead.`,
          snippet: item.text,
        });
      }
    }
  },
};
