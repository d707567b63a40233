import { describe, expect, it } from 'vitest';
import type { SyntaxNode } from '../../../src/analyzers/airflow/python.js';
import { insideTaskBody, mutuallyExclusive, runsAtParse } from '../../../src/analyzers/airflow/scope.js';
import { parse } from './support.js';

const SOURCE = [
  'a()', // 1
  'def helper(x=b()):', // 2
  '    c()', // 3
  'f = lambda: d()', // 4
  "if __name__ == '__main__':", // 5
  '    e()', // 6
  'else:', // 7
  '    g()', // 8
  'if TYPE_CHECKING:', // 9
  '    h()', // 10
  '@dag(schedule=None)', // 11
  'def pipeline():', // 12
  '    i()', // 13
  '    @task', // 14
  '    def work():', // 15
  '        j()', // 16
  'def factory(name):', // 17
  '    k()', // 18
  '    return DAG(name)', // 19
  'class Config:', // 20
  '    l()', // 21
  '',
].join('\n');

function callNamed(root: SyntaxNode, name: string): SyntaxNode {
  const call = root.descendantsOfType('call').find((candidate) => candidate?.childForFieldName('function')?.text === name);
  if (!call) throw new Error(`no call ${name}`);
  return call;
}

describe('runsAtParse', () => {
  it('tells parse-time code from code that runs later', async () => {
    const tree = await parse(SOURCE);
    const verdict = (name: string) => runsAtParse(callNamed(tree.root, name));
    // Module code, a parameter default, an else branch of the main guard, a class body.
    expect(['a', 'b', 'g', 'l'].map(verdict)).toEqual([true, true, true, true]);
    // A helper's body, a lambda, the main guard, TYPE_CHECKING.
    expect(['c', 'd', 'e', 'h'].map(verdict)).toEqual([false, false, false, false]);
    // The @dag function and a DAG factory run while the DAG is built; the @task body does not.
    expect(['i', 'k', 'j'].map(verdict)).toEqual([true, true, false]);
  });

  it('tells task bodies (and lambdas) from other functions', async () => {
    const tree = await parse(SOURCE);
    const inTask = (name: string) => insideTaskBody(callNamed(tree.root, name));
    expect(['j', 'd'].map(inTask)).toEqual([true, true]);
    expect(['a', 'c', 'i', 'k'].map(inTask)).toEqual([false, false, false, false]);
  });
});

describe('mutuallyExclusive', () => {
  it('sees if/else and try/except branches, not sequential code', async () => {
    const tree = await parse(
      ['if x:', '    a()', 'elif y:', '    b()', 'else:', '    c()', 'try:', '    d()', 'except E:', '    e()', 'else:', '    f()', 'g()', ''].join('\n'),
    );
    const node = (name: string) => callNamed(tree.root, name);
    expect(mutuallyExclusive(node('a'), node('b'))).toBe(true);
    expect(mutuallyExclusive(node('b'), node('c'))).toBe(true);
    expect(mutuallyExclusive(node('d'), node('e'))).toBe(true);
    expect(mutuallyExclusive(node('d'), node('f'))).toBe(false);
    expect(mutuallyExclusive(node('a'), node('g'))).toBe(false);
  });
});
