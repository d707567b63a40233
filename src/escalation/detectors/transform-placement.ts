// Escalates transformations moving between pipeline code and the warehouse (ETL vs ELT), as far
// as one change shows it: in the same change, Python pipeline code gains DataFrame
// transformations (pandas, polars or PySpark joins and aggregations: `merge`, `groupby`,
// `pivot_table`, `agg`…) while a dbt model is deleted — the work moves out of dbt into the
// pipeline (ELT → ETL) — or pipeline code loses such transformations while a dbt model is added
// (ETL → ELT).
// This is an approximation by co-occurrence: it does not prove that the new code computes what
// the deleted model did. Requiring both halves in one change keeps it precise; a transformation
// moved over several pull requests, or pandas processing added without a model being removed,
// is left to the LLM review. `join` is not counted (it is also every string's method), and dbt
// Python models are dbt's own code, not pipeline code.
import type { DraftEscalation, Evidence } from '../../model.js';
import type { Detector } from './detector.js';
import { dbtSides } from './support/dbt-sides.js';
import { arrow, escalation, listNames } from './support/escalation.js';
import { basePathOf, extension, headPathOf } from './support/files.js';
import { pythonFacts } from './support/python-facts.js';
import type { PythonFacts } from './support/python-facts.js';

export const DETECTOR_ID = 'transform-placement';
export const SUBJECT = 'transformations between pipeline code and dbt';

const TRANSFORMS = new Set(['merge', 'groupby', 'group_by', 'groupBy', 'pivot_table', 'pivot', 'melt', 'agg', 'aggregate']);
const DATAFRAME_LIBRARIES = /^(pandas|polars|pyspark|modin|dask)(\.|$)/;

/** DataFrame transformation calls of a file that imports a DataFrame library. */
function transformCalls(facts: PythonFacts): { name: string; line: number }[] {
  if (!facts.imports.some((item) => DATAFRAME_LIBRARIES.test(item.module))) return [];
  return facts.calls.flatMap((call) => {
    const name = call.name.slice(call.name.lastIndexOf('.') + 1);
    return call.name.includes('.') && TRANSFORMS.has(name) ? [{ name, line: call.line }] : [];
  });
}

export const transformPlacement: Detector = {
  id: DETECTOR_ID,
  triggers: ['etl-vs-elt'],
  async detect(ctx) {
    if (!ctx.dbt) return [];
    const files = ctx.changeSet.files;
    const pythonFiles = files.filter((file) => extension(file.path) === 'py' && ctx.dbt?.head.fileKind(file.path) !== 'model' && (file.previousPath === undefined || extension(file.previousPath) === 'py'));
    if (pythonFiles.length === 0) return [];
    const sides = await dbtSides(ctx);
    const removedModels = files.filter((file) => file.status === 'removed' && sides.base.fileKind(file.path) === 'model');
    const addedModels = files.filter((file) => file.status === 'added' && sides.head.fileKind(file.path) === 'model');
    if (removedModels.length === 0 && addedModels.length === 0) return [];

    const gained: Evidence[] = [];
    const lost: Evidence[] = [];
    for (const file of pythonFiles) {
      const basePath = basePathOf(file);
      const headPath = headPathOf(file);
      if (basePath !== undefined && sides.base.fileKind(basePath) === 'model') continue;
      const [base, head] = await Promise.all([pythonFacts(ctx, 'base', basePath), pythonFacts(ctx, 'head', headPath)]);
      const before = transformCalls(base);
      const after = transformCalls(head);
      const describe = (calls: readonly { name: string }[]): string => (calls.length === 0 ? 'none' : `${calls.length} (${[...new Set(calls.map((call) => call.name))].sort().join(', ')})`);
      const text = `DataFrame transformations in ${headPath ?? basePath}: ${arrow(describe(before), describe(after))}`;
      if (after.length > before.length && headPath !== undefined) {
        const seen = new Map<string, number>();
        for (const call of before) seen.set(call.name, (seen.get(call.name) ?? 0) + 1);
        const firstNew = after.find((call) => {
          const left = seen.get(call.name) ?? 0;
          seen.set(call.name, left - 1);
          return left <= 0;
        });
        gained.push({ file: headPath, line: firstNew?.line ?? after[0]?.line ?? 1, text });
      } else if (after.length < before.length) {
        lost.push({ file: headPath ?? (basePath as string), line: after[0]?.line ?? 1, text });
      }
    }

    const escalations: DraftEscalation[] = [];
    const modelName = (path: string): string => sides.base.model(path)?.name ?? sides.head.model(path)?.name ?? path;
    if (gained.length > 0 && removedModels.length > 0) {
      const names = removedModels.map((file) => modelName(file.path));
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: 'etl-vs-elt',
          subject: SUBJECT,
          title: `Transformations move from dbt into pipeline code (${listNames(names, 3)} removed)`,
          problem:
            `In the same change, pipeline code gains DataFrame transformations (${gained.map((item) => item.file).join(', ')}) and the dbt model(s) ${listNames(names.map((name) => `\`${name}\``))} are removed. ` +
            'That looks like transformation work moving out of the warehouse into the pipeline (ELT → ETL): less warehouse compute, but logic that is harder to test, trace and document. ' +
            'Where transformations run is a decision for a human. (Detected by co-occurrence in one change; the reviewer should confirm the two are the same logic.)',
          evidence: [...gained, ...removedModels.map((file) => ({ file: file.path, line: 1, text: `dbt model ${modelName(file.path)}: ${arrow('present', 'removed')}` }))],
        }),
      );
    }
    if (lost.length > 0 && addedModels.length > 0) {
      const names = addedModels.map((file) => modelName(file.path));
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: 'etl-vs-elt',
          subject: SUBJECT,
          title: `Transformations move from pipeline code into dbt (${listNames(names, 3)} added)`,
          problem:
            `In the same change, pipeline code loses DataFrame transformations (${lost.map((item) => item.file).join(', ')}) and the dbt model(s) ${listNames(names.map((name) => `\`${name}\``))} are added. ` +
            'That looks like transformation work moving into the warehouse (ETL → ELT): versioned SQL close to the data, at the cost of warehouse compute. ' +
            'Where transformations run is a decision for a human. (Detected by co-occurrence in one change; the reviewer should confirm the two are the same logic.)',
          evidence: [...lost, ...addedModels.map((file) => ({ file: file.path, line: 1, text: `dbt model ${modelName(file.path)}: ${arrow('none', 'added')}` }))],
        }),
      );
    }
    return escalations;
  },
};
