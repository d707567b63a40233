/// <reference types="vite/client" />
// Every SQL rule over every SQL text of the SQL cases, in several dialects, plus odd inputs:
// a rule that throws loses its findings for the file, so none may throw on anything.
import { describe, expect, it } from 'vitest';
import { analyseChange } from '../../../../src/analyzers/engine.js';
import { sqlRules } from '../../../../src/analyzers/rules/sql/index.js';
import { buildChange, guessDomains } from '../../support/change.js';
import type { RuleCase } from '../case.js';

const caseFiles = import.meta.glob<{ cases: RuleCase[] }>('../sql-*.cases.ts', { eager: true });
const texts = Object.values(caseFiles).flatMap((module) =>
  module.cases.flatMap((c) => Object.entries(c.head).filter(([path]) => path.endsWith('.sql')).map(([, text]) => text)),
);

const odd = [
  '',
  '-- only a comment\n',
  ';;;\n',
  `select ${'('.repeat(200)}1${')'.repeat(200)}\n`,
  "select 'unterminated\n",
  'with a as (select 1) select * from a, a b, a c where a.x = b.x\n',
  'delete from\n',
  'merge into t using (select 1) s on true when matched then delete;\n',
  'select * from t limit\n',
  '{% if target.name %}\n',
  'insert into t select * from t;\ninsert into t values (1), (2);\n',
  'select a from t union select b from u union all select c, d from v\n',
];

describe('SQL rules never throw', () => {
  it.each(['snowflake', 'bigquery', 'postgres', 'generic'])('on the case corpus and odd inputs in %s', async (dialect) => {
    const head: Record<string, string> = { 'dbt_project.yml': 'name: shop\n' };
    [...texts, ...odd].forEach((text, index) => {
      head[`scripts/s${index}.sql`] = text;
      head[`models/m${index}.sql`] = text;
    });
    const { changeSet } = buildChange({ head });
    const result = await analyseChange({ changeSet, domains: guessDomains(changeSet), dialect, rules: sqlRules, detectors: [], fullFileReview: true });
    expect(result.notices.filter((notice) => notice.includes('failed'))).toEqual([]);
    expect(result.findings.length).toBeGreaterThan(0);
  });
});
