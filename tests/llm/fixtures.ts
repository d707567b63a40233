// Builders shared by the LLM tests.
import type { DiffLine, DraftFinding, Hunk } from '../../src/model.js';
import type { LlmFileInput } from '../../src/llm/prompt.js';

type Row = ['+' | '-' | ' ', string];

/** A hunk starting at `oldStart`/`newStart`, numbering its lines the way a unified diff does. */
export function hunk(oldStart: number, newStart: number, rows: Row[]): Hunk {
  let oldLine = oldStart;
  let newLine = newStart;
  const lines: DiffLine[] = rows.map(([mark, text]) => {
    if (mark === '+') return { kind: 'add', text, newLine: newLine++ };
    if (mark === '-') return { kind: 'del', text, oldLine: oldLine++ };
    return { kind: 'context', text, oldLine: oldLine++, newLine: newLine++ };
  });
  const oldLines = rows.filter(([m]) => m !== '+').length;
  const newLines = rows.filter(([m]) => m !== '-').length;
  return { oldStart, oldLines, newStart, newLines, header: `@@ -${oldStart},${oldLines} +${newStart},${newLines} @@`, lines };
}

export function modelFile(): LlmFileInput {
  return {
    path: 'models/marts/fct_orders.sql',
    domain: 'dbt',
    status: 'modified',
    hunks: [
      hunk(10, 10, [
        [' ', 'select'],
        ['-', '    order_id,'],
        ['+', '    o.order_id,'],
        ['+', '    c.email,'],
        [' ', "from {{ ref('stg_orders') }} o"],
        ['+', "cross join {{ ref('stg_customers') }} c"],
      ]),
    ],
  };
}

export function ruleFinding(): DraftFinding {
  return {
    rule: 'SQL-004',
    checklist: ['PERF-03'],
    severity: 'warning',
    title: 'Explicit CROSS JOIN',
    file: 'models/marts/fct_orders.sql',
    line: 15,
    endLine: 15,
    message: 'A cross join multiplies rows.',
    source: 'rule',
  };
}
