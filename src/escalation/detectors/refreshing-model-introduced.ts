// Escalates the first continuously refreshed model of a dbt project: a new model materialized as
// a Snowflake dynamic table, a materialized view (BigQuery, Databricks, Postgres, Redshift…) or a
// Databricks streaming table, when no model of the base project was one. Such models are
// refreshed by the warehouse to a lag or interval instead of by the batch schedule: moving work
// from batch towards streaming always goes to a human (NF-07). Switching an existing model is
// the model-config-changed detector's; later refreshing models in a project that already has
// them raise nothing.
// The base is searched through its folder and properties configs first, then by reading base
// model files that mention one of these materializations, up to MAX_BASE_MODEL_READS; when the
// budget runs out before an answer, nothing is raised.
import type { Detector } from './detector.js';
import { dbtSides } from './support/dbt-sides.js';
import { arrow, escalation } from './support/escalation.js';
import { materializationOf } from './support/model-configs.js';
import { NEAR_REAL_TIME_MINUTES } from './support/schedule.js';
import { display } from './support/values.js';

export const DETECTOR_ID = 'refreshing-model-introduced';
export const MAX_BASE_MODEL_READS = 400;

const REFRESHING: Readonly<Record<string, string>> = {
  dynamic_table: 'dynamic table',
  materialized_view: 'materialized view',
  streaming_table: 'streaming table',
};

export const refreshingModelIntroduced: Detector = {
  id: DETECTOR_ID,
  triggers: ['batch-vs-streaming'],
  async detect(ctx) {
    if (!ctx.dbt) return [];
    const added = ctx.changeSet.files.filter((file) => file.status === 'added' && ctx.dbt?.head.model(file.path) !== undefined && !ctx.dbt?.base.model(file.path));
    const introduced: { name: string; path: string; materialization: string; line: number; lag?: string }[] = [];
    for (const file of added) {
      const config = await ctx.dbt.head.resolveModelConfig(file.path);
      const materialization = materializationOf(config);
      if (materialization === undefined || !(materialization in REFRESHING)) continue;
      const lag = display(config['target_lag']?.value ?? config['refresh_interval_minutes']?.value);
      introduced.push({
        name: ctx.dbt.head.model(file.path)?.name ?? file.path,
        path: file.path,
        materialization,
        line: config['materialized']?.file === file.path ? (config['materialized']?.line ?? 1) : 1,
        ...(lag !== undefined ? { lag } : {}),
      });
    }
    if (introduced.length === 0) return [];

    const { base } = await dbtSides(ctx);
    const models = base.models;
    if (models.some((model) => (materializationOf(base.mergeModelConfig(model.path, [])) ?? '') in REFRESHING)) return [];
    if (models.length > MAX_BASE_MODEL_READS) return [];
    for (const model of models) {
      const materialization = materializationOf(await base.resolveModelConfig(model.path));
      if (materialization !== undefined && materialization in REFRESHING) return [];
    }

    return introduced.map((model) =>
      escalation({
        detector: DETECTOR_ID,
        trigger: 'batch-vs-streaming',
        subject: model.name,
        title: `First continuously refreshed model: ${model.name} is a ${REFRESHING[model.materialization]}`,
        problem:
          `\`${model.name}\` is the project's first ${REFRESHING[model.materialization]}${model.lag !== undefined ? ` (refreshed to ${model.lag})` : ''}: the warehouse keeps it fresh continuously instead of the batch schedule. ` +
          `That moves part of the pipeline from batch towards streaming (at or below ${NEAR_REAL_TIME_MINUTES} minutes it is near real time), with refresh compute running all day. ` +
          'The latency the business needs, and whether it is worth the cost, is a decision for a human (NF-06, NF-07).',
        evidence: [{ file: model.path, line: model.line, text: `materialized: ${arrow('batch models only', model.materialization)}` }],
      }),
    );
  },
};
