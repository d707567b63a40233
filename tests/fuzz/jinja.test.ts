// Fuzzing the Jinja neutraliser (src/analyzers/dbt/jinja.ts) that turns dbt models into SQL the
// parser can read. Whatever the template (deep nesting, unbalanced or unterminated tags,
// strings and comments, raw blocks, 1 MB lines), it must not throw, must keep every line break
// where it was (findings point at the file's lines through it), and must finish quickly.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { neutraliseJinja } from '../../src/analyzers/dbt/jinja.js';
import { SuiteTally } from './counts.js';
import { ONE_MB, fuzzParams, longLine, mutated, tokenSoup } from './support.js';

const tally = new SuiteTally('jinja');
afterAll(() => tally.flush());

const JINJA_WORDS = [
  '{{',
  '}}',
  '{%',
  '%}',
  '{#',
  '#}',
  '{{-',
  '-}}',
  '{%-',
  '-%}',
  '+%}',
  "{{ ref('orders') }}",
  "{{ ref('pkg', 'orders', v=2) }}",
  "{{ source('raw', 'events') }}",
  "{{ config(materialized='incremental', unique_key=['id', 'day'], partition_by={'field': 'day'}) }}",
  '{{ config(',
  '{% if is_incremental() %}',
  '{% if not loop.last %}',
  '{% elif x %}',
  '{% else %}',
  '{% endif %}',
  '{% for c in cols %}',
  '{% endfor %}',
  '{% macro m(a) %}',
  '{% endmacro %}',
  '{% set x = 1 %}',
  '{% set block %}',
  '{% endset %}',
  '{% raw %}',
  '{% endraw %}',
  '{% call statement() %}',
  '{% endcall %}',
  '{% end %}',
  '{% endwhatever %}',
  "'",
  '"',
  '\\',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  "{{ 'unterminated",
  '{# unterminated comment',
  'select',
  'from',
  'where',
  ',',
  'id',
  '--',
  '/*',
  '*/',
  '\n',
  '\r\n',
];

const SEEDS = [
  [
    "{{ config(materialized='incremental', unique_key='id') }}",
    '{# a comment #}',
    'with src as (',
    "  select * from {{ ref('stg_orders') }}",
    '  {% if is_incremental() %}',
    '  where updated_at > (select max(updated_at) from {{ this }})',
    '  {% endif %}',
    ')',
    'select',
    '  {%- for m in ["a", "b"] %}',
    "  sum(case when k = '{{ m }}' then v end) as {{ m }}_v{% if not loop.last %},{% endif %}",
    '  {%- endfor %}',
    "from src join {{ source('raw', 'payments') }} p using (id)",
    '',
  ].join('\n'),
  "{% raw %}{{ not jinja }}{% endraw %}\nselect 1\n{% macro x() %}select {{ y }}{% endmacro %}\n",
  "{% set cols = ['a', 'b'] %}\nselect {{ cols | join(', ') }} from {{ ref('t') }}\n",
];

/** The neutralised SQL keeps the template's line breaks: same count, same lines. */
function checkLines(template: string): void {
  const result = neutraliseJinja(template);
  expect(result.sql.split('\n').length).toBe(template.split('\n').length);
  // Plain loops, one assertion: a 1 MB line holds tens of thousands of refs.
  const lineCount = template.split('\n').length;
  const lines = [...result.refs, ...result.sources, ...result.configs].map((item) => item.line);
  expect(lines.filter((line) => !(line >= 1 && line <= lineCount))).toEqual([]);
  expect(result.problems.filter((problem) => problem === '')).toEqual([]);
  // Problems reach the file report: a bounded list however broken the template.
  expect(result.problems.length).toBeLessThanOrEqual(21);
}

/** Runs the neutraliser on a big input and says how long it took. */
function timed(template: string): number {
  const started = performance.now();
  checkLines(template);
  return performance.now() - started;
}

describe('fuzz: Jinja neutraliser', () => {
  it('keeps every line break of random token soup and never throws', () => {
    fc.assert(
      fc.property(tokenSoup(JINJA_WORDS, 80), (template) => {
        tally.ran();
        checkLines(template);
      }),
      fuzzParams(1500),
    );
  });

  it('keeps every line break of mutated dbt models and never throws', () => {
    fc.assert(
      fc.property(mutated(SEEDS, JINJA_WORDS, 8), (template) => {
        tally.ran();
        checkLines(template);
      }),
      fuzzParams(1500),
    );
  });

  it('handles deeply nested blocks, brackets and expressions, balanced or not', () => {
    const opener = fc.constantFrom('{% if a %}', '{% for x in y %}', '{% macro m() %}', '{% set b %}', '{% raw %}', '{% call c() %}');
    const closer = fc.constantFrom('{% endif %}', '{% endfor %}', '{% endmacro %}', '{% endset %}', '{% endraw %}', '{% endcall %}', '');
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 30_000 })), opener, closer, fc.constantFrom('\n', ' ', ''), fc.boolean(), (depth, open, close, separator, bracket) => {
        tally.ran();
        const body = bracket
          ? `{{ config(x=${'['.repeat(depth)}1${']'.repeat(depth)}, y=${"{'k': ".repeat(depth)}1${'}'.repeat(depth)}) }}${separator}{{ f(${'('.repeat(depth)}${separator}) }}`
          : `${open}${separator}`.repeat(depth) + 'select 1' + `${separator}${close}`.repeat(depth);
        expect(timed(body)).toBeLessThan(5_000);
      }),
      fuzzParams(20),
    );
  });

  it('reads 1 MB lines within a few seconds: plain SQL, one huge tag, a huge string, many tags, an open comment', () => {
    const cases = [
      `select ${longLine('a, ', ONE_MB)} 1 from t`,
      `{{ config(tags=[${longLine("'x', ", ONE_MB)}]) }}\nselect 1`,
      `select '${longLine('{{ x }}', ONE_MB)}'`,
      `{{ '${longLine('y', ONE_MB)}`,
      longLine("{{ ref('a') }} ", ONE_MB),
      longLine('{% if a %}', ONE_MB),
      `{# ${longLine('z', ONE_MB)}`,
      `{% raw %}${longLine('{% x %}', ONE_MB)}`,
      longLine('{', ONE_MB),
      longLine('{{ (', ONE_MB),
    ];
    for (const template of cases) {
      tally.ran();
      expect(timed(template), template.slice(0, 40)).toBeLessThan(5_000);
    }
  });
});
