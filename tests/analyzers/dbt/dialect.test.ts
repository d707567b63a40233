import { describe, expect, it } from 'vitest';
import { inferDialect } from '../../../src/analyzers/dbt/dialect.js';
import { buildDbtIndex } from '../../../src/analyzers/dbt/project.js';
import { memoryReader } from '../support/change.js';
import type { Tree } from '../support/change.js';

async function infer(tree: Tree) {
  const reader = memoryReader({}, tree);
  return inferDialect(await buildDbtIndex(reader, 'head'), reader, 'head');
}

describe('inferDialect', () => {
  it("uses the type of the project's profile default target", async () => {
    const result = await infer({
      'dbt_project.yml': 'name: shop\nprofile: shop\n',
      'profiles.yml': 'other:\n  target: dev\n  outputs:\n    dev: {type: postgres}\nshop:\n  target: prod\n  outputs:\n    dev: {type: duckdb}\n    prod: {type: snowflake}\n',
    });
    expect(result).toEqual({ dialect: 'snowflake', from: 'profiles.yml (type: snowflake)' });
  });

  it('falls back to the single type all outputs share when the target is templated', async () => {
    const result = await infer({
      'dbt_project.yml': 'name: shop\nprofile: shop\n',
      'profiles.yml': "shop:\n  target: \"{{ env_var('T', 'dev') }}\"\n  outputs:\n    dev: {type: bigquery}\n    prod: {type: bigquery}\n",
    });
    expect(result?.dialect).toBe('bigquery');
  });

  it('reads a .sqlfluff dialect, then dbt adapter packages in requirements', async () => {
    expect((await infer({ '.sqlfluff': '[sqlfluff]\ntemplater = dbt\ndialect = redshift\n' }))?.dialect).toBe('redshift');
    expect((await infer({ 'requirements.txt': 'dbt-core==1.9.0\ndbt-databricks>=1.9\n' }))?.dialect).toBe('databricks');
  });

  it('says nothing when nothing says', async () => {
    expect(await infer({ 'requirements.txt': 'dbt-core==1.9.0\n', 'profiles.yml': 'a: [' })).toBeUndefined();
  });
});
