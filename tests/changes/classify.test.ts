import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PATHS,
  PathClassifier,
  classifyChange,
  findDbtProjects,
  matchesGlobList,
  parseDbtProject,
  parseGlobList,
} from '../../src/changes/classify.js';
import type { DbtProjectLayout } from '../../src/changes/classify.js';
import { changedFileFrom } from '../../src/changes/diff.js';
import type { ChangedFile, Domain, FileStatus } from '../../src/model.js';

function file(path: string, status: FileStatus = 'modified', previousPath?: string): ChangedFile {
  return changedFileFrom({ path, status, hunks: [], ...(previousPath ? { previousPath } : {}) });
}

describe('default path globs', () => {
  const classifier = new PathClassifier(DEFAULT_PATHS, []);
  const cases: Array<[string, Domain]> = [
    ['dbt_project.yml', 'dbt'],
    ['analytics/dbt_project.yml', 'dbt'],
    ['analytics/profiles.yml', 'dbt'],
    ['packages.yml', 'dbt'],
    ['dependencies.yml', 'dbt'],
    ['selectors.yml', 'dbt'],
    ['models/staging/stg_orders.sql', 'dbt'],
    ['analytics/models/marts/schema.yml', 'dbt'],
    ['models/sources.yaml', 'dbt'],
    ['macros/cents_to_dollars.sql', 'dbt'],
    ['snapshots/orders_snapshot.sql', 'dbt'],
    ['seeds/country_codes.csv', 'dbt'],
    ['.hidden/models/x.sql', 'dbt'],
    ['dags/daily_etl.py', 'airflow'],
    ['airflow/dags/sql/load.sql', 'airflow'],
    ['dags/config/pipeline.yaml', 'airflow'],
    ['dags/config/pipeline.json', 'airflow'],
    ['airflow/plugins/operators/s3.py', 'airflow'],
    ['deploy/airflow.cfg', 'airflow'],
    ['airflow_settings.yaml', 'airflow'],
    ['warehouse/ddl/create_orders.sql', 'sql'],
    ['report.sql', 'sql'],
    ['migrations/V1__init.SQL', 'sql'],
    ['Dags/Load.PY', 'airflow'],
    // Names that only mention a tool are not the tool.
    ['docs/airflow/intro.md', 'other'],
    ['docs/dbt-guide.md', 'other'],
    ['docs/dbt/models.md', 'other'],
    ['docs/models/intro.md', 'other'],
    ['airflow/README.md', 'other'],
    ['README.md', 'other'],
    ['models/README.md', 'other'],
    ['models/readme.yml', 'dbt'],
    ['dags/README.md', 'other'],
    ['airflow/docker-compose.yml', 'other'],
    // Generic folder names are dbt only inside a detected dbt project.
    ['tests/test_api.py', 'other'],
    ['app/models/user.py', 'other'],
    ['analyses/adhoc.sql', 'sql'],
    ['tests/assert_positive.sql', 'sql'],
    ['src/main.ts', 'other'],
  ];
  it.each(cases)('%s → %s', (path, domain) => {
    expect(classifier.domainOf(path)).toBe(domain);
  });
});

describe('dbt project layouts', () => {
  const custom: DbtProjectLayout = parseDbtProject(
    'transform',
    ['name: shop', 'model-paths: ["src", "./extra/"]', 'test-paths: [checks]', 'analysis-paths: [adhoc]', 'seed-paths: [data]'].join('\n'),
  );
  const atRoot = parseDbtProject('', 'name: root_project\n');
  const classifier = new PathClassifier(DEFAULT_PATHS, [custom, atRoot]);
  const cases: Array<[string, Domain]> = [
    ['transform/src/orders.sql', 'dbt'],
    ['transform/src/orders.py', 'dbt'],
    ['transform/src/docs.md', 'dbt'],
    ['transform/extra/more.sql', 'dbt'],
    ['transform/checks/assert_positive.sql', 'dbt'],
    ['transform/adhoc/revenue.sql', 'dbt'],
    ['transform/data/countries.csv', 'dbt'],
    ['transform/src/README.md', 'other'],
    ['transform/checks/test_helpers.py', 'other'],
    ['transform/scripts/run.py', 'other'],
    ['src/orders.sql', 'sql'],
    // The root project keeps dbt's default folders.
    ['tests/assert_positive.sql', 'dbt'],
    ['analyses/adhoc.sql', 'dbt'],
    ['models/orders.py', 'dbt'],
    ['tests/test_api.py', 'other'],
    ['models/README.md', 'other'],
  ];
  it.each(cases)('%s → %s', (path, domain) => {
    expect(classifier.domainOf(path)).toBe(domain);
  });

  it('reads the layout keys, and names the project', () => {
    expect(custom).toEqual({
      root: 'transform',
      name: 'shop',
      modelPaths: ['src', 'extra'],
      macroPaths: ['macros'],
      snapshotPaths: ['snapshots'],
      seedPaths: ['data'],
      testPaths: ['checks'],
      analysisPaths: ['adhoc'],
    });
  });

  it('reads the pre-1.0 key names', () => {
    const legacy = parseDbtProject('', 'source-paths: [sql_models]\ndata-paths: [csv]\n');
    expect(legacy).toMatchObject({ modelPaths: ['sql_models'], seedPaths: ['csv'] });
  });

  it('an explicit negation in the settings beats the layout', () => {
    const settings = { ...DEFAULT_PATHS, dbt: [...DEFAULT_PATHS.dbt, '!transform/src/legacy/**'] };
    const withNegation = new PathClassifier(settings, [custom]);
    expect(withNegation.domainOf('transform/src/legacy/old.sql')).toBe('sql');
    expect(withNegation.domainOf('transform/src/new.sql')).toBe('dbt');
  });
});

describe('findDbtProjects', () => {
  it('finds projects by dbt_project.yml, skipping installed packages', async () => {
    const files: Record<string, string> = {
      'dbt_project.yml': 'name: root\n',
      'transform/dbt_project.yml': 'name: shop\nmodel-paths: [src]\n',
      'transform/dbt_packages/dbt_utils/dbt_project.yml': 'name: dbt_utils\n',
    };
    const projects = await findDbtProjects(['README.md', ...Object.keys(files)], async (path) => files[path]);
    expect(projects.map((project) => [project.root, project.name, project.modelPaths])).toEqual([
      ['', 'root', ['models']],
      ['transform', 'shop', ['src']],
    ]);
  });

  it('turns broken project files into defaults plus a problem, never a throw', async () => {
    const files: Record<string, string | Error | undefined> = {
      'bad_yaml/dbt_project.yml': 'name: [unclosed\nmodel-paths: [src]\n',
      'not_a_map/dbt_project.yml': '- just\n- a list\n',
      'empty/dbt_project.yml': '',
      'wrong_types/dbt_project.yml': 'name: ok\nmodel-paths: 42\nmacro-paths: ["../outside", "mac"]\nseed-paths: [{a: 1}]\n',
      'unreadable/dbt_project.yml': undefined,
      'throws/dbt_project.yml': new Error('boom'),
    };
    const projects = await findDbtProjects(Object.keys(files), async (path) => {
      const value = files[path];
      if (value instanceof Error) throw value;
      return value;
    });
    const byRoot = new Map(projects.map((project) => [project.root, project]));
    expect(byRoot.size).toBe(6);
    expect(byRoot.get('bad_yaml')).toMatchObject({ modelPaths: ['models'], problems: expect.stringMatching(/bad_yaml\/dbt_project.yml is not valid YAML at line 2: Flow sequence/) });
    expect(byRoot.get('not_a_map')?.problems).toMatch(/not a mapping/);
    expect(byRoot.get('empty')?.problems).toMatch(/empty/);
    expect(byRoot.get('unreadable')?.problems).toMatch(/could not be read/);
    expect(byRoot.get('throws')?.problems).toMatch(/boom/);
    const wrong = byRoot.get('wrong_types');
    expect(wrong).toMatchObject({ name: 'ok', modelPaths: ['models'], macroPaths: ['mac'], seedPaths: ['seeds'] });
    expect(wrong?.problems).toMatch(/model-paths should be a list/);
    expect(wrong?.problems).toMatch(/\.\.\/outside/);
  });
});

describe('classifyChange', () => {
  it('gives each file a domain and triggers on any dbt, Airflow or SQL file', () => {
    const result = classifyChange([file('models/a.sql'), file('dags/b.py'), file('docs/airflow/intro.md'), file('x.sql')], DEFAULT_PATHS, []);
    expect([...result.domains]).toEqual([
      ['models/a.sql', 'dbt'],
      ['dags/b.py', 'airflow'],
      ['docs/airflow/intro.md', 'other'],
      ['x.sql', 'sql'],
    ]);
    expect(result.triggered).toBe(true);
  });

  it('does not trigger on documentation alone', () => {
    const result = classifyChange([file('README.md'), file('docs/dbt-guide.md'), file('docs/airflow/intro.md')], DEFAULT_PATHS, []);
    expect(result.triggered).toBe(false);
  });

  it('classifies a rename by the more specific of its two paths', () => {
    const movedOut = classifyChange([file('archive/old_orders.txt', 'renamed', 'models/orders.sql')], DEFAULT_PATHS, []);
    expect(movedOut.domains.get('archive/old_orders.txt')).toBe('dbt');
    const movedIn = classifyChange([file('dags/etl.py', 'renamed', 'scripts/etl.py')], DEFAULT_PATHS, []);
    expect(movedIn.domains.get('dags/etl.py')).toBe('airflow');
    const removed = classifyChange([file('dags/etl.py', 'removed')], DEFAULT_PATHS, []);
    expect(removed).toMatchObject({ triggered: true });
  });

  it('uses the detected projects', () => {
    const project = parseDbtProject('transform', 'model-paths: [src]\n');
    const result = classifyChange([file('transform/src/orders.py')], DEFAULT_PATHS, [project]);
    expect(result.domains.get('transform/src/orders.py')).toBe('dbt');
    expect(classifyChange([file('transform/src/orders.py')], DEFAULT_PATHS, []).triggered).toBe(false);
  });
});

describe('parseGlobList', () => {
  it('reads one glob per line, ignoring blanks and comments', () => {
    const input = '# dbt\n  transform/**/*.sql  \n\n!transform/legacy/**\r\n/warehouse/*.yml\n./other/**\n!\n';
    expect(parseGlobList(input)).toEqual(['transform/**/*.sql', '!transform/legacy/**', 'warehouse/*.yml', 'other/**']);
    expect(parseGlobList('')).toEqual([]);
  });

  it('applies negations in order, the last matching line winning', () => {
    const globs = parseGlobList('etl/**/*.sql\n!etl/legacy/**\netl/legacy/keep.sql');
    expect(matchesGlobList('etl/a/b.sql', globs)).toBe(true);
    expect(matchesGlobList('etl/legacy/old.sql', globs)).toBe(false);
    expect(matchesGlobList('etl/legacy/keep.sql', globs)).toBe(true);
    expect(matchesGlobList('other/x.sql', globs)).toBe(false);
  });

  it('matches a glob without a slash at any depth, and dot folders', () => {
    expect(matchesGlobList('deep/down/q.hql', parseGlobList('*.hql'))).toBe(true);
    expect(matchesGlobList('.github/sql/x.sql', parseGlobList('**/*.sql'))).toBe(true);
  });

  it('drives classification as custom settings', () => {
    const settings = { dbt: parseGlobList('warehouse/**/*.sql'), airflow: parseGlobList('pipelines/**/*.py'), sql: parseGlobList('*.hql') };
    const result = classifyChange([file('warehouse/a.sql'), file('pipelines/p.py'), file('x/q.hql'), file('y.sql')], settings, []);
    expect([...result.domains.values()]).toEqual(['dbt', 'airflow', 'sql', 'other']);
  });
});
