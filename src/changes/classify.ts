// The path gate: which files of a change are dbt, Airflow or SQL, and whether the change calls
// for a review at all. Globs decide first; a detected dbt project's own layout (read from its
// dbt_project.yml) adds what the globs cannot know, such as models kept in `src/`.
import { Minimatch } from 'minimatch';
import { parseDocument } from 'yaml';
import type { ChangedFile, Domain } from '../model.js';

export interface PathSettings {
  dbt: string[];
  airflow: string[];
  sql: string[];
}

const DBT_CONFIG_FILES = ['dbt_project.yml', 'profiles.yml', 'packages.yml', 'dependencies.yml', 'selectors.yml'];
const README = '!**/readme.{md,markdown,rst,txt}';

/**
 * Defaults, chosen to avoid firing on folders that merely share a name with a dbt or Airflow
 * concept:
 * - dbt: the project's config files anywhere, and SQL/YAML (plus CSV seeds) under the folder
 *   names dbt uses by default. `tests/` and `analyses/`, Python models and Markdown doc blocks
 *   count as dbt only inside a detected project (see findDbtProjects): `tests/` and `models/*.py`
 *   are just as common in Python applications, and `docs/models/*.md` in documentation.
 * - airflow: code and config under a `dags/` folder, plugins of an `airflow/` folder, and
 *   Airflow's own config files. A folder named `airflow` alone (`docs/airflow/`) is not enough.
 * - sql: any `.sql` file.
 * A README is never a trigger. Matching ignores case.
 */
export const DEFAULT_PATHS: PathSettings = {
  dbt: [
    ...DBT_CONFIG_FILES.map((name) => `**/${name}`),
    '**/models/**/*.{sql,yml,yaml}',
    '**/macros/**/*.{sql,yml,yaml}',
    '**/snapshots/**/*.{sql,yml,yaml}',
    '**/seeds/**/*.{csv,yml,yaml}',
    README,
  ],
  airflow: ['**/dags/**/*.{py,sql,yml,yaml,json}', '**/airflow/plugins/**/*.py', '**/airflow.cfg', '**/airflow_settings.yaml', README],
  sql: ['**/*.sql', README],
};

/**
 * Reads a multi-line action input into globs: one per line, blank lines and `#` comments
 * ignored, `!glob` kept as a negation (applied in order, the last matching line wins, as in
 * .gitignore). A leading `/` or `./` is dropped: globs are relative to the repository root.
 */
export function parseGlobList(input: string): string[] {
  const globs: string[] = [];
  for (const raw of input.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    const body = (negated ? line.slice(1).trim() : line).replace(/^(\.\/|\/)+/, '');
    if (body === '') continue;
    globs.push(negated ? `!${body}` : body);
  }
  return globs;
}

/** A compiled glob list; `undefined` from test() means no line matched. */
class GlobList {
  private readonly rules: Array<{ negated: boolean; matcher: Minimatch }>;

  constructor(globs: readonly string[]) {
    // matchBase: a glob without a slash (`*.sql`) matches at any depth, as in .gitignore.
    // nocase: `QUERY.SQL` is SQL too, and repositories live on case-insensitive disks as well.
    this.rules = globs.map((glob) => {
      const negated = glob.startsWith('!');
      return { negated, matcher: new Minimatch(negated ? glob.slice(1) : glob, { dot: true, matchBase: true, nocase: true }) };
    });
  }

  test(path: string): boolean | undefined {
    let verdict: boolean | undefined;
    for (const rule of this.rules) if (rule.matcher.match(path)) verdict = !rule.negated;
    return verdict;
  }
}

/** Whether `path` is selected by `globs` (negations applied in order). */
export function matchesGlobList(path: string, globs: readonly string[]): boolean {
  return new GlobList(globs).test(path) === true;
}

// ---------------------------------------------------------------------------------------------
// dbt projects

export interface DbtProjectLayout {
  /** The folder that holds dbt_project.yml, relative to the repository root; '' for the root. */
  root: string;
  name?: string;
  /** Folders relative to `root`, as dbt_project.yml configures them (or dbt's defaults). */
  modelPaths: string[];
  macroPaths: string[];
  snapshotPaths: string[];
  seedPaths: string[];
  testPaths: string[];
  analysisPaths: string[];
  /** Why the layout is (partly) the defaults: an unreadable or invalid dbt_project.yml. */
  problems?: string;
}

type LayoutKey = 'modelPaths' | 'macroPaths' | 'snapshotPaths' | 'seedPaths' | 'testPaths' | 'analysisPaths';

/** dbt's keys, their pre-1.0 names, and dbt's defaults. */
const LAYOUT_KEYS: ReadonlyArray<{ key: LayoutKey; yaml: string; legacy?: string; fallback: string }> = [
  { key: 'modelPaths', yaml: 'model-paths', legacy: 'source-paths', fallback: 'models' },
  { key: 'macroPaths', yaml: 'macro-paths', fallback: 'macros' },
  { key: 'snapshotPaths', yaml: 'snapshot-paths', fallback: 'snapshots' },
  { key: 'seedPaths', yaml: 'seed-paths', legacy: 'data-paths', fallback: 'seeds' },
  { key: 'testPaths', yaml: 'test-paths', fallback: 'tests' },
  { key: 'analysisPaths', yaml: 'analysis-paths', fallback: 'analyses' },
];

/** Installed dbt packages are someone else's code, not projects of this repository. */
const VENDORED = /(^|\/)(dbt_packages|dbt_modules)\//;

/**
 * Finds every dbt project of the head tree by its dbt_project.yml and reads its layout. Never
 * throws: a project file that cannot be read or parsed yields dbt's defaults and `problems`.
 */
export async function findDbtProjects(headPaths: string[], read: (path: string) => Promise<string | undefined>): Promise<DbtProjectLayout[]> {
  const projectFiles = headPaths.filter((path) => (path === 'dbt_project.yml' || path.endsWith('/dbt_project.yml')) && !VENDORED.test(path)).sort();
  return Promise.all(
    projectFiles.map(async (file) => {
      const root = file === 'dbt_project.yml' ? '' : file.slice(0, -'/dbt_project.yml'.length);
      let text: string | undefined;
      try {
        text = await read(file);
      } catch (error) {
        return defaultLayout(root, `${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (text === undefined) return defaultLayout(root, `${file} could not be read`);
      return parseDbtProject(root, text, file);
    }),
  );
}

/** The layout a dbt_project.yml describes; `root` is its folder. */
export function parseDbtProject(root: string, text: string, fileName = 'dbt_project.yml'): DbtProjectLayout {
  const problems: string[] = [];
  let data: unknown;
  try {
    const doc = parseDocument(text);
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      const where = first?.linePos?.[0] ? ` at line ${first.linePos[0].line}` : '';
      const message = (first?.message.split('\n')[0] ?? 'unknown error').replace(/ at line \d+, column \d+:?$/, '');
      return defaultLayout(root, `${fileName} is not valid YAML${where}: ${message}`);
    }
    data = doc.toJS();
  } catch (error) {
    return defaultLayout(root, `${fileName} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (data === null || data === undefined) return defaultLayout(root, `${fileName} is empty`);
  if (typeof data !== 'object' || Array.isArray(data)) return defaultLayout(root, `${fileName} is not a mapping`);
  const config = data as Record<string, unknown>;

  const layout = defaultLayout(root);
  if (typeof config['name'] === 'string') layout.name = config['name'];
  for (const { key, yaml, legacy, fallback } of LAYOUT_KEYS) {
    const yamlKey = yaml in config ? yaml : legacy !== undefined && legacy in config ? legacy : undefined;
    if (yamlKey === undefined) continue;
    const folders = readFolderList(config[yamlKey], `${fileName}: ${yamlKey}`, problems);
    layout[key] = folders ?? [fallback];
  }
  if (problems.length > 0) layout.problems = problems.join('; ');
  return layout;
}

function readFolderList(value: unknown, label: string, problems: string[]): string[] | undefined {
  // dbt wants a list; a single string is taken as a list of one rather than dropped.
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (!items) {
    problems.push(`${label} should be a list of folders`);
    return undefined;
  }
  const folders: string[] = [];
  for (const item of items) {
    const folder = typeof item === 'string' ? normaliseFolder(item) : undefined;
    if (folder === undefined) problems.push(`${label} has an entry that is not a folder inside the project: ${JSON.stringify(item)}`);
    else folders.push(folder);
  }
  return folders.length > 0 ? folders : undefined;
}

/** `./models/` → `models`; `.` → '' (the project folder itself); outside the project → undefined. */
function normaliseFolder(folder: string): string | undefined {
  if (folder.includes('{{') || folder.startsWith('/') || /^[A-Za-z]:[\\/]/.test(folder)) return undefined;
  const parts = folder.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) return undefined;
  return parts.join('/');
}

function defaultLayout(root: string, problems?: string): DbtProjectLayout {
  const layout: DbtProjectLayout = {
    root,
    modelPaths: ['models'],
    macroPaths: ['macros'],
    snapshotPaths: ['snapshots'],
    seedPaths: ['seeds'],
    testPaths: ['tests'],
    analysisPaths: ['analyses'],
  };
  if (problems !== undefined) layout.problems = problems;
  return layout;
}

/** Which extensions dbt reads from each kind of folder (doc blocks are Markdown). */
const LAYOUT_EXTENSIONS: Readonly<Record<LayoutKey, readonly string[]>> = {
  modelPaths: ['sql', 'py', 'yml', 'yaml', 'md'],
  macroPaths: ['sql', 'yml', 'yaml', 'md'],
  snapshotPaths: ['sql', 'py', 'yml', 'yaml', 'md'],
  seedPaths: ['csv', 'yml', 'yaml', 'md'],
  testPaths: ['sql', 'yml', 'yaml'],
  analysisPaths: ['sql', 'yml', 'yaml', 'md'],
};

const README_NAME = /(^|\/)readme\.[^/]*$/i;

/** Whether `path` is a file dbt reads from one of the project's configured folders. */
export function inDbtProject(path: string, project: DbtProjectLayout): boolean {
  if (README_NAME.test(path)) return false;
  const prefix = project.root === '' ? '' : `${project.root}/`;
  if (!path.startsWith(prefix)) return false;
  const inner = path.slice(prefix.length);
  if (VENDORED.test(inner)) return false;
  const extension = /\.([^./]+)$/.exec(inner)?.[1]?.toLowerCase();
  if (extension === undefined) return false;
  for (const key of Object.keys(LAYOUT_EXTENSIONS) as LayoutKey[]) {
    if (!LAYOUT_EXTENSIONS[key].includes(extension)) continue;
    for (const folder of project[key]) {
      if (folder === '' || inner.startsWith(`${folder}/`)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Classification

const PRECEDENCE: readonly Domain[] = ['dbt', 'airflow', 'sql', 'other'];

/** Classifies one path by the compiled settings and the detected projects. */
export class PathClassifier {
  private readonly dbt: GlobList;
  private readonly airflow: GlobList;
  private readonly sql: GlobList;

  constructor(
    settings: PathSettings,
    private readonly projects: readonly DbtProjectLayout[] = [],
  ) {
    this.dbt = new GlobList(settings.dbt);
    this.airflow = new GlobList(settings.airflow);
    this.sql = new GlobList(settings.sql);
  }

  domainOf(path: string): Domain {
    const dbt = this.dbt.test(path);
    // A project's layout adds files to dbt, but an explicit `!glob` in the settings still wins.
    if (dbt === true || (dbt === undefined && this.projects.some((project) => inDbtProject(path, project)))) return 'dbt';
    if (this.airflow.test(path) === true) return 'airflow';
    if (this.sql.test(path) === true) return 'sql';
    return 'other';
  }

  /** The most specific domain of a file's current and previous path. */
  domainOfFile(file: Pick<ChangedFile, 'path' | 'previousPath'>): Domain {
    const domains = [this.domainOf(file.path)];
    if (file.previousPath !== undefined && file.previousPath !== file.path) domains.push(this.domainOf(file.previousPath));
    return mostSpecific(domains);
  }
}

function mostSpecific(domains: Domain[]): Domain {
  return PRECEDENCE.find((domain) => domains.includes(domain)) ?? 'other';
}

/**
 * Gives every changed file a domain (keyed by its path) and says whether the change touches
 * dbt, Airflow or SQL at all. Precedence is dbt > airflow > sql > other; a renamed file counts
 * by both of its paths, so moving a model out of `models/` still reviews as dbt. A removed file
 * is classified by the path it had.
 */
export function classifyChange(
  files: readonly ChangedFile[],
  settings: PathSettings,
  projects: readonly DbtProjectLayout[],
): { domains: Map<string, Domain>; triggered: boolean } {
  const classifier = new PathClassifier(settings, projects);
  const domains = new Map<string, Domain>();
  let triggered = false;
  for (const file of files) {
    const domain = classifier.domainOfFile(file);
    domains.set(file.path, domain);
    if (domain !== 'other') triggered = true;
  }
  return { domains, triggered };
}
