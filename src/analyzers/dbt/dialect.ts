// Which SQL dialect the repository's warehouse speaks, when the user did not say. In order:
// the `type:` of the default target in a profiles.yml committed to the repository (for the
// profile the dbt project names), a `dialect =` line in a .sqlfluff config, then a dbt adapter
// package (`dbt-snowflake`, `dbt-bigquery`…) in Python requirement files. Else undefined.
import type { ContentReader, Side } from '../../model.js';
import { toSqlDialect } from '../sql/parser.js';
import type { SqlDialect } from '../sql/parser.js';
import { parseYaml, yamlGet, yamlString } from '../yaml.js';
import type { YamlNode } from '../yaml.js';
import type { DbtIndex } from './project.js';

export interface InferredDialect {
  dialect: SqlDialect;
  /** Where it came from, for the review's notices. */
  from: string;
}

const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

async function readText(reader: ContentReader, side: Side, path: string): Promise<string | undefined> {
  try {
    const content = await reader.read(side, path);
    return content.kind === 'text' ? content.text : undefined;
  } catch {
    // A file we cannot read is simply no evidence for the dialect.
    return undefined;
  }
}

/** The adapter type of a profile: its target's output, or the single type all outputs share. */
function profileType(profile: YamlNode | undefined): string | undefined {
  const outputs = yamlGet(profile, 'outputs');
  if (outputs?.kind !== 'map') return undefined;
  const target = yamlString(yamlGet(profile, 'target'));
  // A target given as Jinja (`"{{ env_var('DBT_TARGET', 'dev') }}"`) is not resolvable here.
  const chosen = target !== undefined && !target.includes('{{') ? yamlString(yamlGet(yamlGet(outputs, target), 'type')) : undefined;
  if (chosen !== undefined) return chosen;
  const types = new Set(outputs.entries.map((entry) => yamlString(yamlGet(entry.value, 'type'))).filter((t): t is string => t !== undefined));
  return types.size === 1 ? [...types][0] : undefined;
}

function fromProfiles(text: string, profileNames: readonly string[]): string | undefined {
  const parsed = parseYaml(text);
  if (!parsed.ok || parsed.root?.kind !== 'map') return undefined;
  for (const name of profileNames) {
    const type = profileType(yamlGet(parsed.root, name));
    if (type !== undefined) return type;
  }
  // No project names its profile: a file with a single profile is unambiguous.
  const profiles = parsed.root.entries.filter((entry) => entry.key !== 'config');
  return profiles.length === 1 ? profileType(profiles[0]?.value) : undefined;
}

function fromSqlfluff(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const [key, value] = line.split('=').map((part) => part.trim());
    if (key === 'dialect' && value) return value;
  }
  return undefined;
}

function fromRequirements(text: string): string | undefined {
  for (const match of text.matchAll(/\bdbt-([a-z0-9_-]+)/gi)) {
    const adapter = match[1];
    if (adapter && toSqlDialect(adapter)) return adapter;
  }
  return undefined;
}

/** Infers the dialect from the repository at `side`; undefined when nothing says. */
export async function inferDialect(index: DbtIndex, reader: ContentReader, side: Side): Promise<InferredDialect | undefined> {
  const files = [...index.files];
  const profileNames = index.projects.map((project) => project.profile).filter((name): name is string => name !== undefined);

  for (const path of files.filter((p) => basename(p) === 'profiles.yml')) {
    const text = await readText(reader, side, path);
    const type = text === undefined ? undefined : fromProfiles(text, profileNames);
    const dialect = type === undefined ? undefined : toSqlDialect(type);
    if (dialect) return { dialect, from: `${path} (type: ${type})` };
  }
  for (const path of files.filter((p) => basename(p) === '.sqlfluff')) {
    const text = await readText(reader, side, path);
    const name = text === undefined ? undefined : fromSqlfluff(text);
    const dialect = name === undefined ? undefined : toSqlDialect(name);
    if (dialect) return { dialect, from: `${path} (dialect = ${name})` };
  }
  const requirementFiles = files.filter((p) => {
    const base = basename(p);
    return (base.startsWith('requirements') && base.endsWith('.txt')) || base === 'pyproject.toml' || base === 'Pipfile' || base === 'setup.py';
  });
  for (const path of requirementFiles) {
    const text = await readText(reader, side, path);
    const adapter = text === undefined ? undefined : fromRequirements(text);
    const dialect = adapter === undefined ? undefined : toSqlDialect(adapter);
    if (dialect) return { dialect, from: `${path} (dbt-${adapter})` };
  }
  return undefined;
}
