// A small loopback stand-in for the GitHub REST routes the action uses, for counting API calls.
// It mirrors the shapes of tests/support/fakeApis.ts (which is TypeScript and cannot be imported
// by plain Node) but validates nothing: review comments are accepted as they come. Repository
// data (PR files, patches, contents, trees) comes from a real local git repository.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';

const git = (dir, args) => execFileSync('git', args, { cwd: dir, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
const tryGit = (dir, args) => {
  try {
    return git(dir, args).toString().trim();
  } catch {
    return undefined;
  }
};

export async function startApiServer({ dir, base, head, owner = 'bench', repo = 'repo', number = 1 }) {
  const requests = [];
  const state = { labels: [], issues: [], comments: [], reviews: [], reviewComments: [], statuses: [] };
  let nextId = 100;
  let nextNumber = 2;
  const now = () => new Date().toISOString();
  const bot = { login: 'github-actions[bot]', type: 'Bot' };
  let url = '';
  const html = `https://github.com/${owner}/${repo}`;

  const pullFiles = () => {
    const names = git(dir, ['diff', '--name-status', base, head]).toString().trim().split('\n').filter(Boolean);
    return names.map((line) => {
      const [code, filename] = line.split('\t');
      const diff = git(dir, ['diff', base, head, '--', filename]).toString();
      const at = diff.search(/^@@ /m);
      const patch = at < 0 ? undefined : diff.slice(at).replace(/\n$/, '');
      const additions = patch ? patch.split('\n').filter((l) => l.startsWith('+')).length : 0;
      const deletions = patch ? patch.split('\n').filter((l) => l.startsWith('-')).length : 0;
      const status = code.startsWith('A') ? 'added' : code.startsWith('D') ? 'removed' : 'modified';
      const ref = status === 'removed' ? base : head;
      return { sha: tryGit(dir, ['rev-parse', `${ref}:${filename}`]) ?? null, filename, status, additions, deletions, changes: additions + deletions, blob_url: `${html}/blob/${ref}/${filename}`, raw_url: `${html}/raw/${ref}/${filename}`, contents_url: `${url}/repos/${owner}/${repo}/contents/${filename}?ref=${ref}`, ...(patch ? { patch } : {}) };
    });
  };
  const pull = () => ({
    id: 1, number, title: 'Bench PR', body: '', state: 'open', draft: false, html_url: `${html}/pull/${number}`, user: { login: 'octocat', type: 'User' },
    head: { sha: head, ref: 'feature', repo: { full_name: `${owner}/${repo}`, fork: false } },
    base: { sha: base, ref: 'main', repo: { full_name: `${owner}/${repo}`, fork: false } }, labels: [],
  });
  const pullAsIssue = () => ({ id: 1, number, title: 'Bench PR', body: '', state: 'open', labels: [], user: { login: 'octocat', type: 'User' }, html_url: `${html}/pull/${number}`, pull_request: { url: `${url}/repos/${owner}/${repo}/pulls/${number}` }, comments: 0 });
  const paginate = (items, query, path) => {
    const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers = {};
    if (page < last) {
      const q = new URLSearchParams(query);
      q.set('per_page', String(perPage));
      q.set('page', String(page + 1));
      headers.link = `<${url}${path}?${q}>; rel="next"`;
    }
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers };
  };
  const labelsFrom = (value) => (Array.isArray(value) ? value : []).map((v) => state.labels.find((l) => l.name.toLowerCase() === String(typeof v === 'string' ? v : v?.name).toLowerCase())).filter(Boolean);

  const p = `/repos/${owner}/${repo}`;
  const routes = [];
  const on = (method, pattern, handler) => routes.push({ method, re: new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/:[a-z]+/g, '([^/]+)').replace(/\*$/, '(.+)')}$`), handler });
  on('GET', `${p}/pulls/:n`, () => ({ status: 200, body: pull() }));
  on('GET', `${p}/pulls/:n/files`, (_, r) => paginate(pullFiles(), r.query, r.path));
  on('GET', `${p}/contents/*`, ([raw], r) => {
    const path = decodeURIComponent(raw).replace(/^\/+|\/+$/g, '');
    const ref = r.query.get('ref') ?? head;
    const type = tryGit(dir, ['cat-file', '-t', `${ref}:${path}`]);
    if (type !== 'blob') return { status: 404, body: { message: 'Not Found' } };
    const content = git(dir, ['cat-file', 'blob', `${ref}:${path}`]);
    if (/raw/.test(String(r.headers.accept ?? ''))) return { status: 200, raw: content };
    return { status: 200, body: { type: 'file', name: path.split('/').pop(), path, sha: tryGit(dir, ['rev-parse', `${ref}:${path}`]), size: content.length, encoding: 'base64', content: content.toString('base64') } };
  });
  on('GET', `${p}/git/trees/:sha`, ([sha], r) => {
    const tree = tryGit(dir, ['rev-parse', '--verify', '--quiet', `${decodeURIComponent(sha)}^{tree}`]);
    if (!tree) return { status: 404, body: { message: 'Not Found' } };
    const recursive = r.query.get('recursive');
    const entries = git(dir, ['ls-tree', '-l', '-z', ...(recursive && recursive !== '0' && recursive !== 'false' ? ['-r', '-t'] : []), tree]).toString().split('\0').filter(Boolean).map((e) => {
      const [meta, path] = e.split('\t');
      const [mode, type, objectSha, size] = meta.split(/\s+/);
      return { path, mode, type, sha: objectSha, ...(size !== '-' ? { size: Number(size) } : {}) };
    });
    return { status: 200, body: { sha: tree, tree: entries, truncated: false } };
  });
  on('GET', `${p}/compare/*`, ([bh]) => {
    const [from, to] = decodeURIComponent(bh).split('...');
    return { status: 200, body: { merge_base_commit: { sha: tryGit(dir, ['merge-base', from, to]) }, base_commit: { sha: tryGit(dir, ['rev-parse', from]) }, status: 'ahead', files: [] } };
  });
  on('GET', `${p}/collaborators/:user/permission`, () => ({ status: 404, body: { message: 'Not Found' } }));
  on('GET', `${p}/labels`, (_, r) => paginate(state.labels, r.query, r.path));
  on('GET', `${p}/labels/:name`, ([name]) => {
    const label = state.labels.find((l) => l.name.toLowerCase() === decodeURIComponent(name).toLowerCase());
    return label ? { status: 200, body: label } : { status: 404, body: { message: 'Not Found' } };
  });
  on('POST', `${p}/labels`, (_, r) => {
    const label = { id: nextId++, name: r.body.name, color: r.body.color ?? 'ededed', description: r.body.description ?? null, default: false };
    state.labels.push(label);
    return { status: 201, body: label };
  });
  on('GET', `${p}/issues`, (_, r) => {
    const wanted = r.query.get('state') ?? 'open';
    const labels = (r.query.get('labels') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    const all = [...state.issues, pullAsIssue()].filter((i) => wanted === 'all' || i.state === wanted).filter((i) => labels.every((n) => i.labels.some((l) => l.name.toLowerCase() === n)));
    return paginate(all.sort((a, b) => b.number - a.number), r.query, r.path);
  });
  on('POST', `${p}/issues`, (_, r) => {
    const n = nextNumber++;
    const issue = { id: nextId++, number: n, title: r.body.title, body: r.body.body ?? null, state: 'open', labels: labelsFrom(r.body.labels), user: bot, html_url: `${html}/issues/${n}`, comments: 0, created_at: now(), updated_at: now() };
    state.issues.push(issue);
    return { status: 201, body: issue };
  });
  on('GET', `${p}/issues/:n`, ([n]) => {
    if (Number(n) === number) return { status: 200, body: pullAsIssue() };
    const issue = state.issues.find((i) => i.number === Number(n));
    return issue ? { status: 200, body: issue } : { status: 404, body: { message: 'Not Found' } };
  });
  on('PATCH', `${p}/issues/:n`, ([n], r) => {
    const issue = state.issues.find((i) => i.number === Number(n));
    if (!issue) return { status: 404, body: { message: 'Not Found' } };
    Object.assign(issue, r.body.labels ? { ...r.body, labels: labelsFrom(r.body.labels) } : r.body, { updated_at: now() });
    return { status: 200, body: issue };
  });
  on('GET', `${p}/issues/:n/comments`, ([n], r) => paginate(state.comments.filter((c) => c.issue_number === Number(n)), r.query, r.path));
  on('POST', `${p}/issues/:n/comments`, ([n], r) => {
    const c = { id: nextId++, issue_number: Number(n), body: r.body.body, user: bot, html_url: `${html}/issues/${n}#c`, created_at: now(), updated_at: now() };
    state.comments.push(c);
    return { status: 201, body: c };
  });
  on('PATCH', `${p}/issues/comments/:id`, ([id], r) => {
    const c = state.comments.find((x) => x.id === Number(id));
    if (!c) return { status: 404, body: { message: 'Not Found' } };
    c.body = r.body.body;
    return { status: 200, body: c };
  });
  on('GET', `${p}/pulls/:n/reviews`, (_, r) => paginate(state.reviews, r.query, r.path));
  on('POST', `${p}/pulls/:n/reviews`, (_, r) => {
    const review = { id: nextId++, pull_number: number, user: bot, body: r.body.body ?? '', state: 'COMMENTED', event: r.body.event, commit_id: head, html_url: `${html}/pull/${number}#r`, submitted_at: now() };
    state.reviews.push(review);
    for (const c of r.body.comments ?? []) state.reviewComments.push({ id: nextId++, pull_request_review_id: review.id, pull_number: number, path: c.path, line: c.line, side: c.side ?? 'RIGHT', start_line: c.start_line ?? null, body: c.body, user: bot, commit_id: head, created_at: now() });
    return { status: 200, body: review };
  });
  on('GET', `${p}/pulls/:n/comments`, (_, r) => paginate(state.reviewComments, r.query, r.path));
  on('POST', `${p}/statuses/:sha`, ([sha], r) => {
    const s = { id: nextId++, sha, state: r.body.state, context: r.body.context ?? 'default', description: r.body.description ?? null, creator: bot };
    state.statuses.push(s);
    return { status: 201, body: s };
  });

  const server = createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString();
    let body = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = {};
    }
    const parsed = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const r = { path: parsed.pathname, query: parsed.searchParams, headers: request.headers, body };
    let reply = { status: 404, body: { message: `bench: no route for ${method} ${parsed.pathname}` }, unexpected: true };
    for (const route of routes) {
      const m = route.method === method ? route.re.exec(parsed.pathname) : null;
      if (m) {
        reply = route.handler(m.slice(1), r);
        break;
      }
    }
    requests.push({ method, path: parsed.pathname, status: reply.status, unexpected: !!reply.unexpected });
    if (reply.raw) {
      response.writeHead(reply.status, { 'content-type': 'text/plain' });
      response.end(reply.raw);
      return;
    }
    response.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
    response.end(JSON.stringify(reply.body));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}`;
  return { url, owner, repo, number, requests, state, close: () => new Promise((resolve) => server.close(resolve)) };
}

// --- Anthropic Messages API stand-in ------------------------------------------------------------
// Answers POST /v1/messages with a valid, empty `submit_review` tool call and a `usage` block
// computed the way the real API reports prompt caching: the prefix up to the last
// `cache_control` breakpoint (tools, then system, in the API's order) is written on a call whose
// prefix is not cached yet (`cache_creation_input_tokens`) and read on later calls with a
// byte-identical prefix (`cache_read_input_tokens`); `input_tokens` is what follows the
// breakpoint. As with the real API, a prefix becomes readable only once the call that wrote it
// has been answered (calls sent together all write), and a prefix below the model's minimum
// cacheable length is not cached at all. Token counts are ESTIMATES (1 token per 3.5
// characters of the JSON text: there is no tokenizer offline); bytes are exact.

const TOKEN_CHARS = 3.5;
export const estimateApiTokens = (text) => Math.ceil(text.length / TOKEN_CHARS);
// Anthropic's documented minimums: 2,048 tokens for Haiku models, 1,024 for the others.
const minimumCacheable = (model) => (/haiku/i.test(String(model)) ? 2048 : 1024);

/** Splits a request into its cacheable prefix and the rest, as JSON texts. */
function promptParts(body) {
  const tools = Array.isArray(body.tools) ? body.tools : [];
  const system = typeof body.system === 'string' ? [{ type: 'text', text: body.system }] : Array.isArray(body.system) ? body.system : [];
  const messages = Array.isArray(body.messages) ? body.messages : [];
  // The breakpoint: the last block carrying cache_control, in order tools → system → messages.
  const blocks = [...tools.map((b) => ({ where: 'tools', b })), ...system.map((b) => ({ where: 'system', b })), ...messages.map((b) => ({ where: 'messages', b }))];
  let cut = -1;
  blocks.forEach((block, index) => {
    const controlled = block.b?.cache_control || (Array.isArray(block.b?.content) && block.b.content.some((c) => c?.cache_control));
    if (controlled) cut = index;
  });
  const text = (list) => list.map((block) => JSON.stringify(block.b)).join('');
  return {
    prefix: cut >= 0 ? text(blocks.slice(0, cut + 1)) : '',
    rest: text(blocks.slice(cut + 1)),
    systemText: system.map((b) => (typeof b?.text === 'string' ? b.text : '')).join(''),
  };
}

export async function startMessagesServer() {
  const calls = [];
  const cached = new Set();
  let nextId = 1;
  const server = createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const raw = Buffer.concat(chunks);
    const parsed = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'POST' || parsed.pathname !== '/v1/messages') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: `bench: no route for ${request.method} ${parsed.pathname}` } }));
      return;
    }
    let body;
    try {
      body = JSON.parse(raw.toString());
    } catch {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'body is not JSON' } }));
      return;
    }
    const { prefix, rest, systemText } = promptParts(body);
    const prefixTokens = estimateApiTokens(prefix);
    const cacheable = prefix !== '' && prefixTokens >= minimumCacheable(body.model);
    const hit = cacheable && cached.has(prefix);
    const usage = {
      input_tokens: estimateApiTokens(rest) + (cacheable ? 0 : prefixTokens),
      cache_creation_input_tokens: cacheable && !hit ? prefixTokens : 0,
      cache_read_input_tokens: hit ? prefixTokens : 0,
      output_tokens: 20,
    };
    calls.push({ bytes: raw.length, systemTokens: estimateApiTokens(systemText), prefixTokens, usage, model: body.model });
    const tool = (Array.isArray(body.tools) ? body.tools : [])[0]?.name ?? 'submit_review';
    const message = {
      id: `msg_bench_${nextId++}`,
      type: 'message',
      role: 'assistant',
      model: body.model,
      content: [{ type: 'tool_use', id: `toolu_bench_${nextId}`, name: tool, input: { findings: [], escalations: [] } }],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage,
    };
    response.writeHead(200, { 'content-type': 'application/json', 'request-id': `req_bench_${nextId}` });
    response.end(JSON.stringify(message));
    // Readable by the calls that come after this answer, like the real cache.
    if (cacheable) cached.add(prefix);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, calls, close: () => new Promise((resolve) => server.close(resolve)) };
}
