// Python dependencies and container images declared in a repository: requirements and
// constraints files, pyproject.toml, setup.py / setup.cfg, Pipfile, conda environment files,
// `pip install` lines and `FROM` images of Dockerfiles, and docker-compose `image:` entries.
// Detectors compare the names (an adapter swapped, a tool added) and sometimes the major
// version (Airflow 2 → 3), never patch versions.
//
// TOML is not parsed (no TOML parser ships with the action): pyproject.toml and Pipfile are read
// line by line, with comments removed, taking quoted requirement strings inside dependency arrays
// and `name = "…"` lines inside dependency tables. setup.py is read the same way inside its
// `install_requires` / `extras_require` brackets. Both are approximations that hold for the way
// these files are written in practice; a requirement built at run time is not seen.
import type { Side } from '../../../model.js';
import { parseYaml, yamlGet, yamlItems } from '../../../analyzers/yaml.js';
import type { YamlNode } from '../../../analyzers/yaml.js';
import type { DetectorContext } from '../detector.js';
import { basename, extension, readText } from './files.js';
import { memo } from './memo.js';

export interface Requirement {
  /** Normalised name (PEP 503: lower case, runs of `-_.` as `-`). */
  name: string;
  /** The version part as written (`>=1.7,<2`, `^1.7`, `==2.9.1`), possibly empty. */
  spec: string;
  file: string;
  line: number;
}

export interface ImageRef {
  /** Image name without registry tag (`apache/airflow`, `quay.io/astronomer/astro-runtime`). */
  image: string;
  tag: string;
  file: string;
  line: number;
}

export interface Manifest {
  requirements: Requirement[];
  images: ImageRef[];
}

export const normaliseName = (name: string): string => name.trim().toLowerCase().replace(/[-_.]+/g, '-');

/** Whether a path is a file this module reads. */
export function isManifestPath(path: string): boolean {
  const name = basename(path);
  const lower = name.toLowerCase();
  const ext = extension(path);
  if ((lower.includes('requirements') || lower.includes('constraints')) && (ext === 'txt' || ext === 'in')) return true;
  if (path.split('/').slice(0, -1).includes('requirements') && (ext === 'txt' || ext === 'in')) return true;
  if (['pyproject.toml', 'setup.py', 'setup.cfg', 'pipfile'].includes(lower)) return true;
  if (/^(environment|conda)[\w.-]*\.ya?ml$/.test(lower)) return true;
  if (lower.startsWith('dockerfile') || lower.endsWith('.dockerfile') || lower === 'containerfile') return true;
  return /^(docker-)?compose[\w.-]*\.ya?ml$/.test(lower);
}

const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/;

function requirementOf(text: string, file: string, line: number): Requirement | undefined {
  const cleaned = text.trim().replace(/\s*;.*$/, '');
  if (cleaned === '' || cleaned.startsWith('-') || cleaned.includes('://') && !cleaned.includes(' @ ')) return undefined;
  const match = REQUIREMENT.exec(cleaned);
  if (!match) return undefined;
  const spec = (match[2] ?? '').trim();
  // A requirement's version part starts with an operator, `@` (a direct reference) or nothing.
  if (spec !== '' && !/^(==|>=|<=|~=|!=|===|<|>|@|=|\^|~|\*|\d)/.test(spec)) return undefined;
  return { name: normaliseName(match[1] as string), spec, file, line };
}

/** `# comment` removed where it starts a word (not inside a URL fragment such as `#egg=`). */
const stripHashComment = (line: string): string => line.replace(/(^|\s)#.*$/, '');

function fromRequirementsTxt(text: string, file: string): Requirement[] {
  const out: Requirement[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = stripHashComment(raw).trim();
    // Airflow's constraints files are named by the Airflow version they pin.
    const constraints = /apache\/airflow\/constraints-(\d+(?:\.\d+)*)\//.exec(line);
    if (constraints) out.push({ name: 'apache-airflow', spec: `==${constraints[1]}`, file, line: index + 1 });
    const requirement = requirementOf(line, file, index + 1);
    if (requirement) out.push(requirement);
  });
  return out;
}

const quotedStrings = (line: string): string[] => [...line.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1] ?? m[2] ?? '');

const DEPENDENCY_TABLE = /^(tool\.poetry(\.group\.[^.]+)?\.(dev-)?dependencies|packages|dev-packages|tool\.pdm\.dev-dependencies)$/;
const DEPENDENCY_ARRAY_SECTION = /^(project\.optional-dependencies|dependency-groups|tool\.pdm\.dev-dependencies|tool\.uv)$/;

/** pyproject.toml and Pipfile, line by line (see the header). */
function fromToml(text: string, file: string): Requirement[] {
  const out: Requirement[] = [];
  let section = '';
  let inArray = false;
  text.split('\n').forEach((raw, index) => {
    const line = stripHashComment(raw).trim();
    const header = /^\[\[?([^\]]+)\]\]?$/.exec(line);
    if (header) {
      section = (header[1] as string).trim().replace(/"/g, '');
      inArray = false;
      return;
    }
    if (section === 'build-system') return;
    const assignment = /^([A-Za-z0-9_.-]+|"[^"]+")\s*=\s*(.*)$/.exec(line);
    if (!inArray && assignment) {
      const key = (assignment[1] as string).replace(/"/g, '');
      const value = assignment[2] as string;
      if (value.startsWith('[') && (/dependencies$|requires$/.test(key) || DEPENDENCY_ARRAY_SECTION.test(section))) {
        inArray = !value.includes(']');
        for (const item of quotedStrings(value)) {
          const requirement = requirementOf(item, file, index + 1);
          if (requirement) out.push(requirement);
        }
        return;
      }
      if (DEPENDENCY_TABLE.test(section) && normaliseName(key) !== 'python') {
        const spec = quotedStrings(value)[0] ?? '';
        out.push({ name: normaliseName(key), spec: spec === '*' ? '' : spec, file, line: index + 1 });
      }
      return;
    }
    if (inArray) {
      for (const item of quotedStrings(line)) {
        const requirement = requirementOf(item, file, index + 1);
        if (requirement) out.push(requirement);
      }
      if (line.includes(']')) inArray = false;
    }
  });
  return out;
}

/** setup.py: quoted strings inside the brackets after `install_requires` / `extras_require`. */
function fromSetupPy(text: string, file: string): Requirement[] {
  const out: Requirement[] = [];
  let depth = 0;
  let active = false;
  text.split('\n').forEach((raw, index) => {
    const line = stripHashComment(raw);
    if (!active && /\b(install_requires|extras_require|tests_require)\s*=/.test(line)) {
      active = true;
      depth = 0;
    }
    if (!active) return;
    for (const item of quotedStrings(line)) {
      const requirement = requirementOf(item, file, index + 1);
      if (requirement) out.push(requirement);
    }
    for (const ch of line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '')) {
      if (ch === '[' || ch === '{' || ch === '(') depth++;
      else if (ch === ']' || ch === '}' || ch === ')') depth--;
    }
    if (depth <= 0 && /[\]}]/.test(line)) active = false;
  });
  return out;
}

/** setup.cfg: the indented lines under `install_requires =`. */
function fromSetupCfg(text: string, file: string): Requirement[] {
  const out: Requirement[] = [];
  let active = false;
  text.split('\n').forEach((raw, index) => {
    const line = stripHashComment(raw);
    if (/^\s*(install_requires|[\w-]+)\s*=\s*/.test(line) && !/^\s+/.test(line)) {
      active = /^\s*install_requires\s*=/.test(line);
      const rest = line.replace(/^\s*install_requires\s*=\s*/, '');
      if (active && rest.trim() !== '') {
        const requirement = requirementOf(rest, file, index + 1);
        if (requirement) out.push(requirement);
      }
      return;
    }
    if (active && /^\s+\S/.test(line)) {
      const requirement = requirementOf(line, file, index + 1);
      if (requirement) out.push(requirement);
    } else if (/^\S/.test(line) || /^\[/.test(line.trim())) {
      active = false;
    }
  });
  return out;
}

function fromCondaEnvironment(text: string, file: string): Requirement[] {
  const parsed = parseYaml(text);
  if (!parsed.ok) return [];
  const out: Requirement[] = [];
  const read = (node: YamlNode, pip: boolean): void => {
    if (node.kind === 'scalar' && typeof node.value === 'string') {
      // conda writes `name=1.2` or `name 1.2`; pip entries are requirement specs.
      const text = pip ? node.value : node.value.replace(/^([^=<>~\s]+)\s*=(?!=)/, '$1==').replace(/^([^=<>~\s]+)\s+(\d)/, '$1==$2');
      const requirement = requirementOf(text.replace(/^[\w-]+::/, ''), file, node.line);
      if (requirement) out.push(requirement);
    } else if (node.kind === 'map') {
      for (const item of yamlItems(yamlGet(node, 'pip'))) read(item, true);
    }
  };
  for (const item of yamlItems(yamlGet(parsed.root, 'dependencies'))) read(item, false);
  return out;
}

function imageOf(reference: string, file: string, line: number): ImageRef | undefined {
  const cleaned = reference.trim().replace(/^["']|["']$/g, '').replace(/@sha256:.*$/, '');
  if (cleaned === '' || cleaned.includes('$')) return undefined;
  const slash = cleaned.lastIndexOf('/');
  const colon = cleaned.lastIndexOf(':');
  const hasTag = colon > slash;
  return { image: (hasTag ? cleaned.slice(0, colon) : cleaned).toLowerCase(), tag: hasTag ? cleaned.slice(colon + 1) : 'latest', file, line };
}

function fromDockerfile(text: string, file: string): Manifest {
  const requirements: Requirement[] = [];
  const images: ImageRef[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let logical = stripHashComment(lines[i] as string);
    while (/\\\s*$/.test(logical) && i + 1 < lines.length) logical = logical.replace(/\\\s*$/, ' ') + stripHashComment(lines[++i] as string);
    const from = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(logical);
    if (from) {
      const image = imageOf(from[1] as string, file, start);
      if (image) images.push(image);
      continue;
    }
    for (const install of logical.matchAll(/\bpip3?\s+install\b([^;&|]*)/g)) {
      for (const word of (install[1] ?? '').trim().split(/\s+/)) {
        const requirement = word.startsWith('-') ? undefined : requirementOf(word.replace(/^["']|["']$/g, ''), file, start);
        if (requirement) requirements.push(requirement);
      }
    }
  }
  return { requirements, images };
}

function fromCompose(text: string, file: string): Manifest {
  const parsed = parseYaml(text);
  if (!parsed.ok) return { requirements: [], images: [] };
  const images: ImageRef[] = [];
  const services = yamlGet(parsed.root, 'services');
  if (services?.kind === 'map') {
    for (const entry of services.entries) {
      const image = yamlGet(entry.value, 'image');
      if (image?.kind === 'scalar' && typeof image.value === 'string') {
        const ref = imageOf(image.value, file, image.line);
        if (ref) images.push(ref);
      }
    }
  }
  return { requirements: [], images };
}

/** The requirements and images one manifest file declares. */
export function readManifest(path: string, text: string): Manifest {
  const lower = basename(path).toLowerCase();
  if (lower === 'pyproject.toml' || lower === 'pipfile') return { requirements: fromToml(text, path), images: [] };
  if (lower === 'setup.py') return { requirements: fromSetupPy(text, path), images: [] };
  if (lower === 'setup.cfg') return { requirements: fromSetupCfg(text, path), images: [] };
  if (/^(environment|conda)[\w.-]*\.ya?ml$/.test(lower)) return { requirements: fromCondaEnvironment(text, path), images: [] };
  if (/^(docker-)?compose[\w.-]*\.ya?ml$/.test(lower)) return fromCompose(text, path);
  if (lower.startsWith('dockerfile') || lower.endsWith('.dockerfile') || lower === 'containerfile') return fromDockerfile(text, path);
  return { requirements: fromRequirementsTxt(text, path), images: [] };
}

const MAX_MANIFESTS = 80;

/** Every manifest of one side of the repository, read once per change (at most MAX_MANIFESTS files). */
export function repositoryManifests(ctx: DetectorContext, side: Side): Promise<Manifest> {
  return memo(ctx.changeSet, `manifests:${side}`, async () => {
    let files: string[];
    try {
      files = await ctx.changeSet.contents.listFiles(side);
    } catch {
      files = [];
    }
    const ignored = (path: string): boolean => path.split('/').some((part) => ['node_modules', '.venv', 'venv', 'dbt_packages', 'site-packages', '.git'].includes(part));
    const paths = files.filter((path) => isManifestPath(path) && !ignored(path)).sort().slice(0, MAX_MANIFESTS);
    const manifest: Manifest = { requirements: [], images: [] };
    for (const path of paths) {
      const text = await readText(ctx.changeSet.contents, side, path);
      if (text === undefined) continue;
      const read = readManifest(path, text);
      manifest.requirements.push(...read.requirements);
      manifest.images.push(...read.images);
    }
    return manifest;
  });
}

/** The major version a requirement pins or starts from (`==2.9.1`, `>=2.7,<3`, `^3.0`, `~=2.10`). */
export function majorVersionOf(spec: string): number | undefined {
  for (const clause of spec.split(',')) {
    const match = /^\s*(==|===|>=|~=|\^|~|=)?\s*v?(\d+)(?:\.[\d*]+)*/.exec(clause);
    if (match && (match[1] !== undefined || /^\s*\d/.test(clause))) return Number(match[2]);
  }
  return undefined;
}
