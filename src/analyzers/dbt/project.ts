// An index of the dbt project(s) in the repository at one side of a change, built from the
// repository's own files (no manifest, no dbt install): projects found by their dbt_project.yml,
// model files by path, properties YAML entries (models, sources, snapshots, seeds) with their
// tests, columns and configs, singular tests with the models they ref, and model configs
// resolved the way dbt resolves them. Every YAML fact keeps its line so findings can point at it.
// Broken files become problem strings; building the index never throws.
import type { ContentReader, Side } from '../../model.js';
import { mapLimit } from '../concurrency.js';
import { fromPlain } from '../values.js';
import { parseYaml, yamlEntry, yamlGet, yamlItems, yamlPlain, yamlString, yamlStringList } from '../yaml.js';
import type { YamlNode } from '../yaml.js';
import { neutraliseJinja } from './jinja.js';
import type { JinjaConfig, NeutralisedJinja } from './jinja.js';
import type { JinjaValue } from './config.js';

export interface DbtProject {
  /** Folder of the project inside the repository: '' for the repository root, else `a/b`. */
  root: string;
  /** Path of its dbt_project.yml. */
  file: string;
  name: string;
  profile?: string;
  modelPaths: string[];
  snapshotPaths: string[];
  testPaths: string[];
  seedPaths: string[];
  macroPaths: string[];
  analysisPaths: string[];
  /** The `models:` tree of dbt_project.yml. */
  modelsConfig?: YamlNode;
  /** The `snapshots:` tree of dbt_project.yml. */
  snapshotsConfig?: YamlNode;
  /** The `sources:` tree of dbt_project.yml. */
  sourcesConfig?: YamlNode;
}

export type ConfigLayer = 'project' | 'properties' | 'in-file';

export interface LocatedValue {
  value: JinjaValue;
  layer: ConfigLayer;
  file: string;
  line: number;
}

export type ResolvedModelConfig = Record<string, LocatedValue>;

export interface DbtTest {
  /** The generic test's name (`unique`, `dbt_utils.expression_is_true`…). */
  name: string;
  line: number;
  /** The column the test is declared under, for column-level tests. */
  column?: string;
}

/** A `constraints:` item (`type: primary_key`, with `columns:` at model level). */
export interface DbtConstraint {
  type: string;
  /** Model-level constraints name their columns; column-level ones apply to their column. */
  columns: string[];
  line: number;
}

export interface DbtColumn {
  name: string;
  line: number;
  description?: string;
  dataType?: string;
  tests: DbtTest[];
  constraints: DbtConstraint[];
}

export type DbtPropertiesResource = 'model' | 'snapshot' | 'seed';

export interface DbtPropertiesEntry {
  resource: DbtPropertiesResource;
  name: string;
  file: string;
  line: number;
  endLine: number;
  description?: string;
  columns: DbtColumn[];
  /** Model-level tests (`tests:` / `data_tests:`). Column-level tests are on the columns. */
  tests: DbtTest[];
  config: Record<string, LocatedValue>;
  project?: DbtProject;
  /** Model-level `constraints:`. */
  constraints: DbtConstraint[];
  /** The entry's other keys as written (`access`, `versions`, `relation`, `latest_version`…). */
  keys: Record<string, LocatedValue>;
}

export interface DbtSourceTable {
  source: string;
  table: string;
  file: string;
  line: number;
  endLine: number;
  tests: DbtTest[];
  columns: DbtColumn[];
  /** The lines of the whole source (`- name: raw` … its last table). */
  sourceLine: number;
  sourceEndLine: number;
  /** The source's own keys (`database`, `schema`, `freshness`, `loaded_at_field`, `config`…), `tables` excluded. */
  sourceKeys: Record<string, LocatedValue>;
  /** The table's own keys (`identifier`, `freshness`, `config`…), `columns` and tests excluded. */
  tableKeys: Record<string, LocatedValue>;
}

/** An `exposures:` entry with the `depends_on` items as written (`ref('orders')`). */
export interface DbtExposure {
  name: string;
  file: string;
  line: number;
  endLine: number;
  dependsOn: { text: string; line: number }[];
  project?: DbtProject;
}

export interface DbtModelFile {
  name: string;
  path: string;
  language: 'sql' | 'python';
  project?: DbtProject;
  /** dbt's fully qualified name: project name, sub-folders under the model path, model name. */
  fqn: string[];
}

export interface DbtSingularTest {
  path: string;
  refs: string[];
}

export type DbtFileKind = 'model' | 'snapshot' | 'test' | 'macro' | 'analysis' | 'seed' | 'properties' | 'project' | 'other';

export interface BuildDbtIndexOptions {
  /** At most this many files are read to build the index (YAML and singular tests). */
  maxFileReads?: number;
  /**
   * `full` (default): projects, models, properties YAML and singular tests. `configs`: no
   * singular tests, and properties entries without their columns, tests, constraints and
   * descriptions (enough to resolve configs and compare them: what the detectors and the LLM
   * context read). `projects`: only dbt_project.yml files and the file list (enough to classify
   * paths and find profiles).
   */
  depth?: 'full' | 'configs' | 'projects';
}

// Folders that hold installed packages or build output, never the project's own sources.
const IGNORED_SEGMENTS = new Set(['dbt_packages', 'dbt_modules', 'target', 'node_modules', 'logs', '.venv', 'venv', '.git']);
const NON_PROPERTIES_YAML = new Set(['dbt_project.yml', 'profiles.yml', 'packages.yml', 'dependencies.yml', 'selectors.yml', 'package-lock.yml']);
const DEFAULT_MAX_FILE_READS = 3000;
const READ_CONCURRENCY = 8;

const trimSlashes = (p: string): string => p.replace(/^\.\/+/, '').replace(/^\/+|\/+$/g, '');
const joinPath = (root: string, relative: string): string => (root ? `${root}/${trimSlashes(relative)}` : trimSlashes(relative));
const dirname = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
const extension = (p: string): string => {
  const base = basename(p);
  return base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
};
const stem = (p: string): string => {
  const base = basename(p);
  return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
};
const isYaml = (p: string): boolean => extension(p) === 'yml' || extension(p) === 'yaml';
const isUnder = (p: string, folder: string): boolean => folder === '' || p === folder || p.startsWith(`${folder}/`);
const ignored = (p: string): boolean => p.split('/').some((segment) => IGNORED_SEGMENTS.has(segment));

/** A config value from YAML: strings holding Jinja need rendering, so they are expressions. */
function yamlConfigValue(node: YamlNode): JinjaValue {
  if (node.kind === 'scalar' && typeof node.value === 'string' && (node.value.includes('{{') || node.value.includes('{%'))) {
    return { kind: 'expr', text: node.value };
  }
  return fromPlain(yamlPlain(node));
}

function readTests(node: YamlNode | undefined, column?: string): DbtTest[] {
  const tests: DbtTest[] = [];
  for (const item of yamlItems(node)) {
    let name: string | undefined;
    if (item.kind === 'scalar' && typeof item.value === 'string') name = item.value;
    else if (item.kind === 'map') name = yamlString(yamlGet(item, 'test_name')) ?? item.entries[0]?.key;
    if (name !== undefined) tests.push({ name, line: item.line, ...(column !== undefined ? { column } : {}) });
  }
  return tests;
}

function testsOf(node: YamlNode, column?: string): DbtTest[] {
  return [...readTests(yamlGet(node, 'data_tests'), column), ...readTests(yamlGet(node, 'tests'), column)];
}

function readConstraints(node: YamlNode | undefined): DbtConstraint[] {
  const constraints: DbtConstraint[] = [];
  for (const item of yamlItems(node)) {
    const type = yamlString(yamlGet(item, 'type'));
    if (type !== undefined) constraints.push({ type, columns: yamlStringList(yamlGet(item, 'columns'), []), line: item.line });
  }
  return constraints;
}

/** A map's keys as located values, some keys left out (they are read into their own fields). */
function readKeys(node: YamlNode | undefined, file: string, skip: ReadonlySet<string>): Record<string, LocatedValue> {
  const keys: Record<string, LocatedValue> = {};
  if (node?.kind !== 'map') return keys;
  for (const entry of node.entries) {
    if (!skip.has(entry.key)) keys[entry.key] = { value: yamlConfigValue(entry.value), layer: 'properties', file, line: entry.keyLine };
  }
  return keys;
}

const ENTRY_FIELDS = new Set(['name', 'description', 'columns', 'tests', 'data_tests', 'config', 'constraints']);
const SOURCE_FIELDS = new Set(['name', 'tables']);
const TABLE_FIELDS = new Set(['name', 'columns', 'tests', 'data_tests']);

function readColumns(node: YamlNode | undefined): DbtColumn[] {
  const columns: DbtColumn[] = [];
  for (const item of yamlItems(node)) {
    const name = yamlString(yamlGet(item, 'name'));
    if (name === undefined) continue;
    const description = yamlString(yamlGet(item, 'description'));
    const dataType = yamlString(yamlGet(item, 'data_type'));
    columns.push({
      name,
      line: item.line,
      ...(description !== undefined ? { description } : {}),
      ...(dataType !== undefined ? { dataType } : {}),
      tests: testsOf(item, name),
      constraints: readConstraints(yamlGet(item, 'constraints')),
    });
  }
  return columns;
}

function readConfig(node: YamlNode | undefined, file: string): Record<string, LocatedValue> {
  const config: Record<string, LocatedValue> = {};
  if (node?.kind !== 'map') return config;
  for (const entry of node.entries) {
    config[entry.key.replace(/^\+/, '')] = { value: yamlConfigValue(entry.value), layer: 'properties', file, line: entry.keyLine };
  }
  return config;
}

/** The index of one side of the change. Build it with `buildDbtIndex`. */
export class DbtIndex {
  readonly problems: string[] = [];
  readonly projects: DbtProject[] = [];
  private readonly modelsByPath = new Map<string, DbtModelFile>();
  private readonly modelsByName = new Map<string, DbtModelFile[]>();
  private readonly entries: DbtPropertiesEntry[] = [];
  private readonly entriesByFile = new Map<string, DbtPropertiesEntry[]>();
  // Rules look entries up by name once per model: a scan of every entry each time made a large
  // change quadratic. Built on first use, dropped whenever entries are added.
  private entriesByName: Map<string, DbtPropertiesEntry[]> | undefined;
  private readonly sourceTableList: DbtSourceTable[] = [];
  private readonly singularTests: DbtSingularTest[] = [];
  private readonly exposureList: DbtExposure[] = [];
  // Only the in-file config() calls: the neutralised SQL of every model would keep a copy of
  // the project's text alive for the whole run.
  private readonly configsByPath = new Map<string, Promise<readonly JinjaConfig[] | undefined>>();
  private fileSet = new Set<string>();

  constructor(
    readonly side: Side,
    private readonly reader: ContentReader | undefined,
    /**
     * Whether properties entries keep their columns, tests, constraints and descriptions. An
     * index built only to resolve configs leaves them out: on a 5,000-file change the base
     * index held ~11 MB of them for the whole run, read by nothing.
     */
    readonly details: boolean = true,
  ) {}

  /** All file paths at this side (as listed when the index was built). */
  get files(): ReadonlySet<string> {
    return this.fileSet;
  }

  get models(): readonly DbtModelFile[] {
    return [...this.modelsByPath.values()];
  }

  get propertiesEntries(): readonly DbtPropertiesEntry[] {
    return this.entries;
  }

  get sourceTables(): readonly DbtSourceTable[] {
    return this.sourceTableList;
  }

  get exposures(): readonly DbtExposure[] {
    return this.exposureList;
  }

  /** The project a path belongs to: the one whose folder is the longest prefix of the path. */
  projectFor(path: string): DbtProject | undefined {
    let best: DbtProject | undefined;
    for (const project of this.projects) {
      if (isUnder(path, project.root) && (!best || project.root.length > best.root.length)) best = project;
    }
    return best;
  }

  /** What a path is to dbt. Without a dbt_project.yml, conventional folder names decide. */
  fileKind(path: string): DbtFileKind {
    const base = basename(path);
    if (base === 'dbt_project.yml') return 'project';
    if (ignored(path) || NON_PROPERTIES_YAML.has(base)) return 'other';
    const ext = extension(path);
    const yaml = isYaml(path);
    const project = this.projectFor(path);
    const within = (folders: string[]): boolean => (project ? folders.some((folder) => isUnder(path, joinPath(project.root, folder))) : false);
    const byConvention = (folder: string): boolean => !project && path.split('/').slice(0, -1).includes(folder);
    if (within(project?.modelPaths ?? []) || byConvention('models')) return yaml ? 'properties' : ext === 'sql' || ext === 'py' ? 'model' : 'other';
    if (within(project?.snapshotPaths ?? []) || byConvention('snapshots')) return yaml ? 'properties' : ext === 'sql' ? 'snapshot' : 'other';
    if (within(project?.testPaths ?? []) || byConvention('tests')) return yaml ? 'properties' : ext === 'sql' ? 'test' : 'other';
    if (within(project?.macroPaths ?? []) || byConvention('macros')) return yaml ? 'properties' : ext === 'sql' ? 'macro' : 'other';
    if (within(project?.analysisPaths ?? []) || byConvention('analyses')) return yaml ? 'properties' : ext === 'sql' ? 'analysis' : 'other';
    if (within(project?.seedPaths ?? []) || byConvention('seeds')) return yaml ? 'properties' : ext === 'csv' ? 'seed' : 'other';
    return 'other';
  }

  model(path: string): DbtModelFile | undefined {
    return this.modelsByPath.get(path);
  }

  modelsNamed(name: string): readonly DbtModelFile[] {
    return this.modelsByName.get(name) ?? [];
  }

  /** The properties entry for a resource; when several projects define the name, the one in `project` wins. */
  properties(resource: DbtPropertiesResource, name: string, project?: DbtProject): DbtPropertiesEntry | undefined {
    const candidates = this.entriesNamed(resource, name);
    return candidates.find((entry) => entry.project === project) ?? candidates[0];
  }

  /** Every properties entry of a resource type with this name, in file order. */
  entriesNamed(resource: DbtPropertiesResource, name: string): readonly DbtPropertiesEntry[] {
    if (!this.entriesByName) {
      this.entriesByName = new Map();
      for (const entry of this.entries) {
        const key = `${entry.resource}\u0000${entry.name}`;
        const list = this.entriesByName.get(key);
        if (list) list.push(entry);
        else this.entriesByName.set(key, [entry]);
      }
    }
    return this.entriesByName.get(`${resource}\u0000${name}`) ?? [];
  }

  propertiesInFile(path: string): readonly DbtPropertiesEntry[] {
    return this.entriesByFile.get(path) ?? [];
  }

  /** Singular tests (`tests/**\/*.sql`) that `ref()` the model. */
  singularTestsReferencing(modelName: string): readonly DbtSingularTest[] {
    return this.singularTests.filter((test) => test.refs.includes(modelName));
  }

  /** Lets a caller that already neutralised a model share the result (the file is not read twice). */
  seedModelJinja(path: string, jinja: NeutralisedJinja): void {
    this.configsByPath.set(path, Promise.resolve(jinja.configs));
  }

  /**
   * The model's effective config: dbt_project.yml folder config, overridden by its properties
   * `config:`, overridden by the model's own `config()` calls. Reads the model file (once).
   */
  async resolveModelConfig(path: string): Promise<ResolvedModelConfig> {
    const configs = await this.modelConfigs(path);
    return this.mergeModelConfig(path, configs ?? []);
  }

  /** Same as resolveModelConfig with the in-file `config()` calls given by the caller. */
  mergeModelConfig(path: string, inFile: readonly JinjaConfig[]): ResolvedModelConfig {
    const model = this.model(path);
    const project = model?.project ?? this.projectFor(path);
    const resolved: ResolvedModelConfig = {};
    if (project?.modelsConfig) {
      const fqn = model?.fqn ?? [project.name, stem(path)];
      for (const level of fqnSearch(project.modelsConfig, fqn)) {
        for (const entry of level.entries) {
          // dbt: `+key` is always a config; a key without `+` is a config unless its value is a
          // mapping, which makes it a folder (or model) level instead.
          const isConfig = entry.key.startsWith('+') || entry.value.kind !== 'map';
          if (!isConfig) continue;
          resolved[entry.key.replace(/^\+/, '').trim()] = { value: yamlConfigValue(entry.value), layer: 'project', file: project.file, line: entry.keyLine };
        }
      }
    }
    const entry = this.properties('model', model?.name ?? stem(path), project);
    if (entry) Object.assign(resolved, entry.config);
    for (const call of inFile) {
      for (const [key, value] of Object.entries(call.args)) resolved[key] = { value, layer: 'in-file', file: path, line: call.line };
    }
    return resolved;
  }

  private modelConfigs(path: string): Promise<readonly JinjaConfig[] | undefined> {
    let pending = this.configsByPath.get(path);
    if (!pending) {
      pending = (async () => {
        if (!this.reader || extension(path) !== 'sql') return undefined;
        try {
          const content = await this.reader.read(this.side, path);
          return content.kind === 'text' ? neutraliseJinja(content.text).configs : undefined;
        } catch (error) {
          this.problems.push(`${path}: could not be read at ${this.side} (${error instanceof Error ? error.message : String(error)})`);
          return undefined;
        }
      })();
      this.configsByPath.set(path, pending);
    }
    return pending;
  }

  // --- building -------------------------------------------------------------------------------

  /** @internal used by buildDbtIndex and tests */
  setFiles(files: Iterable<string>): void {
    this.fileSet = new Set(files);
  }

  /** @internal */
  addProject(file: string, text: string | undefined): void {
    const root = dirname(file);
    const fallbackName = basename(root) || 'project';
    const project: DbtProject = {
      root,
      file,
      name: fallbackName,
      modelPaths: ['models'],
      snapshotPaths: ['snapshots'],
      testPaths: ['tests'],
      seedPaths: ['seeds'],
      macroPaths: ['macros'],
      analysisPaths: ['analyses'],
    };
    if (text !== undefined) {
      const parsed = parseYaml(text);
      if (!parsed.ok) {
        this.problems.push(`${file}${parsed.line ? ` line ${parsed.line}` : ''}: ${parsed.error}; dbt's default folders are assumed`);
      } else {
        const doc = parsed.root;
        project.name = yamlString(yamlGet(doc, 'name')) ?? fallbackName;
        const profile = yamlString(yamlGet(doc, 'profile'));
        if (profile !== undefined) project.profile = profile;
        project.modelPaths = yamlStringList(yamlGet(doc, 'model-paths') ?? yamlGet(doc, 'source-paths'), project.modelPaths).map(trimSlashes);
        project.snapshotPaths = yamlStringList(yamlGet(doc, 'snapshot-paths'), project.snapshotPaths).map(trimSlashes);
        project.testPaths = yamlStringList(yamlGet(doc, 'test-paths'), project.testPaths).map(trimSlashes);
        project.seedPaths = yamlStringList(yamlGet(doc, 'seed-paths') ?? yamlGet(doc, 'data-paths'), project.seedPaths).map(trimSlashes);
        project.macroPaths = yamlStringList(yamlGet(doc, 'macro-paths'), project.macroPaths).map(trimSlashes);
        project.analysisPaths = yamlStringList(yamlGet(doc, 'analysis-paths'), project.analysisPaths).map(trimSlashes);
        const models = yamlGet(doc, 'models');
        if (models) project.modelsConfig = models;
        const snapshots = yamlGet(doc, 'snapshots');
        if (snapshots) project.snapshotsConfig = snapshots;
        const sources = yamlGet(doc, 'sources');
        if (sources) project.sourcesConfig = sources;
      }
    }
    this.projects.push(project);
  }

  /** @internal */
  addModel(path: string): void {
    const project = this.projectFor(path);
    const name = stem(path);
    let fqn = [name];
    if (project) {
      const modelPath = project.modelPaths.map((folder) => joinPath(project.root, folder)).find((folder) => isUnder(path, folder));
      const relative = modelPath === undefined ? path : path.slice(modelPath.length).replace(/^\/+/, '');
      fqn = [project.name, ...relative.split('/').slice(0, -1), name];
    }
    const model: DbtModelFile = { name, path, language: extension(path) === 'py' ? 'python' : 'sql', ...(project ? { project } : {}), fqn };
    this.modelsByPath.set(path, model);
    const named = this.modelsByName.get(name) ?? [];
    named.push(model);
    this.modelsByName.set(name, named);
  }

  /** @internal */
  addPropertiesFile(file: string, text: string): void {
    const parsed = parseYaml(text);
    if (!parsed.ok) {
      this.problems.push(`${file}${parsed.line ? ` line ${parsed.line}` : ''}: ${parsed.error}`);
      return;
    }
    const doc = parsed.root;
    const project = this.projectFor(file);
    const found: DbtPropertiesEntry[] = [];
    const resources: [string, DbtPropertiesResource][] = [
      ['models', 'model'],
      ['snapshots', 'snapshot'],
      ['seeds', 'seed'],
    ];
    for (const [key, resource] of resources) {
      for (const item of yamlItems(yamlGet(doc, key))) {
        const name = yamlString(yamlGet(item, 'name'));
        if (name === undefined) continue;
        const description = this.details ? yamlString(yamlGet(item, 'description')) : undefined;
        found.push({
          resource,
          name,
          file,
          line: yamlEntry(item, 'name')?.keyLine ?? item.line,
          endLine: item.endLine,
          ...(description !== undefined ? { description } : {}),
          columns: this.details ? readColumns(yamlGet(item, 'columns')) : [],
          tests: this.details ? testsOf(item) : [],
          config: readConfig(yamlGet(item, 'config'), file),
          ...(project ? { project } : {}),
          constraints: this.details ? readConstraints(yamlGet(item, 'constraints')) : [],
          keys: readKeys(item, file, ENTRY_FIELDS),
        });
      }
    }
    for (const source of yamlItems(yamlGet(doc, 'sources'))) {
      const sourceName = yamlString(yamlGet(source, 'name'));
      if (sourceName === undefined) continue;
      for (const table of yamlItems(yamlGet(source, 'tables'))) {
        const tableName = yamlString(yamlGet(table, 'name'));
        if (tableName === undefined) continue;
        this.sourceTableList.push({
          source: sourceName,
          table: tableName,
          file,
          line: yamlEntry(table, 'name')?.keyLine ?? table.line,
          endLine: table.endLine,
          tests: this.details ? testsOf(table) : [],
          columns: this.details ? readColumns(yamlGet(table, 'columns')) : [],
          sourceLine: yamlEntry(source, 'name')?.keyLine ?? source.line,
          sourceEndLine: source.endLine,
          sourceKeys: readKeys(source, file, SOURCE_FIELDS),
          tableKeys: readKeys(table, file, TABLE_FIELDS),
        });
      }
    }
    for (const exposure of yamlItems(yamlGet(doc, 'exposures'))) {
      const name = yamlString(yamlGet(exposure, 'name'));
      if (name === undefined) continue;
      const dependsOn: { text: string; line: number }[] = [];
      for (const item of yamlItems(yamlGet(exposure, 'depends_on'))) {
        const text = yamlString(item);
        if (text !== undefined) dependsOn.push({ text, line: item.line });
      }
      this.exposureList.push({ name, file, line: yamlEntry(exposure, 'name')?.keyLine ?? exposure.line, endLine: exposure.endLine, dependsOn, ...(project ? { project } : {}) });
    }
    this.entries.push(...found);
    this.entriesByName = undefined;
    this.entriesByFile.set(file, found);
  }

  /** @internal */
  addSingularTest(path: string, text: string): void {
    const jinja = neutraliseJinja(text);
    this.singularTests.push({ path, refs: [...new Set(jinja.refs.map((ref) => ref.name))] });
  }
}

/** dbt's `fqn_search`: the config tree's root, then the level under each fqn part while it is a mapping. */
export function fqnSearch(root: YamlNode, fqn: readonly string[]): Extract<YamlNode, { kind: 'map' }>[] {
  const levels: Extract<YamlNode, { kind: 'map' }>[] = [];
  if (root.kind !== 'map') return levels;
  levels.push(root);
  let current: YamlNode = root;
  for (const part of fqn) {
    const next = yamlGet(current, part);
    if (next?.kind !== 'map') break;
    levels.push(next);
    current = next;
  }
  return levels;
}

async function readText(reader: ContentReader, side: Side, path: string, problems: string[]): Promise<string | undefined> {
  try {
    const content = await reader.read(side, path);
    if (content.kind === 'text') return content.text;
    if (content.kind !== 'absent') problems.push(`${path}: not read (${content.kind})`);
    return undefined;
  } catch (error) {
    problems.push(`${path}: could not be read (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

/** Builds the dbt index of one side of the change. Never throws: failures are in `problems`. */
export async function buildDbtIndex(reader: ContentReader, side: Side, options: BuildDbtIndexOptions = {}): Promise<DbtIndex> {
  const index = new DbtIndex(side, reader, (options.depth ?? 'full') === 'full');
  let files: string[];
  try {
    files = await reader.listFiles(side);
  } catch (error) {
    index.problems.push(`the file list at ${side} could not be read (${error instanceof Error ? error.message : String(error)}); no dbt project index`);
    return index;
  }
  const paths = files.map(trimSlashes).filter((p) => !ignored(p));
  index.setFiles(paths);
  let budget = options.maxFileReads ?? DEFAULT_MAX_FILE_READS;
  const take = (): boolean => budget-- > 0;

  const projectFiles = paths.filter((p) => basename(p) === 'dbt_project.yml').sort();
  const projectTexts = await mapLimit(projectFiles, READ_CONCURRENCY, (file) => (take() ? readText(reader, side, file, index.problems) : Promise.resolve(undefined)));
  projectFiles.forEach((file, i) => index.addProject(file, projectTexts[i]));

  const depth = options.depth ?? 'full';
  const propertiesFiles: string[] = [];
  const testFiles: string[] = [];
  for (const path of paths) {
    const kind = index.fileKind(path);
    if (kind === 'model') index.addModel(path);
    else if (kind === 'properties' && depth !== 'projects') propertiesFiles.push(path);
    else if (kind === 'test' && depth === 'full') testFiles.push(path);
  }

  const toRead = [...propertiesFiles, ...testFiles];
  const allowed = toRead.filter(() => take());
  if (allowed.length < toRead.length) {
    index.problems.push(`the dbt index read ${allowed.length} of ${toRead.length} YAML and test files (limit reached); some tests and configs may be missing`);
  }
  const texts = await mapLimit(allowed, READ_CONCURRENCY, (path) => readText(reader, side, path, index.problems));
  allowed.forEach((path, i) => {
    const text = texts[i];
    if (text === undefined) return;
    if (isYaml(path)) index.addPropertiesFile(path, text);
    else index.addSingularTest(path, text);
  });
  return index;
}
