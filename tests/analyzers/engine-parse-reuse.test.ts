// The detectors read the facts of a changed DAG from the parse the engine already made: the head
// side of a DAG is parsed once per run, the base side (which the rules never read) once too.
import { describe, expect, it, vi } from 'vitest';
import type { Detector } from '../../src/escalation/detectors/index.js';
import { pythonFacts } from '../../src/escalation/detectors/support/python-facts.js';
import { buildChange, guessDomains } from './support/change.js';

const parsedTexts = vi.hoisted(() => [] as string[]);

vi.mock('../../src/analyzers/airflow/python.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/analyzers/airflow/python.js')>();
  return {
    ...original,
    parsePython: async (text: string) => {
      parsedTexts.push(text);
      return original.parsePython(text);
    },
  };
});

const { analyseChange } = await import('../../src/analyzers/engine.js');

const dag = (schedule: string): string =>
  [
    'from datetime import datetime',
    'from airflow import DAG',
    'from airflow.operators.bash import BashOperator',
    `with DAG(dag_id="load", schedule="${schedule}", start_date=datetime(2026, 1, 1), catchup=False) as dag:`,
    '    BashOperator(task_id="t", bash_command="echo 1")',
    '',
  ].join('\n');

describe('analyseChange shares its parses with the detectors', () => {
  it('parses a changed DAG once per side, and the detectors see the same facts', async () => {
    const baseText = dag('0 5 * * *');
    const headText = dag('*/5 * * * *');
    const { changeSet } = buildChange({ base: { 'dags/load.py': baseText }, head: { 'dags/load.py': headText } });
    const seen: { head?: Awaited<ReturnType<typeof pythonFacts>>; base?: Awaited<ReturnType<typeof pythonFacts>>; dialect?: string } = {};
    const reader: Detector = {
      id: 'test-reader',
      triggers: [],
      async detect(ctx) {
        seen.head = await pythonFacts(ctx, 'head', 'dags/load.py');
        seen.base = await pythonFacts(ctx, 'base', 'dags/load.py');
        if (ctx.dialect) seen.dialect = ctx.dialect;
        return [];
      },
    };
    parsedTexts.length = 0;
    await analyseChange({ changeSet, domains: guessDomains(changeSet), detectors: [reader], dialect: 'bigquery' });
    expect(parsedTexts.filter((text) => text === headText)).toHaveLength(1);
    expect(parsedTexts.filter((text) => text === baseText)).toHaveLength(1);
    expect(seen.head?.parsed).toBe(true);
    expect(seen.head?.dags.map((d) => [d.id, d.schedule.state, d.schedule.display])).toEqual([["load", "set", "*/5 * * * *"]]);
    expect(seen.base?.dags.map((d) => [d.id, d.schedule.state, d.schedule.display])).toEqual([["load", "set", "0 5 * * *"]]);
    expect(seen.dialect).toBe('bigquery');
  });

  it('without detectors the engine extracts no detector facts, and a DAG is still parsed once', async () => {
    const headText = dag('@daily');
    const { changeSet } = buildChange({ head: { 'dags/load.py': headText } });
    parsedTexts.length = 0;
    const result = await analyseChange({ changeSet, domains: guessDomains(changeSet), detectors: [] });
    expect(parsedTexts).toEqual([headText]);
    expect(result.files[0]?.analysed).toBe('full');
  });
});
