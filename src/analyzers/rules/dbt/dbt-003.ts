// DBT-003: the properties of a model the change adds or edits do not match its SQL, or leave
// columns undocumented:
//   - drift: a column listed in the properties entry that the model's SQL does not output (read
//     from the parsed SQL of a model file in the change, only when the file fixes its output
//     names; see dbt/output-columns.ts);
//   - a column the change adds to the entry (or every column of an added model) without a
//     description.
// Anchors: dbt-checkpoint check-model-columns-have-desc and check-model-has-all-columns,
// dbt-bouncer MO054/CA006.
import { outputColumnNames } from '../../dbt/output-columns.js';
import type { DbtColumn } from '../../dbt/project.js';
import type { Rule } from '../../rule.js';
import { inChange, modelsUnderReview, reportAt, touches } from './support.js';

const undocumented = (column: DbtColumn): boolean => column.description === undefined || column.description.trim() === '';

export const modelColumnsUndocumented: Rule = {
  meta: {
    id: 'DBT-003',
    title: 'Model columns undocumented or out of step with the SQL',
    domain: 'dbt',
    checklist: ['STD-01', 'CODE-04', 'DQ-01'],
    severity: 'warning',
    rationale:
      'Column docs are the data dictionary consumers read; a column without a description is a guess, and a documented ' +
      'column the SQL no longer outputs is worse: its tests fail or silently test nothing, and the docs describe a ghost.',
    examples: {
      bad: "-- select order_id, amount from {{ ref('stg_orders') }}\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n      - name: total_amount",
      good: "-- select order_id, amount from {{ ref('stg_orders') }}\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        description: The order key.\n      - name: amount\n        description: Order total in EUR.",
    },
    appliesTo: ['dbt-model', 'dbt-properties'],
    scope: 'changed-objects',
  },
  check(ctx) {
    for (const target of modelsUnderReview(ctx)) {
      const entry = target.entry;
      if (!entry || entry.columns.length === 0) continue;
      const entryInChange = inChange(ctx, entry.file);
      const at = (column: DbtColumn, message: string): void => {
        if (entryInChange) ctx.report({ ...(entry.file !== ctx.file.path ? { file: entry.file } : {}), line: column.line, message, snippet: `- name: ${column.name}` });
        else reportAt(ctx, target, [], message);
      };

      // Drift: only from a model file of the change, whose SQL this run parsed.
      const outputs = target.via === 'model-file' && ctx.sql?.result.ok ? outputColumnNames(ctx.sql.result.statements) : undefined;
      if (outputs) {
        const known = new Set(outputs.map((name) => name.toLowerCase()));
        for (const column of entry.columns) {
          if (known.has(column.name.toLowerCase())) continue;
          at(
            column,
            `Column \`${column.name}\` is documented for model \`${target.name}\` but its SQL does not output it (it outputs ${outputs
              .slice(0, 8)
              .map((name) => `\`${name}\``)
              .join(', ')}${outputs.length > 8 ? ', …' : ''}). Rename or remove the entry, or add the column to the SELECT.`,
          );
        }
      }

      // Undocumented columns: those the change adds to the entry, or all of a model the change adds.
      const modelAdded = target.via === 'model-file' && ctx.file.status === 'added';
      const columns = entry.columns.filter((column) => {
        if (!undocumented(column)) return false;
        if (ctx.fullFileReview || modelAdded) return true;
        return entryInChange && ctx.change.file(entry.file) !== undefined && touches(column.line, column.line, ctx.change.file(entry.file)?.addedLines ?? new Set());
      });
      if (columns.length === 0) continue;
      if (entryInChange) {
        for (const column of columns) at(column, `Column \`${column.name}\` of model \`${target.name}\` has no description. Say what it holds (unit, grain, source) under \`description:\`.`);
      } else {
        reportAt(ctx, target, [], `Model \`${target.name}\` has ${columns.length} column(s) without a description in \`${entry.file}\`: ${columns.map((column) => `\`${column.name}\``).join(', ')}.`);
      }
    }
  },
};
