// YAML read into a small positioned tree: every node knows the lines it spans, so findings on
// dbt properties and dbt_project.yml point at the line a human would edit. Built on the `yaml`
// package's document API (which keeps source ranges) instead of its plain-JS output.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlLibNode } from 'yaml';

export interface YamlPosition {
  line: number;
  endLine: number;
}

export interface YamlEntry {
  key: string;
  keyLine: number;
  value: YamlNode;
}

export type YamlNode =
  | ({ kind: 'map'; entries: YamlEntry[] } & YamlPosition)
  | ({ kind: 'seq'; items: YamlNode[] } & YamlPosition)
  | ({ kind: 'scalar'; value: string | number | boolean | null } & YamlPosition);

export type YamlParse = { ok: true; root: YamlNode | undefined } | { ok: false; error: string; line?: number };

// Aliases can point at each other; a bound keeps a malicious or broken file from looping.
const MAX_ALIAS_DEPTH = 20;
// Nodes copied in by aliases, per document. Each alias is expanded into a copy, so an alias
// bomb ("billion laughs": ten aliases of ten aliases of …) grows exponentially: six levels held
// a review for minutes and ran out of memory. Real files reuse a few small anchored maps.
const MAX_ALIAS_NODES = 100_000;

/** Thrown inside the conversion when the alias budget is spent; caught below. */
class AliasBudgetSpent extends Error {
  constructor(readonly line: number) {
    super('alias budget spent');
  }
}

/** Parses one YAML document; never throws. An empty document gives `root: undefined`. */
// Properties YAML is read by the project index, the engine, the governance rules and several
// detectors: one parse per distinct text serves them all. Parsed documents are only read, never
// changed, by their users. The cache is bounded so a huge change does not keep every document.
const PARSE_CACHE_LIMIT = 512;
const parseCache = new Map<string, YamlParse>();

export function parseYaml(text: string): YamlParse {
  const cached = parseCache.get(text);
  if (cached) return cached;
  const parsed = parseYamlUncached(text);
  if (parseCache.size >= PARSE_CACHE_LIMIT) {
    const oldest = parseCache.keys().next().value;
    if (oldest !== undefined) parseCache.delete(oldest);
  }
  parseCache.set(text, parsed);
  return parsed;
}

function parseYamlUncached(text: string): YamlParse {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // prettyErrors (the default) is what fills in each error's line and column.
    doc = parseDocument(text, { lineCounter });
  } catch (error) {
    return { ok: false, error: `YAML could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    const message = (first.message.split('\n')[0] ?? first.message).replace(/:\s*$/, '');
    return { ok: false, error: `YAML error: ${message}`, ...(line ? { line } : {}) };
  }
  const lineOf = (offset: number): number => lineCounter.linePos(Math.max(0, offset)).line;
  const position = (node: YamlLibNode): YamlPosition => {
    const range = node.range;
    if (!range) return { line: 1, endLine: 1 };
    const line = lineOf(range[0]);
    return { line, endLine: Math.max(line, lineOf(range[1] - 1)) };
  };

  let aliasNodes = 0;
  const convert = (node: unknown, depth: number): YamlNode => {
    // depth > 0: inside the expansion of an alias.
    if (depth > 0 && ++aliasNodes > MAX_ALIAS_NODES) throw new AliasBudgetSpent(isAlias(node) || isMap(node) || isSeq(node) || isScalar(node) ? position(node).line : 1);
    if (isAlias(node)) {
      const target = depth < MAX_ALIAS_DEPTH ? node.resolve(doc) : undefined;
      return target ? convert(target, depth + 1) : { kind: 'scalar', value: null, ...position(node) };
    }
    if (isMap(node)) {
      const entries: YamlEntry[] = [];
      const merged: YamlEntry[] = [];
      for (const pair of node.items) {
        const keyNode = pair.key;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const keyLine = isScalar(keyNode) && keyNode.range ? lineOf(keyNode.range[0]) : position(node).line;
        const value = pair.value === null ? { kind: 'scalar' as const, value: null, line: keyLine, endLine: keyLine } : convert(pair.value, depth);
        // `<<: *anchor` merges the anchored map's keys under the explicit ones (YAML 1.1 merge
        // keys, which dbt users rely on; the yaml package leaves them as a plain key in 1.2 mode).
        if (key === '<<' && value.kind !== 'scalar') {
          const sources = value.kind === 'map' ? [value] : value.items;
          for (const source of sources) if (source.kind === 'map') merged.push(...source.entries);
        } else {
          entries.push({ key, keyLine, value });
        }
      }
      for (const entry of merged) if (!entries.some((e) => e.key === entry.key)) entries.push(entry);
      return { kind: 'map', entries, ...position(node) };
    }
    if (isSeq(node)) return { kind: 'seq', items: node.items.map((item) => convert(item, depth)), ...position(node) };
    if (isScalar(node)) {
      const raw = node.value;
      const value = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw === null ? raw : String(raw);
      return { kind: 'scalar', value, ...position(node) };
    }
    return { kind: 'scalar', value: null, line: 1, endLine: 1 };
  };

  try {
    return { ok: true, root: doc.contents === null ? undefined : convert(doc.contents, 0) };
  } catch (error) {
    if (error instanceof AliasBudgetSpent) {
      return { ok: false, error: `YAML aliases expand to more than ${MAX_ALIAS_NODES} nodes (an alias bomb?): the file is not read`, line: error.line };
    }
    // A stack overflow on extreme nesting the yaml package itself accepted.
    return { ok: false, error: `YAML could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The value under `key` of a map node. */
export function yamlGet(node: YamlNode | undefined, key: string): YamlNode | undefined {
  if (node?.kind !== 'map') return undefined;
  return node.entries.find((entry) => entry.key === key)?.value;
}

/** The entry (key with its line) under `key` of a map node. */
export function yamlEntry(node: YamlNode | undefined, key: string): YamlEntry | undefined {
  if (node?.kind !== 'map') return undefined;
  return node.entries.find((entry) => entry.key === key);
}

export function yamlString(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/** Items of a sequence node; a missing or non-sequence node has none. */
export function yamlItems(node: YamlNode | undefined): YamlNode[] {
  return node?.kind === 'seq' ? node.items : [];
}

/** A string or a list of strings (dbt accepts both for paths), else the fallback. */
export function yamlStringList(node: YamlNode | undefined, fallback: string[]): string[] {
  if (!node) return fallback;
  const single = yamlString(node);
  if (single !== undefined) return [single];
  const items = yamlItems(node)
    .map(yamlString)
    .filter((item): item is string => item !== undefined);
  return node.kind === 'seq' ? items : fallback;
}

/** The plain JS value of a node (for config values), positions dropped. */
export function yamlPlain(node: YamlNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(yamlPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const entry of node.entries) out[entry.key] = yamlPlain(entry.value);
      return out;
    }
  }
}
