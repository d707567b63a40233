// Packs the changed files into calls under a token budget, most decision-heavy files first.
// Planning happens before any call, from a conservative estimate (characters / 3: English and
// code average nearer 4 characters per token), so a run never sends more than its caps allow.
// Whatever does not fit is returned by name with the reason, never dropped silently.
import type { Hunk, LlmSkippedFile } from '../model.js';
import type { LlmFileInput } from './prompt.js';
import { priceOf } from './pricing.js';

/** Deliberately pessimistic: real tokenizers give fewer tokens for the same text. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}

export interface BudgetLimits {
  /** Estimated input tokens one call may carry (system prompt and tool included). */
  perCallTokens: number;
  /** Estimated input tokens the whole run may send, cached or not. */
  runTokens?: number;
  /** Estimated cost the whole run may reach, output counted at its maximum. */
  runCostUsd?: number;
}

export interface PlanCosts {
  model: string;
  /** Tokens of the system prompt and tool definition: identical in every call, cached after the first. */
  cachedPrefixTokens: number;
  /** Tokens of the user prompt around the files (instructions, title, description). */
  userFrameTokens: number;
  maxOutputTokens: number;
  /** Tokens a file (or a part of it) adds to a call: its section and the rule results about it. */
  fileTokens: (file: LlmFileInput) => number;
}

export interface PlannedCall {
  files: LlmFileInput[];
  estimatedInputTokens: number;
}

export interface CallPlan {
  calls: PlannedCall[];
  skipped: LlmSkippedFile[];
  estimatedInputTokens: number;
  /** Undefined when the model has no known price. */
  estimatedCostUsd: number | undefined;
}

/**
 * Review order: project and profile config first (they decide for every model), then the
 * other YAML (properties, sources, exposures), dbt models, DAGs, and plain SQL last.
 */
export function reviewPriority(file: Pick<LlmFileInput, 'path' | 'domain'>): number {
  const name = file.path.split('/').pop()?.toLowerCase() ?? '';
  if (/^(dbt_project|profiles|packages|dependencies|selectors)\.ya?ml$/.test(name)) return 0;
  if (/\.ya?ml$/.test(name)) return 1;
  if (file.domain === 'dbt') return 2;
  if (file.domain === 'airflow') return 3;
  if (file.domain === 'sql') return 4;
  return 5;
}

export function orderForReview<T extends Pick<LlmFileInput, 'path' | 'domain'>>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => reviewPriority(a) - reviewPriority(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function planCalls(files: readonly LlmFileInput[], limits: BudgetLimits, costs: PlanCosts): CallPlan {
  const skipped: LlmSkippedFile[] = [];
  const fixedTokens = costs.cachedPrefixTokens + costs.userFrameTokens;
  const roomPerCall = limits.perCallTokens - fixedTokens;
  const price = priceOf(costs.model);

  const units: LlmFileInput[] = [];
  for (const file of orderForReview(files)) {
    if (roomPerCall <= 0) {
      skipped.push({ path: file.path, reason: `the per-call budget of ${limits.perCallTokens} tokens does not even hold the instructions` });
      continue;
    }
    const split = splitToFit(file, roomPerCall, costs.fileTokens);
    units.push(...split.parts);
    skipped.push(...split.skipped);
  }

  const calls: PlannedCall[] = [];
  let totalTokens = 0;
  let totalCost = 0;
  // Input at full price; the shared prefix written to the cache by the first call, read after.
  const costOfNewCall = (unitTokens: number): number =>
    price
      ? (costs.cachedPrefixTokens * (calls.length === 0 ? price.cacheWrite : price.cacheRead) +
          (costs.userFrameTokens + unitTokens) * price.input +
          costs.maxOutputTokens * price.output) /
        1_000_000
      : 0;
  const costOfMore = (unitTokens: number): number => (price ? (unitTokens * price.input) / 1_000_000 : 0);

  for (const unit of units) {
    const tokens = costs.fileTokens(unit);
    const current = calls.at(-1);
    const joins = current !== undefined && current.estimatedInputTokens + tokens <= limits.perCallTokens;
    const addedTokens = joins ? tokens : fixedTokens + tokens;
    const addedCost = joins ? costOfMore(tokens) : costOfNewCall(tokens);
    if (limits.runTokens !== undefined && totalTokens + addedTokens > limits.runTokens) {
      skipped.push({ path: unit.path, reason: `${describeUnit(unit)}the run's input budget (max-input-tokens ${limits.runTokens}) was used up` });
      continue;
    }
    if (limits.runCostUsd !== undefined && price && totalCost + addedCost > limits.runCostUsd) {
      skipped.push({ path: unit.path, reason: `${describeUnit(unit)}the run's cost cap (max-cost-usd ${limits.runCostUsd}) would be exceeded` });
      continue;
    }
    totalTokens += addedTokens;
    totalCost += addedCost;
    if (joins) {
      current.files.push(unit);
      current.estimatedInputTokens += tokens;
    } else {
      calls.push({ files: [unit], estimatedInputTokens: fixedTokens + tokens });
    }
  }
  return { calls, skipped, estimatedInputTokens: totalTokens, estimatedCostUsd: price ? totalCost : undefined };
}

/**
 * The file whole when it fits one call; else its hunks in consecutive groups that each fit
 * (the head excerpt goes with the first group only). A single hunk larger than a call is
 * skipped and named by its lines.
 */
function splitToFit(file: LlmFileInput, room: number, fileTokens: (file: LlmFileInput) => number): { parts: LlmFileInput[]; skipped: LlmSkippedFile[] } {
  if (fileTokens(file) <= room) return { parts: [file], skipped: [] };
  const parts: LlmFileInput[] = [];
  const skipped: LlmSkippedFile[] = [];
  let group: Hunk[] = [];
  const partOf = (hunks: Hunk[], withExcerpt: boolean): LlmFileInput => {
    const part: LlmFileInput = { ...file, hunks };
    if (!withExcerpt) delete part.headExcerpt;
    return part;
  };
  const flush = () => {
    if (group.length > 0) {
      const part = partOf(group, parts.length === 0);
      splitParts.add(part);
      parts.push(part);
    }
    group = [];
  };
  for (const hunk of file.hunks) {
    if (fileTokens(partOf([...group, hunk], parts.length === 0)) <= room) {
      group.push(hunk);
      continue;
    }
    flush();
    if (fileTokens(partOf([hunk], parts.length === 0)) <= room) group.push(hunk);
    else skipped.push({ path: file.path, reason: `${hunkRange(hunk)}: one hunk is larger than a call's budget (${room} tokens for files)` });
  }
  flush();
  if (file.hunks.length === 0) skipped.push({ path: file.path, reason: `its context alone is larger than a call's budget (${room} tokens for files)` });
  return { parts, skipped };
}

function hunkRange(hunk: Hunk): string {
  if (hunk.newLines === 0) return `the deletion after line ${hunk.newStart}`;
  return `lines ${hunk.newStart}–${hunk.newStart + hunk.newLines - 1}`;
}

/** Parts of a file split by hunks: a skipped part is named by its lines. */
const splitParts = new WeakSet<LlmFileInput>();

function describeUnit(unit: LlmFileInput): string {
  const first = unit.hunks[0];
  const last = unit.hunks.at(-1);
  if (!splitParts.has(unit) || !first || !last) return '';
  return `lines ${first.newStart}–${Math.max(first.newStart, last.newStart + last.newLines - 1)}: `;
}
