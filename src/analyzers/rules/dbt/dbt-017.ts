// DBT-017: a model the change adds has no ref() and no source() at all, so it is a root of the
// DAG: its inputs are hard-coded relations (see DBT-008) or it is static data that belongs in a
// seed. Models whose SQL is generated entirely by a macro call (a date spine…) and Python models
// are left alone. Anchors: dbt-project-evaluator fct_root_models, dbt-bouncer MO031.
import type { Rule } from '../../rule.js';
import { stem } from './support.js';

export const rootModel: Rule = {
  meta: {
    id: 'DBT-017',
    title: 'Model with no ref() or source()',
    domain: 'dbt',
    checklist: ['STD-01', 'DQ-07', 'GOV-05'],
    severity: 'warning',
    rationale:
      'A model that refs nothing has no parents in the DAG: lineage starts at it as if it were raw data, freshness and ' +
      'source tests do not cover its inputs, and dbt cannot order it after the models it really depends on.',
    examples: {
      bad: 'select id, name\nfrom analytics.public.customers',
      good: "select id, name\nfrom {{ source('crm', 'customers') }}",
    },
    appliesTo: ['dbt-model'],
    scope: 'changed-objects',
  },
  check(ctx) {
    const jinja = ctx.jinja;
    if (!jinja || !ctx.file.path.endsWith('.sql')) return;
    if (ctx.file.status !== 'added' && ctx.file.status !== 'renamed' && !ctx.fullFileReview) return;
    if (jinja.refs.length > 0 || jinja.sources.length > 0) return;
    const words = jinja.sql.split(/\s+/).filter((word) => word !== '');
    if (words.length === 0 || words.every((word) => Object.hasOwn(jinja.placeholders, word))) return;
    ctx.report({
      line: 1,
      message:
        `Model \`${stem(ctx.file.path)}\` has no \`ref()\` or \`source()\`, so it has no parents in the DAG. ` +
        'Read its inputs through `source()` / `ref()`; if it is static data, make it a seed instead.',
      snippet: `model ${stem(ctx.file.path)}`,
    });
  },
};
