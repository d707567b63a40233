// Fuzzing the whole deterministic analysis (analyseChange) on changes that mix generated bad
// files with one known-good file carrying a known finding. Whatever the other files are
// (broken SQL, Jinja, YAML or Python, binary content named .sql, empty files, deleted files,
// renames with edits, unreadable or too-large contents, missing diffs), the analysis returns,
// every file is full, partial with a reason or skipped with a reason, and the good file's
// finding is always there: no other file's review is lost.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseChange } from '../../src/analyzers/engine.js';
import type { ChangeSet, ContentReader, FileContent } from '../../src/model.js';
import { buildChange, guessDomains } from '../analyzers/support/change.js';
import type { Tree } from '../analyzers/support/change.js';
import { SuiteTally } from './counts.js';
import { violations } from './engine-support.js';
import { binaryText, fuzzParams, invalidUtf8, mutated, tokenSoup } from './support.js';

const tally = new SuiteTally('engine');
afterAll(() => tally.flush());

const GOOD_PATH = 'scripts/good.sql';
const GOOD_TEXT = 'select * from orders\n';

const CONTENT_WORDS = ['select', '*', 'from', '{{', '}}', '{%', '%}', "ref('x')", 'models:', '- name: a', '&a', '*a', 'with DAG(', "task_id='t'", '(', ')', "'", '"', '\u0000', '\n', '\t'];
const SEEDS = [
  "{{ config(materialized='incremental') }}\nselect * from {{ ref('stg') }}\n{% if is_incremental() %}where x > (select max(x) from {{ this }}){% endif %}\n",
  'version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: id\n        data_tests: [unique]\n',
  "from airflow import DAG\nwith DAG('d') as dag:\n    pass\n",
  'delete from orders;\ninsert into orders select * from staging;\n',
];
const badText = fc.oneof(mutated(SEEDS, CONTENT_WORDS, 6), tokenSoup(CONTENT_WORDS, 30), binaryText, invalidUtf8, fc.constant(''));

type Trouble = 'none' | 'binary' | 'too-large' | 'absent' | 'throws' | 'patch-binary' | 'patch-missing' | 'patch-too-large';

interface BadFile {
  path: string;
  head: string | undefined;
  base: string | undefined;
  renamedFrom?: string;
  trouble: Trouble;
}

const badPath = fc.tuple(
  fc.constantFrom('models/m', 'models/staging/s', 'scripts/q', 'dags/d', 'dags/sql/t', 'snapshots/snap', 'macros/mac', 'tests/t', 'docs/readme'),
  fc.nat({ max: 99 }),
  fc.constantFrom('.sql', '.sql', '.py', '.yml', '.yaml', '.md', ''),
).map(([dir, n, ext]) => `${dir}${n}${ext}`);

const badFile: fc.Arbitrary<BadFile> = fc
  .record({
    path: badPath,
    shape: fc.constantFrom('added', 'modified', 'removed', 'renamed', 'empty'),
    head: badText,
    base: badText,
    trouble: fc.constantFrom<Trouble>('none', 'none', 'none', 'binary', 'too-large', 'absent', 'throws', 'patch-binary', 'patch-missing', 'patch-too-large'),
  })
  .map(({ path, shape, head, base, trouble }) => {
    switch (shape) {
      case 'added':
        return { path, head, base: undefined, trouble };
      case 'modified':
        return { path, head, base: base === head ? `${base}\n-- changed` : base, trouble };
      case 'removed':
        return { path, head: undefined, base, trouble };
      case 'renamed':
        return { path, head, base, renamedFrom: `old/${path}`, trouble };
      default:
        return { path, head: '', base: undefined, trouble };
    }
  });

/** A reader that fails for some paths, as a network or git read can. */
function throwingFor(reader: ContentReader, paths: ReadonlySet<string>): ContentReader {
  return {
    read: async (side, path) => {
      if (paths.has(path)) throw new Error(`simulated read failure for ${path}`);
      return reader.read(side, path);
    },
    listFiles: (side) => reader.listFiles(side),
  };
}

function buildMixedChange(files: BadFile[], withProject: boolean): ChangeSet {
  const base: Tree = {};
  const head: Tree = { [GOOD_PATH]: GOOD_TEXT };
  const renames: Record<string, string> = {};
  if (withProject) {
    base['dbt_project.yml'] = 'name: shop\nprofile: shop\n';
    head['dbt_project.yml'] = 'name: shop\nprofile: shop\n';
  }
  const overrides: Record<string, FileContent> = {};
  const throwing = new Set<string>();
  for (const file of files) {
    if (file.path === GOOD_PATH || head[file.path] !== undefined || base[file.path] !== undefined) continue;
    if (file.head !== undefined) head[file.path] = file.head;
    if (file.renamedFrom !== undefined && file.base !== undefined) {
      base[file.renamedFrom] = file.base;
      renames[file.path] = file.renamedFrom;
    } else if (file.base !== undefined) base[file.path] = file.base;
    if (file.trouble === 'binary') overrides[`head:${file.path}`] = { kind: 'binary' };
    if (file.trouble === 'too-large') overrides[`head:${file.path}`] = { kind: 'too-large', bytes: 50_000_000 };
    if (file.trouble === 'absent') overrides[`head:${file.path}`] = { kind: 'absent' };
    if (file.trouble === 'throws') throwing.add(file.path);
  }
  const { changeSet } = buildChange({ base, head, renames }, overrides);
  for (const changed of changeSet.files) {
    const trouble = files.find((file) => file.path === changed.path)?.trouble;
    if (trouble === 'patch-binary') changed.patchUnavailable = 'binary';
    if (trouble === 'patch-missing') changed.patchUnavailable = 'missing';
    if (trouble === 'patch-too-large') changed.patchUnavailable = 'too-large';
  }
  return { ...changeSet, contents: throwingFor(changeSet.contents, throwing) };
}

describe('fuzz: the whole analysis', () => {
  it('never throws, reports every file soundly, and never loses the good file\'s finding', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(badFile, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), async (files, withProject, shuffleGoodLast) => {
        tally.ran();
        const changeSet = buildMixedChange(files, withProject);
        if (shuffleGoodLast) changeSet.files.reverse();
        const result = await analyseChange({ changeSet, domains: guessDomains(changeSet) });
        expect(violations({ result, changeSet })).toEqual([]);
        const kept = result.findings.some((finding) => finding.file === GOOD_PATH && finding.rule === 'SQL-001' && finding.line === 1);
        if (!kept) tally.lost();
        expect(kept, JSON.stringify(result.files)).toBe(true);
      }),
      fuzzParams(250),
    );
  });

  it('the good file alone has the finding (the oracle above is real)', async () => {
    tally.ran();
    const { changeSet } = buildChange({ head: { [GOOD_PATH]: GOOD_TEXT } });
    const result = await analyseChange({ changeSet, domains: guessDomains(changeSet) });
    expect(result.findings.map((finding) => [finding.rule, finding.file, finding.line])).toContainEqual(['SQL-001', GOOD_PATH, 1]);
  });
});
