// AF-016: a DAG nobody can find an owner or an explanation for: no `owner` in default_args (or
// the placeholder default `'airflow'`), no `tags`, and neither `doc_md` nor `description` (a
// `@dag` function's docstring counts: Airflow uses it as doc_md). Anchors: daglint owner / tag /
// doc checks, dagruff DAG006 / DAG009.
//
// One finding per DAG listing what is missing, on the DAG's line, when the change added or edited
// the DAG. Values we cannot read (default_args from a helper, `tags=COMMON_TAGS`) count as present.
import { dagArgument, dagLabel, dagTouched, defaultArgsKey, readDagFile } from '../../airflow/dag-facts.js';
import { pythonLiteral } from '../../airflow/python.js';
import type { DagConstruction, SyntaxNode } from '../../airflow/python.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

function hasDocstring(dag: DagConstruction): boolean {
  const first = dag.body?.namedChildren.find((child): child is SyntaxNode => child !== null && child.type !== 'comment');
  return first?.type === 'expression_statement' && first.namedChildren[0]?.type === 'string';
}

/** Present unless the literal says it is empty (None, '', [], {}). */
function present(node: SyntaxNode): boolean {
  const value = pythonLiteral(node);
  if (value.kind === 'none') return false;
  if (value.kind === 'string') return value.value.trim() !== '';
  if (value.kind === 'list') return value.items.length > 0;
  if (value.kind === 'dict') return Object.keys(value.entries).length > 0;
  return true;
}

export const undocumentedDag: Rule = {
  meta: {
    id: 'AF-016',
    title: 'DAG without owner, tags or documentation',
    domain: 'airflow',
    checklist: ['STD-01', 'CODE-04', 'GOV-05'],
    severity: 'warning',
    rationale:
      'When a DAG fails at 3 a.m., whoever is on call needs to know who owns it and what it does. The `owner`, the `tags` ' +
      '(used to filter the UI by team or domain) and a `doc_md` or `description` shown in the UI are that information; ' +
      'without them a failure becomes an investigation, and a stale DAG is never safely retired.',
    examples: {
      bad: "with DAG('orders', schedule='@daily') as dag:\n    ...",
      good:
        "with DAG('orders', schedule='@daily', default_args={'owner': 'sales-data'}, tags=['sales', 'tier-1'],\n" +
        "         doc_md='Loads orders from the shop DB into the warehouse. Runbook: docs/orders.md') as dag:\n    ...",
    },
    appliesTo: ['airflow-python'],
    scope: 'changed-objects',
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    const file = readDagFile(tree.root);
    for (const dag of file.dags) {
      if (!dagTouched(ctx, dag, file.assignments)) continue;
      const missing: string[] = [];
      const owner = defaultArgsKey(dag.call, 'owner', file.assignments);
      if (owner.state === 'absent') missing.push('an `owner` in default_args');
      else if (owner.state === 'known' && owner.value.kind === 'string' && ['', 'airflow'].includes(owner.value.value.trim().toLowerCase())) {
        missing.push("a real `owner` (`'airflow'` is the default and names nobody)");
      }
      const tags = dagArgument(dag, 'tags');
      if (tags.state === 'absent' || (tags.state === 'present' && !present(tags.node))) missing.push('`tags`');
      const docs = ['doc_md', 'description'].map((name) => dagArgument(dag, name));
      const documented = docs.some((doc) => doc.state === 'unknown' || (doc.state === 'present' && present(doc.node))) || (dag.kind === 'decorator' && hasDocstring(dag));
      if (!documented) missing.push(dag.kind === 'decorator' ? 'a `doc_md`, `description` or docstring' : 'a `doc_md` or `description`');
      if (missing.length === 0) continue;
      ctx.report({
        line: dag.line,
        message: `${dagLabel(dag)} is missing ${joinList(missing)}: whoever is on call when it fails cannot tell who owns it or what it does. Add them to the DAG.`,
        snippet: lineText(ctx.head, dag.line),
      });
    }
  },
};

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
