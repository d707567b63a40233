import { describe, expect, it } from 'vitest';
import { importAliases, importedModules, qualifiedCallee, qualify } from '../../../src/analyzers/airflow/imports.js';
import { parse } from './support.js';

const SOURCE = [
  'import pendulum as pm', // 1
  'import os.path', // 2
  'from datetime import datetime, date as d', // 3
  'from airflow.models import Variable', // 4
  'from . import helpers', // 5
  'from .utils import now', // 6
  'from airflow.operators.dummy import *', // 7
  '',
].join('\n');

describe('import resolution', () => {
  it('maps local names to what they were imported as (relative imports are the project\'s own)', async () => {
    const tree = await parse(SOURCE);
    const aliases = importAliases(tree.root);
    expect(Object.fromEntries(aliases)).toEqual({
      pm: 'pendulum',
      os: 'os',
      datetime: 'datetime.datetime',
      d: 'datetime.date',
      Variable: 'airflow.models.Variable',
    });
    expect(qualify('pm.now', aliases)).toBe('pendulum.now');
    expect(qualify('datetime.now', aliases)).toBe('datetime.datetime.now');
    expect(qualify('now', aliases)).toBe('now');
  });

  it('qualifies a call by its callee and lists imported modules with their lines', async () => {
    const tree = await parse(`${SOURCE}x = d.today()\n`);
    const aliases = importAliases(tree.root);
    const call = tree.root.descendantsOfType('call')[0];
    expect(call && qualifiedCallee(call, aliases)).toBe('datetime.date.today');
    expect(importedModules(tree.root).map((m) => [m.qualified, m.line])).toEqual([
      ['pendulum', 1],
      ['os.path', 2],
      ['datetime.datetime', 3],
      ['datetime.date', 3],
      ['airflow.models.Variable', 4],
      ['airflow.operators.dummy', 7],
    ]);
  });
});
