// Escalates a dbt model whose effective materialization differs between base and head. The
// effective value is what dbt would use: the model's own config(), else its properties YAML
// config, else dbt_project.yml folder config, else dbt's default (view). Comparing resolved
// configs of both sides catches a switch made in any of the three places (a folder-level
// `+materialized` change moves every model under it) and ignores what does not change the
// result: a config reformatted, a model renamed or moved with the same effective value, a model
// added (nothing is switched) or removed.
import type { DraftEscalation } from '../../model.js';
import type { DbtIndex, LocatedValue, ResolvedModelConfig } from '../../analyzers/dbt/project.js';
import type { Detector, EscalationTrigger } from './detector.js';
import { changedModelPairs } from './support/model-configs.js';

export const DETECTOR_ID = 'materialization-changed';
const DBT_DEFAULT_MATERIALIZATION = 'view';
// Materializations that refresh only part of the data on each run.
const INCREMENTAL_FAMILY = new Set(['incremental', 'materialized_view', 'dynamic_table']);

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  view: 'no storage, computed at query time, always current but slower to query',
  table: 'rebuilt completely on every run: simple and always consistent, at a compute cost that grows with the data',
  incremental: 'processes only new or changed rows each run: cheaper at volume, but needs a unique key, late-data handling and planned full refreshes',
  ephemeral: 'inlined as a CTE into its consumers: no object in the warehouse, not queryable or testable on its own',
  materialized_view: 'refreshed by the warehouse: fresh and cheap to query, with engine-specific limits on the SQL it accepts',
  dynamic_table: 'refreshed by Snowflake to a target lag: incremental where the engine can, full where it cannot',
};

type Materialization = { known: true; name: string; origin?: LocatedValue } | { known: false };

function materializationOf(config: ResolvedModelConfig): Materialization {
  const located = config['materialized'];
  if (!located) return { known: true, name: DBT_DEFAULT_MATERIALIZATION };
  // A value that needs rendering (`var('mat')`, a Jinja string) is not compared: we would guess.
  if (located.value.kind !== 'string') return { known: false };
  return { known: true, name: located.value.value.trim().toLowerCase(), origin: located };
}

function sameMaterialization(a: Materialization, b: Materialization): boolean {
  return a.known && b.known ? a.name === b.name : !a.known && !b.known;
}

function describeOrigin(m: Extract<Materialization, { known: true }>): string {
  if (!m.origin) return 'dbt default';
  const where = m.origin.layer === 'in-file' ? 'config() in' : m.origin.layer === 'properties' ? 'properties config in' : 'folder config in';
  return `${where} ${m.origin.file} line ${m.origin.line}`;
}

function optionsFor(from: string, to: string): string[] {
  const describe = (name: string): string => DESCRIPTIONS[name] ?? 'see the adapter documentation for its trade-offs';
  if (INCREMENTAL_FAMILY.has(to) && !INCREMENTAL_FAMILY.has(from)) {
    return [
      `Keep ${from}: ${describe(from)}.`,
      `Adopt ${to} with a unique_key and an is_incremental() filter, plus a written --full-refresh plan for backfills, late-arriving data and schema changes.`,
      `Adopt ${to} with a lookback window (re-process the last N days on each run) and scheduled full refreshes to correct drift.`,
    ];
  }
  if (INCREMENTAL_FAMILY.has(from) && !INCREMENTAL_FAMILY.has(to)) {
    return [
      `Keep ${from}: ${describe(from)}.`,
      `Adopt ${to}: ${describe(to)}; measure the full rebuild's run time and cost at today's volume first.`,
      'Keep incremental but schedule periodic full refreshes, if the switch is meant to fix drift or duplicates.',
    ];
  }
  return [`Keep ${from}: ${describe(from)}.`, `Adopt ${to}: ${describe(to)}.`];
}

function triggerFor(_from: string, _to: string): EscalationTrigger {
  // Every switch of materialization (view, table, incremental, microbatch, …) changes how the
  // model is rebuilt and backfilled, which is the incremental-vs-full-refresh decision as the
  // product defines it. A view ↔ table switch is a cost trade-off as well; the escalation's
  // options say so rather than raising a second decision for the same line.
  return 'incremental-vs-full-refresh';
}

export const materializationChanged: Detector = {
  id: DETECTOR_ID,
  triggers: ['incremental-vs-full-refresh'],
  async detect(ctx) {
    if (!ctx.dbt) return [];
    const { head, base } = ctx.dbt;
    const escalations: DraftEscalation[] = [];
    for (const candidate of changedModelPairs(ctx, { head, base })) {
      // A model file outside the change has the same config() on both sides: when the layers
      // under it agree, the effective value cannot differ, and the file need not be read.
      if (!candidate.fileChanged) {
        const headLower = materializationOf(head.mergeModelConfig(candidate.headPath, []));
        const baseLower = materializationOf(base.mergeModelConfig(candidate.basePath, []));
        if (sameMaterialization(headLower, baseLower)) continue;
      }
      const now = materializationOf(await head.resolveModelConfig(candidate.headPath));
      const before = materializationOf(await base.resolveModelConfig(candidate.basePath));
      if (!now.known || !before.known || now.name === before.name) continue;

      const model = head.model(candidate.headPath)?.name ?? candidate.headPath;
      const switchText = `${before.name} → ${now.name}`;
      const evidenceLine = now.origin ? { file: now.origin.file, line: now.origin.line } : { file: candidate.headPath, line: 1 };
      escalations.push({
        trigger: triggerFor(before.name, now.name),
        subject: model,
        title: `Materialization of ${model} changes from ${before.name} to ${now.name}`,
        problem:
          `The effective materialization of dbt model \`${model}\` changes from ${before.name} (${describeOrigin(before)}) ` +
          `to ${now.name} (${describeOrigin(now)}). ${capitalise(before.name)}: ${DESCRIPTIONS[before.name] ?? 'adapter-specific'}. ` +
          `${capitalise(now.name)}: ${DESCRIPTIONS[now.name] ?? 'adapter-specific'}. The choice trades data volume, run cost and ` +
          'freshness against accuracy and operational simplicity, and it changes how the model is backfilled: a human should make it deliberately.',
        evidence: [{ ...evidenceLine, text: switchText }],
        options: optionsFor(before.name, now.name),
        source: 'rule',
        detector: DETECTOR_ID,
      });
    }
    return escalations;
  },
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
