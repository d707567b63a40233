// Generators shared by the fuzz suites: byte-level damage (NUL, invalid UTF-8 decoded the way
// a reader decodes it, lone surrogates, CRLF), structural mutations of a valid seed text
// (truncate, delete, duplicate, insert fragments), and very long lines. Sizes stay small by
// default so the suites run in seconds; the 1 MB cases have their own few runs.
import fc from 'fast-check';

/** One seed for every suite, so a CI failure replays exactly; override with FUZZ_SEED to explore. */
export const FUZZ_SEED = process.env['FUZZ_SEED'] !== undefined ? Number(process.env['FUZZ_SEED']) : 20_260_508;

/** fc.assert parameters: fixed seed, a run count scaled by FUZZ_RUNS_SCALE (default 1). */
export function fuzzParams(numRuns: number): { seed: number; numRuns: number; endOnFailure: boolean } {
  const scale = process.env['FUZZ_RUNS_SCALE'] !== undefined ? Number(process.env['FUZZ_RUNS_SCALE']) : 1;
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(numRuns * scale)), endOnFailure: false };
}

/** Bytes that are not valid UTF-8, decoded as a reader would (each bad sequence → U+FFFD). */
export const invalidUtf8 = fc
  .array(fc.constantFrom(0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf8, 0xff, 0xfe, 0x00, 0x41), { minLength: 1, maxLength: 12 })
  .map((bytes) => new TextDecoder('utf-8').decode(new Uint8Array(bytes)));

/** Raw binary content read as text without decoding checks (latin1: every byte one char). */
export const binaryText = fc.uint8Array({ minLength: 0, maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString('latin1'));

/** Odd characters: NUL, BOM, lone surrogates, CR, tabs, form feed, RTL mark, emoji. */
export const oddChar = fc.constantFrom('\u0000', '\uFEFF', '\uD800', '\uDFFF', '\r', '\t', '\f', '\v', '\u200F', '\u2028', '😀', '\u0085', '\\');

/** A fragment from the syntax of the languages we read, to splice into seeds. */
export function fragment(dictionary: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...dictionary) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: oddChar },
    { weight: 1, arbitrary: invalidUtf8 },
  );
}

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'crlf' }
  | { kind: 'strip-final-newline' };

function mutationArb(dictionary: readonly string[]): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const length = fc.integer({ min: 1, max: 40 });
  return fc.oneof(
    { weight: 1, arbitrary: at.map((a): Mutation => ({ kind: 'truncate', at: a })) },
    { weight: 2, arbitrary: fc.record({ at, length }).map((m): Mutation => ({ kind: 'delete', ...m })) },
    { weight: 2, arbitrary: fc.record({ at, length }).map((m): Mutation => ({ kind: 'duplicate', ...m })) },
    { weight: 5, arbitrary: fc.record({ at, text: fragment(dictionary) }).map((m): Mutation => ({ kind: 'insert', ...m })) },
    { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'crlf' }) },
    { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'strip-final-newline' }) },
  );
}

function applyMutation(text: string, mutation: Mutation): string {
  const position = (at: number): number => (text.length === 0 ? 0 : at % (text.length + 1));
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, position(mutation.at));
    case 'delete': {
      const at = position(mutation.at);
      return text.slice(0, at) + text.slice(at + mutation.length);
    }
    case 'duplicate': {
      const at = position(mutation.at);
      return text.slice(0, at) + text.slice(at, at + mutation.length) + text.slice(at);
    }
    case 'insert': {
      const at = position(mutation.at);
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'strip-final-newline':
      return text.replace(/\r?\n$/, '');
  }
}

/** A seed text damaged by up to `maxMutations` random edits. */
export function mutated(seeds: readonly string[], dictionary: readonly string[], maxMutations = 6): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutationArb(dictionary), { minLength: 1, maxLength: maxMutations }))
    .map(([seed, mutations]) => mutations.reduce(applyMutation, seed));
}

/** Text made of dictionary tokens and noise, joined by random whitespace. */
export function tokenSoup(dictionary: readonly string[], maxTokens = 60): fc.Arbitrary<string> {
  const separator = fc.constantFrom(' ', ' ', '\n', '\t', '', '\r\n');
  return fc.array(fc.tuple(fragment(dictionary), separator), { maxLength: maxTokens }).map((parts) => parts.map(([token, sep]) => token + sep).join(''));
}

/** A line of about `bytes` characters built from a repeated unit (no line break inside). */
export function longLine(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

export const ONE_MB = 1024 * 1024;
