// DBT-025: a source table the change adds or edits points at the same warehouse relation
// (database.schema.identifier, after dbt's defaults: schema = source name, identifier = table
// name) as another declared source table, so two nodes stand for one table and lineage splits.
// As a warning, a source table the change adds that no model, snapshot or other node reads
// (judged only when the whole model graph could be read). Anchors: dbt-project-evaluator
// fct_duplicate_sources and fct_unused_sources; dbt-bouncer SO005/SO007.
import { parseNodeReference } from '../../dbt/graph.js';
import type { DbtIndex, DbtSourceTable } from '../../dbt/project.js';
import type { Rule } from '../../rule.js';
import { touches } from './support.js';
import { sourceLabel, sourceProperty, sourceTablesUnderReview, textOf } from './sources.js';

/** The relation a source table stands for; unquoted identifiers compare case-insensitively. */
function relationOf(index: DbtIndex, table: DbtSourceTable): { key: string; label: string } {
  const database = textOf(sourceProperty(index, table, 'database')?.value) ?? '';
  const schema = textOf(sourceProperty(index, table, 'schema')?.value) ?? table.source;
  const identifier = textOf(table.tableKeys['identifier']?.value) ?? table.table;
  const label = [database, schema, identifier].filter((part) => part !== '').join('.');
  return { key: `${database.trim().toLowerCase()}\0${schema.trim().toLowerCase()}\0${identifier.trim().toLowerCase()}`, label };
}

export const duplicateSource: Rule = {
  meta: {
    id: 'DBT-025',
    title: 'Duplicate or unused source',
    domain: 'dbt',
    checklist: ['STD-01', 'DQ-07', 'GOV-05'],
    severity: 'error',
    rationale:
      'Two source entries for one warehouse table split its lineage: models read it under two names, freshness and tests ' +
      'are declared twice or half, and impact analysis misses consumers. A declared source nothing reads is dead documentation.',
    examples: {
      bad: "sources:\n  - name: shop\n    tables: [{name: orders}]\n  - name: shop_raw\n    schema: shop\n    tables: [{name: orders}]",
      good: 'sources:\n  - name: shop\n    tables: [{name: orders}]',
    },
    appliesTo: ['dbt-properties'],
    scope: 'changed-objects',
    needsGraph: true,
  },
  check(ctx) {
    const index = ctx.dbt;
    if (!index) return;
    const all = index.sourceTables;
    for (const table of sourceTablesUnderReview(ctx)) {
      const { key, label } = relationOf(index, table);
      const other = all.find((candidate) => candidate !== table && !(candidate.file === table.file && candidate.line === table.line) && relationOf(index, candidate).key === key);
      if (other) {
        ctx.report({
          line: table.line,
          message:
            `Source table \`${sourceLabel(table)}\` points at \`${label}\`, which \`${sourceLabel(other)}\` (${other.file} line ${other.line}) already declares. ` +
            'Keep one source entry per warehouse table and ref it everywhere.',
          snippet: `- name: ${table.table}`,
        });
        continue;
      }
      // Unused: only for tables the change itself adds, and only when every model was read.
      const graph = ctx.graph;
      const added = ctx.file.status === 'added' || ctx.fullFileReview || touches(table.line, table.line, ctx.file.addedLines);
      if (!graph?.complete || !added || graph.usersOfSource(table.source, table.table).length > 0) continue;
      const exposed = index.exposures.some((exposure) =>
        exposure.dependsOn.some((item) => {
          const reference = parseNodeReference(item.text);
          return reference?.kind === 'source' && reference.source === table.source && reference.table === table.table;
        }),
      );
      if (exposed) continue;
      ctx.report({
        line: table.line,
        severity: 'warning',
        message: `Source table \`${sourceLabel(table)}\` is declared but no model or snapshot reads it (\`{{ source('${table.source}', '${table.table}') }}\`). Add the staging model that uses it, or leave the declaration out until one does.`,
        snippet: `- name: ${table.table}`,
      });
    }
  },
};
