// docs/config.md, generated from docs/config.schema.json (`npm run docs:config`), so the
// reference a user reads is the schema their editor validates against. A test fails when the
// committed file differs from what this renders. The schema is read as plain data: anything it
// does not say (a missing description, an unknown shape) is left out, never guessed, and never
// throws.
import { stringify } from 'yaml';
import { DEFAULT_PATHS, type PathSettings } from '../changes/classify.js';

/** The part of JSON Schema (2020-12) this generator reads. */
interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  oneOf?: unknown[];
  anyOf?: unknown[];
  items?: unknown;
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
  required?: string[];
  description?: string;
  default?: unknown;
  examples?: unknown[];
}

/** One key of the file, at any depth (`fail-on`, `paths.dbt`, `overrides[].instructions`). */
export interface ConfigKeyDoc {
  key: string;
  type: string;
  allowed: string[];
  /** Shown as is: a JSON value, or a sentence for defaults that are not a value. */
  default?: string;
  description?: string;
  required: boolean;
}

export interface ConfigDocOptions {
  /** The built-in globs per domain, documented as the defaults of `paths.*`. */
  defaultPaths?: PathSettings;
}

/** How the entries of a mapping with free keys are named in the reference, by the mapping's key. */
const FREE_KEY_NAMES: Readonly<Record<string, string>> = { rules: '<RULE-ID>' };
const FREE_KEY_DEFAULT = '<name>';

/**
 * Meanings for schema parts that carry no description of their own (shared `$defs`, free keys),
 * used only when the schema says nothing; a description in the schema always wins.
 */
const DEF_NOTES: Readonly<Record<string, string>> = {
  globs: 'Globs relative to the repository root (one string is a list of one); `!glob` excludes.',
  ruleSettings: 'Rule settings keyed by rule id, written as under the top-level `rules`.',
  severity: '`off` turns the rule off; `info`, `warning` and `error` set the severity of its findings.',
};
const FREE_KEY_NOTES: Readonly<Record<string, string>> = {
  '<option>': 'One of the rule\'s options, with the type the rule gives it; each rule lists its options and defaults in rules.md.',
};

const refName = (value: unknown): string | undefined => {
  const ref = asNode(value).$ref;
  return typeof ref === 'string' ? ref.split('/').pop() : undefined;
};

const asNode = (value: unknown): SchemaNode => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as SchemaNode) : {});

/** Follows local `#/...` references; an unresolvable one reads as an empty schema. */
function resolve(root: SchemaNode, value: unknown, seen: ReadonlySet<string> = new Set()): SchemaNode {
  const node = asNode(value);
  if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#/') || seen.has(node.$ref)) return node;
  let target: unknown = root;
  for (const part of node.$ref.slice(2).split('/')) target = asNode(target)[part as keyof SchemaNode];
  const { $ref: ref, ...siblings } = node;
  // Keywords next to $ref (a description, examples) add to the target's.
  return { ...resolve(root, target, new Set([...seen, ref])), ...siblings };
}

const code = (value: unknown): string => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** What the alternatives of a oneOf say about themselves, for a node that says nothing. */
function branchDescriptions(root: SchemaNode, node: SchemaNode): string | undefined {
  const alternatives = asNode(node).oneOf ?? asNode(node).anyOf;
  if (!Array.isArray(alternatives)) return undefined;
  const parts = alternatives.flatMap((branch) => {
    const resolved = resolve(root, branch);
    const text = resolved.description ?? DEF_NOTES[refName(branch) ?? ''];
    return text ? [text] : [];
  });
  return parts.length > 0 ? parts.join(' Or: ') : undefined;
}

function branches(root: SchemaNode, node: SchemaNode): SchemaNode[] {
  const list = node.oneOf ?? node.anyOf;
  return Array.isArray(list) ? list.map((branch) => resolve(root, branch)) : [];
}

/** A short type name: `string`, `list of strings`, `mapping of <RULE-ID> to …`. */
function typeOf(root: SchemaNode, value: unknown, freeKey: string, depth = 0): string {
  const node = resolve(root, value);
  if (depth > 4) return 'value';
  if (Array.isArray(node.enum)) return node.enum.every((item) => typeof item === 'string') ? 'string' : 'value';
  const alternatives = branches(root, node);
  if (alternatives.length > 0) return [...new Set(alternatives.map((branch) => typeOf(root, branch, freeKey, depth + 1)))].join(' or ');
  const type = Array.isArray(node.type) ? node.type.join(' or ') : node.type;
  if (type === 'array') {
    const items = typeOf(root, node.items, freeKey, depth + 1);
    return node.items === undefined ? 'list' : `list of ${pluralType(items)}`;
  }
  if (type === 'object') {
    if (node.properties && Object.keys(node.properties).length > 0) return 'mapping';
    const extra = node.additionalProperties;
    if (extra !== undefined && typeof extra !== 'boolean') return `mapping of \`${freeKey}\` to ${typeOf(root, extra, freeKey, depth + 1)}`;
    return 'mapping';
  }
  return type ?? 'value';
}

function pluralType(type: string): string {
  if (type === 'mapping' || type.startsWith('mapping ')) return type.replace(/^mapping/, 'mappings');
  if (/^(string|number|boolean|integer)$/.test(type)) return `${type}s`;
  return type;
}

/** Allowed values: the enum of the node, or of its alternatives. */
function allowedOf(root: SchemaNode, node: SchemaNode): string[] {
  if (Array.isArray(node.enum)) return node.enum.map(code);
  return branches(root, node).flatMap((branch) => (Array.isArray(branch.enum) ? branch.enum.map(code) : []));
}

function defaultOf(node: SchemaNode, key: string, options: ConfigDocOptions): string | undefined {
  if (node.default !== undefined) return code(node.default);
  const domain = /^paths\.(dbt|airflow|sql)$/.exec(key)?.[1] as keyof PathSettings | undefined;
  const globs = domain ? options.defaultPaths?.[domain] : undefined;
  return globs ? globs.map(code).join(', ') : undefined;
}

/** Every key of the file in document order, each followed by the keys nested in it. */
export function configKeys(schema: unknown, options: ConfigDocOptions = {}): ConfigKeyDoc[] {
  const root = asNode(schema);
  const out: ConfigKeyDoc[] = [];
  const visit = (value: unknown, key: string, parentName: string, required: boolean, depth: number): void => {
    const node = resolve(root, value);
    const freeKey = FREE_KEY_NAMES[parentName] ?? FREE_KEY_DEFAULT;
    const entry: ConfigKeyDoc = { key, type: typeOf(root, node, freeKey), allowed: allowedOf(root, node), required };
    const fallback = defaultOf(node, key, options);
    if (fallback !== undefined) entry.default = fallback;
    const description = node.description ?? DEF_NOTES[refName(value) ?? ''] ?? FREE_KEY_NOTES[parentName] ?? branchDescriptions(root, node);
    if (description) entry.description = description;
    out.push(entry);
    if (depth > 6) return;
    visitChildren(node, key, parentName, depth);
  };
  const visitChildren = (node: SchemaNode, key: string, name: string, depth: number): void => {
    // Object branches of a oneOf (a rule set by a mapping instead of a severity) have keys too.
    for (const branch of [node, ...branches(root, node)]) {
      const type = Array.isArray(branch.type) ? branch.type : [branch.type];
      if (type.includes('array') && branch.items !== undefined) {
        visitChildren(resolve(root, branch.items), `${key}[]`, name, depth + 1);
        continue;
      }
      if (!type.includes('object')) continue;
      const required = new Set(Array.isArray(branch.required) ? branch.required : []);
      for (const [child, childSchema] of Object.entries(branch.properties ?? {})) visit(childSchema, `${key}.${child}`, child, required.has(child), depth + 1);
      const extra = branch.additionalProperties;
      if (extra !== undefined && typeof extra !== 'boolean') {
        const freeKey = FREE_KEY_NAMES[name] ?? (branch === node ? FREE_KEY_DEFAULT : '<option>');
        visit(extra, `${key}.${freeKey}`, freeKey, false, depth + 1);
      }
    }
  };
  for (const [key, value] of Object.entries(root.properties ?? {})) {
    const required = Array.isArray(root.required) && root.required.includes(key);
    visit(value, key, key, required, 0);
  }
  // Keys are listed once even when two paths lead to the same one.
  return out.filter((entry, index) => out.findIndex((other) => other.key === entry.key) === index);
}

/** A whole file using every key that has an example or a default (the schema's own values). */
export function exampleConfig(schema: unknown): Record<string, unknown> {
  const root = asNode(schema);
  const example: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(root.properties ?? {})) {
    const node = resolve(root, value);
    const sample = Array.isArray(node.examples) && node.examples.length > 0 ? node.examples[0] : node.default;
    if (sample !== undefined) example[key] = sample;
  }
  return example;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function keyTable(entries: readonly ConfigKeyDoc[]): string[] {
  return [
    '| key | type | allowed values | default | meaning |',
    '|---|---|---|---|---|',
    ...entries.map(
      (entry) =>
        `| \`${cell(entry.key)}\`${entry.required ? ' (required)' : ''} | ${cell(entry.type)} | ${cell(entry.allowed.join(', ') || '—')} | ${cell(entry.default ?? '—')} | ${cell(entry.description ?? '')} |`,
    ),
  ];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

function yamlBlock(value: unknown): string[] {
  return ['```yaml', stringify(value, { lineWidth: 0 }).replace(/\n+$/, ''), '```'];
}

export function renderConfigDoc(schema: unknown, options: ConfigDocOptions = { defaultPaths: DEFAULT_PATHS }): string {
  const root = asNode(schema);
  const keys = configKeys(schema, options);
  const topLevel = Object.keys(root.properties ?? {});
  const lines = [
    '# Configuration file',
    '',
    '<!-- Generated from docs/config.schema.json by `npm run docs:config`; do not edit by hand. -->',
    '',
    ...(root.description ? [root.description, ''] : []),
    'Every key is optional. An invalid key or value fails the run with a message that names the file, the line and the key;',
    'a rule id that no rule has is reported as a `CFG-001` finding instead. Editors with YAML schema support can validate the',
    'file against [`config.schema.json`](config.schema.json); the rules and their options are in [`rules.md`](rules.md).',
    '',
    '## Example',
    '',
    ...yamlBlock(exampleConfig(schema)),
    '',
    '## Keys',
    '',
    '| key | type | default | meaning |',
    '|---|---|---|---|',
    ...topLevel.flatMap((key) => {
      const entry = keys.find((candidate) => candidate.key === key);
      if (!entry) return [];
      return [`| [\`${key}\`](#${anchorOf(key)}) | ${cell(entry.type)} | ${cell(entry.default ?? '—')} | ${cell(entry.description ?? '')} |`];
    }),
    '',
  ];
  for (const key of topLevel) {
    const entry = keys.find((candidate) => candidate.key === key);
    if (!entry) continue;
    const node = resolve(root, root.properties?.[key]);
    lines.push(`## ${key}`, '');
    const facts = [`Type: ${entry.type}`];
    if (entry.allowed.length > 0) facts.push(`Allowed values: ${entry.allowed.join(', ')}`);
    facts.push(`Default: ${entry.default ?? 'none'}`);
    lines.push(facts.join(' · '), '');
    if (entry.description) lines.push(entry.description, '');
    const nested = keys.filter((candidate) => candidate.key.startsWith(`${key}.`) || candidate.key.startsWith(`${key}[]`));
    if (nested.length > 0) lines.push(...keyTable(nested), '');
    const examples = Array.isArray(node.examples) ? node.examples : [];
    // A list of plain values (dialect names) reads better inline than as one block each.
    const scalars = examples.every((example) => example === null || typeof example !== 'object');
    if (scalars && examples.length > 1) lines.push(`Examples: ${examples.map(code).join(', ')}`, '');
    for (const example of scalars ? examples.slice(0, 1) : examples) lines.push(...yamlBlock({ [key]: example }), '');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
