import { describe, expect, it } from 'vitest';
import { buildLlmFiles, DEFAULT_CONTEXT_LIMITS, surroundingSection } from '../../src/llm/context.js';
import type { ChangedFile, ChangeSet, FileContent, Hunk } from '../../src/model.js';
import { hunk } from './fixtures.js';

/** A change whose head tree is the given files; every read is recorded. */
function changeSet(head: Record<string, string>, files: ChangedFile[]): ChangeSet & { reads: string[] } {
  const reads: string[] = [];
  return {
    base: 'b',
    head: 'h',
    files,
    reads,
    contents: {
      async read(side, path): Promise<FileContent> {
        reads.push(`${side}:${path}`);
        const text = side === 'head' ? head[path] : undefined;
        return text === undefined ? { kind: 'absent' } : { kind: 'text', text };
      },
      async listFiles(side) {
        return side === 'head' ? Object.keys(head) : [];
      },
    },
  };
}

function changed(path: string, hunks: Hunk[]): ChangedFile {
  const added = new Set(hunks.flatMap((h) => h.lines.flatMap((l) => (l.kind === 'add' && l.newLine ? [l.newLine] : []))));
  return { path, status: 'modified', hunks, addedLines: added, commentableLines: added, additions: added.size, deletions: 0 };
}

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}`);

describe('surroundingSection', () => {
  it('shows a bounded number of unchanged lines on both sides of each hunk, numbered, not repeating the diff', () => {
    const lines = numbered(60);
    const h = hunk(30, 30, [[' ', 'line 30'], ['+', 'line 31'], [' ', 'line 32']]);
    const text = surroundingSection([h], lines, { ...DEFAULT_CONTEXT_LIMITS, surroundingLines: 2 });
    expect(text).toBe(['Lines around the diff (unchanged):', '  28   line 28', '  29   line 29', '…', '  33   line 33', '  34   line 34'].join('\n'));
  });

  it('caps the lines per file and says how many it left out', () => {
    const lines = numbered(100);
    const text = surroundingSection([hunk(50, 50, [['+', 'x']])], lines, { ...DEFAULT_CONTEXT_LIMITS, surroundingLines: 10, maxSurroundingLines: 5 });
    expect(text.split('\n')).toHaveLength(1 + 5 + 1);
    expect(text).toMatch(/… 15 more lines not shown$/);
  });
});

describe('buildLlmFiles', () => {
  const project = "name: shop\nversion: '1.0'\nprofile: shop\nmodel-paths: ['models']\nmodels:\n  shop:\n    marts:\n      +materialized: table\n";
  const properties = [
    'version: 2',
    'models:',
    '  - name: fct_orders',
    '    description: One row per order.',
    '    columns:',
    '      - name: order_id',
    '        tests: [unique, not_null]',
    '  - name: other_model',
    '    description: Not this one.',
  ].join('\n');
  const model = "{{ config(materialized='incremental', unique_key='order_id') }}\nselect\n    order_id,\n    amount\nfrom {{ ref('stg_orders') }}\n";

  it("adds a dbt model's properties entry and resolved config, and the file's line count", async () => {
    const file = changed('models/marts/fct_orders.sql', [hunk(3, 3, [[' ', '    order_id,'], ['+', '    amount']])]);
    const set = changeSet({ 'dbt_project.yml': project, 'models/marts/_marts.yml': properties, 'models/marts/fct_orders.sql': model, 'secrets.env': 'TOKEN=x' }, [file]);
    const [input] = await buildLlmFiles(set, [{ file, domain: 'dbt' }]);

    expect(input).toMatchObject({ path: 'models/marts/fct_orders.sql', domain: 'dbt', status: 'modified', lineCount: 6 });
    const excerpt = input!.headExcerpt!;
    expect(excerpt).toContain('Properties of model fct_orders in models/marts/_marts.yml (lines 3–7):');
    expect(excerpt).toContain('        tests: [unique, not_null]');
    expect(excerpt).not.toContain('other_model');
    expect(excerpt).toMatch(/- materialized = incremental \(in-file, models\/marts\/fct_orders\.sql:1\)/);
    expect(excerpt).toMatch(/- unique_key = order_id \(in-file/);
    // Only the model, its project and its properties are read: nothing else from the repository.
    expect(set.reads).not.toContain('head:secrets.env');
  });

  it('says when no properties entry declares the model', async () => {
    const file = changed('models/marts/fct_orders.sql', [hunk(3, 3, [['+', '    order_id,']])]);
    const set = changeSet({ 'dbt_project.yml': project, 'models/marts/fct_orders.sql': model }, [file]);
    const [input] = await buildLlmFiles(set, [{ file, domain: 'dbt' }]);
    expect(input!.headExcerpt).toContain('No properties YAML entry declares model fct_orders.');
  });

  it('sends a plain SQL file with its surrounding lines only, and a file it cannot read with its diff alone', async () => {
    const sql = numbered(40).join('\n');
    const file = changed('sql/report.sql', [hunk(20, 20, [['+', 'line 20']])]);
    const gone = changed('sql/gone.sql', [hunk(1, 1, [['+', 'x']])]);
    const set = changeSet({ 'sql/report.sql': sql }, [file, gone]);
    const [report, missing] = await buildLlmFiles(set, [{ file, domain: 'sql' }, { file: gone, domain: 'sql' }]);
    expect(report!.headExcerpt).toContain('  19   line 19');
    expect(report!.headExcerpt).not.toContain('Properties');
    expect(report!.lineCount).toBe(40);
    expect(missing).toEqual({ path: 'sql/gone.sql', domain: 'sql', status: 'modified', hunks: gone.hunks });
  });
});
