// Parses Python for the Airflow helper tests and frees the trees after each test.
import { afterEach } from 'vitest';
import { parsePython } from '../../../src/analyzers/airflow/python.js';
import type { PythonTree } from '../../../src/analyzers/airflow/python.js';

const open: PythonTree[] = [];
afterEach(() => {
  for (const tree of open.splice(0)) tree.dispose();
});

export async function parse(text: string): Promise<PythonTree> {
  const result = await parsePython(text);
  if (!result.ok) throw new Error(result.error);
  open.push(result.tree);
  return result.tree;
}
