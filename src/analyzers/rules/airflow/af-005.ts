// AF-005: a heavy library (pandas, numpy, torch, tensorflow, sklearn, pyspark…) imported by the
// parse-time code of a DAG file. Importing it takes from a few hundred milliseconds to seconds and
// the scheduler pays that on every parse. Anchor: Airflow best practices "Top level Python code"
// (import inside the callable). `if TYPE_CHECKING:` imports and imports inside functions pass.
//
// Only files that define a DAG are judged: a helper module may well be imported only by tasks.
import { readDagFile } from '../../airflow/dag-facts.js';
import { importedModules } from '../../airflow/imports.js';
import { runsAtParse } from '../../airflow/scope.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

const HEAVY = new Set([
  'pandas',
  'numpy',
  'torch',
  'tensorflow',
  'keras',
  'sklearn',
  'scipy',
  'pyspark',
  'polars',
  'dask',
  'matplotlib',
  'seaborn',
  'plotly',
  'statsmodels',
  'xgboost',
  'lightgbm',
  'transformers',
  'jax',
  'spacy',
  'nltk',
  'great_expectations',
  'cv2',
]);

export const heavyTopLevelImports: Rule = {
  meta: {
    id: 'AF-005',
    title: 'Expensive import at the top of a DAG file',
    domain: 'airflow',
    checklist: ['PERF-03', 'PERF-06'],
    severity: 'warning',
    rationale:
      'The scheduler imports each DAG file again every few seconds. Libraries such as pandas, numpy, torch or pyspark take ' +
      'hundreds of milliseconds to seconds to import, and that cost lands on every parse, slowing scheduling for every DAG ' +
      'and risking parse timeouts. Import them inside the task callable that uses them.',
    examples: {
      bad: "import pandas as pd\n\n@task\ndef summarise(path):\n    return pd.read_parquet(path).describe()",
      good: "@task\ndef summarise(path):\n    import pandas as pd\n\n    return pd.read_parquet(path).describe()",
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    if (readDagFile(tree.root).dags.length === 0) return;
    const reported = new Set<number>();
    for (const imported of importedModules(tree.root)) {
      const root = imported.qualified.split('.')[0] ?? '';
      if (!HEAVY.has(root) || reported.has(imported.statement.id) || !runsAtParse(imported.statement)) continue;
      reported.add(imported.statement.id);
      ctx.report({
        line: imported.line,
        message: `\`${root}\` is imported at the top of this DAG file, so the scheduler pays its import time on every parse. Import it inside the task callable that uses it.`,
        snippet: lineText(ctx.head, imported.line),
      });
    }
  },
};
