// What detectors read from a Python file (a DAG, a Dagster or Prefect definition, a loader
// script), extracted once per file and side from the tree-sitter parse and kept as plain data
// so the WASM tree is freed at once: imports, string literals, calls with their literal
// keyword arguments, attribute names, and for Airflow DAGs their schedule, failure-handling
// defaults and tasks. Nothing is executed; values that need evaluation are kept as text and
// compared as text, never guessed.
import type { ChangeSet, Side } from '../../../model.js';
import type { LiteralValue } from '../../../analyzers/values.js';
import {
  calleeName,
  dagOfTask,
  findDags,
  findTasks,
  indexAssignments,
  keywordArguments,
  lineOf,
  lookupDictKey,
  parsePython,
  pythonLiteral,
  stringLiteral,
} from '../../../analyzers/airflow/python.js';
import type { Assignments, DagConstruction, SyntaxNode } from '../../../analyzers/airflow/python.js';
import type { DetectorContext } from '../detector.js';
import { readText } from './files.js';
import { memo, primeMemo } from './memo.js';
import { cronIntervalMinutes, intervalOfScheduleText, timedeltaMinutes } from './schedule.js';
import type { Interval } from './schedule.js';

export interface PythonImport {
  /** `a.b` for `import a.b` and `from a.b import c`. */
  module: string;
  /** Names imported from the module (`from a import b, c`). */
  names: string[];
  line: number;
}

export interface PythonString {
  /** The literal's text; f-string interpolations read as `{…}`. */
  value: string;
  line: number;
}

export interface PythonCall {
  /** Dotted callee (`FivetranOperator`, `boto3.client`, `df.merge`). */
  name: string;
  line: number;
  keywords: Record<string, LiteralValue>;
  /** The first positional argument when it is a plain string. */
  firstString?: string;
}

/** A task or DAG setting as written: its canonical text, or unset, or not readable statically. */
export type Setting = { state: 'set'; canonical: string; display: string; line: number } | { state: 'unset' } | { state: 'unknown' };

/** The failure-handling settings a DAG or task can carry. */
export const TOLERANCE_KEYS = ['trigger_rule', 'retries', 'email_on_failure', 'on_failure_callback', 'soft_fail'] as const;
export type ToleranceKey = (typeof TOLERANCE_KEYS)[number];

export interface TaskFacts {
  id: string;
  operator: string;
  line: number;
  /** Settings given on the task itself. */
  own: Record<ToleranceKey, Setting>;
}

export interface ScheduleFact {
  state: 'set' | 'unset' | 'unknown';
  interval: Interval;
  display: string;
  line: number;
}

export interface DagFacts {
  id: string;
  line: number;
  schedule: ScheduleFact;
  /** `default_args` settings of the DAG. */
  defaults: Record<ToleranceKey, Setting>;
  /** The DAG's own `on_failure_callback`. */
  onFailureCallback: Setting;
  tasks: TaskFacts[];
}

export interface PythonFacts {
  /** The parser ran (a file with syntax errors is still read, as tree-sitter recovers). */
  parsed: boolean;
  imports: PythonImport[];
  strings: PythonString[];
  calls: PythonCall[];
  attributes: { name: string; line: number }[];
  dags: DagFacts[];
}

const EMPTY: PythonFacts = { parsed: false, imports: [], strings: [], calls: [], attributes: [], dags: [] };

/** The facts of a Python file at one side; an absent or unreadable file has none. */
export function pythonFacts(ctx: DetectorContext, side: Side, path: string | undefined): Promise<PythonFacts> {
  if (path === undefined) return Promise.resolve(EMPTY);
  return memo(ctx.changeSet, pythonFactsKey(side, path), async () => {
    const text = await readText(ctx.changeSet.contents, side, path);
    return text === undefined ? EMPTY : extractPythonFacts(text);
  });
}

/** Parses Python source and extracts its facts; never throws. */
export async function extractPythonFacts(text: string): Promise<PythonFacts> {
  const parsed = await parsePython(text);
  if (!parsed.ok) return EMPTY;
  try {
    return pythonFactsOfTree(parsed.tree.root);
  } finally {
    parsed.tree.dispose();
  }
}

/** The facts of an already parsed file (the caller owns and frees the tree); never throws. */
export function pythonFactsOfTree(root: SyntaxNode): PythonFacts {
  try {
    const assignments = indexAssignments(root);
    return {
      parsed: true,
      imports: readImports(root),
      strings: readStrings(root),
      calls: readCalls(root),
      attributes: root
        .descendantsOfType('attribute')
        .flatMap((node) => {
          const name = node?.childForFieldName('attribute')?.text;
          return node && name !== undefined ? [{ name, line: lineOf(node) }] : [];
        }),
      dags: readDags(root, assignments),
    };
  } catch {
    // An unexpected tree shape must not fail the detector: the file then shows nothing.
    return EMPTY;
  }
}

/**
 * Hands detectors the facts of a file the engine has parsed, so they do not parse it again. The
 * key is the one pythonFacts reads; the facts are plain data, the tree can be freed right after.
 */
export function primePythonFacts(changeSet: ChangeSet, side: Side, path: string, root: SyntaxNode): void {
  primeMemo(changeSet, pythonFactsKey(side, path), pythonFactsOfTree(root));
}

const pythonFactsKey = (side: Side, path: string): string => `python:${side}:${path}`;

const named = (node: SyntaxNode): SyntaxNode[] => node.namedChildren.filter((child): child is SyntaxNode => child !== null);

function readImports(root: SyntaxNode): PythonImport[] {
  const imports: PythonImport[] = [];
  for (const statement of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
    if (!statement) continue;
    if (statement.type === 'import_statement') {
      for (const child of named(statement)) {
        const dotted = child.type === 'aliased_import' ? child.childForFieldName('name') : child;
        if (dotted?.type === 'dotted_name') imports.push({ module: dotted.text, names: [], line: lineOf(statement) });
      }
    } else {
      const moduleNode = statement.childForFieldName('module_name');
      if (moduleNode?.type !== 'dotted_name') continue;
      const names: string[] = [];
      for (const child of statement.childrenForFieldName('name')) {
        const dotted = child?.type === 'aliased_import' ? child.childForFieldName('name') : child;
        if (dotted) names.push(dotted.text);
      }
      imports.push({ module: moduleNode.text, names, line: lineOf(statement) });
    }
  }
  return imports;
}

/** A string node's text with interpolations as `{…}` (f-strings still show their fixed parts). */
function stringText(node: SyntaxNode): string {
  const plain = stringLiteral(node);
  if (plain !== undefined) return plain;
  return named(node)
    .map((part) => (part.type === 'string_content' ? part.text : part.type === 'interpolation' ? '{…}' : ''))
    .join('');
}

function readStrings(root: SyntaxNode): PythonString[] {
  const strings: PythonString[] = [];
  for (const node of root.descendantsOfType('string')) {
    // Docstrings are expression statements holding only a string: prose, not configuration.
    if (!node || node.parent?.type === 'expression_statement') continue;
    strings.push({ value: stringText(node), line: lineOf(node) });
  }
  return strings;
}

function readCalls(root: SyntaxNode): PythonCall[] {
  const calls: PythonCall[] = [];
  for (const call of root.descendantsOfType('call')) {
    if (!call) continue;
    const fn = call.childForFieldName('function');
    // `spark.readStream.format("kafka")`: a callee that is not a plain dotted name is still named by its last part.
    const name = calleeName(call) ?? (fn?.type === 'attribute' ? `….${fn.childForFieldName('attribute')?.text ?? ''}` : undefined);
    if (name === undefined) continue;
    const keywords: Record<string, LiteralValue> = {};
    for (const [key, value] of keywordArguments(call)) keywords[key] = pythonLiteral(value);
    const first = named(call.childForFieldName('arguments') ?? call).find((arg) => arg.type !== 'keyword_argument');
    const firstString = first ? stringLiteral(first) : undefined;
    calls.push({ name, line: lineOf(call), keywords, ...(firstString !== undefined ? { firstString } : {}) });
  }
  return calls;
}

// ---------------------------------------------------------------------------------------------
// DAGs.

function settingOf(node: SyntaxNode | undefined, key: ToleranceKey | 'schedule'): Setting {
  if (!node) return { state: 'unset' };
  const literal = pythonLiteral(node);
  if (literal.kind === 'none') return { state: 'unset' };
  const line = lineOf(node);
  if (key === 'trigger_rule') {
    // `TriggerRule.ALL_DONE` and `'all_done'` are the same rule.
    const text = literal.kind === 'string' ? literal.value : node.type === 'attribute' ? (node.childForFieldName('attribute')?.text ?? node.text) : undefined;
    if (text === undefined) return { state: 'unknown' };
    const canonical = text.trim().toLowerCase();
    return { state: 'set', canonical, display: canonical, line };
  }
  if (literal.kind === 'expr') {
    // A callback is a name or a call: its text identifies it. Other computed values are unknown.
    if (key === 'on_failure_callback') return { state: 'set', canonical: node.text.replace(/\s+/g, ''), display: node.text.replace(/\s+/g, ' ').slice(0, 80), line };
    return { state: 'unknown' };
  }
  const display = literal.kind === 'string' ? literal.value : literal.kind === 'number' ? String(literal.value) : literal.kind === 'boolean' ? (literal.value ? 'True' : 'False') : node.text;
  return { state: 'set', canonical: display.toLowerCase(), display, line };
}

function lookupSetting(expression: SyntaxNode | undefined, key: ToleranceKey, assignments: Assignments): Setting {
  if (!expression) return { state: 'unset' };
  const found = lookupDictKey(expression, key, assignments);
  if (found.state === 'absent') return { state: 'unset' };
  if (found.state === 'unknown') return { state: 'unknown' };
  return settingOf(found.node, key);
}

const toleranceRecord = (read: (key: ToleranceKey) => Setting): Record<ToleranceKey, Setting> =>
  Object.fromEntries(TOLERANCE_KEYS.map((key) => [key, read(key)])) as Record<ToleranceKey, Setting>;

/** Follows a name assigned exactly once to its value. */
function resolveName(node: SyntaxNode, assignments: Assignments): SyntaxNode {
  let current = node;
  for (let depth = 0; depth < 5 && current.type === 'identifier'; depth++) {
    const values = assignments.values.get(current.text);
    if (!values || values.length !== 1 || assignments.mutated.has(current.text)) break;
    current = values[0] as SyntaxNode;
  }
  return current;
}

/** Minutes of a `timedelta(...)`/`duration(...)` call with literal numbers. */
function timedeltaOf(call: SyntaxNode): number | undefined {
  const keywords: Record<string, number> = {};
  for (const [key, value] of keywordArguments(call)) {
    const literal = pythonLiteral(value);
    if (literal.kind !== 'number') return undefined;
    keywords[key] = literal.value;
  }
  const first = named(call.childForFieldName('arguments') ?? call).find((arg) => arg.type !== 'keyword_argument');
  const days = first ? pythonLiteral(first) : undefined;
  if (days && days.kind !== 'number') return undefined;
  return timedeltaMinutes(keywords, days?.kind === 'number' ? days.value : undefined);
}

function intervalOfNode(node: SyntaxNode, assignments: Assignments, depth = 0): Interval {
  const resolved = resolveName(node, assignments);
  const literal = pythonLiteral(resolved);
  if (literal.kind === 'none') return { kind: 'manual' };
  if (literal.kind === 'string') return intervalOfScheduleText(literal.value);
  if (resolved.type !== 'call' || depth > 3) return undefined;
  const name = calleeName(resolved) ?? '';
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (last === 'timedelta' || last === 'duration' || last === 'relativedelta') {
    const minutes = timedeltaOf(resolved);
    return minutes === undefined ? undefined : { kind: 'every', minutes };
  }
  const first = named(resolved.childForFieldName('arguments') ?? resolved).find((arg) => arg.type !== 'keyword_argument');
  if (/Cron.*Timetable$/.test(last)) {
    const cron = first ? stringLiteral(resolveName(first, assignments)) : undefined;
    const minutes = cron !== undefined ? cronIntervalMinutes(cron) : undefined;
    return minutes === undefined ? undefined : { kind: 'every', minutes };
  }
  if (/Delta.*Timetable$/.test(last) && first) return intervalOfNode(first, assignments, depth + 1);
  // Dataset/asset-triggered and custom timetables have no fixed interval.
  return undefined;
}

function scheduleOf(dag: DagConstruction, assignments: Assignments): ScheduleFact {
  const kwargs = dag.call ? keywordArguments(dag.call) : new Map<string, SyntaxNode>();
  const node = kwargs.get('schedule') ?? kwargs.get('schedule_interval') ?? kwargs.get('timetable');
  if (!node) {
    // A `**kwargs` spread may carry the schedule: not knowable here.
    const spread = dag.call ? named(dag.call.childForFieldName('arguments') ?? dag.call).some((arg) => arg.type === 'dictionary_splat') : false;
    return { state: spread ? 'unknown' : 'unset', interval: undefined, display: spread ? 'unknown' : '(not set)', line: dag.line };
  }
  const interval = intervalOfNode(node, assignments);
  // Evidence text should not change when only the quoting does.
  const display = stringLiteral(node) ?? node.text.replace(/\s+/g, ' ').replace(/"/g, "'").slice(0, 80);
  return { state: interval ? 'set' : 'unknown', interval, display, line: lineOf(node) };
}

function readDags(root: SyntaxNode, assignments: Assignments): DagFacts[] {
  const dags = findDags(root);
  if (dags.length === 0) return [];
  const tasks = findTasks(root);
  return dags.map((dag, index) => {
    const kwargs = dag.call ? keywordArguments(dag.call) : new Map<string, SyntaxNode>();
    const defaultArgs = kwargs.get('default_args');
    const dagTasks = tasks.filter((task) => dagOfTask(task, dags) === dag);
    return {
      id: dag.dagId || dag.variable || `dag#${index + 1}`,
      line: dag.line,
      schedule: scheduleOf(dag, assignments),
      defaults: toleranceRecord((key) => lookupSetting(defaultArgs, key, assignments)),
      onFailureCallback: settingOf(kwargs.get('on_failure_callback'), 'on_failure_callback'),
      tasks: dagTasks.flatMap((task) => {
        if (task.taskId === undefined) return [];
        const own = task.call ? keywordArguments(task.call) : new Map<string, SyntaxNode>();
        return [{ id: task.taskId, operator: task.operator, line: task.line, own: toleranceRecord((key) => settingOf(own.get(key), key)) }];
      }),
    };
  });
}
