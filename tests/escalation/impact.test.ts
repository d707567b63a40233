import { describe, expect, it } from 'vitest';
import { analyseChange } from '../../src/analyzers/engine.js';
import { addImpact } from '../../src/escalation/impact.js';
import { parseCatalog } from '../../src/escalation/volume.js';
import type { Escalation } from '../../src/model.js';
import type { ChangeSet, ContentReader } from '../../src/model.js';
import { buildChange, guessDomains } from '../analyzers/support/change.js';

const project = {
  'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n",
  'models/stg_orders.sql': "select id as order_id from {{ source('raw', 'orders') }}\n",
  'models/fct_orders.sql': "select order_id from {{ ref('stg_orders') }}\n",
  'models/rpt_revenue.sql': "select order_id from {{ ref('fct_orders') }}\n",
  'models/rpt_weekly.sql': "select order_id from {{ ref('rpt_revenue') }}\n",
  'models/unrelated.sql': "select 1 as x from {{ source('raw', 'other') }}\n",
  'models/_exposures.yml': "version: 2\nexposures:\n  - name: finance_dashboard\n    type: dashboard\n    owner: { name: Finance }\n    depends_on:\n      - ref('rpt_weekly')\n",
};

const escalation = (subject: string): Escalation => ({
  fingerprint: subject,
  trigger: 'incremental-vs-full-refresh',
  subject,
  title: 't',
  problem: 'p',
  evidence: [],
  options: [],
  source: 'rule',
});

describe('addImpact', () => {
  it('lists every model downstream of the subject, nearest first, and the exposures on them', async () => {
    const { changeSet } = buildChange({ base: project, head: project });
    const escalations = [escalation('stg_orders'), escalation('unrelated'), escalation('not_a_model')];
    await addImpact(escalations, { changeSet });
    expect(escalations[0]!.downstream).toEqual({ models: ['fct_orders', 'rpt_revenue', 'rpt_weekly'], exposures: ['finance_dashboard'] });
    expect(escalations[1]!.downstream).toEqual({ models: [], exposures: [] });
    expect(escalations[2]!.downstream).toBeUndefined();
  });

  it("uses the engine's head project instead of indexing the repository again", async () => {
    const { changeSet } = buildChange({ base: project, head: { ...project, 'models/fct_orders.sql': "select order_id, 1 as n from {{ ref('stg_orders') }}\n" } });
    const analysis = await analyseChange({ changeSet, domains: guessDomains(changeSet) });
    expect(analysis.headProject?.index.projects.length).toBe(1);
    // A reader that refuses every read: the impact must come from the project handed over.
    const refusing: ContentReader = {
      read: () => Promise.reject(new Error('read after the analysis')),
      listFiles: () => Promise.reject(new Error('listed after the analysis')),
    };
    const offline: ChangeSet = { ...changeSet, contents: refusing };
    const escalations = [escalation('stg_orders')];
    await addImpact(escalations, { changeSet: offline, ...(analysis.headProject ? { project: analysis.headProject } : {}) });
    expect(escalations[0]!.downstream).toEqual({ models: ['fct_orders', 'rpt_revenue', 'rpt_weekly'], exposures: ['finance_dashboard'] });
  });

  it('takes data volume from the catalog, and says why it is unknown otherwise', async () => {
    const { changeSet } = buildChange({ base: project, head: project });
    const catalog = parseCatalog(JSON.stringify({ nodes: { 'model.shop.fct_orders': { stats: { row_count: { value: 5000, include: true } } } } }));
    const escalations = [escalation('fct_orders'), escalation('rpt_revenue')];
    await addImpact(escalations, { changeSet, catalog });
    expect(escalations[0]!.dataVolume).toBe('fct_orders: 5,000 rows (dbt catalog)');
    expect(escalations[1]!.dataVolume).toBe('Unknown: the dbt catalog has no statistics for rpt_revenue');
    const without = [escalation('fct_orders')];
    await addImpact(without, { changeSet, catalogProblem: 'cannot read target/catalog.json: ENOENT' });
    expect(without[0]!.dataVolume).toBe('Unknown: cannot read target/catalog.json: ENOENT');
  });
});
