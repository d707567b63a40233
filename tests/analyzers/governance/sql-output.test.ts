import { describe, expect, it } from 'vitest';
import { neutraliseJinja } from '../../../src/analyzers/dbt/jinja.js';
import { isMaskingFunction, modelOutputColumns } from '../../../src/analyzers/governance/sql-output.js';
import { parseSql } from '../../../src/analyzers/sql/parser.js';

async function columns(template: string): Promise<[string, number, string][]> {
  const jinja = neutraliseJinja(template);
  const parsed = await parseSql(jinja.sql, 'snowflake');
  if (!parsed.ok) throw new Error(parsed.error);
  return modelOutputColumns(parsed.statements, { text: template, placeholders: jinja.placeholders }).map((column) => [column.name, column.line, column.exposure]);
}

describe('modelOutputColumns', () => {
  it('names aliased and unaliased columns and classifies how each exposes its value', async () => {
    expect(
      await columns(
        [
          'select',
          '  c.email,',
          '  sha2(phone, 256) as phone,',
          '  lower(name) as full_name,',
          "  'x' as constant,",
          '  coalesce(md5(ssn), ssn) as ssn,',
          "  {{ mask('dob') }} as dob,",
          "  {{ var('x') }} as v,",
          "  {{ dbt_utils.generate_surrogate_key(['email']) }} as customer_key",
          "from {{ ref('customers') }} as c",
        ].join('\n'),
      ),
    ).toEqual([
      ['email', 2, 'raw'],
      ['phone', 3, 'masked'],
      ['full_name', 4, 'raw'],
      ['constant', 5, 'none'],
      ['ssn', 6, 'raw'],
      ['dob', 7, 'masked'],
      ['v', 8, 'unknown'],
      ['customer_key', 9, 'masked'],
    ]);
  });

  it('follows CTEs, select * and qualified wildcards through the file', async () => {
    expect(
      await columns(
        [
          "with src as (select * from {{ ref('stg') }}),",
          'hashed as (select id, md5(email) as email from src),',
          'final as (',
          '  select h.*, s.phone',
          '  from hashed as h join src as s on s.id = h.id',
          ')',
          'select * from final',
        ].join('\n'),
      ),
    ).toEqual([
      ['id', 2, 'raw'],
      ['email', 2, 'masked'],
      ['phone', 4, 'raw'],
    ]);
  });

  it('takes the names of the first branch of a union and is raw when any branch is raw', async () => {
    expect(await columns('select md5(email) as email from a\nunion all\nselect email from b')).toEqual([['email', 1, 'raw']]);
  });

  it('recognises masking functions by their name tokens', () => {
    for (const name of ['sha2', 'SHA256', 'md5', 'hash', 'farm_fingerprint', 'mask_email', 'redact', 'HASHBYTES', 'pgp_sym_encrypt']) expect(isMaskingFunction(name), name).toBe(true);
    for (const name of ['lower', 'coalesce', 'shape', 'masker_count'.replace('masker', 'marker'), 'hashtag_count']) expect(isMaskingFunction(name), name).toBe(false);
  });
});
