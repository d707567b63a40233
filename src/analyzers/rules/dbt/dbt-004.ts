// DBT-004: a model the change adds (or whose properties entry it adds or edits) has no data
// test at all: no generic test at model or column level (`data_tests:` or the older `tests:`)
// and no singular test under the test paths that ref()s it. Anchors: dbt-checkpoint
// check-model-has-tests, dbt-bouncer MO044, dbt-project-evaluator fct_test_coverage.
import type { DbtIndex, DbtProject } from '../../dbt/project.js';
import type { Rule, RuleContext } from '../../rule.js';

const stem = (path: string): string => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
};

function touches(first: number, last: number, lines: ReadonlySet<number>): boolean {
  for (let line = first; line <= last; line++) if (lines.has(line)) return true;
  return false;
}

function hasTests(index: DbtIndex, name: string, project: DbtProject | undefined): boolean {
  const entry = index.properties('model', name, project);
  const generic = entry !== undefined && (entry.tests.length > 0 || entry.columns.some((column) => column.tests.length > 0));
  return generic || index.singularTestsReferencing(name).length > 0;
}

/** Ephemeral models have no relation to test, and disabled models do not run: neither needs tests. */
function exempt(index: DbtIndex, path: string, ctx: RuleContext): boolean {
  const inFile = ctx.file.path === path ? (ctx.jinja?.configs ?? []) : [];
  const config = index.mergeModelConfig(path, inFile);
  const materialized = config['materialized']?.value;
  const enabled = config['enabled']?.value;
  return (materialized?.kind === 'string' && materialized.value === 'ephemeral') || (enabled?.kind === 'boolean' && !enabled.value);
}

function reportUntested(ctx: RuleContext, index: DbtIndex, name: string, project: DbtProject | undefined): void {
  const entry = index.properties('model', name, project);
  const message =
    `Model \`${name}\` has no data tests: no generic test on the model or its columns (\`data_tests:\`) in its properties, ` +
    'and no singular test that refs it. Add at least a primary-key test (`unique` and `not_null` on its key).';
  if (entry) ctx.report({ file: entry.file, line: entry.line, message, snippet: `- name: ${name}` });
  else ctx.report({ line: 1, message, snippet: `model ${name}` });
}

export const modelWithoutTests: Rule = {
  meta: {
    id: 'DBT-004',
    title: 'Model without tests',
    domain: 'dbt',
    checklist: ['STD-03', 'CODE-02', 'DQ-02'],
    severity: 'error',
    rationale:
      'A model without a single data test ships whatever its SQL produces: duplicated keys, nulls in required columns and ' +
      'broken joins reach consumers unnoticed. A primary-key test (unique + not_null) is the minimum a new model needs.',
    examples: {
      bad: 'models:\n  - name: orders\n    description: One row per order.',
      good: 'models:\n  - name: orders\n    description: One row per order.\n    columns:\n      - name: order_id\n        data_tests: [unique, not_null]',
    },
    appliesTo: ['dbt-model', 'dbt-properties'],
    scope: 'changed-objects',
  },
  check(ctx) {
    const index = ctx.dbt;
    if (!index) return;
    const path = ctx.file.path;
    if (ctx.file.kind === 'dbt-model') {
      if (ctx.file.status !== 'added' && !ctx.fullFileReview) return;
      const model = index.model(path);
      const name = model?.name ?? stem(path);
      if (exempt(index, path, ctx) || hasTests(index, name, model?.project)) return;
      reportUntested(ctx, index, name, model?.project);
      return;
    }
    for (const entry of index.propertiesInFile(path)) {
      if (entry.resource !== 'model') continue;
      const edited = ctx.fullFileReview || ctx.file.status === 'added' || touches(entry.line, entry.endLine, ctx.file.addedLines);
      if (!edited) continue;
      const models = index.modelsNamed(entry.name);
      const model = models.find((candidate) => candidate.project === entry.project) ?? models[0];
      // An entry for a model that does not exist is another rule's concern (DBT-009).
      if (!model) continue;
      // An added model file reports itself (on this same entry): do not report twice.
      if (ctx.change.file(model.path)?.status === 'added') continue;
      if (exempt(index, model.path, ctx) || hasTests(index, entry.name, model.project)) continue;
      reportUntested(ctx, index, entry.name, model.project);
    }
  },
};
