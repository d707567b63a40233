import { describe, expect, it } from 'vitest';
import { parseConfigCall, parseLiteral, readCallArguments, tokenizeExpression } from '../../../src/analyzers/dbt/config.js';

describe('parseLiteral', () => {
  it('reads strings with either quote and escapes', () => {
    expect(parseLiteral("'table'")).toEqual({ kind: 'string', value: 'table' });
    expect(parseLiteral('"it\\"s"')).toEqual({ kind: 'string', value: 'it"s' });
    expect(parseLiteral("'a' 'b'")).toEqual({ kind: 'string', value: 'ab' });
  });

  it('reads numbers, booleans in both spellings and none', () => {
    expect(parseLiteral('42')).toEqual({ kind: 'number', value: 42 });
    expect(parseLiteral('-1.5')).toEqual({ kind: 'number', value: -1.5 });
    expect(parseLiteral('1e3')).toEqual({ kind: 'number', value: 1000 });
    expect(parseLiteral('true')).toEqual({ kind: 'boolean', value: true });
    expect(parseLiteral('True')).toEqual({ kind: 'boolean', value: true });
    expect(parseLiteral('false')).toEqual({ kind: 'boolean', value: false });
    expect(parseLiteral('False')).toEqual({ kind: 'boolean', value: false });
    expect(parseLiteral('none')).toEqual({ kind: 'none' });
    expect(parseLiteral('None')).toEqual({ kind: 'none' });
  });

  it('reads nested lists, tuples and dicts', () => {
    expect(parseLiteral("{'field': 'day', 'range': {'start': 0, 'end': [1, 2,]}, 'keys': ('a', 'b')}")).toEqual({
      kind: 'dict',
      entries: {
        field: { kind: 'string', value: 'day' },
        range: {
          kind: 'dict',
          entries: {
            start: { kind: 'number', value: 0 },
            end: { kind: 'list', items: [{ kind: 'number', value: 1 }, { kind: 'number', value: 2 }] },
          },
        },
        keys: { kind: 'list', items: [{ kind: 'string', value: 'a' }, { kind: 'string', value: 'b' }] },
      },
    });
  });

  it('keeps anything that needs evaluation as an expression', () => {
    expect(parseLiteral("var('mat')")).toEqual({ kind: 'expr', text: "var('mat')" });
    expect(parseLiteral("'a' ~ var('b')")).toEqual({ kind: 'expr', text: "'a' ~ var('b')" });
    expect(parseLiteral('target.name')).toEqual({ kind: 'expr', text: 'target.name' });
    expect(parseLiteral("['a', var('b')]")).toEqual({ kind: 'expr', text: "['a', var('b')]" });
  });
});

describe('parseConfigCall', () => {
  it('reads keyword arguments of every literal type and keeps expressions', () => {
    const call = parseConfigCall(
      "config(materialized='incremental', unique_key=[\"id\", 'day'], full_refresh=False, enabled=True, persist_docs={'relation': true}, " +
        "schema=env_var('SCHEMA', 'dev'), on_schema_change=none, cluster_by=var('clusters', ['a']), batch_size=10)",
    );
    expect(call?.problems).toEqual([]);
    expect(call?.args).toEqual({
      materialized: { kind: 'string', value: 'incremental' },
      unique_key: { kind: 'list', items: [{ kind: 'string', value: 'id' }, { kind: 'string', value: 'day' }] },
      full_refresh: { kind: 'boolean', value: false },
      enabled: { kind: 'boolean', value: true },
      persist_docs: { kind: 'dict', entries: { relation: { kind: 'boolean', value: true } } },
      schema: { kind: 'expr', text: "env_var('SCHEMA', 'dev')" },
      on_schema_change: { kind: 'none' },
      cluster_by: { kind: 'expr', text: "var('clusters', ['a'])" },
      batch_size: { kind: 'number', value: 10 },
    });
  });

  it('accepts a dict positional argument, keyword arguments winning', () => {
    expect(parseConfigCall("config({'materialized': 'view', 'tags': ['x']}, materialized='table')")?.args).toEqual({
      materialized: { kind: 'string', value: 'table' },
      tags: { kind: 'list', items: [{ kind: 'string', value: 'x' }] },
    });
  });

  it('is undefined for expressions that are not config calls', () => {
    expect(parseConfigCall("ref('orders')")).toBeUndefined();
    expect(parseConfigCall('config.get("x")')).toBeUndefined();
    expect(parseConfigCall('')).toBeUndefined();
  });

  it('reports an unclosed call or string instead of throwing', () => {
    expect(parseConfigCall("config(materialized='table'")?.problems).toContain('config( is not closed');
    const unterminated = parseConfigCall("config(materialized='table)");
    expect(unterminated?.problems.some((p) => p.includes('unterminated string'))).toBe(true);
  });
});

describe('tokenizeExpression and readCallArguments', () => {
  it('tokenizes operators, names, numbers and strings with offsets', () => {
    const tokens = tokenizeExpression("a.b(1) == 'x'");
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['name', 'a'],
      ['punct', '.'],
      ['name', 'b'],
      ['punct', '('],
      ['number', '1'],
      ['punct', ')'],
      ['punct', '=='],
      ['string', 'x'],
    ]);
    expect(tokens[7]).toMatchObject({ start: 10, end: 13 });
  });

  it('reads positional and keyword arguments of a nested call', () => {
    const source = "dbt_utils.star(from=ref('orders'), except=['a'])";
    const tokens = tokenizeExpression(source);
    const args = readCallArguments(tokens, source, 3);
    expect(args.keyword).toEqual({ from: { kind: 'expr', text: "ref('orders')" }, except: { kind: 'list', items: [{ kind: 'string', value: 'a' }] } });
    expect(tokens[args.end]?.text).toBe(')');
    expect(args.end).toBe(tokens.length - 1);
  });
});

describe('parseLiteral on deep nesting (found by fuzzing)', () => {
  it('reads shallow nesting as literals and keeps nesting past the bound as expression text instead of overflowing the stack', () => {
    expect(parseLiteral('[[["a"]]]')).toEqual({ kind: 'list', items: [{ kind: 'list', items: [{ kind: 'list', items: [{ kind: 'string', value: 'a' }] }] }] });
    const deep = `${'['.repeat(50_000)}1${']'.repeat(50_000)}`;
    expect(parseLiteral(deep)).toEqual({ kind: 'expr', text: deep });
  });
});
