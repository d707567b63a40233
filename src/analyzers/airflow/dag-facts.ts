// What DAG-level Airflow rules ask of a DAG construction: its own arguments, the keys of its
// `default_args`, whether it is scheduled, and whether the change touched it. Built on the
// readers of python.ts; nothing here evaluates code, and whatever a literal does not say is
// `unknown`, which rules treat as "do not report".
import type { RuleContext } from '../rule.js';
import { calleeName, dagOfTask, dottedName, enclosingWithCalls, endLineOf, findDags, findTasks, hasKeywordSplat, indexAssignments, keywordArguments, lineOf, lookupDictKey, pythonLiteral } from './python.js';
import type { Assignments, DagConstruction, KeyLookup, SyntaxNode, TaskCall } from './python.js';

export type ArgumentLookup = { state: 'present'; node: SyntaxNode } | { state: 'absent' } | { state: 'unknown' };

/** Positional arguments of a call (not keyword arguments, not splats). */
export function positionalArguments(call: SyntaxNode): SyntaxNode[] {
  const args = call.childForFieldName('arguments');
  if (!args) return [];
  return args.namedChildren.filter(
    (arg): arg is SyntaxNode => arg !== null && arg.type !== 'keyword_argument' && arg.type !== 'dictionary_splat' && arg.type !== 'list_splat' && arg.type !== 'comment',
  );
}

/** A keyword argument of the DAG (`DAG(...)` or `@dag(...)`); `unknown` when `**kwargs` could hold it. */
export function dagArgument(dag: DagConstruction, name: string): ArgumentLookup {
  if (!dag.call) return { state: 'absent' };
  const node = keywordArguments(dag.call).get(name);
  if (node) return { state: 'present', node };
  return hasKeywordSplat(dag.call) ? { state: 'unknown' } : { state: 'absent' };
}

/** A key of the DAG's `default_args`: absent when there are none, unknown when they cannot be read. */
export function defaultArgsKey(call: SyntaxNode | undefined, key: string, assignments: Assignments): KeyLookup {
  if (!call) return { state: 'absent' };
  const defaults = keywordArguments(call).get('default_args');
  if (!defaults) return hasKeywordSplat(call) ? { state: 'unknown', reason: '**kwargs may carry default_args' } : { state: 'absent' };
  return lookupDictKey(defaults, key, assignments);
}

export type ScheduleState = 'unscheduled' | 'scheduled' | 'implicit' | 'unknown';

/**
 * How the DAG is triggered: `unscheduled` for `schedule=None` / `'@once'` and asset- or
 * dataset-triggered lists (no intervals to catch up on or time out against), `scheduled` for a
 * cron string, a preset, a timedelta or a timetable, `implicit` when no schedule argument is given.
 */
export function scheduleState(dag: DagConstruction): ScheduleState {
  if (dag.call && positionalArguments(dag.call).length >= 3) return 'unknown';
  for (const name of ['schedule', 'schedule_interval', 'timetable']) {
    const argument = dagArgument(dag, name);
    if (argument.state === 'unknown') return 'unknown';
    if (argument.state !== 'present') continue;
    const value = pythonLiteral(argument.node);
    if (value.kind === 'none' || (value.kind === 'string' && value.value === '@once') || value.kind === 'list') return 'unscheduled';
    // Asset/Dataset expressions (`Asset('a') | Asset('b')`) are event-driven too.
    if (argument.node.type === 'call' && /(^|\.)(Asset|Dataset)(Any|All)?$/.test(calleeName(argument.node) ?? '')) return 'unscheduled';
    if (argument.node.type === 'binary_operator') return 'unknown';
    return 'scheduled';
  }
  return 'implicit';
}

/** `DAG \`orders\`` or `This DAG`, for messages. */
export function dagLabel(dag: DagConstruction): string {
  return dag.dagId ? `DAG \`${dag.dagId}\`` : 'This DAG';
}

function touches(first: number, last: number, lines: ReadonlySet<number>): boolean {
  for (let line = first; line <= last; line++) if (lines.has(line)) return true;
  return false;
}

/** Whether the change added a line in [first, last] (always true when the whole file is reviewed). */
export function linesTouched(ctx: RuleContext, first: number, last: number): boolean {
  return ctx.fullFileReview || touches(first, last, ctx.file.addedLines);
}

/**
 * Line ranges that define a DAG: its `DAG(...)` call or `@dag(...)` decorator (with the `def`
 * line), and its `default_args` when they are a module variable (the assignment and any
 * `default_args['k'] = v` after it), since that is where owner, alerting and defaults are set.
 */
export function dagDefinitionRanges(dag: DagConstruction, assignments: Assignments): [number, number][] {
  const ranges: [number, number][] = [[dag.line, dag.endLine]];
  if (dag.kind === 'decorator') {
    const definition = dag.node.parent?.childForFieldName('definition');
    if (definition) ranges.push([lineOf(definition), lineOf(definition)]);
  }
  const defaults = dag.call ? keywordArguments(dag.call).get('default_args') : undefined;
  if (defaults?.type === 'identifier') {
    for (const value of assignments.values.get(defaults.text) ?? []) {
      const statement = value.parent ?? value;
      ranges.push([lineOf(statement), endLineOf(statement)]);
    }
    for (const write of assignments.subscripts.get(defaults.text) ?? []) {
      const statement = write.value.parent ?? write.value;
      ranges.push([lineOf(statement), endLineOf(statement)]);
    }
  }
  return ranges;
}

/**
 * Whether the change added or edited the DAG's definition (see dagDefinitionRanges); always true
 * when the whole file is under review. A new file's lines are all added lines.
 */
export function dagTouched(ctx: RuleContext, dag: DagConstruction, assignments: Assignments): boolean {
  if (ctx.fullFileReview) return true;
  return dagDefinitionRanges(dag, assignments).some(([first, last]) => touches(first, last, ctx.file.addedLines));
}

/** The calls of `@task_group(...)` decorators around a node, innermost first. */
function enclosingTaskGroupDecorators(node: SyntaxNode): SyntaxNode[] {
  const calls: SyntaxNode[] = [];
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'decorated_definition') continue;
    for (const decorator of current.children) {
      if (decorator?.type !== 'decorator') continue;
      const expression = decorator.namedChildren[0];
      if (expression?.type === 'call' && /(^|\.)task_group$/.test(calleeName(expression) ?? '')) calls.push(expression);
    }
  }
  return calls;
}

/** The TaskGroups around a task (with-blocks and `@task_group(...)` functions), innermost first. */
export function enclosingGroups(node: SyntaxNode): SyntaxNode[] {
  const groups = [...enclosingWithCalls(node), ...enclosingTaskGroupDecorators(node)];
  return groups.sort((a, b) => b.startIndex - a.startIndex);
}

export type TaskSetting = { state: 'set'; node: SyntaxNode; from: 'task' | 'group' | 'dag' } | { state: 'unset' } | { state: 'unknown' };

/**
 * Where a task gets a setting from: its own keyword argument, else the `default_args` of an
 * enclosing TaskGroup, else those of its DAG. A `None` value counts as unset. `**kwargs` on the
 * task or unreadable default_args make it `unknown`.
 */
export function taskSetting(task: TaskCall, dag: DagConstruction | undefined, key: string, assignments: Assignments): TaskSetting {
  if (task.call) {
    const own = keywordArguments(task.call).get(key);
    if (own) return own.type === 'none' ? { state: 'unset' } : { state: 'set', node: own, from: 'task' };
    if (hasKeywordSplat(task.call)) return { state: 'unknown' };
  }
  const layers: [SyntaxNode | undefined, 'group' | 'dag'][] = [...enclosingGroups(task.node).map((call): [SyntaxNode, 'group'] => [call, 'group']), [dag?.call, 'dag']];
  for (const [call, from] of layers) {
    const lookup = defaultArgsKey(call, key, assignments);
    if (lookup.state === 'unknown') return { state: 'unknown' };
    if (lookup.state === 'known') return lookup.value.kind === 'none' ? { state: 'unset' } : { state: 'set', node: lookup.node, from };
  }
  return { state: 'unset' };
}

/** The file's DAGs, tasks grouped by DAG, and its assignments: what most Airflow rules start from. */
export interface DagFile {
  dags: DagConstruction[];
  tasks: TaskCall[];
  tasksOf: Map<DagConstruction, TaskCall[]>;
  assignments: Assignments;
}

// Every Airflow rule and detector reads the same facts of a file: walking the tree once per
// file instead of once per rule (the engine hands every rule the same root object).
const dagFiles = new WeakMap<SyntaxNode, DagFile>();

export function readDagFile(root: SyntaxNode): DagFile {
  const cached = dagFiles.get(root);
  if (cached) return cached;
  const file = readDagFileUncached(root);
  dagFiles.set(root, file);
  return file;
}

function readDagFileUncached(root: SyntaxNode): DagFile {
  const dags = findDags(root);
  const tasks = findTasks(root);
  const tasksOf = new Map<DagConstruction, TaskCall[]>(dags.map((dag) => [dag, []]));
  for (const task of tasks) {
    const dag = dagOfTask(task, dags);
    if (dag) tasksOf.get(dag)?.push(task);
  }
  return { dags, tasks, tasksOf, assignments: indexAssignments(root) };
}

/** `Task \`load\` (PythonOperator)` or `This PythonOperator task`, for messages. */
export function taskLabel(task: TaskCall): string {
  return task.taskId !== undefined ? `Task \`${task.taskId}\` (${task.operator})` : `This ${task.operator} task`;
}

/** The name of a keyword argument's owner call (`DAG`, `PythonOperator`…), for messages. */
export function ownerName(call: SyntaxNode): string {
  return dottedName(call.childForFieldName('function')) ?? 'call';
}
