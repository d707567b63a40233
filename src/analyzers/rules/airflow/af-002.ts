// AF-002: a value that changes on every evaluation (`datetime.now()`, `pendulum.today()`,
// `time.time()`, `uuid4()`, `random.*`, `days_ago()`) in the arguments of a DAG, an operator or a
// `@task(...)` decorator, in `default_args`, or in a module constant one of those arguments names.
// Those arguments are evaluated every time the scheduler parses the file: a moving `start_date`
// confuses scheduling, and a moving parameter makes each parse a different DAG. Anchors: ruff
// AIR304 (non-static start_date), airflint (days_ago), AIR301 (days_ago removed in Airflow 3).
//
// Lambdas and nested functions are skipped: their bodies run at task time (AF-014's concern).
import { readDagFile } from '../../airflow/dag-facts.js';
import { importAliases } from '../../airflow/imports.js';
import { calleeName, keywordArguments, lineOf, stringLiteral } from '../../airflow/python.js';
import type { Assignments, SyntaxNode } from '../../airflow/python.js';
import { insideTaskBody } from '../../airflow/scope.js';
import { varyingCallsIn } from '../../airflow/varying-calls.js';
import type { VaryingCall } from '../../airflow/varying-calls.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

const MAX_DEPTH = 4;

/** The argument or dict key a node sits in, below `root`: `start_date`, `op_kwargs`… */
function argumentName(node: SyntaxNode, root: SyntaxNode): string | undefined {
  for (let current: SyntaxNode | null = node; current && current.id !== root.id; current = current.parent) {
    if (current.type === 'keyword_argument') return current.childForFieldName('name')?.text;
    if (current.type === 'pair') {
      const key = stringLiteral(current.childForFieldName('key'));
      if (key !== undefined) return key;
    }
  }
  return undefined;
}

/** Whether an assigned value is itself a DAG or a task (scanned on its own, not through a name). */
function isDagOrTask(node: SyntaxNode): boolean {
  if (node.type !== 'call') return false;
  const name = calleeName(node);
  return name?.split('.').pop() === 'DAG' || keywordArguments(node).has('task_id');
}

interface Hit {
  found: VaryingCall;
  /** The argument it reaches, for the message. */
  argument: string | undefined;
  /** The module constant it came through, if any. */
  via: string | undefined;
}

function scan(root: SyntaxNode, aliases: ReadonlyMap<string, string>, assignments: Assignments, seen: Set<number>, hits: Map<number, Hit>, argument: string | undefined, via: string | undefined, depth: number): void {
  for (const found of varyingCallsIn(root, aliases)) {
    if (hits.has(found.call.id)) continue;
    hits.set(found.call.id, { found, argument: argumentName(found.call, root) ?? argument, via });
  }
  if (depth >= MAX_DEPTH) return;
  // Names used in the arguments: follow module constants assigned once (`start_date=START`).
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'lambda' || node.type === 'function_definition') return;
    const parent = node.parent;
    const isKeywordName = parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === node.id;
    if (node.type === 'identifier' && !isKeywordName && parent?.type !== 'attribute') {
      const defs = assignments.values.get(node.text) ?? [];
      const only = defs.length === 1 ? defs[0] : undefined;
      if (only && !isDagOrTask(only) && !seen.has(only.id)) {
        seen.add(only.id);
        scan(only, aliases, assignments, seen, hits, argumentName(node, root) ?? argument ?? node.text, via ?? node.text, depth + 1);
      }
      for (const write of assignments.subscripts.get(node.text) ?? []) {
        if (seen.has(write.value.id)) continue;
        seen.add(write.value.id);
        scan(write.value, aliases, assignments, seen, hits, write.key ?? argument, via ?? node.text, depth + 1);
      }
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
}

function advice(hit: Hit): string {
  const { kind } = hit.found;
  if (hit.argument === 'start_date' || hit.argument === 'end_date') return "Use a fixed date instead, such as `pendulum.datetime(2024, 1, 1, tz='UTC')`.";
  if (kind === 'random' || kind === 'uuid') return 'Derive it from the run instead (`{{ run_id }}`), or generate it inside the task.';
  return 'Use a template that Airflow fills per run instead, such as `{{ data_interval_start }}` or `{{ ds }}`.';
}

export const runtimeVaryingArguments: Rule = {
  meta: {
    id: 'AF-002',
    title: 'Runtime-varying value in DAG or task arguments',
    domain: 'airflow',
    checklist: ['STD-04', 'CODE-03'],
    severity: 'error',
    rationale:
      'DAG and task arguments are evaluated each time the scheduler parses the file, every few seconds. ' +
      '`datetime.now()` or `days_ago()` as a start_date moves the DAG\'s start on every parse and confuses scheduling; ' +
      'a timestamp, UUID or random value in a parameter makes every parse a different DAG and every rerun process different data.',
    examples: {
      bad: "with DAG('orders', schedule='@daily', start_date=days_ago(1)) as dag:\n    export = BashOperator(task_id='export', bash_command=f'export.sh {datetime.now():%Y-%m-%d}')",
      good: "with DAG('orders', schedule='@daily', start_date=pendulum.datetime(2024, 1, 1, tz='UTC')) as dag:\n    export = BashOperator(task_id='export', bash_command='export.sh {{ ds }}')",
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    const file = readDagFile(tree.root);
    const aliases = importAliases(tree.root);
    const hits = new Map<number, Hit>();
    const seen = new Set<number>();
    const owners: [SyntaxNode, string][] = [];
    for (const dag of file.dags) if (dag.call) owners.push([dag.call, dag.dagId ? `DAG \`${dag.dagId}\`` : 'the DAG']);
    for (const task of file.tasks) if (task.call) owners.push([task.call, task.taskId !== undefined ? `task \`${task.taskId}\`` : `the ${task.operator} task`]);
    // An operator built inside a running task (`SomeOperator(...).execute(context)`) is evaluated at task time.
    const parseTimeOwners = owners.filter(([call]) => !insideTaskBody(call));
    const ownerOf = new Map<number, string>();
    for (const [call, label] of parseTimeOwners) {
      const args = call.childForFieldName('arguments');
      if (!args) continue;
      const before = new Set(hits.keys());
      scan(args, aliases, file.assignments, seen, hits, undefined, undefined, 0);
      for (const id of hits.keys()) if (!before.has(id)) ownerOf.set(id, label);
    }
    for (const [id, hit] of hits) {
      const line = lineOf(hit.found.call);
      const where = hit.argument !== undefined ? `\`${hit.argument}\`` : 'an argument';
      const through = hit.via !== undefined && hit.via !== hit.argument ? ` (through \`${hit.via}\`)` : '';
      ctx.report({
        line,
        message:
          `\`${hit.found.written}()\` in ${where}${through} of ${ownerOf.get(id) ?? 'a DAG or task'} is evaluated every time the scheduler parses this file, ` +
          `so its value changes from one parse to the next. ${advice(hit)}`,
        snippet: lineText(ctx.head, line),
      });
    }
  },
};
