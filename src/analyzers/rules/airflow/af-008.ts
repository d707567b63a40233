// AF-008: `catchup` set inside `default_args`. default_args are handed to the tasks, and catchup
// is a DAG argument, so the setting is silently ignored and the DAG catches up (or not) by the
// deployment's default. Anchors: apache/airflow #47354 (Airflow 3 default False), cal-itp #5425.
//
// The catalogue gives catchup two severities, so an implicit catchup (no argument on the DAG at
// all) is AF-018, a warning. Reported on the `catchup` entry itself; the dicts checked are the
// default_args of the file's DAGs and TaskGroups (followed through variables and `**` spreads)
// and any module variable named `default_args`.
import { readDagFile } from '../../airflow/dag-facts.js';
import { calleeName, hasKeywordSplat, keywordArguments, lineOf, lookupDictKey } from '../../airflow/python.js';
import type { SyntaxNode } from '../../airflow/python.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

export const catchupInDefaultArgs: Rule = {
  meta: {
    id: 'AF-008',
    title: '`catchup` inside default_args (ignored)',
    domain: 'airflow',
    checklist: ['STD-04', 'CODE-03'],
    severity: 'error',
    rationale:
      '`catchup` is an argument of the DAG, not of its tasks. Inside default_args it is silently ignored, so the DAG follows ' +
      'the deployment default instead (True on Airflow 2, False on Airflow 3): a new or re-enabled DAG may backfill every ' +
      'interval since its start_date, or never backfill, against what its author wrote.',
    examples: {
      bad: "default_args = {'owner': 'data', 'catchup': False}\nwith DAG('orders', schedule='@daily', default_args=default_args) as dag:\n    ...",
      good: "default_args = {'owner': 'data'}\nwith DAG('orders', schedule='@daily', catchup=False, default_args=default_args) as dag:\n    ...",
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    const file = readDagFile(tree.root);
    const { assignments } = file;
    const expressions: SyntaxNode[] = [];
    for (const call of tree.root.descendantsOfType('call')) {
      if (!call) continue;
      const name = calleeName(call)?.split('.').pop();
      if (name !== 'DAG' && name !== 'TaskGroup' && name !== 'dag' && name !== 'task_group') continue;
      const defaults = keywordArguments(call).get('default_args');
      if (defaults) expressions.push(defaults);
    }
    for (const [name, values] of assignments.values) {
      if (name.toLowerCase() !== 'default_args') continue;
      // The name itself (the assignment's target), so later `default_args['k'] = v` writes count.
      const target = values.length === 1 ? values[0]?.parent?.childForFieldName('left') : undefined;
      if (target) expressions.push(target);
    }
    const reported = new Set<number>();
    for (const expression of expressions) {
      const lookup = lookupDictKey(expression, 'catchup', assignments);
      if (lookup.state !== 'known' || reported.has(lookup.node.id)) continue;
      reported.add(lookup.node.id);
      const line = lineOf(lookup.node);
      const dagsWithout = file.dags.filter((dag) => dag.call && !keywordArguments(dag.call).has('catchup') && !hasKeywordSplat(dag.call));
      const consequence =
        dagsWithout.length > 0
          ? 'so the DAG follows the deployment default (True on Airflow 2, False on Airflow 3) instead of this value'
          : 'and only misleads the reader';
      ctx.report({
        line,
        message: `\`catchup\` inside default_args is ignored (default_args only reach tasks), ${consequence}. Move it to the DAG: \`DAG(..., catchup=False)\`.`,
        snippet: lineText(ctx.head, line),
      });
    }
  },
};
