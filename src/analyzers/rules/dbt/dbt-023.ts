// DBT-023: a BigQuery incremental model the change adds or edits is partitioned but does not set
// `require_partition_filter`, so any query (including the model's own merge) may scan every
// partition. Advisory: the setting also binds ad-hoc queries, which some teams do not want.
// The warehouse comes from the run's dialect, carried by the model graph.
// Anchor: dbt's BigQuery configurations.
import type { Rule } from '../../rule.js';
import { incrementalModelsUnderReview } from './incremental.js';
import { isSet, ownConfigLocation, reportAt } from './support.js';

export const partitionFilterNotRequired: Rule = {
  meta: {
    id: 'DBT-023',
    title: 'BigQuery partitioned incremental model without require_partition_filter',
    domain: 'dbt',
    checklist: ['PERF-02', 'MON-08'],
    severity: 'warning',
    rationale:
      'BigQuery bills by bytes scanned: on a partitioned incremental table a query that forgets the partition filter reads ' +
      'the whole history. require_partition_filter makes such a query fail instead of quietly costing a full scan.',
    examples: {
      bad: "{{ config(materialized='incremental', partition_by={'field': 'day', 'data_type': 'date'}) }}",
      good: "{{ config(materialized='incremental', partition_by={'field': 'day', 'data_type': 'date'}, require_partition_filter=true) }}",
    },
    appliesTo: ['dbt-model', 'dbt-properties'],
    scope: 'changed-objects',
    needsGraph: true,
  },
  check(ctx) {
    if (ctx.graph?.warehouse !== 'bigquery') return;
    for (const model of incrementalModelsUnderReview(ctx)) {
      const partition = model.config['partition_by'];
      if (!isSet(partition?.value)) continue;
      const required = model.config['require_partition_filter']?.value;
      if (required?.kind === 'boolean' || required?.kind === 'expr') continue;
      reportAt(
        ctx,
        model.target,
        [ownConfigLocation(partition), ...model.locations],
        `Partitioned incremental model \`${model.target.name}\` does not set \`require_partition_filter\`, so queries without a partition filter scan every partition. ` +
          'Add `require_partition_filter=true` (or set it to false explicitly if ad-hoc full scans are intended).',
      );
    }
  },
};
