// GOV-002: a column classified as personal data, selected as it is by a consumer-facing model
// (`access: public`, or a model under a marts folder). Classification and masking come from the
// model's properties (see governance/classification.ts); how the value reaches the output comes
// from the model's SQL, followed through its CTEs (see governance/sql-output.ts): a hash or
// masking function (`sha2`, `md5`, `hash`, a `mask_*` function) or a masking macro on the way
// masks it; a masking policy or policy tags declared on the column count as masked in the
// warehouse. No public anchor: new in this tool.
//
// Precision: a value computed by a Jinja expression that is not recognisably a masking macro is
// not judged (it may be one); an output column the properties do not classify is GOV-001's.
// Diff-aware by line: the finding is on the output column's line and kept where the change
// added that line.
import { classificationOf, columnsOf, declaresMasking } from '../../governance/classification.js';
import { stem } from '../../governance/changed.js';
import { modelFacts } from '../../governance/model-facts.js';
import { stringListOption } from '../../governance/options.js';
import { modelOutputColumns } from '../../governance/sql-output.js';
import { lineText } from '../../rule.js';
import type { Rule, RuleMeta } from '../../rule.js';

const meta: RuleMeta = {
  id: 'GOV-002',
  title: 'PII exposed unmasked in a public or marts model',
  domain: 'governance',
  checklist: ['GOV-03', 'GOV-02', 'GOV-06'],
  severity: 'warning',
  rationale:
    'Marts and public models are what analysts, dashboards and other teams read. A column the team classified as personal ' +
    'data that reaches them as it is spreads the raw value to every consumer and every extract. Hash or mask it in the model, ' +
    'or attach a warehouse masking policy, so that only those who need the clear value see it.',
  examples: {
    bad: "-- models/marts/dim_customers.sql (email has meta: {pii: true})\nselect customer_id, email from {{ ref('stg_customers') }}",
    good: "-- models/marts/dim_customers.sql\nselect customer_id, sha2(lower(email), 256) as email_hash from {{ ref('stg_customers') }}",
  },
  appliesTo: ['dbt-model'],
  options: {
    folders: { type: 'string-list', default: ['marts', 'mart'], description: 'Folder names whose models are consumer-facing (in addition to `access: public`).' },
  },
};

export const piiExposedUnmasked: Rule = {
  meta,
  check(ctx) {
    const parse = ctx.sql?.result;
    const properties = ctx.modelProperties;
    if (!parse?.ok || !properties) return;
    const path = ctx.file.path;
    const facts = modelFacts(ctx.dbt, path, properties, ctx.jinja?.configs ?? []);
    const folders = stringListOption(ctx, meta, 'folders').map((folder) => folder.toLowerCase());
    const inFolder = path
      .split('/')
      .slice(0, -1)
      .find((segment) => folders.includes(segment.toLowerCase()));
    const isPublic = facts.config.get('access') === 'public';
    if (!isPublic && inFolder === undefined) return;
    const name = ctx.dbt?.model(path)?.name ?? stem(path);
    const where = isPublic ? `public model \`${name}\`` : `model \`${name}\` (in \`${inFolder}/\`)`;
    const declared = columnsOf(properties);
    for (const column of modelOutputColumns(parse.statements, ctx.jinja ? { text: ctx.head, placeholders: ctx.jinja.placeholders } : undefined)) {
      if (column.exposure !== 'raw') continue;
      const entry = declared.get(column.name.toLowerCase());
      if (!entry) continue;
      const classification = classificationOf(entry);
      if (!classification.classified || !classification.pii || declaresMasking(entry)) continue;
      ctx.report({
        line: column.line,
        message:
          `Column \`${column.name}\` of ${where} is classified as personal data and is selected unmasked, so every consumer reads the clear value. ` +
          'Hash or mask it in the SQL (`sha2(...)`, a masking macro), drop it, or declare the masking policy that covers it (`meta: {masking_policy: …}` or policy tags).',
        snippet: lineText(ctx.head, column.line),
      });
    }
  },
};
