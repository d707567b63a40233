import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptsForcedToolChoice, DEFAULT_MODEL, MODEL_BY_CLASS, resolveModel, type KnownModel } from '../../src/llm/models.js';

const sdkDir = path.dirname(createRequire(import.meta.url).resolve('@anthropic-ai/sdk'));

/** The literal ids of the SDK's `Model` union, read from its type declarations. */
async function listedModels(): Promise<string[]> {
  const types = await readFile(path.join(sdkDir, 'resources/messages/messages.d.ts'), 'utf8');
  const union = /export type Model = ([^;]+);/.exec(types)?.[1] ?? '';
  return [...union.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

/** [major, minor] of an id like claude-sonnet-5-5 or claude-sonnet-4-5-20250929. */
function version(id: string): [number, number] {
  const match = /^claude-[a-z]+-(\d+)(?:-(\d{1,2}))?(?:-\d{8})?$/.exec(id);
  return [Number(match?.[1] ?? 0), Number(match?.[2] ?? 0)];
}

describe('the default model', () => {
  it('is listed by the installed SDK', async () => {
    expect(await listedModels()).toContain(DEFAULT_MODEL);
  });

  it('is the newest Sonnet-class id the SDK lists', async () => {
    const sonnets = (await listedModels()).filter((id) => id.startsWith('claude-sonnet-'));
    const newest = sonnets.reduce((best, id) => {
      const [a, b] = version(id);
      const [x, y] = version(best);
      return a > x || (a === x && b > y) ? id : best;
    });
    expect(version(DEFAULT_MODEL)).toEqual(version(newest));
    expect(DEFAULT_MODEL.startsWith('claude-sonnet-')).toBe(true);
  });

  it('is not in the SDK deprecation table', () => {
    // The table is internal to the SDK (not exported), so it is read by file path.
    const { DEPRECATED_MODELS } = createRequire(import.meta.url)(path.join(sdkDir, 'internal/data/deprecated-models.js')) as {
      DEPRECATED_MODELS: Record<string, string>;
    };
    expect(Object.keys(DEPRECATED_MODELS).length).toBeGreaterThan(0);
    expect(DEPRECATED_MODELS).not.toHaveProperty(DEFAULT_MODEL);
    for (const id of Object.values(MODEL_BY_CLASS)) expect(DEPRECATED_MODELS).not.toHaveProperty(id);
  });

  it('cannot be set to an id the SDK does not list (checked by tsc)', () => {
    // @ts-expect-error an invented id is not a KnownModel
    const invented: KnownModel = 'claude-sonnet-0-1';
    const listed: KnownModel = 'claude-sonnet-4-6';
    expect([invented, listed]).toHaveLength(2);
  });
});

describe('resolveModel', () => {
  it('prefers the configuration, then the exact id, then the class, then the default', () => {
    expect(resolveModel(' claude-opus-4-8 ', { prefer: 'haiku' })).toBe('claude-opus-4-8');
    expect(resolveModel(undefined, { id: 'claude-sonnet-4-6', prefer: 'opus' })).toBe('claude-sonnet-4-6');
    expect(resolveModel(undefined, { prefer: 'Opus' })).toBe(MODEL_BY_CLASS.opus);
    expect(resolveModel('', { prefer: 'sonnet' })).toBe(DEFAULT_MODEL);
    expect(resolveModel(undefined, { prefer: 'giant' })).toBe(DEFAULT_MODEL);
    expect(resolveModel(undefined)).toBe(DEFAULT_MODEL);
  });
});

describe('acceptsForcedToolChoice', () => {
  it('is false for the models whose thinking rejects a forced tool, dated ids included, and true otherwise', () => {
    expect(acceptsForcedToolChoice('claude-sonnet-5-5')).toBe(false);
    expect(acceptsForcedToolChoice('claude-opus-5-5-20260922')).toBe(false);
    expect(acceptsForcedToolChoice('claude-haiku-5-5')).toBe(true);
    expect(acceptsForcedToolChoice('claude-sonnet-5')).toBe(true);
  });
});
