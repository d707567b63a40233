import { describe, expect, it } from 'vitest';
import { importAliases } from '../../../src/analyzers/airflow/imports.js';
import { varyingCallsIn } from '../../../src/analyzers/airflow/varying-calls.js';
import { parse } from './support.js';

describe('varyingCallsIn', () => {
  it('classifies clocks, epochs, UUIDs, random values and days_ago after import resolution', async () => {
    const source = [
      'from datetime import datetime, date',
      'import datetime as dt',
      'import pendulum, time, uuid, random',
      'import numpy as np',
      'from airflow.utils.dates import days_ago',
      'x = [datetime.now(), dt.datetime.utcnow(), date.today(), pendulum.today("UTC"), time.time(), uuid.uuid4(), random.choice([1]), np.random.rand(), days_ago(1)]',
      'y = [datetime(2024, 1, 1), pendulum.datetime(2024, 1, 1), now(), self.random()]',
      'z = lambda: datetime.now()',
      '',
    ].join('\n');
    const tree = await parse(source);
    const aliases = importAliases(tree.root);
    const statements = tree.root.namedChildren.filter((node) => node?.type === 'expression_statement');
    const kinds = (index: number) => varyingCallsIn(statements[index] ?? tree.root, aliases).map((hit) => [hit.written, hit.kind]);
    expect(kinds(0)).toEqual([
      ['datetime.now', 'clock'],
      ['dt.datetime.utcnow', 'clock'],
      ['date.today', 'clock'],
      ['pendulum.today', 'clock'],
      ['time.time', 'epoch'],
      ['uuid.uuid4', 'uuid'],
      ['random.choice', 'random'],
      ['np.random.rand', 'random'],
      ['days_ago', 'days_ago'],
    ]);
    // Fixed dates, an unknown local `now()`, a method called `random`, and a lambda body.
    expect(kinds(1)).toEqual([]);
    expect(kinds(2)).toEqual([]);
  });
});
