// What dbt properties say about personal data, masking and retention. Read from the positioned
// YAML tree of a properties entry (model, source table, column) so that both the dbt ≥ 1.10
// layout (`config: {meta: …, tags: …}`) and the older top-level `meta:` / `tags:` count.
import { yamlGet, yamlItems, yamlPlain, yamlString } from '../yaml.js';
import type { YamlNode } from '../yaml.js';

/** `meta:` and `config: meta:` of a node as plain values; config wins on a shared key, as in dbt. */
export function metaOf(node: YamlNode | undefined): Map<string, unknown> {
  const meta = new Map<string, unknown>();
  for (const source of [yamlGet(node, 'meta'), yamlGet(yamlGet(node, 'config'), 'meta')]) {
    if (source?.kind !== 'map') continue;
    for (const entry of source.entries) meta.set(entry.key.toLowerCase(), yamlPlain(entry.value));
  }
  return meta;
}

function stringsOf(node: YamlNode | undefined): string[] {
  const single = yamlString(node);
  if (single !== undefined) return [single];
  return yamlItems(node)
    .map(yamlString)
    .filter((item): item is string => item !== undefined);
}

/** `tags:` and `config: tags:` of a node (a string or a list), lower-cased. */
export function tagsOf(node: YamlNode | undefined): string[] {
  return [...stringsOf(yamlGet(node, 'tags')), ...stringsOf(yamlGet(yamlGet(node, 'config'), 'tags'))].map((tag) => tag.toLowerCase());
}

/** BigQuery column `policy_tags:` (column level). */
export function policyTagsOf(node: YamlNode | undefined): string[] {
  return [...stringsOf(yamlGet(node, 'policy_tags')), ...stringsOf(yamlGet(yamlGet(node, 'config'), 'policy_tags'))];
}

// Meta keys that say whether something is personal data (a boolean or a yes/no-ish string).
const PII_FLAG_KEYS = ['pii', 'contains_pii', 'is_pii', 'personal_data', 'has_pii', 'gdpr'];
// Meta keys that carry a classification level.
const CLASS_KEYS = ['classification', 'data_classification', 'sensitivity', 'sensitivity_level', 'data_sensitivity', 'privacy', 'pii_type', 'pii_category'];
const NOT_PII_VALUES = new Set(['false', 'no', 'none', 'n', '0', 'public', 'internal', 'non-pii', 'non_pii', 'nonpii', 'not_pii', 'not-pii', 'no_pii', 'no-pii', '']);
const PII_TAGS = new Set(['pii', 'sensitive', 'personal', 'personal_data', 'gdpr', 'confidential', 'restricted', 'phi', 'pci', 'spi']);
const NOT_PII_TAGS = new Set(['non-pii', 'non_pii', 'nonpii', 'not-pii', 'not_pii', 'no-pii', 'no_pii']);

export type Classification = { classified: false } | { classified: true; pii: boolean };

function truthy(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return !NOT_PII_VALUES.has(value.trim().toLowerCase());
  // A list or mapping (`pii: {type: email}`) is a classification that says "personal".
  return value !== null && value !== undefined;
}

const isPiiTag = (tag: string): boolean => PII_TAGS.has(tag) || /^(pii|sensitive|gdpr)[:_\-.]/.test(tag);

/**
 * Whether a column (or model) node records a decision about personal data, and which. An
 * explicit "not personal" (`meta: {pii: false}`, `tags: [non-pii]`) is a classification too: the
 * team looked and decided.
 */
export function classificationOf(node: YamlNode | undefined): Classification {
  const meta = metaOf(node);
  let decided: boolean | undefined;
  for (const key of [...PII_FLAG_KEYS, ...CLASS_KEYS]) {
    if (!meta.has(key)) continue;
    const pii = truthy(meta.get(key));
    decided = (decided ?? false) || pii;
  }
  const tags = tagsOf(node);
  if (tags.some(isPiiTag)) decided = true;
  else if (decided === undefined && tags.some((tag) => NOT_PII_TAGS.has(tag))) decided = false;
  // Policy tags exist to restrict sensitive columns.
  if (policyTagsOf(node).length > 0) decided = true;
  return decided === undefined ? { classified: false } : { classified: true, pii: decided };
}

// Meta keys used by masking packages (dbt_snow_mask's `masking_policy`) and by teams.
const MASKING_META_KEYS = ['masking_policy', 'masking', 'masked', 'mask', 'masking_rule', 'column_mask'];

/** Whether a column's properties declare masking (a masking policy, policy tags, a `masked` tag). */
export function declaresMasking(column: YamlNode | undefined): boolean {
  const meta = metaOf(column);
  if (MASKING_META_KEYS.some((key) => meta.has(key) && meta.get(key) !== false && meta.get(key) !== null)) return true;
  if (policyTagsOf(column).length > 0) return true;
  return tagsOf(column).some((tag) => tag === 'masked' || tag.startsWith('masked:') || tag.startsWith('masking'));
}

/** The column entries (`columns:`) of a model or source-table node, by lower-case name. */
export function columnsOf(node: YamlNode | undefined): Map<string, YamlNode> {
  const columns = new Map<string, YamlNode>();
  for (const item of yamlItems(yamlGet(node, 'columns'))) {
    const name = yamlString(yamlGet(item, 'name'));
    if (name !== undefined && !columns.has(name.toLowerCase())) columns.set(name.toLowerCase(), item);
  }
  return columns;
}

/** Whether a plain meta or config value names personal data at model level. */
export function metaSaysPii(meta: ReadonlyMap<string, unknown>): boolean {
  return [...PII_FLAG_KEYS, ...CLASS_KEYS].some((key) => meta.has(key) && truthy(meta.get(key)));
}

export function tagsSayPii(tags: Iterable<string>): boolean {
  for (const tag of tags) if (isPiiTag(tag.toLowerCase())) return true;
  return false;
}

export const isRetentionTag = (tag: string): boolean => /^(retention|data_retention|gdpr_retention)([:_\-.].*)?$/.test(tag.toLowerCase());

/** Config keys that make a warehouse expire data (BigQuery). */
export const RETENTION_CONFIG_KEYS = ['partition_expiration_days', 'hours_to_expiration'] as const;
/** Meta keys teams use to record a retention period that a cleanup job enforces. */
export const RETENTION_META_KEYS = ['retention_days', 'retention', 'retention_period', 'data_retention', 'retention_policy', 'ttl_days', 'delete_after_days'] as const;
