// Python DAG files read with tree-sitter (web-tree-sitter + the tree-sitter-python WASM grammar),
// loaded once per process through the vendored runtime (a static import would be bundled and
// break, see scripts/build.mjs). Tree-sitter recovers from syntax errors, so a broken file still
// yields a tree; `hasErrors` says the analysis is partial.
//
// The helpers below read what Airflow rules need without executing anything: DAG constructions
// (`DAG(...)`, `with DAG(...) as dag:`, `@dag(...)`), tasks (calls with `task_id=`, `@task`
// functions), keyword arguments, and dict literals such as `default_args`, followed through a
// variable when it is assigned exactly once.
import type { Language, Node as SyntaxNode, Parser, Tree } from 'web-tree-sitter';
import { importRuntime, vendorFile } from '../../platform/assets.js';
import type { LiteralValue } from '../values.js';

type TreeSitterModule = typeof import('web-tree-sitter');

export type { SyntaxNode };

export interface PythonTree {
  tree: Tree;
  root: SyntaxNode;
  hasErrors: boolean;
  /** Line of the first syntax error, when there is one. */
  firstErrorLine?: number;
  /** Frees the tree's WASM memory; the tree must not be used afterwards. */
  dispose(): void;
}

export type PythonParseResult = { ok: true; tree: PythonTree } | { ok: false; error: string };

let loading: Promise<Parser> | undefined;

/** Loads the runtime and the grammar once; later calls share the parser. */
export function loadPythonParser(): Promise<Parser> {
  loading ??= (async () => {
    const ts = await importRuntime<TreeSitterModule>(vendorFile('web-tree-sitter/web-tree-sitter.js', 'web-tree-sitter/web-tree-sitter.js'));
    await ts.Parser.init();
    const language: Language = await ts.Language.load(vendorFile('tree-sitter-python/tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'));
    const parser = new ts.Parser();
    parser.setLanguage(language);
    return parser;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Parses Python source; never throws. */
export async function parsePython(text: string): Promise<PythonParseResult> {
  let parser: Parser;
  try {
    parser = await loadPythonParser();
  } catch (error) {
    return { ok: false, error: `the Python parser could not load: ${error instanceof Error ? error.message : String(error)}` };
  }
  let tree: Tree | null;
  try {
    tree = parser.parse(text);
  } catch (error) {
    return { ok: false, error: `the Python parser failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!tree) return { ok: false, error: 'the Python parser returned no tree' };
  const root = tree.rootNode;
  const hasErrors = root.hasError;
  const firstError = hasErrors ? findFirstError(root) : undefined;
  const parsed = tree;
  return {
    ok: true,
    tree: {
      tree: parsed,
      root,
      hasErrors,
      ...(firstError ? { firstErrorLine: lineOf(firstError) } : {}),
      dispose: () => parsed.delete(),
    },
  };
}

function findFirstError(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === 'ERROR' || node.isMissing) return node;
  for (const child of node.children) {
    if (child && (child.hasError || child.isMissing)) {
      const found = findFirstError(child);
      if (found) return found;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Small readers.

export const lineOf = (node: SyntaxNode): number => node.startPosition.row + 1;
export const endLineOf = (node: SyntaxNode): number => node.endPosition.row + 1;

function named(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null);
}

/** Dotted name of a call's callee or a decorator expression: `DAG`, `airflow.DAG`, `task.python`. */
export function dottedName(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const object = dottedName(node.childForFieldName('object'));
    const attribute = node.childForFieldName('attribute')?.text;
    return object !== undefined && attribute !== undefined ? `${object}.${attribute}` : undefined;
  }
  return undefined;
}

export function calleeName(call: SyntaxNode): string | undefined {
  return dottedName(call.childForFieldName('function'));
}

const lastSegment = (name: string | undefined): string | undefined => name?.slice(name.lastIndexOf('.') + 1);

/**
 * `compute`, remembered per node of a tree. Node objects are created afresh on every access, so
 * the key is the node's id within its tree; the entries go when the tree object does.
 */
function oncePerNode<T>(compute: (node: SyntaxNode) => T): (node: SyntaxNode) => T {
  const byTree = new WeakMap<Tree, Map<number, T>>();
  return (node) => {
    let results = byTree.get(node.tree);
    if (!results) {
      results = new Map();
      byTree.set(node.tree, results);
    }
    if (results.has(node.id)) return results.get(node.id) as T;
    const result = compute(node);
    results.set(node.id, result);
    return result;
  };
}

/**
 * Keyword arguments of a call, by name (the value nodes). The rules and the detectors' facts read
 * the same calls' keywords, and each read crosses into WASM per argument: read once per call.
 */
export const keywordArguments: (call: SyntaxNode) => ReadonlyMap<string, SyntaxNode> = oncePerNode(readKeywordArguments);

function readKeywordArguments(call: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  const args = call.childForFieldName('arguments');
  if (!args) return out;
  for (const arg of named(args)) {
    if (arg.type !== 'keyword_argument') continue;
    const name = arg.childForFieldName('name')?.text;
    const value = arg.childForFieldName('value');
    if (name !== undefined && value) out.set(name, value);
  }
  return out;
}

/** Whether a call spreads `**kwargs` (its keyword arguments are then not all visible). */
export function hasKeywordSplat(call: SyntaxNode): boolean {
  const args = call.childForFieldName('arguments');
  return args ? named(args).some((arg) => arg.type === 'dictionary_splat') : false;
}

/** The value of a plain string literal (no f-string interpolation, no implicit concatenation). */
export function stringLiteral(node: SyntaxNode | null | undefined): string | undefined {
  if (node?.type !== 'string') return undefined;
  const parts = named(node);
  if (parts.some((part) => part.type === 'interpolation')) return undefined;
  return parts
    .filter((part) => part.type === 'string_content')
    .map((part) => part.text)
    .join('');
}

/** A Python literal as a LiteralValue; anything that needs evaluation is an `expr`. */
export function pythonLiteral(node: SyntaxNode): LiteralValue {
  switch (node.type) {
    case 'integer': {
      const value = Number(node.text.replace(/_/g, ''));
      return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'expr', text: node.text };
    }
    case 'float':
      return { kind: 'number', value: Number(node.text.replace(/_/g, '')) };
    case 'true':
      return { kind: 'boolean', value: true };
    case 'false':
      return { kind: 'boolean', value: false };
    case 'none':
      return { kind: 'none' };
    case 'string': {
      const value = stringLiteral(node);
      return value === undefined ? { kind: 'expr', text: node.text } : { kind: 'string', value };
    }
    case 'unary_operator': {
      const operand = node.childForFieldName('argument');
      const operator = node.childForFieldName('operator')?.text;
      const inner = operand ? pythonLiteral(operand) : undefined;
      if (inner?.kind === 'number' && (operator === '-' || operator === '+')) return { kind: 'number', value: operator === '-' ? -inner.value : inner.value };
      return { kind: 'expr', text: node.text };
    }
    case 'parenthesized_expression': {
      const inner = named(node)[0];
      return inner ? pythonLiteral(inner) : { kind: 'expr', text: node.text };
    }
    case 'list':
    case 'tuple':
      return { kind: 'list', items: named(node).map(pythonLiteral) };
    case 'dictionary': {
      const entries: Record<string, LiteralValue> = {};
      for (const pair of named(node)) {
        if (pair.type !== 'pair') return { kind: 'expr', text: node.text };
        const key = stringLiteral(pair.childForFieldName('key'));
        const value = pair.childForFieldName('value');
        if (key === undefined || !value) return { kind: 'expr', text: node.text };
        entries[key] = pythonLiteral(value);
      }
      return { kind: 'dict', entries };
    }
    default:
      return { kind: 'expr', text: node.text };
  }
}

// ---------------------------------------------------------------------------------------------
// Assignments and dict keys, followed through names.

export interface Assignments {
  /** `name = value`, anywhere in the file (value nodes in source order). */
  values: Map<string, SyntaxNode[]>;
  /** `name['key'] = value`. */
  subscripts: Map<string, { key: string | undefined; value: SyntaxNode }[]>;
  /** Names changed in ways we cannot follow: `name.update(...)`, `name |= ...`, `name['k'] += ...`. */
  mutated: Set<string>;
}

/**
 * Indexes the file's assignments. Scopes are not told apart (a name assigned once anywhere
 * is taken as that value): an approximation that holds for DAG files, where `default_args`
 * is a module constant, and that turns into "unknown" as soon as a name is assigned twice.
 * Four readers of a DAG file (embedded SQL, DAG facts, AF-006, the detectors' facts) share one index.
 */
export const indexAssignments: (root: SyntaxNode) => Assignments = oncePerNode(buildAssignments);

function buildAssignments(root: SyntaxNode): Assignments {
  const values = new Map<string, SyntaxNode[]>();
  const subscripts = new Map<string, { key: string | undefined; value: SyntaxNode }[]>();
  const mutated = new Set<string>();
  for (const assignment of root.descendantsOfType('assignment')) {
    if (!assignment) continue;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (!left || !right) continue;
    if (left.type === 'identifier') {
      const list = values.get(left.text) ?? [];
      list.push(right);
      values.set(left.text, list);
    } else if (left.type === 'subscript') {
      const target = left.childForFieldName('value');
      if (target?.type !== 'identifier') continue;
      const list = subscripts.get(target.text) ?? [];
      list.push({ key: stringLiteral(left.childForFieldName('subscript')), value: right });
      subscripts.set(target.text, list);
    } else if (left.type === 'pattern_list' || left.type === 'tuple_pattern') {
      for (const name of named(left)) if (name.type === 'identifier') mutated.add(name.text);
    }
  }
  for (const augmented of root.descendantsOfType('augmented_assignment')) {
    const left = augmented?.childForFieldName('left');
    const target = left?.type === 'subscript' ? left.childForFieldName('value') : left;
    if (target?.type === 'identifier') mutated.add(target.text);
  }
  for (const call of root.descendantsOfType('call')) {
    const fn = call?.childForFieldName('function');
    if (fn?.type !== 'attribute') continue;
    const object = fn.childForFieldName('object');
    const method = fn.childForFieldName('attribute')?.text;
    if (object?.type === 'identifier' && (method === 'update' || method === 'setdefault' || method === 'pop' || method === '__setitem__')) mutated.add(object.text);
  }
  return { values, subscripts, mutated };
}

export type KeyLookup =
  | { state: 'known'; value: LiteralValue; node: SyntaxNode }
  | { state: 'absent' }
  | { state: 'unknown'; reason: string };

const MAX_NAME_DEPTH = 5;

/**
 * The value of `key` in the dict an expression evaluates to: a dict literal, `dict(k=v)`, or a
 * name assigned one of those (with later `name['key'] = v` applied). Spreads (`**base`) are
 * followed the same way. Anything else is `unknown`: we do not guess.
 */
export function lookupDictKey(expression: SyntaxNode | null | undefined, key: string, assignments: Assignments, depth = 0): KeyLookup {
  if (!expression) return { state: 'absent' };
  if (depth > MAX_NAME_DEPTH) return { state: 'unknown', reason: 'too many indirections' };
  if (expression.type === 'identifier') {
    const name = expression.text;
    if (assignments.mutated.has(name)) return { state: 'unknown', reason: `${name} is modified after its definition` };
    const defs = assignments.values.get(name) ?? [];
    if (defs.length !== 1) return { state: 'unknown', reason: defs.length === 0 ? `${name} is not defined in this file` : `${name} is assigned more than once` };
    const writes = assignments.subscripts.get(name) ?? [];
    for (let i = writes.length - 1; i >= 0; i--) {
      const write = writes[i];
      if (!write) continue;
      if (write.key === undefined) return { state: 'unknown', reason: `${name}[…] is assigned with a computed key` };
      if (write.key === key) return { state: 'known', value: pythonLiteral(write.value), node: write.value };
    }
    return lookupDictKey(defs[0], key, assignments, depth + 1);
  }
  if (expression.type === 'dictionary') {
    let found: KeyLookup = { state: 'absent' };
    // Later entries win in a dict display, spreads included.
    for (const item of named(expression)) {
      if (item.type === 'pair') {
        const keyNode = item.childForFieldName('key');
        const itemKey = stringLiteral(keyNode);
        const value = item.childForFieldName('value');
        if (itemKey === undefined) found = { state: 'unknown', reason: 'a key is computed' };
        else if (itemKey === key && value) found = { state: 'known', value: pythonLiteral(value), node: value };
      } else if (item.type === 'dictionary_splat') {
        const spread = lookupDictKey(named(item)[0], key, assignments, depth + 1);
        if (spread.state !== 'absent') found = spread;
      }
    }
    return found;
  }
  if (expression.type === 'call' && calleeName(expression) === 'dict') {
    const kwargs = keywordArguments(expression);
    const value = kwargs.get(key);
    if (value) return { state: 'known', value: pythonLiteral(value), node: value };
    if (hasKeywordSplat(expression)) return { state: 'unknown', reason: 'dict(**…) spreads other values' };
    const args = expression.childForFieldName('arguments');
    const positional = args ? named(args).filter((arg) => arg.type !== 'keyword_argument') : [];
    return positional.length === 0 ? { state: 'absent' } : lookupDictKey(positional[0], key, assignments, depth + 1);
  }
  return { state: 'unknown', reason: `${expression.text.slice(0, 40)} is not a dict literal` };
}

// ---------------------------------------------------------------------------------------------
// DAGs and tasks.

export interface DagConstruction {
  kind: 'call' | 'with' | 'decorator';
  /** The `DAG(...)` call or the `@dag` decorator. */
  node: SyntaxNode;
  /** The call carrying the DAG's arguments; absent for a bare `@dag`. */
  call?: SyntaxNode;
  /** The variable the DAG is bound to (`with DAG() as dag`, `dag = DAG()`), or the `@dag` function's name. */
  variable?: string;
  /** The code whose tasks belong to the DAG by position: the with-block or the decorated function. */
  body?: SyntaxNode;
  dagId?: string;
  line: number;
  endLine: number;
}

export interface TaskCall {
  kind: 'operator' | 'taskflow';
  /** The operator call, or the decorated definition of a `@task` function. */
  node: SyntaxNode;
  /** The call whose keyword arguments configure the task (absent for a bare `@task`). */
  call?: SyntaxNode;
  operator: string;
  taskId?: string;
  line: number;
  endLine: number;
}

const isDagCallee = (name: string | undefined): boolean => lastSegment(name) === 'DAG';
const isDagDecorator = (name: string | undefined): boolean => name === 'dag' || (name?.endsWith('.dag') ?? false);
// `@task`, `@task.python`, `@task.bash`, `@task.virtualenv`… but not `@task_group`.
const isTaskDecorator = (name: string | undefined): boolean => name === 'task' || (name?.startsWith('task.') ?? false) || (name?.endsWith('.task') ?? false);

function decoratorParts(decorator: SyntaxNode): { name: string | undefined; call?: SyntaxNode } {
  const expression = named(decorator)[0];
  if (expression?.type === 'call') return { name: calleeName(expression), call: expression };
  return { name: dottedName(expression) };
}

/** DAG constructions in the file, in source order. */
export function findDags(root: SyntaxNode): DagConstruction[] {
  const dags: DagConstruction[] = [];
  for (const call of root.descendantsOfType('call')) {
    if (!call || !isDagCallee(calleeName(call))) continue;
    const dagId = stringLiteral(keywordArguments(call).get('dag_id') ?? named(call.childForFieldName('arguments') ?? call)[0]);
    const base = { node: call, call, line: lineOf(call), endLine: endLineOf(call), ...(dagId !== undefined ? { dagId } : {}) };
    const parent = call.parent;
    const withItem = parent?.type === 'with_item' ? parent : parent?.type === 'as_pattern' && parent.parent?.type === 'with_item' ? parent.parent : undefined;
    if (withItem) {
      const statement = withItem.parent?.parent;
      const alias = parent?.type === 'as_pattern' ? parent.childForFieldName('alias') : null;
      const variable = alias ? named(alias)[0]?.text ?? alias.text : undefined;
      const body = statement?.type === 'with_statement' ? statement.childForFieldName('body') : null;
      dags.push({ kind: 'with', ...base, ...(variable !== undefined ? { variable } : {}), ...(body ? { body } : {}) });
      continue;
    }
    const variable = parent?.type === 'assignment' && parent.childForFieldName('left')?.type === 'identifier' ? parent.childForFieldName('left')?.text : undefined;
    dags.push({ kind: 'call', ...base, ...(variable !== undefined ? { variable } : {}) });
  }
  for (const decorator of root.descendantsOfType('decorator')) {
    if (!decorator) continue;
    const { name, call } = decoratorParts(decorator);
    if (!isDagDecorator(name)) continue;
    const definition = decorator.parent?.type === 'decorated_definition' ? decorator.parent.childForFieldName('definition') : null;
    const functionName = definition?.childForFieldName('name')?.text;
    const body = definition?.childForFieldName('body');
    const dagId = call ? stringLiteral(keywordArguments(call).get('dag_id')) : undefined;
    dags.push({
      kind: 'decorator',
      node: decorator,
      ...(call ? { call } : {}),
      ...(functionName !== undefined ? { variable: functionName } : {}),
      ...(body ? { body } : {}),
      dagId: dagId ?? functionName ?? '',
      line: lineOf(decorator),
      endLine: endLineOf(decorator),
    });
  }
  return dags.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** Tasks in the file: calls with `task_id=` (operators, `.partial()`), and `@task` functions. */
export function findTasks(root: SyntaxNode): TaskCall[] {
  const tasks: TaskCall[] = [];
  for (const call of root.descendantsOfType('call')) {
    if (!call) continue;
    const name = calleeName(call);
    if (isDagCallee(name)) continue;
    const kwargs = keywordArguments(call);
    const taskIdNode = kwargs.get('task_id');
    if (!taskIdNode) continue;
    // `@task(task_id=...)` is handled with the decorated function below.
    if (call.parent?.type === 'decorator') continue;
    const taskId = stringLiteral(taskIdNode);
    tasks.push({ kind: 'operator', node: call, call, operator: name ?? call.childForFieldName('function')?.text ?? 'call', ...(taskId !== undefined ? { taskId } : {}), line: lineOf(call), endLine: endLineOf(call) });
  }
  for (const decorator of root.descendantsOfType('decorator')) {
    if (!decorator) continue;
    const { name, call } = decoratorParts(decorator);
    if (!isTaskDecorator(name)) continue;
    const definition = decorator.parent;
    if (definition?.type !== 'decorated_definition') continue;
    const explicitId = call ? stringLiteral(keywordArguments(call).get('task_id')) : undefined;
    const taskId = explicitId ?? definition.childForFieldName('definition')?.childForFieldName('name')?.text;
    tasks.push({ kind: 'taskflow', node: definition, ...(call ? { call } : {}), operator: `@${name ?? 'task'}`, ...(taskId !== undefined ? { taskId } : {}), line: lineOf(decorator), endLine: lineOf(decorator) });
  }
  return tasks.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

const contains = (outer: SyntaxNode, inner: SyntaxNode): boolean => outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;

/**
 * The DAG a task belongs to: named by its `dag=` argument, else the innermost DAG block or
 * `@dag` function around it, else the file's only DAG. Undefined when that is ambiguous.
 */
export function dagOfTask(task: TaskCall, dags: readonly DagConstruction[]): DagConstruction | undefined {
  const explicit = task.call ? keywordArguments(task.call).get('dag') : undefined;
  if (explicit?.type === 'identifier') {
    const byName = dags.filter((dag) => dag.variable === explicit.text);
    if (byName.length === 1) return byName[0];
  }
  let innermost: DagConstruction | undefined;
  for (const dag of dags) {
    if (dag.body && contains(dag.body, task.node) && (!innermost?.body || contains(innermost.body, dag.body))) innermost = dag;
  }
  if (innermost) return innermost;
  return dags.length === 1 ? dags[0] : undefined;
}

/**
 * Calls of the `with` blocks around a node that are not DAGs (e.g. `with TaskGroup(...)`),
 * innermost first: a TaskGroup's `default_args` apply to the tasks inside it.
 */
export function enclosingWithCalls(node: SyntaxNode): SyntaxNode[] {
  const calls: SyntaxNode[] = [];
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'with_statement') continue;
    for (const item of current.descendantsOfType('with_item')) {
      if (!item || item.parent?.parent?.id !== current.id) continue;
      const value = item.childForFieldName('value');
      const call = value?.type === 'as_pattern' ? named(value)[0] : value;
      if (call?.type === 'call' && !isDagCallee(calleeName(call))) calls.push(call);
    }
  }
  return calls;
}
