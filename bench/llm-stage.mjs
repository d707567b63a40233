// LLM-stage figures: the CLI review with an API key, against the loopback Messages API stand-in
// (bench/api-server.mjs), on the generated corpus. From the requests and the usage the stand-in
// answered: number of calls, bytes and tokens sent per changed line, and the share of the cached
// prefix (system prompt + tool definition) read from the cache on the calls after the first.
// "Changed lines" are the lines the change adds (git diff --numstat, first column), i.e. the
// lines the review comments on. Tokens are the stand-in's estimate (see api-server.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMessagesServer } from './api-server.mjs';
import { buildCorpus } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function addedLines(dir, base, head) {
  return execFileSync('git', ['diff', '--numstat', base, head], { cwd: dir, maxBuffer: 64 * 1024 * 1024 })
    .toString()
    .split('\n')
    .filter(Boolean)
    .reduce((sum, line) => sum + (Number(line.split('\t')[0]) || 0), 0);
}

async function reviewWithLlm(corpus, api) {
  const env = { ...process.env, ANTHROPIC_API_KEY: 'sk-ant-bench-0000', ANTHROPIC_BASE_URL: api.url };
  delete env.GITHUB_ACTIONS;
  const child = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), 'review', '--repo', corpus.dir, '--base', corpus.base, '--head', corpus.head, '--format', 'json', '--fail-on', 'never'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const status = await new Promise((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`review with the LLM stand-in failed (${status}): ${stderr.slice(-1500)}`);
  return JSON.parse(stdout);
}

export async function llmStageFigure(n) {
  const corpus = buildCorpus(n);
  const api = await startMessagesServer();
  try {
    const report = await reviewWithLlm(corpus, api);
    const changedLines = addedLines(corpus.dir, corpus.base, corpus.head);
    const calls = api.calls;
    const sum = (list, pick) => list.reduce((total, call) => total + pick(call), 0);
    const tokens = (call) => call.usage.input_tokens + call.usage.cache_creation_input_tokens + call.usage.cache_read_input_tokens;
    const later = calls.slice(1);
    const laterPrefix = sum(later, (c) => c.prefixTokens);
    return {
      n,
      changedLines,
      calls: calls.length,
      llmStatus: report.llm?.status,
      skippedParts: report.llm?.coverage?.skipped?.length ?? 0,
      bytes: sum(calls, (c) => c.bytes),
      bytesPerChangedLine: sum(calls, (c) => c.bytes) / changedLines,
      tokens: sum(calls, tokens),
      tokensPerChangedLine: sum(calls, tokens) / changedLines,
      uncachedTokensPerChangedLine: sum(calls, (c) => c.usage.input_tokens + c.usage.cache_creation_input_tokens) / changedLines,
      prefixTokens: calls[0]?.prefixTokens,
      systemTokens: calls[0]?.systemTokens,
      cacheWriteTokens: sum(calls, (c) => c.usage.cache_creation_input_tokens),
      cacheReadTokens: sum(calls, (c) => c.usage.cache_read_input_tokens),
      // Share of the cacheable prefix (system prompt + tool) read from the cache after call 1.
      cachedShareAfterFirst: later.length > 0 && laterPrefix > 0 ? sum(later, (c) => c.usage.cache_read_input_tokens) / laterPrefix : undefined,
      reportedByReview: report.llm ? { calls: report.llm.calls, inputTokens: report.llm.inputTokens, cacheReadTokens: report.llm.cacheReadTokens, cacheWriteTokens: report.llm.cacheWriteTokens } : undefined,
    };
  } finally {
    await api.close();
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}

export async function llmStageFigures(sizes = [10, 100]) {
  const rows = [];
  for (const n of sizes) rows.push(await llmStageFigure(n));
  return { rows };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(JSON.stringify(await llmStageFigures(sizes.length > 0 ? sizes : undefined), null, 2));
}
