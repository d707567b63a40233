// dbt invocations in the places that run them: shell scripts, Makefiles, Dockerfiles, CI
// workflow and dbt Cloud job definitions (YAML/JSON strings), Terraform strings and Airflow DAG
// strings (`bash_command=`). Each is read into a canonical form, `dbt build --full-refresh
// --select a b --exclude c`, with selectors sorted, so that reformatting (line continuations,
// quotes, flag order, `-s` for `--select`) compares equal. Shell syntax is approximated: lines
// joined at `\`, `#` comments removed outside quotes, commands split at `&&`, `||`, `;` and `|`.
import { parseYaml } from '../../../analyzers/yaml.js';
import type { YamlNode } from '../../../analyzers/yaml.js';

export interface DbtCommand {
  /** The dbt sub-command (`run`, `build`…). */
  subcommand: string;
  fullRefresh: boolean;
  /** Canonical text: equal texts run the same selection the same way. */
  canonical: string;
  line: number;
}

const SELECT_FLAGS = new Set(['--select', '-s', '--models', '-m']);
const EXCLUDE_FLAGS = new Set(['--exclude']);
const VALUE_FLAGS = new Set(['--selector', '--target', '-t', '--vars', '--profiles-dir', '--project-dir', '--threads', '--state', '--defer-state', '--resource-type', '--event-time-start', '--event-time-end']);
const FULL_REFRESH_FLAGS = new Set(['--full-refresh', '-f']);
const SUBCOMMANDS = new Set(['run', 'build', 'seed', 'snapshot', 'test', 'compile', 'ls', 'list', 'source', 'run-operation', 'clone', 'retry', 'show']);

/** Splits a logical shell line into words, honouring quotes; separators become their own words. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
      continue;
    }
    if (ch === '#' && !inWord) break;
    if (/\s/.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
      continue;
    }
    const two = line.slice(i, i + 2);
    if (two === '&&' || two === '||' || ch === ';' || ch === '|') {
      if (inWord) words.push(current);
      words.push(';');
      current = '';
      inWord = false;
      if (two === '&&' || two === '||') i++;
      continue;
    }
    current += ch;
    inWord = true;
  }
  if (inWord) words.push(current);
  return words;
}

function parseInvocation(words: readonly string[], start: number, line: number): DbtCommand | undefined {
  let i = start + 1;
  // Global flags may precede the sub-command (`dbt --debug run`).
  while (i < words.length && (words[i] as string).startsWith('-')) i++;
  const subcommand = words[i];
  if (subcommand === undefined || !SUBCOMMANDS.has(subcommand)) return undefined;
  const select: string[] = [];
  const exclude: string[] = [];
  const selector: string[] = [];
  let fullRefresh = false;
  let collecting: string[] | undefined;
  for (i++; i < words.length && words[i] !== ';'; i++) {
    const word = words[i] as string;
    const [flag, inline] = word.startsWith('--') && word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    if (FULL_REFRESH_FLAGS.has(flag)) {
      fullRefresh = true;
      collecting = undefined;
    } else if (SELECT_FLAGS.has(flag) || EXCLUDE_FLAGS.has(flag)) {
      collecting = SELECT_FLAGS.has(flag) ? select : exclude;
      if (inline !== undefined) collecting.push(...inline.split(/\s+/).filter(Boolean));
    } else if (flag === '--selector') {
      collecting = undefined;
      const value = inline ?? words[++i];
      if (value !== undefined) selector.push(value);
    } else if (VALUE_FLAGS.has(flag)) {
      collecting = undefined;
      if (inline === undefined) i++;
    } else if (word.startsWith('-')) {
      collecting = undefined;
    } else if (collecting) {
      collecting.push(...word.split(/\s+/).filter(Boolean));
    }
  }
  const parts = [`dbt ${subcommand}`];
  if (fullRefresh) parts.push('--full-refresh');
  if (selector.length > 0) parts.push(`--selector ${selector.sort().join(' ')}`);
  if (select.length > 0) parts.push(`--select ${[...new Set(select)].sort().join(' ')}`);
  if (exclude.length > 0) parts.push(`--exclude ${[...new Set(exclude)].sort().join(' ')}`);
  return { subcommand, fullRefresh, canonical: parts.join(' '), line };
}

/** dbt invocations in shell text; `firstLine` is the line of the text's first line in its file. */
export function dbtCommandsInShell(text: string, firstLine = 1): DbtCommand[] {
  const commands: DbtCommand[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const startLine = firstLine + i;
    let logical = lines[i] as string;
    while (/\\\s*$/.test(logical) && i + 1 < lines.length) logical = logical.replace(/\\\s*$/, ' ') + (lines[++i] as string);
    if (!/\bdbt\b/.test(logical) && !/FULL_REFRESH/.test(logical)) continue;
    const words = shellWords(logical);
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as string;
      if (word === 'dbt' || word.endsWith('/dbt')) {
        const command = parseInvocation(words, w, startLine);
        if (command) commands.push(command);
      }
      const env = /^DBT_FULL_REFRESH=(.*)$/.exec(word);
      if (env) commands.push(envCommand(env[1] ?? '', startLine));
    }
  }
  return commands;
}

function envCommand(value: string, line: number): DbtCommand {
  const on = /^(1|true|yes|on)$/i.test(value.trim());
  return { subcommand: 'env', fullRefresh: on, canonical: `DBT_FULL_REFRESH=${on ? 'true' : value.trim().toLowerCase()}`, line };
}

/** The 1-based line of the first line at or after `from` that contains `needle`; `from` when none does. */
function locate(lines: readonly string[], from: number, needle: RegExp): number {
  for (let i = Math.max(0, from - 1); i < lines.length; i++) if (needle.test(lines[i] as string)) return i + 1;
  return from;
}

/** dbt invocations in the string values of a YAML or JSON document (CI steps, job definitions). */
export function dbtCommandsInYaml(text: string): DbtCommand[] {
  const parsed = parseYaml(text);
  if (!parsed.ok || !parsed.root) return [];
  const fileLines = text.split('\n');
  const commands: DbtCommand[] = [];
  const visit = (node: YamlNode): void => {
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        if (entry.key === 'DBT_FULL_REFRESH' && entry.value.kind === 'scalar') commands.push(envCommand(String(entry.value.value), entry.keyLine));
        else visit(entry.value);
      }
    } else if (node.kind === 'seq') {
      node.items.forEach(visit);
    } else if (typeof node.value === 'string' && /\bdbt\b|FULL_REFRESH/.test(node.value)) {
      // A block scalar's node starts at its `|` indicator; each command is found on the file's
      // own lines from there, so the line points at the command itself.
      for (const command of dbtCommandsInShell(node.value, node.line)) {
        const needle = command.subcommand === 'env' ? /DBT_FULL_REFRESH/ : new RegExp(`\\bdbt\\b.*\\b${command.subcommand}\\b`);
        commands.push({ ...command, line: locate(fileLines, command.line, needle) });
      }
    }
  };
  visit(parsed.root);
  return commands;
}

/** dbt invocations in the double-quoted strings of a Terraform/HCL file (`execute_steps = ["dbt run"]`). */
export function dbtCommandsInQuotedStrings(text: string): DbtCommand[] {
  const commands: DbtCommand[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const code = line.replace(/(^|\s)(#|\/\/).*$/, '');
    for (const match of code.matchAll(/"((?:[^"\\]|\\.)*)"/g)) commands.push(...dbtCommandsInShell(match[1] ?? '', index + 1));
  });
  return commands;
}
