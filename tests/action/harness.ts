// Runs runAction in this process the way the runner would run the bundle: inputs as INPUT_*
// variables, the event as a JSON file, outputs and the job summary as files, the API at the
// loopback fake. The environment and process.exitCode are restored afterwards.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { parseOutputFile, prepareRunnerFiles } from '../support/action.js';
import type { FakeApis } from '../support/fakeApis.js';
import { parseAnnotations, type Annotation } from './workflow-commands.js';

export type { Annotation };

export interface InProcessRun {
  exitCode: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
}

export interface InProcessOptions {
  fake: FakeApis;
  pr?: { number: number; base: string; head: string; fork?: boolean; title?: string };
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  eventName?: string;
  payload?: unknown;
}

// @actions/core remembers the first GITHUB_STEP_SUMMARY it sees, so every run of this process
// shares one summary file, emptied before each run.
const shared = mkdtempSync(path.join(tmpdir(), 'der-inproc-'));
const summaryPath = path.join(shared, 'summary.md');

export async function runInProcess(options: InProcessOptions): Promise<InProcessRun> {
  const { outputPath, env } = prepareRunnerFiles({ ...options, summaryPath });

  const saved = new Map<string, string | undefined>();
  // Every INPUT_* of an earlier run is cleared too: an input left set would leak into this one.
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) saved.set(name, process.env[name]);
  for (const name of [...Object.keys(env), 'ANTHROPIC_API_KEY', 'GITHUB_GRAPHQL_URL', 'GITHUB_ACTION_REPOSITORY', 'GITHUB_ACTION_REF']) saved.set(name, process.env[name]);
  for (const name of saved.keys()) delete process.env[name];
  Object.assign(process.env, env);
  const savedExitCode = process.exitCode;
  process.exitCode = undefined;

  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  let exitCode: number;
  try {
    await runAction(process.env);
    exitCode = Number(process.exitCode ?? 0);
  } finally {
    spy.mockRestore();
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    process.exitCode = savedExitCode;
  }
  return {
    exitCode,
    stdout,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout),
  };
}
