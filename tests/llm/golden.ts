// Loads the golden corpus (tests/fixtures/golden): one shared realistic change, and per case the
// Messages API answers recorded as the API returns them, replayed in order by a loopback server.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localGitChangeSet, type LocalGitChangeSet } from '../../src/changes/git.js';
import { createTempGitRepo } from '../support/gitRepo.js';
import type { Answer } from './loopback.js';

export const GOLDEN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'golden');

export interface GoldenExchange {
  status: number;
  /** A file of the case, relative to it, holding the response body exactly as the API sent it. */
  body: string;
  headers?: Record<string, string>;
  /** The server waits this long before answering (a timeout, when longer than the run's). */
  delayMs?: number;
}

export interface GoldenCase {
  name: string;
  description: string;
  /** Answered in order; the last one answers every further request. */
  exchanges: GoldenExchange[];
  /** LLM access options of the run (e.g. `timeoutMs` for the timeout case). */
  llm?: { timeoutMs?: number; retry?: { maxRetries?: number; initialDelayMs?: number; maxDelayMs?: number } };
}

type Tree = Record<string, string>;

function readTree(dir: string, into: Tree = {}, prefix = ''): Tree {
  if (!existsSync(dir)) return into;
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) readTree(full, into, relative);
    else into[relative] = readFileSync(full, 'utf8');
  }
  return into;
}

export function goldenCaseNames(): string[] {
  return readdirSync(GOLDEN)
    .filter((name) => existsSync(path.join(GOLDEN, name, 'case.json')))
    .sort();
}

export function loadGoldenCase(name: string): GoldenCase {
  const parsed = JSON.parse(readFileSync(path.join(GOLDEN, name, 'case.json'), 'utf8')) as Omit<GoldenCase, 'name'>;
  return { name, ...parsed };
}

/** The recorded answers of a case as loopback answers, bodies parsed from their files. */
export function recordedAnswers(golden: GoldenCase): Answer[] {
  return golden.exchanges.map((exchange) => ({
    status: exchange.status,
    body: JSON.parse(readFileSync(path.join(GOLDEN, golden.name, exchange.body), 'utf8')) as unknown,
    ...(exchange.headers ? { headers: exchange.headers } : {}),
    ...(exchange.delayMs ? { delayMs: exchange.delayMs } : {}),
  }));
}

/**
 * The shared change (change/base, with change/head laid over it, with the case's own `head/`
 * laid over that when it has one: the injection case changes what the diff says), committed
 * to a throw-away git repository and read back through the local git source, so that the
 * hunks are real `git diff` hunks with three lines of context.
 */
export async function goldenChange(caseName?: string): Promise<{ changeSet: LocalGitChangeSet; dispose: () => Promise<void> }> {
  const base = readTree(path.join(GOLDEN, 'change', 'base'));
  const head = readTree(path.join(GOLDEN, 'change', 'head'), { ...base });
  if (caseName) readTree(path.join(GOLDEN, caseName, 'head'), head);
  const repo = createTempGitRepo([base, head]);
  const [baseSha, headSha] = repo.commits as [string, string];
  const changeSet = await localGitChangeSet({ repo: repo.dir, base: baseSha, head: headSha });
  return {
    changeSet,
    dispose: async () => {
      await changeSet.close();
      repo.cleanup();
    },
  };
}
