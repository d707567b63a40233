// Escalates a modelling approach or convention that the change introduces into the dbt project:
// a first staging, intermediate or marts layer (by folder), first fact and dimension models
// (`fct_`/`fact_`/`dim_`), Data Vault hubs, links and satellites (`hub_`, `link_`/`lnk_`, `sat_`…),
// one-big-table models (`obt_`/`wide_`), and the first dbt snapshot (SCD type 2 history).
// Choosing or changing the modelling approach always goes to a human (NF-08).
// "First" is judged against every model of the base repository: a new model in a layer or with a
// prefix the project already uses raises nothing, nor does renaming or moving a model within the
// conventions it already followed. When the base has no dbt models at all (a new project), the
// conventions found are reported as one decision about the project instead of one per layer.
// Wide one-big-table marts without an `obt_`/`wide_` name cannot be told from the file name; the
// LLM review judges those.
import type { DraftEscalation, Evidence } from '../../model.js';
import type { DbtIndex, DbtModelFile } from '../../analyzers/dbt/project.js';
import type { Detector } from './detector.js';
import { dbtSides } from './support/dbt-sides.js';
import { arrow, escalation, listNames } from './support/escalation.js';
import { headPathOf } from './support/files.js';

export const DETECTOR_ID = 'modeling-convention';

interface Convention {
  id: string;
  /** The decision's subject. */
  label: string;
  matches(model: DbtModelFile): boolean;
  /** Several matching models are needed before the convention counts (one `link_` model is not Data Vault). */
  introducedBy?(models: readonly DbtModelFile[]): boolean;
  why: string;
}

const folders = (model: DbtModelFile): string[] => model.fqn.slice(1, -1).map((folder) => folder.toLowerCase());
const inFolder = (...names: string[]) => (model: DbtModelFile): boolean => folders(model).some((folder) => names.includes(folder));
const named = (pattern: RegExp) => (model: DbtModelFile): boolean => pattern.test(model.name.toLowerCase());

const DATA_VAULT_PREFIX = /^(hub|link|lnk|sat|msat|esat|pit|bridge|brg)_/;

export const CONVENTIONS: readonly Convention[] = [
  { id: 'staging', label: 'staging layer', matches: inFolder('staging'), why: 'a staging layer (one cleaned model per source table) is the base every later layer builds on' },
  { id: 'intermediate', label: 'intermediate layer', matches: inFolder('intermediate'), why: 'an intermediate layer adds a tier of reusable transformations between staging and marts' },
  { id: 'marts', label: 'marts layer', matches: inFolder('marts', 'mart'), why: 'a marts layer defines the business-facing tables consumers and BI tools read' },
  {
    id: 'dimensional',
    label: 'dimensional model (facts and dimensions)',
    matches: named(/^(fct|fact|dim)_/),
    why: 'facts and dimensions commit the project to a Kimball star schema, with conformed dimensions to maintain',
  },
  {
    id: 'data-vault',
    label: 'Data Vault',
    matches: (model) => named(DATA_VAULT_PREFIX)(model) || inFolder('raw_vault', 'business_vault')(model),
    introducedBy: (models) => models.some(named(/^hub_/)) || new Set(models.map((model) => DATA_VAULT_PREFIX.exec(model.name.toLowerCase())?.[1]).filter(Boolean)).size >= 2,
    why: 'hubs, links and satellites commit the project to Data Vault: many more tables, and a presentation layer still needed on top',
  },
  {
    id: 'obt',
    label: 'one big table',
    matches: (model) => named(/^(obt|wide)_/)(model) || inFolder('obt')(model),
    why: 'one-big-table models trade duplication and harder maintenance for simple queries',
  },
];

const SNAPSHOTS = 'SCD snapshots';

function snapshotsOf(index: DbtIndex): string[] {
  const paths = [...index.files].filter((path) => index.fileKind(path) === 'snapshot');
  const yaml = index.propertiesEntries.filter((entry) => entry.resource === 'snapshot').map((entry) => entry.file);
  return [...paths, ...yaml];
}

export const modelingConvention: Detector = {
  id: DETECTOR_ID,
  triggers: ['data-modeling'],
  async detect(ctx) {
    if (!ctx.dbt) return [];
    const changedHead = new Set(ctx.changeSet.files.map(headPathOf).filter((path): path is string => path !== undefined));
    // Only models and snapshots that this change adds or moves can introduce anything.
    const headModels = ctx.dbt.head.models.filter((model) => changedHead.has(model.path));
    const headSnapshotFiles = snapshotsOf(ctx.dbt.head).filter((path) => changedHead.has(path));
    if (headModels.length === 0 && headSnapshotFiles.length === 0) return [];
    const sides = await dbtSides(ctx);
    const baseModels = sides.base.models;

    const found: { convention: Convention; models: DbtModelFile[] }[] = [];
    for (const convention of CONVENTIONS) {
      if (baseModels.some((model) => convention.matches(model))) continue;
      const models = headModels.filter((model) => convention.matches(model));
      if (models.length === 0 || (convention.introducedBy && !convention.introducedBy(models))) continue;
      found.push({ convention, models });
    }
    const firstSnapshots = snapshotsOf(sides.base).length === 0 ? headSnapshotFiles : [];

    const evidenceFor = (label: string, paths: readonly string[]): Evidence[] => paths.slice(0, 10).map((path) => ({ file: path, line: 1, text: `${label}: ${arrow('none', path)}` }));
    const escalations: DraftEscalation[] = [];
    if (baseModels.length === 0) {
      // A new dbt project: its modelling approach is one decision.
      const conventions = [...found.map((item) => item.convention.label), ...(firstSnapshots.length > 0 ? [SNAPSHOTS] : [])];
      if (conventions.length === 0) return [];
      const project = ctx.dbt.head.models.find((model) => changedHead.has(model.path))?.project?.name ?? 'dbt project';
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: 'data-modeling',
          subject: `dbt project ${project}`,
          title: `New dbt project ${project} sets its modelling approach: ${listNames(conventions)}`,
          problem:
            `The change creates the dbt project \`${project}\` and with it a modelling approach (${listNames(conventions)}). ` +
            'How analytical data is modelled — dimensional, Data Vault, one big table, which layers — shapes every later model and consumer; choosing it always goes to a human (NF-08).',
          evidence: [...found.flatMap((item) => evidenceFor(item.convention.label, item.models.map((model) => model.path))), ...evidenceFor(SNAPSHOTS, firstSnapshots)],
        }),
      );
      return escalations;
    }
    for (const { convention, models } of found) {
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: 'data-modeling',
          subject: convention.label,
          title: `The project introduces a ${convention.label}: ${listNames(models.map((model) => model.name), 5)}`,
          problem:
            `No model of the project followed this convention before; the change adds ${listNames(models.map((model) => `\`${model.name}\``), 10)}. ` +
            `In dbt, ${convention.why}. Choosing or changing the modelling approach always goes to a human (NF-08).`,
          evidence: evidenceFor(convention.label, models.map((model) => model.path)),
        }),
      );
    }
    if (firstSnapshots.length > 0) {
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: 'data-modeling',
          subject: SNAPSHOTS,
          title: 'The project introduces dbt snapshots (SCD type 2 history)',
          problem:
            `The change adds the project's first snapshot (${listNames(firstSnapshots)}). Snapshots keep slowly changing dimension (type 2) history of their sources from now on: ` +
            'a modelling choice (versus type 1 overwrite or event tables) that also sets what history is kept and for how long.',
          evidence: evidenceFor(SNAPSHOTS, firstSnapshots),
          options: [
            'Keep type 1 (overwrite) models: simplest, no history.',
            'Adopt snapshots (type 2) for the sources whose history matters, with a retention decision for that history.',
          ],
        }),
      );
    }
    return escalations;
  },
};
