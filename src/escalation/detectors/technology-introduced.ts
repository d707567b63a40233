// Escalates a tool or platform that the change brings into a repository that did not use it:
// a new orchestrator or way of running dbt (Dagster, Prefect, Cosmos, dbt Cloud jobs, a first
// Airflow), a new ingestion or transformation tool (Fivetran, Airbyte, Meltano, dlt, Spark…), a
// streaming platform (Kafka, Kinesis, Pub/Sub, Flink, Spark Structured Streaming), a BI tool
// (LookML, Power BI or Tableau files, Superset/Metabase images, a dbt exposure whose URL is on a
// BI tool's host), a lake table format or catalog, or a modelling package (Data Vault). The
// catalogue and its signals are in support/technologies.ts.
//
// "Introduced" is judged against the whole base repository: its dependency manifests, its file
// list, and its Python, Terraform, dbt package and properties files, searched up to a budget
// (MAX_BASE_FILES). A tool the repository already used raises nothing, wherever it is used again;
// so do renamed files and reformatting. When the budget is exhausted without finding the tool,
// only a declared signal (a dependency, image, project file, Terraform resource, dbt package or
// exposure) escalates: an import alone might be the n-th use of a tool we did not get to see.
import type { DraftEscalation, Side } from '../../model.js';
import type { Detector, DetectorContext, EscalationTrigger } from './detector.js';
import { dbtFileKinds } from './support/dbt-sides.js';
import type { DbtFileKinds } from './support/dbt-sides.js';
import { repositoryManifests } from './support/dependencies.js';
import { arrow, escalation, listNames } from './support/escalation.js';
import { basePathOf, basename, extension, headPathOf, isYamlPath, readText } from './support/files.js';
import { memo } from './support/memo.js';
import { canShow, ignoredPath, signalsOf, TECHNOLOGIES, technologyById } from './support/technologies.js';
import type { Signal, SignalOptions, Technology } from './support/technologies.js';

export const DETECTOR_ID = 'technology-introduced';

/** At most this many base files are read to find tools used before. */
export const MAX_BASE_FILES = 400;

const ROLE: Readonly<Partial<Record<EscalationTrigger, string>>> = {
  'orchestration-tool': 'an orchestrator (or a new way of running dbt)',
  'etl-tool-selection': 'an ingestion or transformation tool',
  'streaming-architecture': 'a streaming platform',
  'bi-platform': 'a BI tool',
  'lake-storage-format': 'a lake table format',
  'data-architecture': 'a storage layer',
  'data-modeling': 'a modelling approach',
};

const WHY: Readonly<Partial<Record<EscalationTrigger, string>>> = {
  'orchestration-tool': 'Which orchestrator schedules, retries and monitors the pipelines, and whether a second one runs next to the first, is a platform decision.',
  'etl-tool-selection': 'Which tool moves or transforms this data (managed connectors, open-source ingestion, custom code) decides cost, control and who maintains it.',
  'streaming-architecture': 'A streaming platform brings brokers, delivery guarantees and always-on cost; no streaming without a stated latency requirement (NF-06).',
  'bi-platform': 'Adopting a BI tool is a stakeholder decision, never decided in a pull request (NF-05).',
  'lake-storage-format': 'The table format decides transactions, schema evolution and which engines can read the data.',
  'data-architecture': 'Whether analytical data lives in a warehouse, a lake with a query engine or a lakehouse decides storage, governance and every consumer.',
  'data-modeling': 'The modelling approach (dimensional, Data Vault, one big table) decides how every mart is built; choosing it always goes to a human (NF-08).',
};

interface BaseSearch {
  files: string[];
  /** Base files that may show some tool (Python, Terraform, YAML, JSON), in order. */
  searchable: string[];
  manifest: Awaited<ReturnType<typeof repositoryManifests>>;
}

function signalOptions(kinds: DbtFileKinds): SignalOptions {
  return { isDbtModel: (path) => kinds.fileKind(path) === 'model', isDbtProperties: (path) => kinds.fileKind(path) === 'properties' };
}

const hintsOf = (technology: Technology): readonly string[] => technology.hints ?? [technology.id];

function baseSearch(ctx: DetectorContext): Promise<BaseSearch | undefined> {
  return memo(ctx.changeSet, 'technology-base-search', async () => {
    let files: string[];
    try {
      files = (await ctx.changeSet.contents.listFiles('base')).filter((path) => !ignoredPath(path));
    } catch {
      return undefined;
    }
    const searchable = files.filter((path) => {
      const name = basename(path);
      const ext = extension(path);
      return ext === 'py' || ext === 'tf' || ext === 'json' || name === 'packages.yml' || name === 'dependencies.yml' || isYamlPath(path);
    });
    searchable.sort();
    return { files, searchable, manifest: await repositoryManifests(ctx, 'base') };
  });
}

type Presence = 'present' | 'absent' | 'unknown';

/**
 * Whether the base repository uses a tool: its manifests and file list first, then its
 * searchable files (those containing one of the tool's hint words are parsed), stopping at the
 * first sign of it. `unknown` when the search budget ran out before the end.
 */
function presentAtBase(ctx: DetectorContext, kinds: DbtFileKinds, technology: Technology): Promise<Presence> {
  return memo(ctx.changeSet, `technology-at-base:${technology.id}`, async () => {
    const search = await baseSearch(ctx);
    if (!search) return 'unknown';
    if (technology.files && search.files.some((path) => technology.files?.test(path))) return 'present';
    if (technology.packages && search.manifest.requirements.some((requirement) => technology.packages?.test(requirement.name))) return 'present';
    if (technology.images && search.manifest.images.some((image) => technology.images?.test(image.image))) return 'present';
    const options = signalOptions(kinds);
    const candidates = search.searchable.filter((path) => canShow(technology, path, options));
    const hints = hintsOf(technology);
    for (const path of candidates.slice(0, MAX_BASE_FILES)) {
      const text = await readText(ctx.changeSet.contents, 'base', path);
      if (text === undefined) continue;
      const lower = text.toLowerCase();
      // Exposures are matched by URL host, which no hint names.
      const exposures = technology.exposureHosts !== undefined && isYamlPath(path) && lower.includes('exposures');
      if (!exposures && !hints.some((hint) => lower.includes(hint))) continue;
      const signals = await signalsOf(ctx, 'base', path, options);
      if (signals.some((signal) => signal.technology === technology.id)) return 'present';
    }
    return candidates.length <= MAX_BASE_FILES ? 'absent' : 'unknown';
  });
}

async function changedSignals(ctx: DetectorContext, side: Side, path: string | undefined, options: SignalOptions): Promise<Signal[]> {
  return path === undefined ? [] : signalsOf(ctx, side, path, options);
}

export const technologyIntroduced: Detector = {
  id: DETECTOR_ID,
  triggers: ['orchestration-tool', 'etl-tool-selection', 'streaming-architecture', 'bi-platform', 'lake-storage-format', 'data-architecture', 'data-modeling'],
  async detect(ctx) {
    const kinds = await dbtFileKinds(ctx);
    const options = signalOptions(kinds);
    // Tools that a changed file shows at head and did not show in its own base version.
    const candidates = new Map<string, Signal[]>();
    for (const file of ctx.changeSet.files) {
      const headPath = headPathOf(file);
      if (headPath === undefined) continue;
      const [base, head] = await Promise.all([changedSignals(ctx, 'base', basePathOf(file), options), changedSignals(ctx, 'head', headPath, options)]);
      const before = new Set(base.map((signal) => signal.technology));
      for (const signal of head) {
        if (before.has(signal.technology)) continue;
        candidates.set(signal.technology, [...(candidates.get(signal.technology) ?? []), signal]);
      }
    }
    if (candidates.size === 0) return [];

    const escalations: DraftEscalation[] = [];
    for (const [id, signals] of candidates) {
      const technology = technologyById(id);
      if (!technology) continue;
      const presence = await presentAtBase(ctx, kinds, technology);
      if (presence === 'present' || (presence === 'unknown' && !signals.some((signal) => signal.declared))) continue;
      const trigger = technology.trigger;
      const alreadyUsed: string[] = [];
      for (const other of TECHNOLOGIES) {
        if (other.trigger === trigger && other.id !== id && (await presentAtBase(ctx, kinds, other)) === 'present') alreadyUsed.push(other.label);
      }
      const shown = signals.slice(0, 10).map((signal) => `${signal.text} (${signal.file}:${signal.line})`);
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger,
          subject: technology.label,
          title: `${technology.label} is introduced as ${ROLE[trigger] ?? 'a new tool'}`,
          problem:
            `The change starts using ${technology.label}, which the repository did not use before${alreadyUsed.length > 0 ? ` (it uses ${listNames(alreadyUsed)})` : ''}: ${shown.join('; ')}. ` +
            `${WHY[trigger] ?? ''} A human should decide it deliberately, with its running cost and who operates it.`,
          evidence: signals.map((signal) => ({ file: signal.file, line: signal.line, text: `${technology.label}: ${arrow('not used', signal.text)}` })),
          options: [
            ...alreadyUsed.map((label) => `Keep ${label} for this job instead of adding ${technology.label}.`),
            `Adopt ${technology.label}, with its cost, operation and ownership agreed.`,
          ],
        }),
      );
    }
    return escalations;
  },
};
