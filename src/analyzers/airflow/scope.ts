// When a piece of a DAG file runs. The scheduler's DAG processor imports every DAG file again and
// again (every `min_file_process_interval`, 30 s by default): whatever runs at import runs on each
// parse, on the scheduler, for every DAG in the file. Code inside a function body runs only when
// the function is called (a task's callable runs on a worker, at task time).
import type { SyntaxNode } from './python.js';
import { dottedName } from './python.js';

const contains = (outer: SyntaxNode, inner: SyntaxNode): boolean => outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;

/** `if __name__ == '__main__':` (a local test run) or `if TYPE_CHECKING:` (never at runtime). */
function isSkippedGuard(condition: SyntaxNode | null): boolean {
  if (!condition) return false;
  const name = dottedName(condition);
  if (name === 'TYPE_CHECKING' || name === 'typing.TYPE_CHECKING') return true;
  if (condition.type !== 'comparison_operator') return false;
  const operands = condition.namedChildren.filter((child): child is SyntaxNode => child !== null);
  const [left, right] = operands;
  if (!left || !right || operands.length !== 2 || !condition.children.some((child) => child?.type === '==')) return false;
  const main = (node: SyntaxNode): boolean => node.type === 'string' && node.text.slice(1, -1) === '__main__';
  return (left.text === '__name__' && main(right)) || (right.text === '__name__' && main(left));
}

/**
 * The innermost function or lambda whose body holds `node` (its parameters' defaults and its
 * decorators run where the function is defined, so they do not count), if any.
 */
export function enclosingFunctionBody(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition' || current.type === 'lambda') {
      const body = current.childForFieldName('body');
      if (body && contains(body, node)) return current;
    }
  }
  return undefined;
}

/**
 * Whether a function's body runs while the DAG is built, i.e. at parse time: a `@dag` or
 * `@task_group` function (Airflow calls it to build the DAG), or a DAG factory (a function that
 * constructs a `DAG(...)` itself).
 */
function buildsTheDag(definition: SyntaxNode): boolean {
  const decorated = definition.parent?.type === 'decorated_definition' ? definition.parent : undefined;
  for (const decorator of decorated?.children ?? []) {
    if (decorator?.type !== 'decorator') continue;
    const expression = decorator.namedChildren[0];
    const name = dottedName(expression?.type === 'call' ? expression.childForFieldName('function') : expression);
    if (name !== undefined && /(^|\.)(dag|task_group)$/.test(name)) return true;
  }
  const body = definition.childForFieldName('body');
  return (body?.descendantsOfType('call') ?? []).some((call) => /(^|\.)DAG$/.test(dottedName(call?.childForFieldName('function')) ?? ''));
}

/**
 * Whether `node` runs when the scheduler imports the file: not inside the body of a function
 * that runs later (a task callable, a helper, a lambda), not under `if __name__ == '__main__':`
 * or `if TYPE_CHECKING:`. Class bodies run at import, and so do the bodies of `@dag` /
 * `@task_group` functions and DAG factories (see buildsTheDag).
 */
export function runsAtParse(node: SyntaxNode): boolean {
  for (let inner: SyntaxNode = node, fn = enclosingFunctionBody(node); fn; inner = fn, fn = enclosingFunctionBody(inner)) {
    if (fn.type === 'lambda' || !buildsTheDag(fn)) return false;
  }
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'if_statement') continue;
    const consequence = current.childForFieldName('consequence');
    if (consequence && contains(consequence, node) && isSkippedGuard(current.childForFieldName('condition'))) return false;
  }
  return true;
}

/**
 * Whether two nodes can never both run: they sit in different branches of one `if`/`elif`/`else`
 * chain, or one in a `try` body and the other in its `except` handler.
 */
export function mutuallyExclusive(a: SyntaxNode, b: SyntaxNode): boolean {
  for (let current = a.parent; current; current = current.parent) {
    if (!contains(current, b)) continue;
    // `current` is the lowest common ancestor.
    if (current.type !== 'if_statement' && current.type !== 'try_statement') return false;
    const branches = current.namedChildren.filter(
      (child): child is SyntaxNode => child !== null && ['block', 'elif_clause', 'else_clause', 'except_clause'].includes(child.type),
    );
    const branchOf = (node: SyntaxNode): SyntaxNode | undefined => branches.find((branch) => contains(branch, node));
    const first = branchOf(a);
    const second = branchOf(b);
    if (!first || !second || first.id === second.id) return false;
    // try / else both run on success; try / except do not.
    if (current.type === 'try_statement') return first.type === 'except_clause' || second.type === 'except_clause';
    return true;
  }
  return false;
}

const isTaskDecoratorName = (name: string | undefined): boolean => name === 'task' || (name?.startsWith('task.') ?? false) || (name?.endsWith('.task') ?? false);

/** Whether a function definition is a TaskFlow task (`@task`, `@task(...)`, `@task.bash`…). */
export function isTaskFunction(definition: SyntaxNode): boolean {
  const decorated = definition.parent?.type === 'decorated_definition' ? definition.parent : undefined;
  return (
    decorated?.children.some((child) => {
      if (child?.type !== 'decorator') return false;
      const expression = child.namedChildren[0];
      return isTaskDecoratorName(dottedName(expression?.type === 'call' ? expression.childForFieldName('function') : expression));
    }) ?? false
  );
}

/** Whether a node sits in the body of a `@task` function or a lambda: code that runs at task time. */
export function insideTaskBody(node: SyntaxNode): boolean {
  for (let inner: SyntaxNode = node, fn = enclosingFunctionBody(node); fn; inner = fn, fn = enclosingFunctionBody(inner)) {
    if (fn.type === 'lambda' || isTaskFunction(fn)) return true;
  }
  return false;
}
