// DBT-022: a table or incremental marts model the change adds or edits, on a warehouse whose
// tables can be partitioned, clustered or sorted (BigQuery, Snowflake, Databricks, Redshift),
// sets none of those configs, so every query on it scans it whole. Advisory: small tables do not
// need it. The warehouse is the run's dialect (configured, or inferred from profiles.yml and the
// adapter), carried by the model graph. No public linter anchor: a check of our own.
import type { Rule } from '../../rule.js';
import type { SqlDialect } from '../../sql/parser.js';
import { configCallLocation, ownConfigLocation, effectiveConfig, entryLocation, isDisabled, isSet, inConsumerLayer, listOption, materialization, modelsUnderReview, reportAt } from './support.js';

const LAYOUT_CONFIGS: Partial<Record<SqlDialect, { keys: string[]; advice: string }>> = {
  bigquery: { keys: ['partition_by', 'cluster_by'], advice: "`partition_by={'field': '<date column>', 'data_type': 'date'}` and/or `cluster_by=[...]`" },
  snowflake: { keys: ['cluster_by', 'automatic_clustering'], advice: "`cluster_by=['<filter column>']` (worth it on large tables)" },
  databricks: { keys: ['partition_by', 'liquid_clustered_by', 'cluster_by', 'zorder', 'auto_liquid_cluster'], advice: "`liquid_clustered_by=['<filter column>']` (or `partition_by`)" },
  redshift: { keys: ['sort', 'dist', 'sort_type'], advice: "`sort=['<filter column>']` and a `dist` key" },
};

export const largeModelWithoutLayout: Rule = {
  meta: {
    id: 'DBT-022',
    title: 'Marts table without partition or cluster config',
    domain: 'dbt',
    checklist: ['PERF-02', 'PERF-03', 'MON-08'],
    severity: 'warning',
    rationale:
      'Marts tables are what dashboards filter by date and key; without partitioning, clustering or sort keys every such ' +
      'query scans the whole table, which on BigQuery and Snowflake is billed and on every warehouse is slow.',
    examples: {
      bad: "-- models/marts/fct_orders.sql (BigQuery)\n{{ config(materialized='table') }}",
      good: "-- models/marts/fct_orders.sql (BigQuery)\n{{ config(materialized='table', partition_by={'field': 'order_date', 'data_type': 'date'}) }}",
    },
    appliesTo: ['dbt-model', 'dbt-properties'],
    scope: 'changed-objects',
    needsGraph: true,
    options: {
      folders: { type: 'string-list', default: ['marts', 'mart'], description: 'Folder names whose models are consumer-facing (besides `fct_`/`dim_` models outside layer folders).' },
    },
  },
  check(ctx) {
    const folders = listOption(ctx, largeModelWithoutLayout.meta, 'folders');
    const index = ctx.dbt;
    const warehouse = ctx.graph?.warehouse;
    const layout = warehouse === undefined ? undefined : LAYOUT_CONFIGS[warehouse];
    if (!index || !layout || !warehouse) return;
    for (const target of modelsUnderReview(ctx)) {
      if (target.inFile === undefined || !inConsumerLayer(target.path, target.name, folders)) continue;
      const config = effectiveConfig(index, target);
      const materialized = materialization(config);
      if ((materialized !== 'table' && materialized !== 'incremental') || isDisabled(config)) continue;
      if (layout.keys.some((key) => isSet(config[key]?.value))) continue;
      reportAt(
        ctx,
        target,
        [ownConfigLocation(config['materialized']), configCallLocation(target), entryLocation(target.entry)],
        `Marts ${materialized} \`${target.name}\` has no ${layout.keys.slice(0, 2).map((key) => `\`${key}\``).join(' / ')} config on ${warehouse}, so queries filtering it scan the whole table. ` +
          `If it is large, add ${layout.advice}.`,
      );
    }
  },
};
