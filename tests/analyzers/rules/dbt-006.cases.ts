import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const SRC = 'models/staging/_sources.yml';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added source table without freshness anywhere',
    base: { ...project },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n' },
    expect: [{ file: SRC, line: 5 }],
    messageIncludes: '`shop.orders`',
  },
  {
    name: 'table added under an existing source: only the new table',
    base: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n' },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n      - name: payments\n' },
    expect: [{ file: SRC, line: 6 }],
  },
  {
    name: 'near miss: freshness with warn_after but no period',
    base: { ...project },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    freshness:\n      warn_after: {count: 12}\n    tables:\n      - name: orders\n' },
    expect: [{ file: SRC, line: 7 }],
    messageIncludes: 'period',
  },
  {
    name: 'source-level freshness removed by the change: every table of the source',
    base: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    freshness:\n      warn_after: {count: 12, period: hour}\n    tables:\n      - name: orders\n      - name: payments\n' },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    loader: fivetran\n    tables:\n      - name: orders\n      - name: payments\n' },
    expect: [
      { file: SRC, line: 6 },
      { file: SRC, line: 7 },
    ],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'source-level freshness merged into the table',
    base: { ...project },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    loaded_at_field: _loaded_at\n    freshness:\n      error_after: {count: 1, period: day}\n    tables:\n      - name: orders\n' },
    expect: [],
  },
  {
    name: 'freshness under config: (dbt 1.9+), at table level',
    base: { ...project },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n        config:\n          freshness:\n            warn_after: {count: 6, period: hour}\n' },
    expect: [],
  },
  {
    name: 'explicit freshness: null opts the table out',
    base: { ...project },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    freshness:\n      warn_after: {count: 12, period: hour}\n    tables:\n      - name: orders\n      - name: country_codes\n        freshness: null\n' },
    expect: [],
  },
  {
    name: 'freshness from a YAML anchor',
    base: { ...project },
    head: {
      ...project,
      [SRC]: 'version: 2\nx-fresh: &fresh\n  warn_after: {count: 12, period: hour}\nsources:\n  - name: shop\n    tables:\n      - name: orders\n        freshness: *fresh\n',
    },
    expect: [],
  },
  {
    name: 'folder-level +freshness in dbt_project.yml sources config',
    base: { 'dbt_project.yml': "name: shop\nversion: '1.0'\n" },
    head: {
      'dbt_project.yml': "name: shop\nversion: '1.0'\nsources:\n  shop:\n    +freshness:\n      warn_after: {count: 1, period: day}\n",
      [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n',
    },
    expect: [],
  },
  {
    name: 'an untouched source table without freshness is left alone when a sibling is edited',
    base: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n      - name: payments\n        freshness: {warn_after: {count: 1, period: day}}\n' },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n      - name: payments\n        freshness: {warn_after: {count: 2, period: day}}\n' },
    expect: [],
  },
];
