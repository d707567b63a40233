// Escalates changes to when dbt rebuilds models from scratch outside the models themselves:
// `--full-refresh` (or `-f`) added to or removed from a dbt command in CI workflows, shell
// scripts, Makefiles, Dockerfiles, dbt Cloud job definitions, Terraform or Airflow DAG strings;
// the selection or exclusions of such a command changed; `DBT_FULL_REFRESH` switched; and
// `full_refresh=` arguments of dbt operators (airflow-dbt, Cosmos `operator_args`).
//
// Commands are compared in canonical form over all changed files together, so a reformatted
// command (line continuations, quotes, flag order, `-s` for `--select`) and a command moved to
// another file raise nothing. Documentation (Markdown) and dbt's own files are not read: a
// command in a README runs nothing, and a model's `full_refresh` config is the
// model-config-changed detector's.
import type { ChangedFile, DraftEscalation, Evidence } from '../../model.js';
import type { LiteralValue } from '../../analyzers/values.js';
import type { Detector, DetectorContext } from './detector.js';
import type { DbtCommand } from './support/dbt-commands.js';
import { dbtCommandsInQuotedStrings, dbtCommandsInShell, dbtCommandsInYaml } from './support/dbt-commands.js';
import { arrow, escalation } from './support/escalation.js';
import { basename, basePathOf, extension, headLineFor, headPathOf, readText } from './support/files.js';
import { pythonFacts } from './support/python-facts.js';
import type { PythonFacts } from './support/python-facts.js';

export const DETECTOR_ID = 'full-refresh-commands';
export const SUBJECT = 'dbt --full-refresh runs';

type Reader = 'shell' | 'yaml' | 'hcl' | 'python';

function readerFor(path: string): Reader | undefined {
  const name = basename(path);
  const ext = extension(path);
  if (name === 'dbt_project.yml' || name === 'profiles.yml' || name === 'packages.yml' || name === 'dependencies.yml') return undefined;
  if (ext === 'py') return 'python';
  if (ext === 'yml' || ext === 'yaml' || ext === 'json') return 'yaml';
  if (ext === 'tf' || ext === 'hcl') return 'hcl';
  if (['sh', 'bash', 'zsh', 'mk', 'ps1'].includes(ext)) return 'shell';
  if (/^(Makefile|makefile|GNUmakefile|Jenkinsfile|Procfile|Justfile|justfile)$/.test(name) || name.startsWith('Dockerfile') || name.endsWith('.Dockerfile')) return 'shell';
  return undefined;
}

const truthy = (value: LiteralValue | undefined): boolean => value?.kind === 'boolean' ? value.value : value?.kind === 'expr';

/** `full_refresh=` arguments of dbt operators, and `{'full_refresh': …}` in their dict arguments. */
function operatorFullRefresh(facts: PythonFacts): DbtCommand[] {
  const commands: DbtCommand[] = [];
  for (const call of facts.calls) {
    for (const [key, value] of Object.entries(call.keywords)) {
      const flag = key === 'full_refresh' ? value : value.kind === 'dict' ? value.entries['full_refresh'] : undefined;
      if (flag === undefined) continue;
      const shown = flag.kind === 'boolean' ? (flag.value ? 'True' : 'False') : flag.kind === 'expr' ? flag.text : JSON.stringify(flag);
      const where = key === 'full_refresh' ? 'full_refresh' : `${key}.full_refresh`;
      commands.push({ subcommand: 'operator', fullRefresh: truthy(flag), canonical: `${call.name}(${where}=${shown})`, line: call.line });
    }
  }
  return commands;
}

async function commandsOf(ctx: DetectorContext, side: 'base' | 'head', path: string | undefined, reader: Reader): Promise<DbtCommand[]> {
  if (path === undefined) return [];
  if (reader === 'python') {
    const facts = await pythonFacts(ctx, side, path);
    const fromStrings = facts.strings.flatMap((text) => dbtCommandsInShell(text.value, text.line));
    return [...fromStrings, ...operatorFullRefresh(facts)];
  }
  const text = await readText(ctx.changeSet.contents, side, path);
  if (text === undefined || !/\bdbt\b|full_refresh|FULL_REFRESH/.test(text)) return [];
  if (reader === 'yaml') return dbtCommandsInYaml(text);
  if (reader === 'hcl') return dbtCommandsInQuotedStrings(text);
  return dbtCommandsInShell(text);
}

interface Occurrence {
  command: DbtCommand;
  file: ChangedFile;
}

/** Multiset difference by canonical text: occurrences of `a` not matched in `b`. */
function unmatched(a: readonly Occurrence[], b: readonly Occurrence[]): Occurrence[] {
  const counts = new Map<string, number>();
  for (const item of b) counts.set(item.command.canonical, (counts.get(item.command.canonical) ?? 0) + 1);
  const out: Occurrence[] = [];
  for (const item of a) {
    const left = counts.get(item.command.canonical) ?? 0;
    if (left > 0) counts.set(item.command.canonical, left - 1);
    else out.push(item);
  }
  return out;
}

const relevant = (item: Occurrence): boolean => item.command.fullRefresh || item.command.subcommand === 'env' || item.command.subcommand === 'operator';

export const fullRefreshCommands: Detector = {
  id: DETECTOR_ID,
  triggers: ['incremental-vs-full-refresh'],
  async detect(ctx) {
    const before: Occurrence[] = [];
    const after: Occurrence[] = [];
    for (const file of ctx.changeSet.files) {
      const reader = readerFor(file.path) ?? (file.previousPath ? readerFor(file.previousPath) : undefined);
      if (!reader) continue;
      const [base, head] = await Promise.all([commandsOf(ctx, 'base', basePathOf(file), reader), commandsOf(ctx, 'head', headPathOf(file), reader)]);
      before.push(...base.map((command) => ({ command, file })));
      after.push(...head.map((command) => ({ command, file })));
    }
    const removed = unmatched(before, after).filter(relevant);
    const added = unmatched(after, before).filter(relevant);
    if (removed.length === 0 && added.length === 0) return [];

    const evidence: Evidence[] = [];
    const pendingRemoved = [...removed];
    for (const item of added) {
      // The same sub-command in the same file, changed: one `before → after` line.
      const index = pendingRemoved.findIndex((old) => old.file === item.file && old.command.subcommand === item.command.subcommand);
      const previous = index >= 0 ? pendingRemoved.splice(index, 1)[0] : undefined;
      evidence.push({ file: item.file.path, line: item.command.line, text: arrow(previous?.command.canonical, item.command.canonical) });
    }
    for (const item of pendingRemoved) {
      const file = item.file;
      const location = file.status === 'removed' ? { file: file.path, line: item.command.line } : { file: file.path, line: headLineFor(file, item.command.line) };
      evidence.push({ ...location, text: arrow(item.command.canonical, undefined) });
    }
    evidence.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

    const draft: DraftEscalation = escalation({
      detector: DETECTOR_ID,
      trigger: 'incremental-vs-full-refresh',
      subject: SUBJECT,
      title: `dbt full refreshes change in ${[...new Set(evidence.map((item) => item.file))].join(', ')}`,
      problem:
        'The change alters when dbt rebuilds models from scratch outside the models themselves (a `--full-refresh` flag, its selection or exclusions, ' +
        '`DBT_FULL_REFRESH`, or an operator\'s `full_refresh`). A full refresh rescans all source data and rewrites incremental tables — history that cannot be reloaded is lost, ' +
        'and the run costs what a first load costs; removing one leaves drift and late data uncorrected. How often and for which models this happens is a decision for a human.',
      evidence,
    });
    return [draft];
  },
};
