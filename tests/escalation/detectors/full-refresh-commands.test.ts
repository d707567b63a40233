import { describe, expect, it } from 'vitest';
import { fullRefreshCommands } from '../../../src/escalation/detectors/full-refresh-commands.js';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { dbtCommandsInShell } from '../../../src/escalation/detectors/support/dbt-commands.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(fullRefreshCommands, spec);

const workflow = (command: string): string =>
  ['name: nightly', 'on:', '  schedule:', "    - cron: '0 3 * * *'", 'jobs:', '  dbt:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', `      - run: ${command}`, ''].join('\n');

const dagFile = (command: string): string =>
  [
    'from airflow import DAG',
    'from airflow.operators.bash import BashOperator',
    'with DAG("nightly", schedule="@daily") as dag:',
    `    BashOperator(task_id="dbt", bash_command="${command}")`,
    '',
  ].join('\n');

describe('full-refresh-commands', () => {
  it('is registered', () => {
    expect(detectors).toContain(fullRefreshCommands);
  });

  it('reads dbt commands canonically', () => {
    expect(dbtCommandsInShell('cd project && dbt --debug build -f \\\n  --exclude "b a" --select x # comment --full-refresh').map((c) => c.canonical)).toEqual([
      'dbt build --full-refresh --select x --exclude a b',
    ]);
    expect(dbtCommandsInShell('# dbt run --full-refresh')).toEqual([]);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates --full-refresh added to a CI workflow step', async () => {
    const escalations = await detect({
      base: { '.github/workflows/nightly.yml': workflow('dbt build --target prod') },
      head: { '.github/workflows/nightly.yml': workflow('dbt build --full-refresh --target prod') },
    });
    expect(escalations).toMatchObject([
      {
        trigger: 'incremental-vs-full-refresh',
        subject: 'dbt --full-refresh runs',
        evidence: [{ file: '.github/workflows/nightly.yml', line: 10, text: '(not set) → dbt build --full-refresh' }],
        source: 'rule',
        detector: 'full-refresh-commands',
      },
    ]);
  });

  it('escalates changed exclusions of a full refresh in a block-scalar step', async () => {
    const block = (exclude: string): string => ['jobs:', '  weekly:', '    steps:', '      - run: |', '          dbt deps', `          dbt run --full-refresh --exclude ${exclude}`, ''].join('\n');
    const escalations = await detect({ base: { '.github/workflows/weekly.yml': block('fct_events') }, head: { '.github/workflows/weekly.yml': block('fct_events fct_sessions') } });
    expect(escalations[0]?.evidence).toEqual([
      { file: '.github/workflows/weekly.yml', line: 6, text: 'dbt run --full-refresh --exclude fct_events → dbt run --full-refresh --exclude fct_events fct_sessions' },
    ]);
  });

  it('escalates a full refresh removed from a DAG bash_command and from a shell script', async () => {
    const escalations = await detect({
      base: { 'dags/nightly.py': dagFile('dbt run --full-refresh --select orders'), 'scripts/rebuild.sh': '#!/bin/sh\nset -e\ndbt seed --full-refresh\n' },
      head: { 'dags/nightly.py': dagFile('dbt run --select orders'), 'scripts/rebuild.sh': '#!/bin/sh\nset -e\ndbt seed\n' },
    });
    expect(evidenceTexts(escalations)).toEqual(['dbt run --full-refresh --select orders → (not set)', 'dbt seed --full-refresh → (not set)']);
    expect(escalations[0]?.evidence.map((e) => [e.file, e.line])).toEqual([
      ['dags/nightly.py', 4],
      ['scripts/rebuild.sh', 3],
    ]);
  });

  it('escalates DBT_FULL_REFRESH and an operator full_refresh argument', async () => {
    const cosmos = (flag: string): string =>
      ['from cosmos import DbtTaskGroup', 'group = DbtTaskGroup(group_id="marts", operator_args={"full_refresh": ' + flag + '})', ''].join('\n');
    const escalations = await detect({
      base: { 'dags/marts.py': cosmos('False'), '.github/workflows/ci.yml': 'jobs:\n  build:\n    env:\n      DBT_FULL_REFRESH: false\n' },
      head: { 'dags/marts.py': cosmos('True'), '.github/workflows/ci.yml': 'jobs:\n  build:\n    env:\n      DBT_FULL_REFRESH: true\n' },
    });
    expect(evidenceTexts(escalations)).toEqual([
      'DBT_FULL_REFRESH=false → DBT_FULL_REFRESH=true',
      'DbtTaskGroup(operator_args.full_refresh=False) → DbtTaskGroup(operator_args.full_refresh=True)',
    ]);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate a reformatted command (continuations, quotes, flag order, short flags)', async () => {
    expect(
      await detect({
        base: { 'scripts/rebuild.sh': 'dbt run --full-refresh --select a b --exclude c\n' },
        head: { 'scripts/rebuild.sh': "dbt run \\\n  -s 'b' a \\\n  --exclude=c \\\n  -f\n" },
      }),
    ).toEqual([]);
  });

  it('does not escalate a command moved to another file, or a renamed workflow', async () => {
    expect(
      await detect({
        base: { 'Makefile': 'rebuild:\n\tdbt build --full-refresh --select marts\n' },
        head: { 'Makefile': 'rebuild:\n\t./scripts/rebuild.sh\n', 'scripts/rebuild.sh': 'dbt build --select marts --full-refresh\n' },
      }),
    ).toEqual([]);
    expect(
      await detect({
        base: { '.github/workflows/nightly.yml': workflow('dbt build --full-refresh') },
        head: { '.github/workflows/dbt-nightly.yml': workflow('dbt build --full-refresh') },
        renames: { '.github/workflows/dbt-nightly.yml': '.github/workflows/nightly.yml' },
      }),
    ).toEqual([]);
  });

  it('does not escalate commands without a full refresh, a reverted change, or a comment', async () => {
    expect(await detect({ base: { 'scripts/run.sh': 'dbt run --select a\n' }, head: { 'scripts/run.sh': 'dbt build --select a b\n' } })).toEqual([]);
    expect(await detect({ base: { 'scripts/run.sh': 'dbt run --full-refresh\n' }, head: { 'scripts/run.sh': 'set -e\ndbt run --full-refresh\n' } })).toEqual([]);
    expect(await detect({ base: { 'scripts/run.sh': 'dbt run\n' }, head: { 'scripts/run.sh': '# TODO: dbt run --full-refresh on Sundays\ndbt run\n' } })).toEqual([]);
  });

  it('does not read documentation or dbt model configs', async () => {
    expect(await detect({ base: { 'README.md': 'Run `dbt run`.\n' }, head: { 'README.md': 'Run `dbt run --full-refresh` after schema changes.\n' } })).toEqual([]);
    expect(
      await detect({
        base: { 'dbt_project.yml': 'name: shop\n', 'models/orders.sql': "{{ config(materialized='incremental') }}\nselect 1\n" },
        head: { 'dbt_project.yml': 'name: shop\n', 'models/orders.sql': "{{ config(materialized='incremental', full_refresh=false) }}\nselect 1\n" },
      }),
    ).toEqual([]);
  });
});
