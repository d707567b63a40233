import { describe, expect, it } from 'vitest';
import { analyseChange } from '../../../src/analyzers/engine.js';
import { buildDbtGraph, parseNodeReference, pythonModelDependencies, snapshotBlockNames } from '../../../src/analyzers/dbt/graph.js';
import { buildDbtIndex } from '../../../src/analyzers/dbt/project.js';
import { dbtRules } from '../../../src/analyzers/rules/dbt/index.js';
import { buildChange, guessDomains, memoryReader } from '../support/change.js';
import type { Tree } from '../support/change.js';

const TREE: Tree = {
  'dbt_project.yml': "name: shop\nversion: '1.0'\n",
  'packages.yml': [
    'packages:',
    '  - package: dbt-labs/dbt_utils',
    '    version: 1.3.0',
    '  - package: fivetran/stripe',
    '    version: [">=0.13.0"]',
    '  - git: https://github.com/acme/dbt-internal.git',
    '    revision: main',
    '  - local: ../shared',
    '',
  ].join('\n'),
  'models/staging/_sources.yml': 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n      - name: customers\n',
  'models/staging/stg_orders.sql': "select * from {{ source('shop', 'orders') }}\n",
  'models/staging/stg_customers.sql': "select * from {{ source('shop', 'customers') }}\n",
  'models/marts/fct_orders.sql': "{{ config(materialized='table') }}\nselect *\nfrom {{ ref('stg_orders') }}\njoin {{ ref('stg_customers') }} using (customer_id)\njoin {{ ref('country_codes') }} using (country)\n",
  'models/marts/dim_customers_v2.sql': "select * from {{ ref('stg_customers') }}\n",
  'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    latest_version: 2\n    versions:\n      - v: 2\n',
  'models/ml/scores.py': "def model(dbt, session):\n    dbt.config(materialized='table')\n    orders = dbt.ref('fct_orders')\n    raw = dbt.source('shop', 'customers')\n    other = dbt.ref(\"stripe\", \"stripe__payments\")\n    return orders\n",
  'snapshots/history.sql': "{% snapshot orders_history %}\n{{ config(unique_key='id', strategy='check', check_cols='all') }}\nselect * from {{ source('shop', 'orders') }}\n{% endsnapshot %}\n",
  'snapshots/_snap.yml': "version: 2\nsnapshots:\n  - name: customers_history\n    relation: ref('stg_customers')\n    config: {unique_key: id, strategy: check, check_cols: all}\n",
  'seeds/country_codes.csv': 'code,name\n',
  'dbt_packages/elementary/dbt_project.yml': 'name: elementary\n',
};

async function graphOf(tree: Tree, options: Parameters<typeof buildDbtGraph>[2] = {}) {
  const reader = memoryReader({}, tree);
  const index = await buildDbtIndex(reader, 'head');
  const graph = await buildDbtGraph(index, reader, options);
  return { reader, index, graph };
}

describe('buildDbtGraph', () => {
  it('has a node per model, snapshot (block name or YAML entry) and seed', async () => {
    const { graph } = await graphOf(TREE);
    const summary = graph.nodes.map((node) => `${node.kind}:${node.name}`).sort();
    expect(summary).toEqual([
      'model:dim_customers_v2',
      'model:fct_orders',
      'model:scores',
      'model:stg_customers',
      'model:stg_orders',
      'seed:country_codes',
      'snapshot:customers_history',
      'snapshot:orders_history',
    ]);
    expect(graph.complete).toBe(true);
    expect(graph.problems).toEqual([]);
  });

  it('resolves refs to models, seeds and the base name of a versioned model', async () => {
    const { graph } = await graphOf(TREE);
    const fct = graph.nodesAt('models/marts/fct_orders.sql')[0];
    expect(fct).toBeDefined();
    expect(graph.parents(fct!).map((node) => node.name)).toEqual(['stg_orders', 'stg_customers', 'country_codes']);
    expect(graph.resolveRef({ name: 'dim_customers' })?.path).toBe('models/marts/dim_customers_v2.sql');
    expect(graph.resolveRef({ name: 'nope' })).toBeUndefined();
    // A package-qualified ref resolves only inside that project.
    expect(graph.resolveRef({ name: 'stg_orders', package: 'shop' })?.name).toBe('stg_orders');
    expect(graph.resolveRef({ name: 'stg_orders', package: 'stripe' })).toBeUndefined();
  });

  it('knows the children of a node and the users of a source', async () => {
    const { graph } = await graphOf(TREE);
    const stgCustomers = graph.nodesAt('models/staging/stg_customers.sql')[0]!;
    expect(graph.children(stgCustomers).map((node) => node.name).sort()).toEqual(['customers_history', 'dim_customers_v2', 'fct_orders']);
    expect(graph.usersOfSource('shop', 'orders').map((node) => node.name).sort()).toEqual(['orders_history', 'stg_orders']);
    expect(graph.usersOfSource('shop', 'customers').map((node) => node.name).sort()).toEqual(['scores', 'stg_customers']);
    expect(graph.hasSource('shop', 'orders')).toBe(true);
    expect(graph.hasSource('shop', 'refunds')).toBe(false);
  });

  it('reads Python model refs, the package-qualified one with its package', async () => {
    const { graph } = await graphOf(TREE);
    const scores = graph.nodesAt('models/ml/scores.py')[0]!;
    expect(scores.refs.map((ref) => [ref.package ?? '', ref.name, ref.line])).toEqual([
      ['', 'fct_orders', 3],
      ['stripe', 'stripe__payments', 5],
    ]);
    expect(graph.parents(scores).map((node) => node.name)).toEqual(['fct_orders']);
  });

  it('lists declared and installed packages and which of them may define nodes', async () => {
    const { graph } = await graphOf(TREE);
    expect(graph.packages.map((pkg) => [pkg.name ?? pkg.spec, pkg.mayDefineNodes])).toEqual([
      ['dbt_utils', false],
      ['stripe', true],
      ['dbt-internal', true],
      ['../shared', false],
      ['elementary', true],
    ]);
    expect(graph.opaquePackages.map((pkg) => pkg.name)).toEqual(['stripe', 'dbt-internal', 'elementary']);
  });

  it('shares each model parse with the index, so resolving its config reads nothing more', async () => {
    const { reader, index } = await graphOf(TREE);
    const before = reader.reads.length;
    const config = await index.resolveModelConfig('models/marts/fct_orders.sql');
    expect(config['materialized']?.value).toEqual({ kind: 'string', value: 'table' });
    expect(reader.reads.length).toBe(before);
  });

  it('is incomplete (and says so) when the read limit stops it, or a file cannot be read', async () => {
    const limited = await graphOf(TREE, { maxFileReads: 2 });
    expect(limited.graph.complete).toBe(false);
    expect(limited.graph.problems.join(' ')).toContain('limit reached');

    const reader = memoryReader({}, TREE, { 'head:models/marts/fct_orders.sql': { kind: 'binary' } });
    const index = await buildDbtIndex(reader, 'head');
    const graph = await buildDbtGraph(index, reader);
    expect(graph.complete).toBe(false);
    expect(graph.nodesAt('models/marts/fct_orders.sql')[0]?.read).toBe(false);
    expect(graph.problems).toEqual(['models/marts/fct_orders.sql: not read (binary)']);
  });

  it('carries the warehouse it was given', async () => {
    const { graph } = await graphOf(TREE, { warehouse: 'bigquery' });
    expect(graph.warehouse).toBe('bigquery');
  });
});

describe('graph helpers', () => {
  it('parses ref() and source() written as text', () => {
    expect(parseNodeReference("ref('orders')")).toEqual({ kind: 'ref', name: 'orders' });
    expect(parseNodeReference("{{ ref('pkg', 'orders') }}")).toEqual({ kind: 'ref', name: 'orders', package: 'pkg' });
    expect(parseNodeReference('source("raw", "orders")')).toEqual({ kind: 'source', source: 'raw', table: 'orders' });
    expect(parseNodeReference("ref(var('x'))")).toBeUndefined();
    expect(parseNodeReference('metric("revenue")')).toBeUndefined();
    expect(parseNodeReference('')).toBeUndefined();
  });

  it('finds snapshot block names with their lines, trim markers included', () => {
    expect(snapshotBlockNames('{% snapshot a %}\nselect 1\n{% endsnapshot %}\n\n{%- snapshot b_2 -%}\nselect 2\n{% endsnapshot %}')).toEqual([
      { name: 'a', line: 1 },
      { name: 'b_2', line: 5 },
    ]);
    expect(snapshotBlockNames('select 1')).toEqual([]);
  });

  it('reads Python dependencies with literal arguments only', () => {
    const deps = pythonModelDependencies("a = dbt.ref('x')\nb = dbt.ref(name)\nc = dbt.source('s', 't')\n");
    expect(deps.refs).toEqual([{ name: 'x', line: 1 }]);
    expect(deps.sources).toEqual([{ source: 's', table: 't', line: 3 }]);
  });
});

describe('the engine and the graph', () => {
  const base: Tree = { ...TREE };
  const head: Tree = { ...TREE, 'models/marts/fct_orders.sql': `${TREE['models/marts/fct_orders.sql']}where 1 = 1;\n` };

  it('builds the graph only when a rule that reads it applies', async () => {
    const withoutGraph = buildChange({ base, head });
    await analyseChange({ changeSet: withoutGraph.changeSet, domains: guessDomains(withoutGraph.changeSet), rules: dbtRules.filter((rule) => rule.meta.id === 'DBT-021'), detectors: [] });
    expect(withoutGraph.reader.reads).not.toContain('head:models/staging/stg_orders.sql');

    const withGraph = buildChange({ base, head });
    await analyseChange({ changeSet: withGraph.changeSet, domains: guessDomains(withGraph.changeSet), rules: dbtRules.filter((rule) => rule.meta.id === 'DBT-009'), detectors: [] });
    expect(withGraph.reader.reads).toContain('head:models/staging/stg_orders.sql');
    // Once per run: every model file is read once, however many rules read the graph.
    const all = buildChange({ base, head });
    await analyseChange({ changeSet: all.changeSet, domains: guessDomains(all.changeSet), rules: dbtRules, detectors: [] });
    expect(all.reader.reads.filter((read) => read === 'head:models/staging/stg_orders.sql')).toHaveLength(1);
  });

  it('passes the graph to rules that need it, and a lower per-finding severity through', async () => {
    const change = buildChange({
      base,
      head: { ...TREE, 'models/marts/fct_refunds.sql': "select * from {{ ref('stripe__refunds') }}\n" },
    });
    const result = await analyseChange({ changeSet: change.changeSet, domains: guessDomains(change.changeSet), rules: dbtRules.filter((rule) => rule.meta.id === 'DBT-009'), detectors: [] });
    expect(result.findings.map((finding) => [finding.file, finding.line, finding.severity])).toEqual([['models/marts/fct_refunds.sql', 1, 'warning']]);
  });
});
