// The graph of dbt nodes at one side of a change (the head, for rules): which model refs which
// model, snapshot or seed, and which sources each one reads. Built from the repository's files
// through the project index (no dbt install, no manifest): every model and snapshot file is read
// once and its Jinja neutralised, YAML-defined snapshots read their `relation:`, seeds come from
// the file list. Packages declared in packages.yml / dependencies.yml are not installed here, so
// the graph only says which declared packages might define nodes it cannot see.
// Built lazily by the engine, once per run, only when a rule that reads it applies.
import type { ContentReader } from '../../model.js';
import { mapLimit } from '../concurrency.js';
import type { SqlDialect } from '../sql/parser.js';
import { parseYaml, yamlGet, yamlItems, yamlString } from '../yaml.js';
import { readCallArguments, tokenizeExpression } from './config.js';
import type { JinjaValue } from './config.js';
import { neutraliseJinja } from './jinja.js';
import type { JinjaConfig, JinjaRef, JinjaSource, NeutralisedJinja } from './jinja.js';
import type { DbtIndex, DbtProject, DbtPropertiesEntry } from './project.js';

export type DbtNodeKind = 'model' | 'snapshot' | 'seed';

export interface DbtGraphNode {
  kind: DbtNodeKind;
  name: string;
  /** The file that defines the node (a YAML file for YAML-defined snapshots). */
  path: string;
  project?: DbtProject;
  refs: JinjaRef[];
  sources: JinjaSource[];
  /** In-file `config()` calls (SQL models and snapshot blocks). */
  configs: JinjaConfig[];
  /** False when the file could not be read: its refs and sources are unknown. */
  read: boolean;
}

/** A parsed `ref(...)` / `source(...)` written as text (exposure `depends_on`, snapshot `relation`). */
export type NodeReference = { kind: 'ref'; name: string; package?: string } | { kind: 'source'; source: string; table: string };

export interface DeclaredPackage {
  /** The package's likely project name (`dbt_utils` for `dbt-labs/dbt_utils`); undefined for git/tarball packages. */
  name?: string;
  /** How it was declared (`dbt-labs/dbt_utils`, a git URL, a local path). */
  spec: string;
  file: string;
  /** Whether the package may define models, seeds, snapshots or sources the graph cannot see. */
  mayDefineNodes: boolean;
}

export interface BuildDbtGraphOptions {
  /** The warehouse's SQL dialect, as the run decided it (configured or inferred). */
  warehouse?: SqlDialect;
  /** At most this many model and snapshot files are read (default 5000). */
  maxFileReads?: number;
}

const DEFAULT_MAX_FILE_READS = 5000;
const READ_CONCURRENCY = 8;

// Hub packages known to ship macros and tests only: a name they cannot define is still unknown.
const MACRO_ONLY_PACKAGES = new Set([
  'dbt_utils',
  'dbt_expectations',
  'dbt_date',
  'codegen',
  'audit_helper',
  'dbt_external_tables',
  'spark_utils',
  'dbt_constraints',
  'dbt_meta_testing',
  'metrics',
  'datavault4dbt',
  'dbt_profiler',
]);

const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
const dirname = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const stem = (p: string): string => {
  const base = basename(p);
  return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
};
const literal = (value: JinjaValue | undefined): string | undefined => (value?.kind === 'string' ? value.value : undefined);
const sourceKey = (source: string, table: string): string => `${source}\0${table}`;

/** Reads `ref('x')`, `ref('pkg', 'x')`, `source('raw', 'orders')` (with or without `{{ }}`); undefined otherwise. */
export function parseNodeReference(text: string): NodeReference | undefined {
  const inner = text.trim().replace(/^\{\{-?/, '').replace(/-?\}\}$/, '');
  const tokens = tokenizeExpression(inner);
  const head = tokens[0];
  if (head?.kind !== 'name' || tokens[1]?.text !== '(') return undefined;
  const args = readCallArguments(tokens, inner, 1);
  const strings = args.positional.map(literal);
  if (head.text === 'ref') {
    const name = strings.length >= 2 ? strings[1] : strings[0];
    if (name === undefined) return undefined;
    const pkg = strings.length >= 2 ? strings[0] : undefined;
    return { kind: 'ref', name, ...(pkg !== undefined ? { package: pkg } : {}) };
  }
  if (head.text === 'source') {
    const source = strings[0] ?? literal(args.keyword['source_name']);
    const table = strings[1] ?? literal(args.keyword['table_name']);
    return source !== undefined && table !== undefined ? { kind: 'source', source, table } : undefined;
  }
  return undefined;
}

/** Names of the `{% snapshot name %}` blocks of a snapshot file. */
export function snapshotBlockNames(text: string): { name: string; line: number }[] {
  const names: { name: string; line: number }[] = [];
  for (const match of text.matchAll(/\{%[-+]?\s*snapshot\s+([A-Za-z_][A-Za-z0-9_]*)\s*[-+]?%\}/g)) {
    const name = match[1];
    if (name === undefined) continue;
    const line = text.slice(0, match.index).split('\n').length;
    names.push({ name, line });
  }
  return names;
}

/**
 * Refs and sources of a Python model. Approximation: `dbt.ref('x')` / `dbt.source('a', 'b')`
 * calls with literal arguments are matched by pattern, not read from the syntax tree (the tree
 * is only parsed for changed files, and this graph covers the whole project).
 */
export function pythonModelDependencies(text: string): { refs: JinjaRef[]; sources: JinjaSource[] } {
  const refs: JinjaRef[] = [];
  const sources: JinjaSource[] = [];
  const lineAt = (offset: number): number => text.slice(0, offset).split('\n').length;
  for (const match of text.matchAll(/\bdbt\.ref\(\s*(['"])([^'"]+)\1\s*(?:,\s*(['"])([^'"]+)\3\s*)?[,)]/g)) {
    const first = match[2] as string;
    const second = match[4];
    refs.push(second !== undefined ? { name: second, package: first, line: lineAt(match.index) } : { name: first, line: lineAt(match.index) });
  }
  for (const match of text.matchAll(/\bdbt\.source\(\s*(['"])([^'"]+)\1\s*,\s*(['"])([^'"]+)\3\s*\)/g)) {
    sources.push({ source: match[2] as string, table: match[4] as string, line: lineAt(match.index) });
  }
  return { refs, sources };
}

/** The graph of one side. Build it with `buildDbtGraph`. */
export class DbtGraph {
  readonly problems: string[] = [];
  readonly packages: DeclaredPackage[] = [];
  private readonly nodeList: DbtGraphNode[] = [];
  private readonly byPath = new Map<string, DbtGraphNode[]>();
  private readonly byName = new Map<string, DbtGraphNode[]>();
  private readonly sourceUsers = new Map<string, DbtGraphNode[]>();
  private readonly declaredSources = new Set<string>();
  private childrenByNode: Map<DbtGraphNode, DbtGraphNode[]> | undefined;
  /** False when some model or snapshot file was not read (limit or read failure). */
  complete = true;

  constructor(
    readonly index: DbtIndex,
    readonly warehouse: SqlDialect | undefined,
  ) {
    for (const table of index.sourceTables) this.declaredSources.add(sourceKey(table.source, table.table));
  }

  get nodes(): readonly DbtGraphNode[] {
    return this.nodeList;
  }

  /** The nodes a file defines (one model, or the snapshots of a snapshot file). */
  nodesAt(path: string): readonly DbtGraphNode[] {
    return this.byPath.get(path) ?? [];
  }

  /**
   * The nodes `ref('name')` can resolve to: models, snapshots and seeds of that name, and the
   * version files of a versioned model (`dim_customers` → `dim_customers_v2`).
   */
  named(name: string): readonly DbtGraphNode[] {
    return this.byName.get(name) ?? [];
  }

  /** What a ref resolves to; the model's own project wins over others of the same name. Package-qualified refs resolve only within that project. */
  resolveRef(ref: Pick<JinjaRef, 'name' | 'package'>, from?: DbtProject): DbtGraphNode | undefined {
    const candidates = this.named(ref.name).filter((node) => ref.package === undefined || node.project?.name === ref.package);
    return candidates.find((node) => node.project === from) ?? candidates[0];
  }

  /** Whether a source table is declared in the repository's YAML. */
  hasSource(source: string, table: string): boolean {
    return this.declaredSources.has(sourceKey(source, table));
  }

  /** The nodes that read a source table. */
  usersOfSource(source: string, table: string): readonly DbtGraphNode[] {
    return this.sourceUsers.get(sourceKey(source, table)) ?? [];
  }

  /** The nodes a node refs that exist in the repository. */
  parents(node: DbtGraphNode): DbtGraphNode[] {
    const parents: DbtGraphNode[] = [];
    for (const ref of node.refs) {
      const parent = this.resolveRef(ref, node.project);
      if (parent && parent !== node && !parents.includes(parent)) parents.push(parent);
    }
    return parents;
  }

  /** The nodes that ref this node. */
  children(node: DbtGraphNode): readonly DbtGraphNode[] {
    if (!this.childrenByNode) {
      const map = new Map<DbtGraphNode, DbtGraphNode[]>();
      for (const child of this.nodeList) {
        for (const parent of this.parents(child)) {
          const list = map.get(parent) ?? [];
          list.push(child);
          map.set(parent, list);
        }
      }
      this.childrenByNode = map;
    }
    return this.childrenByNode.get(node) ?? [];
  }

  /** Declared packages that may define nodes this graph cannot see (by name when known). */
  get opaquePackages(): readonly DeclaredPackage[] {
    return this.packages.filter((pkg) => pkg.mayDefineNodes);
  }

  // --- building -------------------------------------------------------------------------------

  /** @internal used by buildDbtGraph and tests */
  addNode(node: DbtGraphNode): void {
    this.nodeList.push(node);
    const atPath = this.byPath.get(node.path) ?? [];
    atPath.push(node);
    this.byPath.set(node.path, atPath);
    this.addName(node.name, node);
    for (const source of node.sources) {
      const key = sourceKey(source.source, source.table);
      const users = this.sourceUsers.get(key) ?? [];
      if (!users.includes(node)) users.push(node);
      this.sourceUsers.set(key, users);
    }
    this.childrenByNode = undefined;
  }

  /** @internal */
  addName(name: string, node: DbtGraphNode): void {
    const named = this.byName.get(name) ?? [];
    if (!named.includes(node)) named.push(node);
    this.byName.set(name, named);
  }
}

/** The file names a versioned model's versions live in: `defined_in`, else `<name>_v<v>`. */
export function versionFileNames(entry: DbtPropertiesEntry): string[] {
  const versions = entry.keys['versions']?.value;
  if (versions?.kind !== 'list') return [];
  const names: string[] = [];
  for (const item of versions.items) {
    if (item.kind !== 'dict') continue;
    const definedIn = literal(item.entries['defined_in']);
    const v = item.entries['v'];
    const version = v?.kind === 'number' ? String(v.value) : literal(v);
    if (definedIn !== undefined) names.push(definedIn);
    else if (version !== undefined) names.push(`${entry.name}_v${version}`);
  }
  return names;
}

function packageFromItem(item: ReturnType<typeof yamlItems>[number], file: string): DeclaredPackage | undefined {
  const hub = yamlString(yamlGet(item, 'package'));
  if (hub !== undefined) {
    const name = basename(hub);
    return { name, spec: hub, file, mayDefineNodes: !MACRO_ONLY_PACKAGES.has(name) };
  }
  const local = yamlString(yamlGet(item, 'local'));
  // A local package inside the repository is indexed like any project of the repository.
  if (local !== undefined) return { spec: local, file, mayDefineNodes: false };
  const git = yamlString(yamlGet(item, 'git')) ?? yamlString(yamlGet(item, 'tarball')) ?? yamlString(yamlGet(item, 'private'));
  if (git !== undefined) {
    const name = basename(git.replace(/\.git$/, '').replace(/\/+$/, ''));
    return { name, spec: git, file, mayDefineNodes: !MACRO_ONLY_PACKAGES.has(name) };
  }
  return undefined;
}

async function readText(reader: ContentReader, index: DbtIndex, path: string, problems: string[]): Promise<string | undefined> {
  try {
    const content = await reader.read(index.side, path);
    if (content.kind === 'text') return content.text;
    if (content.kind !== 'absent') problems.push(`${path}: not read (${content.kind})`);
    return undefined;
  } catch (error) {
    problems.push(`${path}: could not be read (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

/** Builds the node graph of the index's side. Never throws: failures are in `problems` and `complete`. */
export async function buildDbtGraph(index: DbtIndex, reader: ContentReader, options: BuildDbtGraphOptions = {}): Promise<DbtGraph> {
  const graph = new DbtGraph(index, options.warehouse);
  const files = [...index.files];
  let budget = options.maxFileReads ?? DEFAULT_MAX_FILE_READS;

  const models = index.models;
  const snapshotFiles = files.filter((path) => index.fileKind(path) === 'snapshot');
  const toRead = [...models.map((model) => model.path), ...snapshotFiles];
  const allowed = new Set(toRead.filter(() => budget-- > 0));
  if (allowed.size < toRead.length) {
    graph.complete = false;
    graph.problems.push(`the model graph read ${allowed.size} of ${toRead.length} model and snapshot files (limit reached); some dependencies are unknown`);
  }
  const texts = await mapLimit(toRead, READ_CONCURRENCY, (path) => (allowed.has(path) ? readText(reader, index, path, graph.problems) : Promise.resolve(undefined)));
  const textOf = new Map(toRead.map((path, i) => [path, texts[i]]));

  for (const model of models) {
    const text = textOf.get(model.path);
    if (text === undefined) graph.complete = false;
    let refs: JinjaRef[] = [];
    let sources: JinjaSource[] = [];
    let configs: JinjaConfig[] = [];
    if (text !== undefined && model.language === 'python') {
      ({ refs, sources } = pythonModelDependencies(text));
    } else if (text !== undefined) {
      const jinja: NeutralisedJinja = neutraliseJinja(text);
      // Shared with the index, so resolving this model's config does not read it again.
      index.seedModelJinja(model.path, jinja);
      ({ refs, sources, configs } = jinja);
    }
    graph.addNode({ kind: 'model', name: model.name, path: model.path, ...(model.project ? { project: model.project } : {}), refs, sources, configs, read: text !== undefined });
  }

  for (const path of snapshotFiles) {
    const text = textOf.get(path);
    const project = index.projectFor(path);
    if (text === undefined) {
      graph.complete = false;
      continue;
    }
    const jinja = neutraliseJinja(text);
    for (const block of snapshotBlockNames(text)) {
      graph.addNode({ kind: 'snapshot', name: block.name, path, ...(project ? { project } : {}), refs: jinja.refs, sources: jinja.sources, configs: jinja.configs, read: true });
    }
  }

  // Snapshots defined in YAML (dbt 1.9+): an entry with a `relation:`.
  for (const entry of index.propertiesEntries) {
    if (entry.resource !== 'snapshot') continue;
    const relation = entry.keys['relation']?.value;
    const text = relation?.kind === 'string' ? relation.value : relation?.kind === 'expr' ? relation.text : undefined;
    if (text === undefined) continue;
    const reference = parseNodeReference(text);
    const line = entry.keys['relation']?.line ?? entry.line;
    graph.addNode({
      kind: 'snapshot',
      name: entry.name,
      path: entry.file,
      ...(entry.project ? { project: entry.project } : {}),
      refs: reference?.kind === 'ref' ? [{ name: reference.name, ...(reference.package !== undefined ? { package: reference.package } : {}), line }] : [],
      sources: reference?.kind === 'source' ? [{ source: reference.source, table: reference.table, line }] : [],
      configs: [],
      read: true,
    });
  }

  for (const path of files) {
    if (index.fileKind(path) !== 'seed') continue;
    const project = index.projectFor(path);
    graph.addNode({ kind: 'seed', name: stem(path), path, ...(project ? { project } : {}), refs: [], sources: [], configs: [], read: true });
  }

  // `ref('dim_customers')` resolves to the latest version's file of a versioned model.
  for (const entry of index.propertiesEntries) {
    if (entry.resource !== 'model') continue;
    for (const fileName of versionFileNames(entry)) {
      for (const node of graph.named(fileName)) if (node.kind === 'model') graph.addName(entry.name, node);
    }
  }

  // Declared packages, per project; and packages installed into the repository (dbt_packages/ is
  // left out of the index, so its contents are unknown here).
  const packageFiles = files.filter((path) => {
    const base = basename(path);
    return (base === 'packages.yml' || base === 'dependencies.yml') && index.projects.some((project) => project.root === dirname(path));
  });
  for (const file of packageFiles) {
    const text = await readText(reader, index, file, graph.problems);
    if (text === undefined) continue;
    const parsed = parseYaml(text);
    if (!parsed.ok) {
      graph.problems.push(`${file}: ${parsed.error}`);
      continue;
    }
    for (const item of yamlItems(yamlGet(parsed.root, 'packages'))) {
      const pkg = packageFromItem(item, file);
      if (pkg) graph.packages.push(pkg);
    }
  }
  try {
    const all = await reader.listFiles(index.side);
    const installed = new Set<string>();
    for (const path of all) {
      const match = /(?:^|\/)dbt_packages\/([^/]+)\/dbt_project\.yml$/.exec(path);
      if (match?.[1]) installed.add(match[1]);
    }
    for (const name of installed) {
      if (!graph.packages.some((pkg) => pkg.name === name)) graph.packages.push({ name, spec: `dbt_packages/${name}`, file: `dbt_packages/${name}/dbt_project.yml`, mayDefineNodes: !MACRO_ONLY_PACKAGES.has(name) });
    }
  } catch {
    // The index was built from the same list; failing now only means no installed packages are seen.
  }
  return graph;
}

