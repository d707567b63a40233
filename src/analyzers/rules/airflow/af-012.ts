// AF-012: two tasks of one DAG with the same task_id, or two DAGs of the file with the same
// dag_id. Airflow rejects the first (DuplicateTaskIdFound at import: the whole file's DAGs
// disappear) and silently keeps only one of the second. Anchors: pylint-airflow
// (duplicate-task-name), dagruff AF003 / DAG004.
//
// Ids are compared as Airflow sees them: a task inside a TaskGroup gets the group's id as a
// prefix (unless `prefix_group_id=False`). Only string literals are compared; f-strings and
// names are not guessed. Two definitions in branches that cannot both run (`if`/`else`,
// `try`/`except`) are not duplicates. `@task` functions called twice get suffixed ids from
// Airflow and are not compared.
//
// Approximation: a dag_id reused in ANOTHER file of the repository is not seen here: a rule
// reads one file. (A head-tree index of dag_ids would be needed; see the report of issue 3.)
import { enclosingGroups, linesTouched, readDagFile } from '../../airflow/dag-facts.js';
import { calleeName, keywordArguments, lineOf, pythonLiteral, stringLiteral } from '../../airflow/python.js';
import type { DagConstruction, SyntaxNode, TaskCall } from '../../airflow/python.js';
import { mutuallyExclusive } from '../../airflow/scope.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

/** The group id a TaskGroup contributes to its tasks' ids; null when it adds none, undefined when unknown. */
function groupPrefix(call: SyntaxNode): string | null | undefined {
  const kwargs = keywordArguments(call);
  const prefixFlag = kwargs.get('prefix_group_id');
  if (prefixFlag) {
    const value = pythonLiteral(prefixFlag);
    if (value.kind === 'boolean' && !value.value) return null;
    if (value.kind !== 'boolean') return undefined;
  }
  const explicit = kwargs.get('group_id');
  if (explicit) return stringLiteral(explicit);
  const isDecorator = call.parent?.type === 'decorator';
  if (isDecorator) {
    // `@task_group` names the group after the function.
    const definition = call.parent?.parent?.childForFieldName('definition');
    return definition?.childForFieldName('name')?.text;
  }
  const first = call.childForFieldName('arguments')?.namedChildren.find((arg) => arg !== null && arg.type !== 'keyword_argument');
  return stringLiteral(first);
}

/** The task id Airflow will register, or undefined when it is not a literal we can compute. */
function effectiveTaskId(task: TaskCall): string | undefined {
  if (task.kind !== 'operator' || task.taskId === undefined) return undefined;
  const prefixes: string[] = [];
  for (const group of enclosingGroups(task.node)) {
    const name = calleeName(group)?.split('.').pop();
    if (name !== 'TaskGroup' && name !== 'task_group') continue;
    const prefix = groupPrefix(group);
    if (prefix === undefined) return undefined;
    if (prefix !== null) prefixes.unshift(prefix);
  }
  return [...prefixes, task.taskId].join('.');
}

/** Whether a node is inside a loop (a literal id there is one source line, whatever the iterations). */
function inLoop(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'for_statement' || current.type === 'while_statement' || current.type === 'list_comprehension') return true;
    if (current.type === 'function_definition') return false;
  }
  return false;
}

export const duplicateIds: Rule = {
  meta: {
    id: 'AF-012',
    title: 'Duplicate task_id or dag_id',
    domain: 'airflow',
    checklist: ['CODE-02', 'CODE-08'],
    severity: 'error',
    rationale:
      'Airflow identifies tasks and DAGs by id. A task_id used twice in one DAG makes the file fail to import, so every DAG ' +
      'in it disappears from the scheduler; a dag_id used twice makes one DAG silently replace the other, with its history and ' +
      'schedule. Both usually come from copy-paste and are invisible in review unless checked.',
    examples: {
      bad: "with DAG('orders', schedule='@daily') as dag:\n    a = BashOperator(task_id='load', bash_command='a.sh')\n    b = BashOperator(task_id='load', bash_command='b.sh')",
      good: "with DAG('orders', schedule='@daily') as dag:\n    a = BashOperator(task_id='load_orders', bash_command='a.sh')\n    b = BashOperator(task_id='load_items', bash_command='b.sh')",
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    const file = readDagFile(tree.root);

    for (const [dag, tasks] of file.tasksOf) {
      const firstById = new Map<string, TaskCall[]>();
      for (const task of tasks) {
        const id = effectiveTaskId(task);
        if (id === undefined || inLoop(task.node)) continue;
        const earlier = firstById.get(id) ?? [];
        const clash = earlier.find((other) => !mutuallyExclusive(other.node, task.node));
        earlier.push(task);
        firstById.set(id, earlier);
        if (!clash) continue;
        // Reported on the definition the change added: the later one, unless only the earlier is new.
        const [here, there] = !linesTouched(ctx, task.line, task.endLine) && linesTouched(ctx, clash.line, clash.endLine) ? [clash, task] : [task, clash];
        ctx.report({
          line: here.line,
          message:
            `task_id \`${id}\` is also used on line ${there.line} in ${dag.dagId ? `DAG \`${dag.dagId}\`` : 'this DAG'}: Airflow refuses to import the file ` +
            '(DuplicateTaskIdFound), so every DAG in it disappears. Give each task its own task_id.',
          snippet: lineText(ctx.head, here.line),
        });
      }
    }

    const dagsById = new Map<string, DagConstruction[]>();
    for (const dag of file.dags) {
      // A bare `@dag` function's id is its name; an explicit dag_id or first argument otherwise.
      const id = dag.dagId;
      if (!id || inLoop(dag.node)) continue;
      const earlier = dagsById.get(id) ?? [];
      const clash = earlier.find((other) => !mutuallyExclusive(other.node, dag.node));
      earlier.push(dag);
      dagsById.set(id, earlier);
      if (!clash) continue;
      const [here, there] = !linesTouched(ctx, dag.line, dag.endLine) && linesTouched(ctx, clash.line, clash.endLine) ? [clash, dag] : [dag, clash];
      ctx.report({
        line: here.line,
        message: `dag_id \`${id}\` is also used by the DAG on line ${lineOf(there.node)}: only one of them will exist in Airflow, silently. Give each DAG its own dag_id.`,
        snippet: lineText(ctx.head, here.line),
      });
    }
  },
};
