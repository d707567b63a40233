// Model ids, checked against the SDK's own `Model` type at compile time: updating the SDK to
// a version that no longer lists an id here breaks the build instead of a review at run time.
import type Anthropic from '@anthropic-ai/sdk';
import type { ModelHints } from '../agent/definition.js';

/**
 * The ids the SDK names explicitly. The SDK's `Model` also admits any string (`string & {}`)
 * so that new models work without an update; that open member is removed here so that a typo
 * or a retired id does not type-check.
 */
export type KnownModel = Anthropic.Model extends infer M ? (M extends string ? (string extends M ? never : M) : never) : never;

/**
 * The default: the newest Sonnet-class model the installed SDK lists (1.14.0 lists
 * claude-sonnet-5-5 first among Sonnets; it is not in the SDK's deprecation table).
 */
export const DEFAULT_MODEL = 'claude-sonnet-5-5' satisfies KnownModel;

/** The newest id of each class the agent file may `prefer`. */
export const MODEL_BY_CLASS = {
  sonnet: DEFAULT_MODEL,
  opus: 'claude-opus-5-5',
  haiku: 'claude-haiku-5-5',
} as const satisfies Record<string, KnownModel>;

export type ModelClass = keyof typeof MODEL_BY_CLASS;

/**
 * The model to call: the configured id if any, else the agent file's exact id, else the newest
 * model of its preferred class, else the default. Unknown classes fall back to the default.
 */
export function resolveModel(configured: string | undefined, hints: ModelHints = {}): string {
  const explicit = configured?.trim();
  if (explicit) return explicit;
  if (hints.id) return hints.id;
  const preferred = hints.prefer?.toLowerCase();
  if (preferred && preferred in MODEL_BY_CLASS) return MODEL_BY_CLASS[preferred as ModelClass];
  return DEFAULT_MODEL;
}

/**
 * Models that answer a forced tool choice (`{ type: 'tool' }` or `any`) with HTTP 400: their
 * thinking cannot be turned off, and Anthropic rejects forced tool use with thinking on (listed
 * as a breaking change in the Opus 5.5 and Sonnet 5.5 migration guides; Fable 5.1 likewise).
 * For these the tool is offered with `auto`, the system prompt demands it, and an answer
 * without it gets one repair request.
 */
const REJECTS_FORCED_TOOL_CHOICE: ReadonlySet<string> = new Set<KnownModel>(['claude-sonnet-5-5', 'claude-opus-5-5', 'claude-fable-5-1']);

/** Whether the request may force the model to call the review tool. Dated ids follow their family. */
export function acceptsForcedToolChoice(model: string): boolean {
  return !REJECTS_FORCED_TOOL_CHOICE.has(model) && !REJECTS_FORCED_TOOL_CHOICE.has(model.replace(/-\d{8}$/, ''));
}
