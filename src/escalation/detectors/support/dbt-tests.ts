// dbt data tests and source freshness read from a properties YAML with everything that sets how
// strict they are: each test's config (severity, warn_if, error_if, enabled, store_failures,
// fail_calc) and threshold arguments (`at_least`, `mostly`, `min_value`…), and each source's
// freshness thresholds. The project index keeps tests as names only; comparing strictness needs
// these values, so they are read here from the same YAML parser (positions included).
//
// A test's identity is what it checks, not where it is written: the resource, the column, the
// test's name (or its explicit `name:`), and its order among same-named tests there. Moving
// tests between files, from `tests:` to `data_tests:`, or from legacy top-level config keys into
// `config:` keeps the identity and the values.
import type { LiteralValue } from '../../../analyzers/values.js';
import { fromPlain } from '../../../analyzers/values.js';
import { parseYaml, yamlGet, yamlItems, yamlPlain, yamlString } from '../../../analyzers/yaml.js';
import type { YamlNode } from '../../../analyzers/yaml.js';

export interface Located {
  value: LiteralValue;
  line: number;
}

export type OwnerKind = 'model' | 'seed' | 'snapshot' | 'source';

export interface TestFact {
  identity: string;
  ownerKind: OwnerKind;
  /** The model, seed or snapshot name, or `source.table`. */
  owner: string;
  column?: string;
  /** The generic test (`not_null`, `dbt_utils.accepted_range`). */
  test: string;
  line: number;
  config: Record<string, Located>;
  args: Record<string, Located>;
}

export interface FreshnessFact {
  /** `source` or `source.table`. */
  owner: string;
  line: number;
  /** `freshness: null` switches freshness checks off. */
  disabled: boolean;
  warnAfter?: Located;
  errorAfter?: Located;
}

export interface PropertiesFacts {
  tests: TestFact[];
  /** `owner` and `owner|column` for every resource and column entry in the file. */
  entries: Set<string>;
  freshness: FreshnessFact[];
}

/** Config keys dbt reads on a test, also when written beside its arguments (older syntax). */
export const TEST_CONFIG_KEYS = new Set(['severity', 'warn_if', 'error_if', 'enabled', 'store_failures', 'store_failures_as', 'fail_calc', 'where', 'limit', 'tags', 'meta']);

const lineOfEntry = (node: YamlNode, key: string): number => (node.kind === 'map' ? (node.entries.find((entry) => entry.key === key)?.keyLine ?? node.line) : node.line);

function located(node: YamlNode | undefined, line: number): Located | undefined {
  if (!node) return undefined;
  return { value: fromPlain(yamlPlain(node)), line };
}

function readTestItem(item: YamlNode, base: Omit<TestFact, 'identity' | 'test' | 'line' | 'config' | 'args'>): Omit<TestFact, 'identity'> | undefined {
  if (item.kind === 'scalar' && typeof item.value === 'string') return { ...base, test: item.value, line: item.line, config: {}, args: {} };
  if (item.kind !== 'map') return undefined;
  // `- test_name: x` / `- name: custom` + `test_name:` forms, else `- not_null: {…}`.
  let test = yamlString(yamlGet(item, 'test_name'));
  let body: YamlNode | undefined = item;
  if (test === undefined) {
    const first = item.entries[0];
    if (!first) return undefined;
    test = first.key;
    body = first.value;
  }
  const config: Record<string, Located> = {};
  const args: Record<string, Located> = {};
  const customName = yamlString(yamlGet(body, 'name'));
  if (body?.kind === 'map') {
    for (const entry of body.entries) {
      if (entry.key === 'config' && entry.value.kind === 'map') {
        for (const inner of entry.value.entries) config[inner.key] = located(inner.value, inner.keyLine) as Located;
      } else if (entry.key === 'arguments' && entry.value.kind === 'map') {
        for (const inner of entry.value.entries) args[inner.key] = located(inner.value, inner.keyLine) as Located;
      } else if (TEST_CONFIG_KEYS.has(entry.key)) {
        config[entry.key] ??= located(entry.value, entry.keyLine) as Located;
      } else if (entry.key !== 'name' && entry.key !== 'description' && entry.key !== 'test_name') {
        args[entry.key] = located(entry.value, entry.keyLine) as Located;
      }
    }
  }
  return { ...base, test: customName ?? test, line: item.line, config, args };
}

function readFreshness(owner: string, holder: YamlNode): FreshnessFact | undefined {
  const configFreshness = yamlGet(yamlGet(holder, 'config'), 'freshness');
  const direct = yamlGet(holder, 'freshness');
  const node = direct ?? configFreshness;
  if (!node) return undefined;
  const line = direct ? lineOfEntry(holder, 'freshness') : lineOfEntry(yamlGet(holder, 'config') as YamlNode, 'freshness');
  if (node.kind === 'scalar' && node.value === null) return { owner, line, disabled: true };
  const warn = yamlGet(node, 'warn_after');
  const error = yamlGet(node, 'error_after');
  const warnAfter = located(warn, warn ? lineOfEntry(node, 'warn_after') : line);
  const errorAfter = located(error, error ? lineOfEntry(node, 'error_after') : line);
  return { owner, line, disabled: false, ...(warnAfter ? { warnAfter } : {}), ...(errorAfter ? { errorAfter } : {}) };
}

/** Tests, entries and freshness of one properties file; a file that does not parse has none. */
export function readPropertiesFacts(text: string, renameOwner: (kind: OwnerKind, name: string) => string = (_kind, name) => name): PropertiesFacts {
  const facts: PropertiesFacts = { tests: [], entries: new Set(), freshness: [] };
  const parsed = parseYaml(text);
  if (!parsed.ok || !parsed.root) return facts;
  const doc = parsed.root;
  const counts = new Map<string, number>();
  const addTests = (holder: YamlNode, base: Omit<TestFact, 'identity' | 'test' | 'line' | 'config' | 'args'>): void => {
    for (const key of ['data_tests', 'tests']) {
      for (const item of yamlItems(yamlGet(holder, key))) {
        const test = readTestItem(item, base);
        if (!test) continue;
        const stemKey = `${test.ownerKind}|${test.owner}|${test.column ?? ''}|${test.test}`;
        const occurrence = counts.get(stemKey) ?? 0;
        counts.set(stemKey, occurrence + 1);
        facts.tests.push({ ...test, identity: `${stemKey}#${occurrence}` });
      }
    }
  };
  const addResource = (ownerKind: OwnerKind, owner: string, node: YamlNode): void => {
    facts.entries.add(owner);
    addTests(node, { ownerKind, owner });
    for (const column of yamlItems(yamlGet(node, 'columns'))) {
      const name = yamlString(yamlGet(column, 'name'));
      if (name === undefined) continue;
      const normalised = name.toLowerCase();
      facts.entries.add(`${owner}|${normalised}`);
      addTests(column, { ownerKind, owner, column: normalised });
    }
  };
  const resources: [string, OwnerKind][] = [
    ['models', 'model'],
    ['seeds', 'seed'],
    ['snapshots', 'snapshot'],
  ];
  for (const [key, kind] of resources) {
    for (const item of yamlItems(yamlGet(doc, key))) {
      const name = yamlString(yamlGet(item, 'name'));
      if (name !== undefined) addResource(kind, renameOwner(kind, name), item);
    }
  }
  for (const source of yamlItems(yamlGet(doc, 'sources'))) {
    const sourceName = yamlString(yamlGet(source, 'name'));
    if (sourceName === undefined) continue;
    const sourceFreshness = readFreshness(sourceName, source);
    if (sourceFreshness) facts.freshness.push(sourceFreshness);
    facts.entries.add(sourceName);
    for (const table of yamlItems(yamlGet(source, 'tables'))) {
      const tableName = yamlString(yamlGet(table, 'name'));
      if (tableName === undefined) continue;
      const owner = `${sourceName}.${tableName}`;
      addResource('source', owner, table);
      const tableFreshness = readFreshness(owner, table);
      if (tableFreshness) facts.freshness.push(tableFreshness);
    }
  }
  return facts;
}
