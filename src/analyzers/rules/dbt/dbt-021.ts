// DBT-021: a model or snapshot ends with a semicolon. dbt wraps the model's SELECT in its own
// DDL (`create table … as ( <model> )`), where a trailing `;` is a syntax error on most
// warehouses. Read on the neutralised text (Jinja blanked), skipping comments, so a `;` in a
// trailing comment or inside `{% endsnapshot %}` handling does not count.
// Anchors: dbt-checkpoint check-script-semicolon, dbt-bouncer MO010.
import { maskCommentsAndStrings } from '../../dbt/relations.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { stem } from './support.js';

export const trailingSemicolon: Rule = {
  meta: {
    id: 'DBT-021',
    title: 'Trailing semicolon in a model',
    domain: 'dbt',
    checklist: ['CODE-08', 'CODE-02'],
    severity: 'error',
    rationale:
      'dbt inserts the model into its own CREATE … AS statement; a trailing semicolon ends that statement early and the ' +
      'run fails on most warehouses (or, on some, only after the model was half-built).',
    examples: {
      bad: "select order_id from {{ ref('stg_orders') }};",
      good: "select order_id from {{ ref('stg_orders') }}",
    },
    appliesTo: ['dbt-model', 'dbt-snapshot'],
  },
  check(ctx) {
    if (!ctx.file.path.endsWith('.sql')) return;
    const text = maskCommentsAndStrings(ctx.jinja?.sql ?? ctx.head);
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith(';')) return;
    const line = trimmed.split('\n').length;
    ctx.report({
      line,
      message: `\`${stem(ctx.file.path)}\` ends with \`;\`. dbt wraps the SQL in its own statement, so remove the trailing semicolon.`,
      snippet: lineText(ctx.head, line),
    });
  },
};
