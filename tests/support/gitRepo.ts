// Builds a throw-away git repository from a list of snapshots, one commit each, so tests run
// against real `git diff` output instead of hand-written patches.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Path → new content; `null` deletes the file. Paths not named keep their content. */
export type Snapshot = Record<string, string | Buffer | null>;

export interface TempGitRepo {
  dir: string;
  /** One commit id per snapshot, in order. */
  commits: string[];
  git(...args: string[]): string;
  cleanup(): void;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
};

export function createTempGitRepo(snapshots: readonly Snapshot[]): TempGitRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'der-repo-'));
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  const commits: string[] = [];
  snapshots.forEach((snapshot, index) => {
    for (const [file, content] of Object.entries(snapshot)) {
      const target = path.join(dir, file);
      if (content === null) {
        rmSync(target, { force: true });
      } else {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', `snapshot ${index}`);
    commits.push(git('rev-parse', 'HEAD').trim());
  });
  return { dir, commits, git, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const ORDERS_BASE = [
  "{{ config(materialized='incremental') }}",
  'select',
  '  order_id,',
  '  customer_id,',
  '  amount',
  "from {{ ref('stg_orders') }}",
  ...Array.from({ length: 20 }, (_, index) => `-- padding line ${index + 7}`),
  'where amount > 0',
  '  and order_id is not null',
  '  and customer_id is not null',
].join('\n');

const ORDERS_HEAD = ORDERS_BASE.replace("materialized='incremental'", "materialized='table'")
  .replace('  amount\n', '  amount,\n  status\n')
  .replace('  and customer_id is not null', '  and customer_id is not null\n  and status != \'void\'');

const CUSTOMERS = ['select', '  customer_id,', '  name', "from {{ source('crm', 'customers') }}", ''].join('\n');

/**
 * A small dbt project with every kind of change: a model modified in two hunks, one removed,
 * one renamed with an edit, one added, and a binary file added.
 */
export function createSampleDbtRepo(): TempGitRepo & { base: string; head: string } {
  const repo = createTempGitRepo([
    {
      'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n",
      'models/orders.sql': `${ORDERS_BASE}\n`,
      'models/legacy.sql': 'select 1 as id\n',
      'models/customers.sql': CUSTOMERS,
    },
    {
      'models/orders.sql': `${ORDERS_HEAD}\n`,
      'models/legacy.sql': null,
      'models/customers.sql': null,
      'models/staging/customers.sql': CUSTOMERS.replace('  name', '  name,\n  email'),
      'models/new_model.sql': 'select * from {{ ref(\'orders\') }}\n',
      'seeds/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x00, 0xff]),
    },
  ]);
  return { ...repo, base: repo.commits[0]!, head: repo.commits[1]! };
}
