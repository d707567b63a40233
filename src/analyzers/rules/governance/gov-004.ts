// GOV-004: a model that holds personal data (PII tags or meta at model level, or a column
// classified as PII) or is tagged for retention, with no retention setting: no
// `partition_expiration_days` / `hours_to_expiration` (BigQuery expires the data itself) and no
// `meta.retention_days` (or `retention`, `retention_period`…) for a cleanup job to enforce.
// Configuration is read from every layer dbt reads (dbt_project.yml folders, properties,
// config() in the model; see governance/model-facts.ts). Views and ephemeral models store
// nothing and are not judged (a SQL model without `materialized` is a view, as in dbt). No public anchor: new in this tool.
//
// Diff-aware by object: a model file the change adds (or whose config() it edits), or a
// properties entry it adds or edits. Reported on the properties entry when there is one.
import { classificationOf, columnsOf, isRetentionTag, metaSaysPii, RETENTION_CONFIG_KEYS, RETENTION_META_KEYS, tagsSayPii } from '../../governance/classification.js';
import { addedByChange, edited, stem } from '../../governance/changed.js';
import { modelFacts } from '../../governance/model-facts.js';
import type { ModelFacts } from '../../governance/model-facts.js';
import type { JinjaConfig } from '../../dbt/jinja.js';
import type { Rule, RuleContext } from '../../rule.js';
import { yamlEntry, yamlGet, yamlItems, yamlString } from '../../yaml.js';
import type { YamlNode } from '../../yaml.js';

const set = (value: unknown): boolean => value !== undefined && value !== null && value !== '' && value !== false;

function hasRetention(facts: ModelFacts): boolean {
  return RETENTION_CONFIG_KEYS.some((key) => set(facts.config.get(key))) || RETENTION_META_KEYS.some((key) => set(facts.meta.get(key)));
}

/** Why the model needs a retention setting, or undefined when it does not. */
function reason(facts: ModelFacts, properties: YamlNode | undefined, python: boolean): string | undefined {
  // dbt's default materialization is a view for SQL models and a table for Python models.
  const materialized = facts.config.get('materialized') ?? (python ? 'table' : 'view');
  if (materialized === 'view' || materialized === 'ephemeral') return undefined;
  const retentionTag = [...facts.tags].find(isRetentionTag);
  if (retentionTag) return `it is tagged \`${retentionTag}\``;
  if (tagsSayPii(facts.tags) || metaSaysPii(facts.meta)) return 'it is marked as holding personal data';
  const piiColumns = [...columnsOf(properties).entries()].filter(([, column]) => {
    const classification = classificationOf(column);
    return classification.classified && classification.pii;
  });
  if (piiColumns.length > 0) {
    const names = piiColumns.slice(0, 3).map(([, column]) => `\`${yamlString(yamlGet(column, 'name'))}\``);
    return `column${piiColumns.length > 1 ? 's' : ''} ${names.join(', ')}${piiColumns.length > 3 ? ', …' : ''} ${piiColumns.length > 1 ? 'are' : 'is'} classified as personal data`;
  }
  return undefined;
}

const message = (name: string, why: string): string =>
  `Model \`${name}\` keeps data with no retention setting, and ${why}. Personal data must be deleted when it is no longer needed: ` +
  'set `partition_expiration_days` or `hours_to_expiration` (BigQuery), or record the period in `meta: {retention_days: …}` for the cleanup job that enforces it.';

function inFileConfigs(ctx: RuleContext, path: string): readonly JinjaConfig[] {
  if (ctx.file.path === path) return ctx.jinja?.configs ?? [];
  return ctx.graph?.nodesAt(path).find((node) => node.kind === 'model')?.configs ?? [];
}

function checkModel(ctx: RuleContext): void {
  const path = ctx.file.path;
  const configs = ctx.jinja?.configs ?? [];
  const touchedConfig = configs.some((call) => ctx.file.addedLines.has(call.line));
  if (!(ctx.fullFileReview || ctx.file.status === 'added' || touchedConfig)) return;
  const index = ctx.dbt;
  const model = index?.model(path);
  const name = model?.name ?? stem(path);
  const facts = modelFacts(index, path, ctx.modelProperties, configs);
  if (hasRetention(facts)) return;
  const why = reason(facts, ctx.modelProperties, path.endsWith('.py'));
  if (!why) return;
  const entry = index?.properties('model', name, model?.project);
  if (entry) ctx.report({ file: entry.file, line: entry.line, message: message(name, why), snippet: `- name: ${name}` });
  else ctx.report({ line: configs[0]?.line ?? 1, message: message(name, why), snippet: `model ${name}` });
}

function checkProperties(ctx: RuleContext): void {
  if (!ctx.yaml?.ok) return;
  const index = ctx.dbt;
  const project = index?.projectFor(ctx.file.path);
  for (const item of yamlItems(yamlGet(ctx.yaml.root, 'models'))) {
    const name = yamlString(yamlGet(item, 'name'));
    if (name === undefined || !edited(ctx, item.line, item.endLine)) continue;
    const models = index?.modelsNamed(name) ?? [];
    const model = models.find((candidate) => candidate.project === project) ?? models[0];
    // An entry without a model is another rule's concern; an added model file reports itself.
    if (!model || addedByChange(ctx, model.path)) continue;
    const facts = modelFacts(index, model.path, item, inFileConfigs(ctx, model.path));
    if (hasRetention(facts)) continue;
    const why = reason(facts, item, model.language === 'python');
    if (why) ctx.report({ line: yamlEntry(item, 'name')?.keyLine ?? item.line, message: message(name, why), snippet: `- name: ${name}` });
  }
}

export const piiWithoutRetention: Rule = {
  meta: {
    id: 'GOV-004',
    title: 'PII or retention-tagged model without a retention setting',
    domain: 'governance',
    checklist: ['GOV-04', 'GOV-06'],
    severity: 'warning',
    rationale:
      'GDPR and CCPA require personal data to be kept no longer than needed, and deletion requests to reach every copy. A table ' +
      'that holds personal data with no expiry and no recorded retention period grows forever and is forgotten by cleanup jobs. ' +
      'Set an expiration in the warehouse or record the period in meta for the job that enforces it.',
    examples: {
      bad: "{{ config(materialized='table', tags=['pii']) }}\nselect customer_id, email from {{ ref('stg_customers') }}",
      good: "{{ config(materialized='table', tags=['pii'], meta={'retention_days': 730}) }}\nselect customer_id, email from {{ ref('stg_customers') }}",
    },
    appliesTo: ['dbt-model', 'dbt-properties'],
    scope: 'changed-objects',
    needsGraph: true,
  },
  check(ctx) {
    if (ctx.file.kind === 'dbt-model') checkModel(ctx);
    else if (ctx.file.kind === 'dbt-properties') checkProperties(ctx);
  },
};
