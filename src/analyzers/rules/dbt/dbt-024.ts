// DBT-024: a snapshot the change adds or edits has a strategy config dbt rejects or that cannot
// track changes: no `strategy`, no `unique_key`, `timestamp` without `updated_at`, `check`
// without `check_cols`. Both forms are read: `{% snapshot %}` blocks with config() (merged over
// their properties entry and dbt_project.yml `snapshots:` folder config) and YAML snapshots
// (dbt 1.9+, an entry with `relation:`). Anchors: dbt-bouncer SN004/SN006.
import { snapshotBlockNames } from '../../dbt/graph.js';
import { fqnSearch } from '../../dbt/project.js';
import type { DbtIndex, DbtProject, LocatedValue } from '../../dbt/project.js';
import type { JinjaConfig } from '../../dbt/jinja.js';
import { lineText } from '../../rule.js';
import type { Rule, RuleContext } from '../../rule.js';
import { fromPlain } from '../../values.js';
import { yamlPlain } from '../../yaml.js';
import { isSet, stringOf, touches } from './support.js';

type SnapshotConfig = Record<string, LocatedValue>;

/** dbt_project.yml `snapshots:` config along the snapshot's fqn (project, folders under the snapshot path, name). */
function projectConfig(project: DbtProject | undefined, path: string, name: string): SnapshotConfig {
  const config: SnapshotConfig = {};
  if (!project?.snapshotsConfig) return config;
  const relative = project.root ? path.slice(project.root.length + 1) : path;
  const folder = [...project.snapshotPaths, ...project.modelPaths].find((candidate) => relative.startsWith(`${candidate}/`));
  const folders = relative.split('/').slice(folder ? folder.split('/').length : 0, -1);
  for (const level of fqnSearch(project.snapshotsConfig, [project.name, ...folders, name])) {
    for (const entry of level.entries) {
      if (!entry.key.startsWith('+') && entry.value.kind === 'map') continue;
      config[entry.key.replace(/^\+/, '')] = { value: fromPlain(yamlPlain(entry.value)), layer: 'project', file: project.file, line: entry.keyLine };
    }
  }
  return config;
}

function problemsOf(config: SnapshotConfig): string[] {
  const problems: string[] = [];
  const strategy = stringOf(config['strategy']?.value);
  const strategyValue = config['strategy']?.value;
  if (!isSet(strategyValue)) problems.push('no `strategy` (`timestamp` or `check`)');
  else if (strategy === 'timestamp' && !isSet(config['updated_at']?.value)) problems.push('the `timestamp` strategy without `updated_at`');
  else if (strategy === 'check' && !isSet(config['check_cols']?.value)) problems.push("the `check` strategy without `check_cols` (a list, or 'all')");
  if (!isSet(config['unique_key']?.value)) problems.push('no `unique_key`');
  return problems;
}

function message(name: string, problems: string[]): string {
  return (
    `Snapshot \`${name}\` has ${problems.join(', ')}, so dbt cannot tell which row changed. ` +
    "Set e.g. `unique_key='id', strategy='timestamp', updated_at='updated_at'` (or `strategy='check', check_cols=[...]`)."
  );
}

function checkSqlSnapshots(ctx: RuleContext, index: DbtIndex): void {
  const configs: readonly JinjaConfig[] = ctx.jinja?.configs ?? [];
  const blocks = snapshotBlockNames(ctx.head);
  const project = index.projectFor(ctx.file.path);
  blocks.forEach((block, i) => {
    const next = blocks[i + 1]?.line ?? Number.POSITIVE_INFINITY;
    const inBlock = configs.filter((call) => call.line >= block.line && call.line < next);
    const config: SnapshotConfig = { ...projectConfig(project, ctx.file.path, block.name) };
    const entry = index.properties('snapshot', block.name, project);
    if (entry) Object.assign(config, entry.config);
    for (const call of inBlock) for (const [key, value] of Object.entries(call.args)) config[key] = { value, layer: 'in-file', file: ctx.file.path, line: call.line };
    const problems = problemsOf(config);
    if (problems.length === 0) return;
    const line = inBlock[0]?.line ?? block.line;
    ctx.report({ line, message: message(block.name, problems), snippet: lineText(ctx.head, line) });
  });
}

function checkYamlSnapshots(ctx: RuleContext, index: DbtIndex): void {
  for (const entry of index.propertiesInFile(ctx.file.path)) {
    if (entry.resource !== 'snapshot' || entry.keys['relation'] === undefined) continue;
    const edited = ctx.fullFileReview || ctx.file.status === 'added' || touches(entry.line, entry.endLine, ctx.file.addedLines);
    if (!edited) continue;
    const config: SnapshotConfig = { ...projectConfig(entry.project, entry.file, entry.name), ...entry.config };
    const problems = problemsOf(config);
    if (problems.length === 0) continue;
    ctx.report({ line: entry.line, message: message(entry.name, problems), snippet: `- name: ${entry.name}` });
  }
}

export const invalidSnapshotConfig: Rule = {
  meta: {
    id: 'DBT-024',
    title: 'Snapshot with an invalid strategy config',
    domain: 'dbt',
    checklist: ['STD-04', 'CODE-03', 'DQ-04'],
    severity: 'error',
    rationale:
      'A snapshot records history by matching rows on unique_key and detecting change through its strategy; without the key, ' +
      'or a timestamp strategy without updated_at, dbt refuses to run it or records every row as changed on every run.',
    examples: {
      bad: "{% snapshot orders_snapshot %}\n{{ config(strategy='timestamp', unique_key='id') }}\nselect * from {{ source('shop', 'orders') }}\n{% endsnapshot %}",
      good:
        "{% snapshot orders_snapshot %}\n{{ config(strategy='timestamp', unique_key='id', updated_at='updated_at') }}\n" +
        "select * from {{ source('shop', 'orders') }}\n{% endsnapshot %}",
    },
    appliesTo: ['dbt-snapshot', 'dbt-properties'],
    scope: 'changed-objects',
  },
  check(ctx) {
    const index = ctx.dbt;
    if (!index) return;
    if (ctx.file.kind === 'dbt-snapshot') checkSqlSnapshots(ctx, index);
    else checkYamlSnapshots(ctx, index);
  },
};
