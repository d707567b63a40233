// AF-011: names Airflow 3 removed: DAG arguments (`schedule_interval`, `timetable`, `concurrency`,
// `fail_stop`), the task argument `task_concurrency`, imports (`SubDagOperator`, `DummyOperator`,
// `days_ago`, `airflow.contrib`, the pre-2.0 `*_operator` / `*_hook` / `*_sensor` modules), and the
// context keys built on `execution_date` (`execution_date`, `next_ds`, `prev_execution_date`…)
// whether they are read from a template, from the context dict, or as a callable's parameter.
// Anchor: ruff AIR301 / AIR302 / AIR311 (Airflow 3 migration rules).
//
// Template strings are found through the tree (string literals only); inside one literal's value
// a regular expression finds the `{{ … }}` / `{% … %}` blocks and the removed names in them.
// SLA arguments are AF-010's, and calls to `days_ago()` are AF-002's: not repeated here.
import { readDagFile } from '../../airflow/dag-facts.js';
import { importedModules } from '../../airflow/imports.js';
import { keywordArguments, lineOf, stringLiteral } from '../../airflow/python.js';
import { isTaskFunction } from '../../airflow/scope.js';
import type { SyntaxNode } from '../../airflow/python.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

const DAG_ARGUMENTS: Readonly<Record<string, string>> = {
  schedule_interval: 'use `schedule=` instead',
  timetable: 'pass the timetable as `schedule=` instead',
  concurrency: 'use `max_active_tasks=` instead',
  fail_stop: 'use `fail_fast=` instead',
};
const TASK_ARGUMENTS: Readonly<Record<string, string>> = {
  task_concurrency: 'use `max_active_tis_per_dag=` instead',
};

const CONTEXT_KEYS: Readonly<Record<string, string>> = {
  execution_date: '`logical_date`',
  next_execution_date: '`data_interval_end`',
  prev_execution_date: '`prev_data_interval_start_success`',
  prev_execution_date_success: '`prev_data_interval_start_success`',
  next_ds: '`{{ data_interval_end | ds }}`',
  next_ds_nodash: '`{{ data_interval_end | ds_nodash }}`',
  prev_ds: '`{{ prev_data_interval_start_success | ds }}`',
  prev_ds_nodash: '`{{ prev_data_interval_start_success | ds_nodash }}`',
  tomorrow_ds: '`{{ macros.ds_add(ds, 1) }}`',
  tomorrow_ds_nodash: '`{{ macros.ds_format(macros.ds_add(ds, 1), "%Y-%m-%d", "%Y%m%d") }}`',
  yesterday_ds: '`{{ macros.ds_add(ds, -1) }}`',
  yesterday_ds_nodash: '`{{ macros.ds_format(macros.ds_add(ds, -1), "%Y-%m-%d", "%Y%m%d") }}`',
};
const CONTEXT_NAME = new RegExp(`\\b(${Object.keys(CONTEXT_KEYS).join('|')})\\b`, 'g');
const JINJA_BLOCK = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

/** What a removed import was and what replaces it, or undefined when the import is fine. */
function removedImport(qualified: string): { name: string; fix: string } | undefined {
  const last = qualified.split('.').pop() ?? '';
  if (qualified.startsWith('airflow.operators.subdag') || last === 'SubDagOperator') return { name: '`SubDagOperator`', fix: 'use a TaskGroup' };
  if (qualified.startsWith('airflow.operators.dummy') || last === 'DummyOperator') return { name: '`DummyOperator`', fix: 'use `EmptyOperator` (`airflow.providers.standard.operators.empty`)' };
  if (qualified === 'airflow.utils.dates.days_ago') return { name: '`days_ago`', fix: 'use a fixed `pendulum.datetime(...)` start_date' };
  if (qualified === 'airflow.contrib' || qualified.startsWith('airflow.contrib.')) return { name: '`airflow.contrib`', fix: 'import from the provider package' };
  if (/^airflow\.(operators|sensors|hooks)\.\w+_(operator|sensor|hook)(\.|$)/.test(qualified)) {
    return { name: `the pre-2.0 module \`${qualified.split('.').slice(0, 3).join('.')}\``, fix: 'import from the provider or standard package' };
  }
  return undefined;
}

interface Hit {
  line: number;
  message: string;
}

/** Removed context names inside the Jinja blocks of a string literal (not f-strings: their braces are Python's). */
function templateHits(node: SyntaxNode): Hit[] {
  const prefix = node.childForFieldName('string_start')?.text ?? node.namedChildren[0]?.text ?? '';
  if (/f/i.test(prefix.replace(/["']/g, '')) || stringLiteral(node) === undefined) return [];
  const raw = node.text;
  const hits: Hit[] = [];
  for (const block of raw.matchAll(JINJA_BLOCK)) {
    for (const name of block[0].matchAll(CONTEXT_NAME)) {
      const key = name[1] ?? '';
      const offset = (block.index ?? 0) + (name.index ?? 0);
      const line = lineOf(node) + (raw.slice(0, offset).match(/\n/g)?.length ?? 0);
      hits.push({ line, message: `The template uses \`${key}\`, which Airflow 3 removed from the context: use ${CONTEXT_KEYS[key]} instead.` });
    }
  }
  return hits;
}

/** Functions that receive the task context by parameter name: `@task` functions and `python_callable=` targets. */
function contextFunctions(root: SyntaxNode): SyntaxNode[] {
  const callables = new Set<string>();
  for (const call of root.descendantsOfType('call')) {
    const target = call ? keywordArguments(call).get('python_callable') : undefined;
    if (target?.type === 'identifier') callables.add(target.text);
  }
  const functions: SyntaxNode[] = [];
  for (const definition of root.descendantsOfType('function_definition')) {
    if (!definition) continue;
    const name = definition.childForFieldName('name')?.text ?? '';
    if (isTaskFunction(definition) || callables.has(name)) functions.push(definition);
  }
  return functions;
}

export const airflow3RemovedNames: Rule = {
  meta: {
    id: 'AF-011',
    title: 'Name removed in Airflow 3',
    domain: 'airflow',
    checklist: ['CODE-01', 'CODE-08'],
    severity: 'warning',
    rationale:
      'Airflow 3 removed arguments, operators, helpers and context keys that Airflow 2 only deprecated: `schedule_interval`, ' +
      '`SubDagOperator`, `DummyOperator`, `days_ago`, `execution_date` and the keys derived from it. New code that uses them ' +
      'breaks on upgrade (import errors, or templates rendering nothing), so each one added now is migration work later.',
    examples: {
      bad: "with DAG('orders', schedule_interval='@daily') as dag:\n    BashOperator(task_id='export', bash_command='export.sh {{ execution_date }}')",
      good: "with DAG('orders', schedule='@daily') as dag:\n    BashOperator(task_id='export', bash_command='export.sh {{ logical_date }}')",
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    const root = tree.root;
    const file = readDagFile(root);
    const hits: Hit[] = [];

    for (const dag of file.dags) {
      if (!dag.call) continue;
      for (const [name, value] of keywordArguments(dag.call)) {
        const advice = DAG_ARGUMENTS[name];
        if (advice !== undefined) hits.push({ line: lineOf(value.parent ?? value), message: `\`${name}\` was removed from the DAG in Airflow 3: ${advice}.` });
      }
    }
    for (const task of file.tasks) {
      if (!task.call) continue;
      for (const [name, value] of keywordArguments(task.call)) {
        const advice = TASK_ARGUMENTS[name];
        if (advice !== undefined) hits.push({ line: lineOf(value.parent ?? value), message: `\`${name}\` was removed from operators in Airflow 3: ${advice}.` });
      }
    }

    const importsSeen = new Set<string>();
    for (const imported of importedModules(root)) {
      const removed = removedImport(imported.qualified);
      const key = `${imported.line}\0${removed?.name}`;
      if (removed === undefined || importsSeen.has(key)) continue;
      importsSeen.add(key);
      hits.push({ line: imported.line, message: `Airflow 3 removed ${removed.name}: ${removed.fix}.` });
    }

    for (const string of root.descendantsOfType('string')) if (string) hits.push(...templateHits(string));

    // Context read by key: `context['execution_date']`, `kwargs.get('next_ds')`.
    for (const subscript of root.descendantsOfType('subscript')) {
      const key = stringLiteral(subscript?.childForFieldName('subscript'));
      if (!subscript || key === undefined || CONTEXT_KEYS[key] === undefined || subscript.childForFieldName('value')?.type !== 'identifier') continue;
      hits.push({ line: lineOf(subscript), message: `The task context no longer has \`${key}\` in Airflow 3: read ${CONTEXT_KEYS[key]} instead.` });
    }
    for (const call of root.descendantsOfType('call')) {
      const fn = call?.childForFieldName('function');
      if (!call || fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'get' || fn.childForFieldName('object')?.type !== 'identifier') continue;
      const first = call.childForFieldName('arguments')?.namedChildren[0];
      const key = stringLiteral(first);
      if (key === undefined || CONTEXT_KEYS[key] === undefined) continue;
      hits.push({ line: lineOf(call), message: `The task context no longer has \`${key}\` in Airflow 3: read ${CONTEXT_KEYS[key]} instead.` });
    }
    // Context received by parameter name.
    for (const definition of contextFunctions(root)) {
      for (const parameter of definition.childForFieldName('parameters')?.namedChildren ?? []) {
        const name = parameter?.type === 'identifier' ? parameter.text : parameter?.type === 'default_parameter' ? parameter.childForFieldName('name')?.text : undefined;
        if (!parameter || name === undefined || CONTEXT_KEYS[name] === undefined) continue;
        hits.push({ line: lineOf(parameter), message: `The parameter \`${name}\` asks for a context key Airflow 3 removed, so it no longer receives a value: use ${CONTEXT_KEYS[name]} instead.` });
      }
    }

    for (const hit of hits) ctx.report({ line: hit.line, message: hit.message, snippet: lineText(ctx.head, hit.line) });
  },
};
