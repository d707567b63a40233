import { describe, expect, it } from 'vitest';
import { neutraliseJinja } from '../../../src/analyzers/dbt/jinja.js';
import { parseSql } from '../../../src/analyzers/sql/parser.js';

const lineCount = (text: string): number => text.split('\n').length;
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

const MODEL = [
  '{{',
  '  config(',
  "    materialized = 'incremental',",
  "    unique_key = ['order_id', 'day'],",
  "    partition_by = {'field': 'day', 'data_type': 'date'},",
  "    tags = var('tags')",
  '  )',
  '}}',
  '{# a multi-line',
  '   comment #}',
  'with orders as (',
  "    select * from {{ ref('stg_orders') }}",
  '), payments as (',
  "    select * from {{ source('stripe', 'payments') }}",
  ')',
  'select',
  '    orders.order_id,',
  '    {%- for method in ["card", "bank"] %}',
  "    sum(case when payments.method = '{{ method }}' then amount end) as {{ method }}_amount",
  '    {%- if not loop.last %},{% endif %}',
  '    {%- endfor %}',
  'from orders',
  "left join {{ ref('finance', 'fx_rates', v=2) }} as fx on fx.day = orders.day",
  '{% if is_incremental() %}',
  '  where orders.day > (select max(day) from {{ this }})',
  '{% endif %}',
  '',
].join('\n');

describe('neutraliseJinja', () => {
  it('keeps every line: same line count, and each ref stays on its own line', () => {
    const out = neutraliseJinja(MODEL);
    expect(lineCount(out.sql)).toBe(lineCount(MODEL));
    expect(out.problems).toEqual([]);
    const sqlLines = out.sql.split('\n');
    for (const ref of out.refs) expect(sqlLines[ref.line - 1]).toContain(`__ref_${ref.name}`);
    expect(out.refs).toEqual([
      { name: 'stg_orders', line: 12 },
      { name: 'fx_rates', package: 'finance', version: '2', line: 23 },
    ]);
    expect(out.sources).toEqual([{ source: 'stripe', table: 'payments', line: 14 }]);
    expect(lineOf(out.sql, '__source_stripe__payments')).toBe(14);
  });

  it('pads single-line replacements to the tag width, so columns after the tag do not move', () => {
    const text = "select * from {{ ref('orders') }} as o where o.id > 0";
    const out = neutraliseJinja(text);
    expect(out.sql.length).toBe(text.length);
    expect(out.sql.indexOf('as o')).toBe(text.indexOf('as o'));
    expect(out.sql.startsWith('select * from __ref_orders ')).toBe(true);
  });

  it('reads config() keyword arguments with their line and raw text, and blanks the tag', () => {
    const out = neutraliseJinja(MODEL);
    expect(out.configs).toHaveLength(1);
    const config = out.configs[0];
    expect(config?.line).toBe(2);
    expect(config?.raw.startsWith('{{')).toBe(true);
    expect(config?.args).toEqual({
      materialized: { kind: 'string', value: 'incremental' },
      unique_key: { kind: 'list', items: [{ kind: 'string', value: 'order_id' }, { kind: 'string', value: 'day' }] },
      partition_by: { kind: 'dict', entries: { field: { kind: 'string', value: 'day' }, data_type: { kind: 'string', value: 'date' } } },
      tags: { kind: 'expr', text: "var('tags')" },
    });
    expect(out.sql.split('\n').slice(0, 10).join('').trim()).toBe('');
  });

  it('renders a for-loop body once, as its single iteration (first and last): no trailing separator', () => {
    const out = neutraliseJinja(MODEL);
    const loopLines = out.sql.split('\n').slice(17, 21).join('\n');
    expect(loopLines).toContain('__jinja__');
    expect(loopLines).not.toContain(',');
  });

  it('detects is_incremental() and keeps the incremental filter', () => {
    const out = neutraliseJinja(MODEL);
    expect(out.usesIsIncremental).toBe(true);
    expect(out.sql).toContain('where orders.day > (select max(day) from __jinja__');
    expect(neutraliseJinja("select 1 from {{ ref('a') }}").usesIsIncremental).toBe(false);
  });

  it('produces SQL the parser reads, with positions on the original lines', async () => {
    const out = neutraliseJinja(MODEL);
    const result = await parseSql(out.sql, 'bigquery');
    expect(result.ok).toBe(true);
  });

  it('keeps the first branch of if/elif/else and blanks the others (and their configs)', () => {
    const text = [
      "{% if target.name == 'prod' %}",
      "{{ config(materialized='table') }}",
      'select * from prod_orders',
      "{% elif target.name == 'ci' %}",
      'select * from ci_orders',
      '{% else %}',
      "{{ config(materialized='view') }}",
      'select * from dev_orders',
      '{% endif %}',
    ].join('\n');
    const out = neutraliseJinja(text);
    expect(out.sql).toContain('prod_orders');
    expect(out.sql).not.toContain('ci_orders');
    expect(out.sql).not.toContain('dev_orders');
    expect(out.configs.map((c) => c.args['materialized'])).toEqual([{ kind: 'string', value: 'table' }]);
    expect(lineCount(out.sql)).toBe(lineCount(text));
  });

  it('takes the else branch when the if condition is known false (loop.last inside a loop)', () => {
    const out = neutraliseJinja('{% for c in cols %}{% if not loop.last %}a{% else %}b{% endif %}{% endfor %}');
    expect(out.sql.replace(/\s/g, '')).toBe('b');
  });

  it('blanks macro bodies, block sets, for-else bodies and comments', () => {
    const text = [
      '{% macro cents(x) %}({{ x }} / 100){% endmacro %}',
      '{% set cols %}a, b{% endset %}',
      '{% for x in [] %}{% else %}nothing{% endfor %}',
      '{# select secret #}',
      'select 1',
    ].join('\n');
    const out = neutraliseJinja(text);
    expect(out.sql.trim()).toBe('select 1');
    expect(lineCount(out.sql)).toBe(5);
  });

  it('is aware of string literals and brackets inside tags', () => {
    const out = neutraliseJinja("select {{ \"}}\" }} as a, {{ {'k': {'n': 1}} }} as b {% set x = '%}' %}from t");
    expect(out.problems).toEqual([]);
    expect(out.sql).toMatch(/^select __jinja__\s+as a, __jinja__\s+as b\s+from t$/);
  });

  it('keeps identifiers glued to a tag in one token', async () => {
    const out = neutraliseJinja("select {{ method }}_amount, x_{{ m }}_y from {{ target.schema }}.orders join {{ ref('a') }} using (id)");
    expect(out.sql).toContain('   __jinja___amount');
    expect(out.sql).toContain('x__j______y');
    expect(out.sql).toMatch(/ __jinja__\.orders/);
    expect(out.sql.length).toBe("select {{ method }}_amount, x_{{ m }}_y from {{ target.schema }}.orders join {{ ref('a') }} using (id)".length);
    expect((await parseSql(out.sql, 'snowflake')).ok).toBe(true);
  });

  it('understands trim markers', () => {
    const out = neutraliseJinja("select\n{%- if true -%}\n  {{- ref('a') -}}\n{%- endif -%}\n");
    expect(out.refs).toEqual([{ name: 'a', line: 3 }]);
    expect(out.sql.split('\n')[2]?.trim()).toBe('__ref_a');
    expect(lineCount(out.sql)).toBe(5);
  });

  it('reports an unterminated tag and reads the rest as text, lines intact', () => {
    const text = "select *\nfrom {{ ref('orders')\nwhere x = 1\n";
    const out = neutraliseJinja(text);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toContain('line 2');
    expect(out.sql).toBe(text);
  });

  it('reports blocks that are never closed or closed without being opened', () => {
    expect(neutraliseJinja('{% if x %}select 1').problems[0]).toContain('never closed');
    expect(neutraliseJinja('select 1 {% endif %}').problems[0]).toContain('closes no open block');
  });

  it('keeps the body of a raw block as literal text', () => {
    const out = neutraliseJinja('select {% raw %}{{ not_a_tag }}{% endraw %} from t');
    expect(out.sql).toContain('{{ not_a_tag }}');
    expect(out.refs).toEqual([]);
  });

  it('records refs in blanked branches (they are dependencies) and records placeholders', () => {
    const out = neutraliseJinja("{% if a %}select 1{% else %}select * from {{ ref('fallback') }}{% endif %}");
    expect(out.refs.map((r) => r.name)).toEqual(['fallback']);
    const kept = neutraliseJinja("select * from {{ ref('orders') }}");
    expect(kept.placeholders['__ref_orders']).toBe("{{ ref('orders') }}");
  });

  it('never throws on hostile input', () => {
    for (const text of ['{{', '{%', '{#', '{{ ref(', "{{ ref('a' }}", '{% for %}{% endfor', '}}%}#}', '{{ "unterminated }}']) {
      const out = neutraliseJinja(text);
      expect(lineCount(out.sql)).toBe(lineCount(text));
    }
  });
});

describe('neutraliseJinja on hostile templates (found by fuzzing)', () => {
  it('reads 100,000 unclosed blocks on one line in linear time and lists a bounded number of problems', () => {
    const text = `${'{% if a %}'.repeat(100_000)}\nselect 1\n`;
    const started = performance.now();
    const out = neutraliseJinja(text);
    // Was quadratic: every piece of text re-checked the whole block stack (minutes for 1 MB).
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(lineCount(out.sql)).toBe(lineCount(text));
    expect(out.problems).toHaveLength(21);
    expect(out.problems[0]).toBe('{% if %} opened on line 1 is never closed');
    expect(out.problems[20]).toBe('… and 99980 more Jinja problem(s)');
  });

  it('still blanks the text of a closed silent block inside many open ones', () => {
    const out = neutraliseJinja(`${'{% for x in y %}'.repeat(50)}{% macro m() %}hidden{% endmacro %}shown{% if loop.first %}first{% endif %}`);
    expect(out.sql).not.toContain('hidden');
    expect(out.sql).toContain('shown');
    expect(out.sql).toContain('first');
  });

  it('does not overflow the stack on literals nested thousands deep', () => {
    for (const text of [`{{ config(x=${'['.repeat(20_000)}1${']'.repeat(20_000)}) }}\nselect 1`, `{{ config(x=${"{'a':".repeat(20_000)}1${'}'.repeat(20_000)}) }}\nselect 1`]) {
      const out = neutraliseJinja(text);
      expect(out.configs).toHaveLength(1);
      expect(out.configs[0]?.args['x']?.kind).toBe('expr');
    }
  });
});
