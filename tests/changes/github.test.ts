import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changedFileFromGitHub, githubChangeSet } from '../../src/changes/github.js';
import { createGitHubClient } from '../../src/github/client.js';
import type { ChangeSet } from '../../src/model.js';

const BASE = 'b'.repeat(40);
const HEAD = 'h'.repeat(40);
const MERGE_BASE = 'm'.repeat(40);

const PAGES = [
  [
    { filename: 'models/orders.sql', status: 'modified', additions: 2, deletions: 1, patch: '@@ -1,3 +1,4 @@\n select\n-  amount\n+  amount,\n+  status\n from raw.orders' },
    { filename: 'dags/etl.py', status: 'removed', additions: 0, deletions: 1, patch: '@@ -1 +0,0 @@\n-from airflow import DAG' },
    { filename: 'assets/logo.png', status: 'added', additions: 0, deletions: 0 },
  ],
  [
    { filename: 'seeds/huge.csv', status: 'modified', additions: 40000, deletions: 12 },
    { filename: 'marts/moved.sql', previous_filename: 'models/moved.sql', status: 'renamed', additions: 1, deletions: 1, patch: '@@ -6 +6 @@\n-select 6\n+select six' },
    { filename: 'models/new_name.sql', previous_filename: 'models/old_name.sql', status: 'renamed', additions: 0, deletions: 0 },
  ],
  [
    { filename: 'models/copy.sql', previous_filename: 'models/orders.sql', status: 'copied', additions: 0, deletions: 0, patch: '' },
    { filename: 'scripts/run.sh', status: 'changed', additions: 0, deletions: 0 },
    { filename: 'my models/with space.sql', status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+select 1 as café' },
  ],
];

const CONTENTS: Record<string, string | Buffer> = {
  [`${BASE}:models/orders.sql`]: 'select\n  amount\nfrom raw.orders\n',
  [`${HEAD}:models/orders.sql`]: 'select\n  amount,\n  status\nfrom raw.orders\n',
  [`${BASE}:dags/etl.py`]: 'from airflow import DAG\n',
  [`${HEAD}:assets/logo.png`]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
  [`${HEAD}:my models/with space.sql`]: 'select 1 as café\n',
  [`${HEAD}:big.sql`]: `select '${'x'.repeat(3000)}'\n`,
  [`${HEAD}:latin1.sql`]: Buffer.from([0x73, 0x65, 0x6c, 0x20, 0xe9, 0x0a]),
  [`${MERGE_BASE}:models/orders.sql`]: 'select amount from raw.orders\n',
};
/** Served chunked, without Content-Length, so only the streamed cap can notice the size. */
const STREAMED = `${HEAD}:streamed.sql`;

const TREES: Record<string, unknown> = {
  [HEAD]: {
    sha: HEAD,
    truncated: false,
    tree: [
      { path: 'models', type: 'tree', mode: '040000', sha: 't1' },
      { path: 'models/orders.sql', type: 'blob', mode: '100644', sha: 'x1', size: 42 },
      { path: 'my models/with space.sql', type: 'blob', mode: '100644', sha: 'x2', size: 18 },
      { path: 'seeds/huge.csv', type: 'blob', mode: '100644', sha: 'x3', size: 5_000_000 },
      { path: 'vendor/lib', type: 'commit', mode: '160000', sha: 'x4' },
    ],
  },
};

interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  accept: string;
}

let server: http.Server;
let port: number;
const requests: Recorded[] = [];

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  requests.push({ method: req.method ?? '', path: decodeURIComponent(url.pathname), query: url.searchParams, accept: String(req.headers.accept ?? '') });
  const route = decodeURIComponent(url.pathname);

  if (route === '/repos/o/r/pulls/1/files') {
    const page = Number(url.searchParams.get('page') ?? '1');
    const link = (n: number): string => `http://127.0.0.1:${port}/repos/o/r/pulls/1/files?per_page=100&page=${n}`;
    const links = [page < PAGES.length ? `<${link(page + 1)}>; rel="next"` : '', `<${link(PAGES.length)}>; rel="last"`].filter(Boolean);
    json(res, 200, PAGES[page - 1] ?? [], { link: links.join(', ') });
    return;
  }
  const contents = /^\/repos\/o\/r\/contents\/(.+)$/.exec(route);
  if (contents) {
    const key = `${url.searchParams.get('ref')}:${contents[1]}`;
    if (contents[1] === 'models') {
      json(res, 200, [{ type: 'file', name: 'orders.sql', path: 'models/orders.sql', sha: 'x1' }]);
      return;
    }
    if (key === STREAMED) {
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw' });
      for (let i = 0; i < 50; i++) res.write(`select ${'y'.repeat(100)}\n`);
      res.end();
      return;
    }
    const body = CONTENTS[key];
    if (body === undefined) {
      json(res, 404, { message: 'Not Found' });
      return;
    }
    res.writeHead(200, { 'content-type': typeof body === 'string' ? 'application/vnd.github.raw; charset=utf-8' : 'application/octet-stream' });
    res.end(body);
    return;
  }
  const tree = /^\/repos\/o\/r\/git\/trees\/(.+)$/.exec(route);
  if (tree && tree[1] !== undefined && TREES[tree[1]]) {
    json(res, 200, TREES[tree[1]]);
    return;
  }
  if (route === `/repos/o/r/compare/${BASE}...${HEAD}`) {
    json(res, 200, { merge_base_commit: { sha: MERGE_BASE }, files: [] });
    return;
  }
  json(res, 404, { message: `No route for ${route}` });
}

beforeAll(async () => {
  server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client() {
  return createGitHubClient({ token: 't', baseUrl: `http://127.0.0.1:${port}`, throttle: false });
}

function requestsTo(prefix: string): Recorded[] {
  return requests.filter((request) => request.path.startsWith(prefix));
}

describe('githubChangeSet', () => {
  let change: ChangeSet;

  beforeEach(async () => {
    requests.length = 0;
    change = await githubChangeSet({ client: client(), owner: 'o', repo: 'r', pullNumber: 1, baseSha: BASE, headSha: HEAD, maxFileBytes: 1000 });
  });

  it('reads every page of pulls.listFiles, 100 at a time', () => {
    const pages = requestsTo('/repos/o/r/pulls/1/files');
    expect(pages).toHaveLength(3);
    expect(pages.every((request) => request.query.get('per_page') === '100')).toBe(true);
    expect(change.files.map((file) => file.path)).toEqual(PAGES.flat().map((entry) => entry.filename));
    expect(change).toMatchObject({ base: BASE, head: HEAD });
  });

  it('maps statuses, previous names and hunks', () => {
    const files = new Map(change.files.map((file) => [file.path, file]));
    expect(files.get('models/orders.sql')).toMatchObject({ status: 'modified', additions: 2, deletions: 1 });
    expect([...(files.get('models/orders.sql')?.addedLines ?? [])]).toEqual([2, 3]);
    expect([...(files.get('models/orders.sql')?.commentableLines ?? [])].sort()).toEqual([1, 2, 3, 4]);
    expect(files.get('dags/etl.py')).toMatchObject({ status: 'removed', deletions: 1 });
    expect(files.get('marts/moved.sql')).toMatchObject({ status: 'renamed', previousPath: 'models/moved.sql' });
    expect(files.get('models/copy.sql')).toMatchObject({ status: 'added' });
    expect(files.get('models/copy.sql')?.previousPath).toBeUndefined();
    expect(files.get('scripts/run.sh')).toMatchObject({ status: 'modified' });
  });

  it('keeps patch-less files and says why they have no patch', () => {
    const files = new Map(change.files.map((file) => [file.path, file]));
    expect(files.get('assets/logo.png')).toMatchObject({ status: 'added', patchUnavailable: 'binary', hunks: [] });
    expect(files.get('seeds/huge.csv')).toMatchObject({ patchUnavailable: 'too-large', additions: 40000, deletions: 12 });
    // A rename without edits has nothing to show and is not mistaken for a binary file.
    expect(files.get('models/new_name.sql')).toMatchObject({ status: 'renamed', previousPath: 'models/old_name.sql', hunks: [] });
    expect(files.get('models/new_name.sql')?.patchUnavailable).toBeUndefined();
    expect(files.get('scripts/run.sh')?.patchUnavailable).toBeUndefined();
    // An identical copy comes with an empty patch: present, nothing to mark.
    expect(files.get('models/copy.sql')?.patchUnavailable).toBeUndefined();
  });

  it('reads contents at the two commits with the raw media type', async () => {
    expect(await change.contents.read('base', 'models/orders.sql')).toEqual({ kind: 'text', text: 'select\n  amount\nfrom raw.orders\n' });
    expect(await change.contents.read('head', 'models/orders.sql')).toEqual({ kind: 'text', text: 'select\n  amount,\n  status\nfrom raw.orders\n' });
    expect(await change.contents.read('head', 'my models/with space.sql')).toEqual({ kind: 'text', text: 'select 1 as café\n' });
    const reads = requestsTo('/repos/o/r/contents/');
    expect(reads.map((request) => request.query.get('ref'))).toEqual([BASE, HEAD, HEAD]);
    expect(reads.every((request) => request.accept === 'application/vnd.github.v3.raw')).toBe(true);
  });

  it('answers absent for 404 and for directories, binary for NUL bytes', async () => {
    expect(await change.contents.read('head', 'dags/etl.py')).toEqual({ kind: 'absent' });
    expect(await change.contents.read('head', 'models')).toEqual({ kind: 'absent' });
    expect(await change.contents.read('head', 'assets/logo.png')).toEqual({ kind: 'binary' });
    expect(await change.contents.read('head', 'latin1.sql')).toEqual({ kind: 'text', text: 'sel \uFFFD\n' });
  });

  it('reports too-large files by declared length or streamed size', async () => {
    expect(await change.contents.read('head', 'big.sql')).toEqual({ kind: 'too-large', bytes: 3010 });
    const streamed = await change.contents.read('head', 'streamed.sql');
    expect(streamed.kind).toBe('too-large');
    expect(streamed.kind === 'too-large' && streamed.bytes).toBeGreaterThan(1000);
  });

  it('caches reads', async () => {
    await change.contents.read('head', 'models/orders.sql');
    await change.contents.read('head', 'models/orders.sql');
    await change.contents.read('base', 'dags/etl.py');
    await change.contents.read('base', 'dags/etl.py');
    expect(requestsTo('/repos/o/r/contents/')).toHaveLength(2);
  });

  it('lists the blobs of a side from the recursive tree, and uses their sizes', async () => {
    expect(await change.contents.listFiles('head')).toEqual(['models/orders.sql', 'my models/with space.sql', 'seeds/huge.csv']);
    await change.contents.listFiles('head');
    const trees = requestsTo('/repos/o/r/git/trees/');
    expect(trees).toHaveLength(1);
    expect(trees[0]?.path).toBe(`/repos/o/r/git/trees/${HEAD}`);
    expect(trees[0]?.query.get('recursive')).toBe('true');
    // The tree said 5 MB: no download is attempted.
    expect(await change.contents.read('head', 'seeds/huge.csv')).toEqual({ kind: 'too-large', bytes: 5_000_000 });
    expect(requestsTo('/repos/o/r/contents/')).toHaveLength(0);
  });

  it('rejects reads that fail for reasons other than absence', async () => {
    // The tree of BASE is not served: a 404 on getTree is a failure, not an empty tree.
    await expect(change.contents.listFiles('base')).rejects.toThrow(/No route/);
  });
});

describe('githubChangeSet with useMergeBase', () => {
  it('reads the base side at the merge base', async () => {
    requests.length = 0;
    const change = await githubChangeSet({ client: client(), owner: 'o', repo: 'r', pullNumber: 1, baseSha: BASE, headSha: HEAD, useMergeBase: true });
    expect(change.base).toBe(MERGE_BASE);
    expect(await change.contents.read('base', 'models/orders.sql')).toEqual({ kind: 'text', text: 'select amount from raw.orders\n' });
  });

  it('falls back to the given base when the compare call fails', async () => {
    const change = await githubChangeSet({ client: client(), owner: 'o', repo: 'r', pullNumber: 1, baseSha: BASE, headSha: 'c'.repeat(40), useMergeBase: true });
    expect(change.base).toBe(BASE);
  });
});

describe('changedFileFromGitHub', () => {
  it('treats unknown statuses as modified and unchanged as modified', () => {
    expect(changedFileFromGitHub({ filename: 'a.sql', status: 'unchanged', additions: 0, deletions: 0, patch: '' }).status).toBe('modified');
    expect(changedFileFromGitHub({ filename: 'a.sql', status: 'weird', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+x' }).status).toBe('modified');
  });
});
