// The governance-relevant configuration of one dbt model, gathered from the three places dbt
// reads it: dbt_project.yml folder levels (`+tags`, `+meta`, `+partition_expiration_days`…),
// the model's properties entry (top-level `meta`/`tags`/`access` and `config:`), and the
// model's own `config(...)` calls. Tags add up across layers and meta merges key by key, as in
// dbt; any other config key takes the most specific layer's value.
import type { DbtIndex } from '../dbt/project.js';
import type { JinjaConfig } from '../dbt/jinja.js';
import type { LiteralValue } from '../values.js';
import { yamlGet, yamlPlain } from '../yaml.js';
import type { YamlNode } from '../yaml.js';
import { metaOf, tagsOf } from './classification.js';

export interface ModelFacts {
  tags: Set<string>;
  meta: Map<string, unknown>;
  /** Config keys other than tags and meta, lower-cased keys, plain values. */
  config: Map<string, unknown>;
}

/** A literal as a plain JS value; expressions (`var('x')`) stay as their text. */
export function literalToPlain(value: LiteralValue): unknown {
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return value.value;
    case 'none':
      return null;
    case 'list':
      return value.items.map(literalToPlain);
    case 'dict':
      return Object.fromEntries(Object.entries(value.entries).map(([key, item]) => [key, literalToPlain(item)]));
    case 'expr':
      return { expression: value.text };
  }
}

function addTags(target: Set<string>, value: unknown): void {
  if (typeof value === 'string') target.add(value.toLowerCase());
  else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') target.add(item.toLowerCase());
}

function addMeta(target: Map<string, unknown>, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const [key, item] of Object.entries(value)) target.set(key.toLowerCase(), item);
}

function addConfig(facts: ModelFacts, key: string, value: unknown): void {
  const name = key.replace(/^\+/, '').trim().toLowerCase();
  if (name === 'tags') addTags(facts.tags, value);
  else if (name === 'meta') addMeta(facts.meta, value);
  else facts.config.set(name, value);
}

/** dbt's folder-level search: the `models:` tree's root, then each fqn part while it is a mapping. */
function projectLevels(index: DbtIndex | undefined, path: string): Extract<YamlNode, { kind: 'map' }>[] {
  const model = index?.model(path);
  const project = model?.project ?? index?.projectFor(path);
  const root = project?.modelsConfig;
  if (!project || root?.kind !== 'map') return [];
  const stem = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const fqn = model?.fqn ?? [project.name, stem];
  const levels: Extract<YamlNode, { kind: 'map' }>[] = [root];
  let current: YamlNode = root;
  for (const part of fqn) {
    const next = yamlGet(current, part);
    if (next?.kind !== 'map') break;
    levels.push(next);
    current = next;
  }
  return levels;
}

/** The facts of the model at `path`: project layers, then its properties entry, then in-file config() calls. */
export function modelFacts(index: DbtIndex | undefined, path: string, properties: YamlNode | undefined, inFile: readonly JinjaConfig[]): ModelFacts {
  const facts: ModelFacts = { tags: new Set(), meta: new Map(), config: new Map() };
  for (const level of projectLevels(index, path)) {
    for (const entry of level.entries) {
      // `+key` is always a config; a key without `+` is one unless its value is a mapping (a sub-folder).
      if (!entry.key.startsWith('+') && entry.value.kind === 'map') continue;
      addConfig(facts, entry.key, yamlPlain(entry.value));
    }
  }
  if (properties) {
    for (const tag of tagsOf(properties)) facts.tags.add(tag);
    for (const [key, value] of metaOf(properties)) facts.meta.set(key, value);
    const access = yamlGet(properties, 'access');
    if (access) facts.config.set('access', yamlPlain(access));
    const config = yamlGet(properties, 'config');
    if (config?.kind === 'map') for (const entry of config.entries) if (entry.key !== 'tags' && entry.key !== 'meta') addConfig(facts, entry.key, yamlPlain(entry.value));
  }
  for (const call of inFile) for (const [key, value] of Object.entries(call.args)) addConfig(facts, key, literalToPlain(value));
  return facts;
}
