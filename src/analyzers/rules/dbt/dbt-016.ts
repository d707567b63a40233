// DBT-016: layer violations the change introduces in a model (on the ref/source line it adds):
//   - a marts or intermediate model reading a source() directly instead of its staging model;
//   - a staging model ref()ing another staging model (staging is one-to-one with sources).
// Layers come from the folder (staging/, intermediate/, marts/) or else the name prefix (stg_,
// int_, fct_/dim_). Anchors: dbt-project-evaluator fct_marts_or_intermediate_dependent_on_source
// and fct_staging_dependent_on_staging; dbt-bouncer MO029/MO048.
import type { Rule } from '../../rule.js';
import { layerOf, stem } from './support.js';

export const layerViolation: Rule = {
  meta: {
    id: 'DBT-016',
    title: 'Model reads across its layer',
    domain: 'dbt',
    checklist: ['STD-01', 'BI-03', 'DQ-07'],
    severity: 'warning',
    rationale:
      'Staging models are the single place where a source is renamed, cast and cleaned. A mart that reads a source directly ' +
      'repeats (or skips) that cleaning, and staging built on staging hides a transformation where nobody looks for one.',
    examples: {
      bad: "-- models/marts/fct_orders.sql\nselect * from {{ source('shop', 'orders') }}",
      good: "-- models/marts/fct_orders.sql\nselect * from {{ ref('stg_shop__orders') }}",
    },
    appliesTo: ['dbt-model'],
  },
  check(ctx) {
    const index = ctx.dbt;
    const jinja = ctx.jinja;
    if (!index || !jinja) return;
    const path = ctx.file.path;
    const model = index.model(path);
    const name = model?.name ?? stem(path);
    const layer = layerOf(path, name);
    if (layer === 'marts' || layer === 'intermediate') {
      for (const source of jinja.sources) {
        ctx.report({
          line: source.line,
          message:
            `${layer === 'marts' ? 'Marts' : 'Intermediate'} model \`${name}\` reads \`source('${source.source}', '${source.table}')\` directly. ` +
            `Read it through its staging model (\`ref('stg_${source.source}__${source.table}')\` or the existing one) so cleaning and renaming happen once.`,
          snippet: `source('${source.source}', '${source.table}')`,
        });
      }
    }
    if (layer === 'staging') {
      const project = model?.project ?? index.projectFor(path);
      for (const ref of jinja.refs) {
        if (ref.package !== undefined) continue;
        const targets = index.modelsNamed(ref.name);
        const parent = targets.find((candidate) => candidate.project === project) ?? targets[0];
        if (!parent || parent.path === path || layerOf(parent.path, parent.name) !== 'staging') continue;
        ctx.report({
          line: ref.line,
          message:
            `Staging model \`${name}\` refs staging model \`${ref.name}\`. Staging models map one-to-one onto sources; ` +
            'move the combining logic to an intermediate model (`int_…`) that refs both.',
          snippet: `ref('${ref.name}')`,
        });
      }
    }
  },
};
