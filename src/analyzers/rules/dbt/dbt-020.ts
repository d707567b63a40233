// DBT-020: a model the change adds is named against its folder's layer (dbt's style guide and
// dbt-project-evaluator's defaults): staging models start with `stg_` (or `base_`),
// intermediate ones with `int_`, marts with `fct_` / `dim_` (also `rpt_`, `agg_`, `mart_`); and
// a prefix of one layer sitting in another layer's folder. Only models in a layer folder are
// judged. Anchors: dbt-project-evaluator fct_model_naming_conventions / fct_model_directories,
// dbt-bouncer MO024/MO038, dbt-checkpoint check-model-name-contract.
import type { Rule } from '../../rule.js';
import type { Layer } from './support.js';
import { layerOf, stem } from './support.js';

const PREFIXES: Readonly<Record<Exclude<Layer, 'other'>, readonly string[]>> = {
  staging: ['stg_', 'base_'],
  intermediate: ['int_'],
  marts: ['fct_', 'dim_', 'rpt_', 'agg_', 'mart_'],
};

function folderLayer(path: string): Layer {
  // The name is left out so that only the folders decide.
  return layerOf(path, '');
}

export const namingConvention: Rule = {
  meta: {
    id: 'DBT-020',
    title: 'Model name does not match its layer',
    domain: 'dbt',
    checklist: ['CODE-04', 'STD-01'],
    severity: 'warning',
    rationale:
      'Prefixes tell a reader (and selectors such as `dbt run -s stg_*`) what a model is without opening it; a `stg_` model ' +
      'in marts or an unprefixed staging model breaks both and usually signals a model in the wrong layer.',
    examples: {
      bad: '-- models/staging/shop_orders.sql',
      good: '-- models/staging/stg_shop__orders.sql',
    },
    appliesTo: ['dbt-model'],
    scope: 'changed-objects',
  },
  check(ctx) {
    if (ctx.file.status !== 'added' && ctx.file.status !== 'renamed' && !ctx.fullFileReview) return;
    const path = ctx.file.path;
    const name = ctx.dbt?.model(path)?.name ?? stem(path);
    const layer = folderLayer(path);
    if (layer === 'other') return;
    const lower = name.toLowerCase();
    const expected = PREFIXES[layer];
    if (expected.some((prefix) => lower.startsWith(prefix))) return;
    const misplaced = (Object.entries(PREFIXES) as [Layer, readonly string[]][]).find(([other, prefixes]) => other !== layer && prefixes.some((prefix) => lower.startsWith(prefix)));
    const message = misplaced
      ? `Model \`${name}\` has a ${misplaced[0]} prefix but sits in a ${layer} folder. Move it to the ${misplaced[0]} folder, or rename it with ${expected.map((prefix) => `\`${prefix}\``).join(' / ')}.`
      : `Model \`${name}\` is in a ${layer} folder but its name does not start with ${expected.map((prefix) => `\`${prefix}\``).join(' / ')}. Rename it to follow the layer's convention.`;
    ctx.report({ line: 1, message, snippet: `model ${name}` });
  },
};
