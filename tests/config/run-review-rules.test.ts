// End to end through runReview (in-memory change, rules only, no network): severities, `off`,
// path overrides and rule options from the repo config, inline suppressions, and the config's
// own unknown rule ids, as they reach the final review.
import { describe, expect, it } from 'vitest';
import { loadAgentDefinition } from '../../src/agent/loader.js';
import { parseRepoConfig } from '../../src/config/repo-config.js';
import { resolveSettings } from '../../src/config/settings.js';
import type { Review } from '../../src/model.js';
import { runReview } from '../../src/run.js';
import { buildChange } from '../analyzers/support/change.js';
import type { Tree } from '../analyzers/support/change.js';

const CONFIG = '.github/data-engineer-review.yml';
const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const stg = { 'models/staging/stg_customers.sql': "select id as customer_id, email from {{ source('app', 'customers') }}\n" };

async function review(head: Tree, configText = '', base: Tree = { ...project, ...stg }): Promise<Review> {
  const { changeSet } = buildChange({ base, head: { ...base, ...head } });
  const repoConfig = configText === '' ? {} : parseRepoConfig(configText, CONFIG);
  const settings = resolveSettings({}, { llm: 'off', ...repoConfig });
  return runReview({ changeSet, settings, agent: await loadAgentDefinition() });
}

// Other rules (dbt hygiene…) also report on these models; the assertions look at these ids only.
const OURS = /^(GOV|SUP|CFG)-/;
const summary = (result: Review, rule?: string): [string, string, number, string][] =>
  result.findings.filter((f) => (rule === undefined ? OURS.test(f.rule) : f.rule === rule)).map((f) => [f.rule, f.file, f.line, f.severity]);

// A legacy model and a new model, both with an unclassified email column and no owner.
const models: Tree = {
  'models/legacy/old_customers.sql': "select customer_id, email from {{ ref('stg_customers') }}\n",
  'models/marts/dim_customers.sql': "select customer_id, email from {{ ref('stg_customers') }}\n",
};

describe('rule configuration through runReview', () => {
  it('without a config: rule defaults (GOV-001 error, GOV-005 warning with keys [owner])', async () => {
    const result = await review(models);
    expect(summary(result, 'GOV-001')).toEqual([
      ['GOV-001', 'models/legacy/old_customers.sql', 1, 'error'],
      ['GOV-001', 'models/marts/dim_customers.sql', 1, 'error'],
    ]);
    expect(summary(result, 'GOV-005').map(([, file, , severity]) => [file, severity])).toEqual([
      ['models/legacy/old_customers.sql', 'warning'],
      ['models/marts/dim_customers.sql', 'warning'],
    ]);
  });

  it('severity, off under a path override, and rule options reach the review', async () => {
    const config = [
      'rules:',
      '  GOV-001: warning',
      '  GOV-005:',
      '    severity: error',
      '    keys: [owner, domain]',
      'overrides:',
      "  - paths: ['models/legacy/**']",
      '    rules:',
      '      GOV-001: off',
      '      GOV-005: { keys: [domain], severity: info }',
      '',
    ].join('\n');
    const result = await review(
      { ...models, 'models/marts/dim_customers.sql': "{{ config(meta={'owner': 'crm'}) }}\nselect customer_id, email from {{ ref('stg_customers') }}\n" },
      config,
    );
    expect(summary(result, 'GOV-001')).toEqual([['GOV-001', 'models/marts/dim_customers.sql', 2, 'warning']]);
    const gov005 = result.findings.filter((f) => f.rule === 'GOV-005');
    expect(gov005.map((f) => [f.file, f.severity])).toEqual([
      ['models/legacy/old_customers.sql', 'info'],
      ['models/marts/dim_customers.sql', 'error'],
    ]);
    // The legacy override asks for `domain` only; the marts model has an owner but no domain.
    expect(gov005[0]?.message).toContain('`domain`');
    expect(gov005[0]?.message).not.toContain('`owner`');
    expect(gov005[1]?.message).toContain('`domain`');
    expect(gov005[1]?.message).not.toContain('`owner`');
  });

  it('a rule off everywhere does not run; inline suppressions remove findings and are listed in the notices', async () => {
    const result = await review(
      {
        'models/marts/dim_customers.sql':
          "select customer_id,\n  email -- data-review: ignore GOV-001 classified in the catalog, see DATA-12\nfrom {{ ref('stg_customers') }}\n",
      },
      'rules:\n  GOV-005: off\n',
    );
    expect(summary(result)).toEqual([]);
    expect(result.notices.join('\n')).toContain('Inline suppressions removed 1 finding(s): GOV-001 at models/marts/dim_customers.sql:2');
  });

  it('an unknown rule id in the config and in a suppression are reported in the review', async () => {
    const result = await review(
      { 'models/marts/dim_customers.sql': "select customer_id,\n  email -- data-review: ignore GOV001 typo in the id\nfrom {{ ref('stg_customers') }}\n" },
      'rules:\n  GOV-005: off\n  SQL999: error\n',
    );
    expect(new Set(summary(result).map((row) => row.join(' ')))).toEqual(
      new Set([`CFG-001 ${CONFIG} 3 warning`, 'GOV-001 models/marts/dim_customers.sql 2 error', 'SUP-001 models/marts/dim_customers.sql 2 warning']),
    );
    expect(result.findings.every((f) => f.fingerprint !== '')).toBe(true);
  });

  it('the review checks can be configured too: SUP-002 off', async () => {
    const head = { 'models/marts/dim_customers.sql': "select customer_id,\n  email -- data-review: ignore GOV-001\nfrom {{ ref('stg_customers') }}\n" };
    expect(summary(await review(head, 'rules:\n  GOV-005: off\n'))).toEqual([['SUP-002', 'models/marts/dim_customers.sql', 2, 'info']]);
    expect(summary(await review(head, 'rules:\n  GOV-005: off\n  SUP-002: off\n'))).toEqual([]);
  });
});
