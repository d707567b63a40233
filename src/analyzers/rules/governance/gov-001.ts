// GOV-001: a column whose name looks like personal data, with no classification. Columns are read
// from properties YAML (models, snapshots, seeds, source tables) and from the output of a model's
// final SELECT. Names are matched on whole tokens (see governance/pii-names.ts): tier 1 (email,
// phone, ssn, card number, iban, passport, date of birth, password…) is an error, tier 2 (names,
// addresses, IP addresses…) a warning. A classification is any recorded decision: `meta.pii`
// (true or false), `meta.classification`/`sensitivity`, `tags: [pii]` / `[non-pii]`, or BigQuery
// `policy_tags`, at column level or under its `config:`. Anchors: dbt-bouncer SO013; name
// patterns after piicatcher, OpenMetadata and datahub-classify, narrowed to precise names.
//
// Diff-aware by object: a properties column whose lines the change added or edited, and a model
// output column on a line the change added. A column the properties list is reported on its YAML
// line (the same finding from either file, so it is reported once).
import { classificationOf, columnsOf } from '../../governance/classification.js';
import { edited, stem } from '../../governance/changed.js';
import { stringListOption } from '../../governance/options.js';
import { piiMatch } from '../../governance/pii-names.js';
import type { PiiMatch } from '../../governance/pii-names.js';
import { modelOutputColumns } from '../../governance/sql-output.js';
import { lineText } from '../../rule.js';
import type { Rule, RuleContext, RuleMeta } from '../../rule.js';
import { yamlEntry, yamlGet, yamlItems, yamlString } from '../../yaml.js';
import type { YamlNode } from '../../yaml.js';

const meta: RuleMeta = {
  id: 'GOV-001',
  title: 'PII-looking column without a classification',
  domain: 'governance',
  checklist: ['GOV-01', 'GOV-06'],
  severity: 'error',
  rationale:
    'Masking, access policies, retention and deletion requests all start from knowing which columns hold personal data. ' +
    'A column named like an email address or a birth date that nobody classified is invisible to all of them. Only precise ' +
    'names (email, phone, ssn, card number, iban…) block; looser ones (names, addresses, IP addresses) warn.',
  examples: {
    bad: 'models:\n  - name: customers\n    columns:\n      - name: customer_email\n        description: Where receipts go.',
    good:
      'models:\n  - name: customers\n    columns:\n      - name: customer_email\n        description: Where receipts go.\n' +
      '        meta:\n          pii: true\n          classification: confidential',
  },
  appliesTo: ['dbt-properties', 'dbt-model'],
  scope: 'changed-objects',
  options: {
    'ignore-columns': { type: 'string-list', default: [], description: 'Column names never reported (case-insensitive), e.g. a `phone` that is a support line.' },
    'tier-2': { type: 'boolean', default: true, description: 'Also warn on tier-2 names (names, addresses, IP addresses); false reports tier 1 only.' },
  },
};

function describe(match: PiiMatch): string {
  return `${match.term}${match.tier === 1 ? '' : ', a name that is often personal'}`;
}

function unclassifiedMessage(column: string, owner: string, match: PiiMatch): string {
  return (
    `Column \`${column}\` of ${owner} looks like personal data (${describe(match)}) but has no classification. ` +
    'Classify it in its properties: `meta: {pii: true}` (or `tags: [pii]`, BigQuery `policy_tags`), or `meta: {pii: false}` if it holds none.'
  );
}

interface Judged {
  match: PiiMatch;
}

function judge(ctx: RuleContext, name: string): Judged | undefined {
  const ignored = stringListOption(ctx, meta, 'ignore-columns').map((item) => item.toLowerCase());
  if (ignored.includes(name.toLowerCase())) return undefined;
  const match = piiMatch(name);
  if (!match) return undefined;
  if (match.tier === 2 && ctx.options?.['tier-2'] === false) return undefined;
  return { match };
}

/** A whole entry says "no personal data here" (`meta: {pii: false}` at model or source level). */
function declaredFree(node: YamlNode | undefined): boolean {
  const classification = classificationOf(node);
  return classification.classified && !classification.pii;
}

function checkColumns(ctx: RuleContext, entry: YamlNode, owner: string, inherited?: YamlNode): void {
  if (declaredFree(entry) || (inherited && declaredFree(inherited))) return;
  for (const column of yamlItems(yamlGet(entry, 'columns'))) {
    const name = yamlString(yamlGet(column, 'name'));
    if (name === undefined || classificationOf(column).classified) continue;
    if (!edited(ctx, column.line, column.endLine)) continue;
    const judged = judge(ctx, name);
    if (!judged) continue;
    const line = yamlEntry(column, 'name')?.keyLine ?? column.line;
    ctx.report({
      line,
      message: unclassifiedMessage(name, owner, judged.match),
      snippet: `- name: ${name}`,
      ...(judged.match.tier === 2 ? { severity: 'warning' as const } : {}),
    });
  }
}

function checkProperties(ctx: RuleContext): void {
  if (!ctx.yaml?.ok) return;
  const root = ctx.yaml.root;
  for (const [key, kind] of [
    ['models', 'model'],
    ['snapshots', 'snapshot'],
    ['seeds', 'seed'],
  ] as const) {
    for (const entry of yamlItems(yamlGet(root, key))) {
      const name = yamlString(yamlGet(entry, 'name'));
      if (name !== undefined) checkColumns(ctx, entry, `${kind} \`${name}\``);
    }
  }
  for (const source of yamlItems(yamlGet(root, 'sources'))) {
    const sourceName = yamlString(yamlGet(source, 'name'));
    if (sourceName === undefined) continue;
    for (const table of yamlItems(yamlGet(source, 'tables'))) {
      const tableName = yamlString(yamlGet(table, 'name'));
      if (tableName !== undefined) checkColumns(ctx, table, `source table \`${sourceName}.${tableName}\``, source);
    }
  }
}

function checkModel(ctx: RuleContext): void {
  const parse = ctx.sql?.result;
  if (!parse?.ok) return;
  const index = ctx.dbt;
  const model = index?.model(ctx.file.path);
  const name = model?.name ?? stem(ctx.file.path);
  const properties = ctx.modelProperties;
  if (declaredFree(properties)) return;
  const entry = index?.properties('model', name, model?.project);
  const declared = columnsOf(properties);
  for (const column of modelOutputColumns(parse.statements, ctx.jinja ? { text: ctx.head, placeholders: ctx.jinja.placeholders } : undefined)) {
    if (column.exposure === 'none') continue;
    if (!(ctx.fullFileReview || ctx.file.status === 'added' || ctx.file.addedLines.has(column.line))) continue;
    const judged = judge(ctx, column.name);
    if (!judged) continue;
    const listed = declared.get(column.name.toLowerCase());
    if (listed) {
      if (classificationOf(listed).classified || !entry) continue;
      // Reported where the classification belongs, with the words the properties pass uses.
      ctx.report({
        file: entry.file,
        line: yamlEntry(listed, 'name')?.keyLine ?? listed.line,
        message: unclassifiedMessage(yamlString(yamlGet(listed, 'name')) ?? column.name, `model \`${name}\``, judged.match),
        snippet: `- name: ${column.name}`,
        ...(judged.match.tier === 2 ? { severity: 'warning' as const } : {}),
      });
      continue;
    }
    ctx.report({
      line: column.line,
      message:
        `Output column \`${column.name}\` of model \`${name}\` looks like personal data (${describe(judged.match)}) and is not classified: ` +
        "the model's properties do not list it. Add it under the model's `columns:` with `meta: {pii: true}` (or `tags: [pii]`), or `meta: {pii: false}` if it holds none.",
      snippet: lineText(ctx.head, column.line),
      ...(judged.match.tier === 2 ? { severity: 'warning' as const } : {}),
    });
  }
}

export const piiWithoutClassification: Rule = {
  meta,
  check(ctx) {
    if (ctx.file.kind === 'dbt-properties') checkProperties(ctx);
    else if (ctx.file.kind === 'dbt-model') checkModel(ctx);
  },
};
