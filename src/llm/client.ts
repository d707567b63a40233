// The LLM pass: the changed files packed into budgeted calls to the Messages API, each with the
// same cached system prompt and a forced tool, and the validation of every answer. Failed
// requests are retried within one budget for the whole run (retry.ts), and the caps apply to
// the usage the API actually reports (spend.ts). Whatever happens (network failure, API error,
// a malformed answer) runLlmReview resolves with a report that says so, with what was and was
// not reviewed: the deterministic review must still be published.
import type Anthropic from '@anthropic-ai/sdk';
import type { AgentDefinition } from '../agent/definition.js';
import { mapLimit } from '../analyzers/concurrency.js';
import { emptyLlmReport, type DraftEscalation, type DraftFinding, type LlmReport } from '../model.js';
import { estimateTokens, planCalls, type PlannedCall } from './budget.js';
import { acceptsForcedToolChoice } from './models.js';
import { estimateCallCostUsd, priceOf, roundUsd, type CallUsage } from './pricing.js';
import {
  buildSystemPrompt,
  buildUserPrompt,
  instructionsFor,
  renderFileSection,
  renderPathInstructions,
  renderPriorFindings,
  type LlmFileInput,
  type LlmReviewInput,
  type PathInstructions,
} from './prompt.js';
import { DEFAULT_RETRY_POLICY, RetryBudget, retryAfterMs, withRetries, type FailureKind, type RetryPolicy } from './retry.js';
import { SUBMIT_REVIEW_TOOL_NAME, buildSubmitReviewTool, validateToolInput } from './schema.js';
import { SpendMeter } from './spend.js';

export interface LlmReviewOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  agent: AgentDefinition;
  input: LlmReviewInput;
  maxOutputTokens?: number;
  /** Per attempt. */
  timeoutMs?: number;
  /**
   * Retries of timeouts, connection errors, 408/409/429/5xx and 529, for ALL calls of the run
   * together (shorthand for `retry.maxRetries`).
   */
  maxRetries?: number;
  /** The run's retry budget and back-off; unset fields keep DEFAULT_RETRY_POLICY. */
  retry?: Partial<RetryPolicy>;
  extraInstructions?: string;
  /** `overrides[].instructions` of the repository config: sent only in calls carrying a matching file. */
  pathInstructions?: readonly PathInstructions[];
  /**
   * Line counts of the files at head, by path. A file's own `lineCount` wins; without either,
   * the last line its diff shows is the limit for citations.
   */
  fileLineCounts?: ReadonlyMap<string, number>;
  /**
   * Input tokens the whole run may send (every call, cached prefix included): planned by
   * estimate, and no call starts once the tokens the API reports reach it.
   */
  maxInputTokens?: number;
  /**
   * Cost the run may reach: planned by estimate (each call's output counted at
   * `maxOutputTokens`), and no call starts once the cost of the reported usage reaches it.
   */
  maxCostUsd?: number;
  /** Estimated input tokens one call may carry; larger changes are split over calls. */
  perCallTokens?: number;
  /** 1 (default): one repair request for an answer unusable as a whole (no tool call, input not an object); 0: none. */
  maxRepairs?: 0 | 1;
  /** Calls in flight at once after the first. */
  concurrency?: number;
  /**
   * true (default): the tokens every call repeats (system prompt, tool, prompt frame) are
   * counted with the API's count_tokens endpoint before planning; files are always estimated.
   * Where the endpoint fails (a proxy without it), the estimate is used.
   */
  countTokens?: boolean;
}

const COUNT_TOKENS_TIMEOUT_MS = 15_000;

/** The API's token count for a request, or undefined when it cannot be had. Never throws. */
async function countFixedTokens(client: Anthropic, params: Anthropic.MessageCountTokensParams): Promise<number | undefined> {
  try {
    const result = await client.messages.countTokens(params, { timeout: COUNT_TOKENS_TIMEOUT_MS, maxRetries: 0 });
    const tokens: unknown = isRecord(result) ? result.input_tokens : undefined;
    return typeof tokens === 'number' && Number.isFinite(tokens) && tokens > 0 ? tokens : undefined;
  } catch {
    // Counting only sharpens the plan; the conservative estimate is a safe fallback.
    return undefined;
  }
}

export interface LlmReviewResult {
  findings: DraftFinding[];
  escalations: DraftEscalation[];
  report: LlmReport;
  /** Retries made over the whole run (each drew on the run's retry budget). */
  retries: number;
}

export const DEFAULT_MAX_OUTPUT_TOKENS = 8192;
export const DEFAULT_TIMEOUT_MS = 180_000;
/** Small enough that the model reads every file of a call closely, large enough for big models. */
export const DEFAULT_PER_CALL_TOKENS = 60_000;
export const DEFAULT_CONCURRENCY = 2;
export const DEFAULT_MAX_REPAIRS: 0 | 1 = 1;

type Sdk = typeof import('@anthropic-ai/sdk');

export async function runLlmReview(options: LlmReviewOptions): Promise<LlmReviewResult> {
  const report: LlmReport = { ...emptyLlmReport('ok', true), model: options.model };
  const redact = redactor(options.apiKey);
  const files = options.input.files;
  const retry = new RetryBudget({ ...DEFAULT_RETRY_POLICY, ...options.retry, ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}) });
  const finish = (
    status: LlmReport['status'],
    error: string | undefined,
    result: Omit<LlmReviewResult, 'report' | 'retries'> = { findings: [], escalations: [] },
  ): LlmReviewResult => {
    report.status = status;
    if (error !== undefined) report.error = redact(error);
    report.rejected = report.rejected.map(redact);
    if (report.coverage) report.coverage.skipped = report.coverage.skipped.map((s) => ({ ...s, reason: redact(s.reason) }));
    return { ...result, report, retries: retry.retries };
  };

  let sdk: Sdk;
  try {
    // Loaded only when a review actually calls the model: runs without a key never load it.
    sdk = await import('@anthropic-ai/sdk');
  } catch (error) {
    report.coverage = { reviewed: [], skipped: uniquePaths(files).map((path) => ({ path, reason: 'the LLM pass could not start' })) };
    return finish('failed', `could not load the Anthropic SDK: ${errorText(error)}`);
  }

  const system = buildSystemPrompt(options.agent, options.extraInstructions);
  const tool = buildSubmitReviewTool(options.agent);
  const maxOutputTokens = options.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
  const pathInstructions = options.pathInstructions ?? [];
  // Counted with every file they apply to: pessimistic when two files of a call share them.
  const instructionTokens = (path: string): number => {
    const block = renderPathInstructions(instructionsFor(pathInstructions, [path]));
    return block === undefined ? 0 : estimateTokens(block);
  };
  const client = new sdk.Anthropic({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    // Retries are ours (withRetries), drawn from the run's budget; the SDK's would be per request.
    maxRetries: 0,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const frame = buildUserPrompt({ ...options.input, files: [], ruleFindings: [], ruleEscalations: [] });
  const estimatedPrefix = estimateTokens(system) + estimateTokens(JSON.stringify(tool));
  // The API's own count of what every call repeats, where the endpoint answers; else the estimate.
  const counted =
    files.length > 0 && options.countTokens !== false
      ? await countFixedTokens(client, { model: options.model, system: [{ type: 'text', text: system }], tools: [tool], messages: [{ role: 'user', content: frame }] })
      : undefined;
  const plan = planCalls(
    files,
    {
      perCallTokens: options.perCallTokens ?? DEFAULT_PER_CALL_TOKENS,
      ...(options.maxInputTokens !== undefined ? { runTokens: options.maxInputTokens } : {}),
      ...(options.maxCostUsd !== undefined ? { runCostUsd: options.maxCostUsd } : {}),
    },
    {
      model: options.model,
      // The count covers the frame too; the frame keeps its (larger) estimate, the prefix gets the rest.
      cachedPrefixTokens: counted === undefined ? estimatedPrefix : Math.max(0, counted - estimateTokens(frame)),
      userFrameTokens: estimateTokens(frame),
      maxOutputTokens,
      fileTokens: (file) =>
        estimateTokens(renderFileSection(file, 0)) + estimateTokens(renderPriorFindings(...priorFor(options.input, new Set([file.path])))) + instructionTokens(file.path),
    },
  );
  const skipped = [...plan.skipped];

  const meter = new SpendMeter(options.model, {
    ...(options.maxInputTokens !== undefined ? { maxInputTokens: options.maxInputTokens } : {}),
    ...(options.maxCostUsd !== undefined ? { maxCostUsd: options.maxCostUsd } : {}),
  });
  const call = (planned: PlannedCall): Promise<CallOutcome> => {
    // Checked when the call would start: calls already in flight finish and are counted.
    const stop = meter.stopReason();
    if (stop !== undefined) return Promise.resolve({ ...emptyOutcome(), status: 'not-started', error: stop });
    const extra = renderPathInstructions(instructionsFor(pathInstructions, uniquePaths(planned.files)));
    return reviewCall({ client, sdk, options, system, extra, tool, maxOutputTokens, files: planned.files, redact, retry, meter });
  };
  // The first call runs alone so that it writes the system prompt to the cache before the
  // others read it; the rest go a few at a time.
  const [first, ...rest] = plan.calls;
  const outcomes: CallOutcome[] = [];
  if (first) outcomes.push(await call(first));
  outcomes.push(...(await mapLimit(rest, options.concurrency ?? DEFAULT_CONCURRENCY, call)));

  const findings: DraftFinding[] = [];
  const escalations: DraftEscalation[] = [];
  const reviewed = new Set<string>();
  const errors: string[] = [];
  const notStarted: number[] = [];
  let capReason: string | undefined;
  let costKnown = true;
  let cost = 0;
  for (const [index, outcome] of outcomes.entries()) {
    const paths = uniquePaths(plan.calls[index]?.files ?? []);
    report.calls += outcome.calls;
    report.inputTokens += outcome.usage.inputTokens;
    report.outputTokens += outcome.usage.outputTokens;
    report.cacheReadTokens += outcome.usage.cacheReadTokens;
    report.cacheWriteTokens += outcome.usage.cacheWriteTokens;
    if (outcome.costUsd === undefined) costKnown = false;
    else cost += outcome.costUsd;
    const where = plan.calls.length > 1 ? `call ${index + 1}: ` : '';
    report.rejected.push(...outcome.rejected.map((reason) => `${where}${reason}`));
    if (outcome.status === 'ok') {
      paths.forEach((path) => reviewed.add(path));
      findings.push(...outcome.findings);
      escalations.push(...outcome.escalations);
    } else if (outcome.status === 'not-started') {
      notStarted.push(index + 1);
      capReason ??= outcome.error;
      skipped.push(...paths.map((path) => ({ path, reason: outcome.error ?? 'the run stopped before this call' })));
    } else {
      errors.push(`${where}${outcome.error}`);
      const what = outcome.status === 'failed' ? 'failed' : 'returned an unusable answer';
      skipped.push(...paths.map((path) => ({ path, reason: `the call that carried it ${what}: ${outcome.error}` })));
    }
  }
  if (notStarted.length > 0) {
    errors.push(`${notStarted.length === 1 ? `call ${notStarted[0]} was` : `calls ${notStarted.join(', ')} were`} not started: ${capReason ?? 'the run stopped'}`);
  }
  if (costKnown && outcomes.length > 0) report.estimatedCostUsd = roundUsd(cost);
  else if (outcomes.length === 0 && priceOf(options.model)) report.estimatedCostUsd = 0;
  report.coverage = { reviewed: uniquePaths(files).filter((path) => reviewed.has(path)), skipped };

  const result = { findings, escalations };
  if (files.length > 0 && plan.calls.length === 0) return finish('skipped', 'no changed file fitted the LLM budget', result);
  const failures = outcomes.filter((o) => o.status !== 'ok');
  if (failures.length === 0) return finish('ok', undefined, result);
  if (failures.length < outcomes.length) return finish('partial', `${failures.length} of ${outcomes.length} calls did not complete: ${errors.join('; ')}`, result);
  const status = failures.every((o) => o.status === 'invalid') ? 'invalid' : 'failed';
  return finish(status, errors.join('; '), result);
}

interface CallOutcome {
  /** `not-started`: a cap on actual usage was reached before the call could start. */
  status: 'ok' | 'failed' | 'invalid' | 'not-started';
  error?: string;
  findings: DraftFinding[];
  escalations: DraftEscalation[];
  rejected: string[];
  usage: CallUsage;
  costUsd: number | undefined;
  /** Requests made (a repair is a second one). */
  calls: number;
}

interface CallContext {
  client: Anthropic;
  sdk: Sdk;
  options: LlmReviewOptions;
  system: string;
  /** The per-path instructions of this call's files, after the cached system block. */
  extra: string | undefined;
  tool: Anthropic.Tool;
  maxOutputTokens: number;
  files: LlmFileInput[];
  redact: (text: string) => string;
  retry: RetryBudget;
  meter: SpendMeter;
}

function emptyOutcome(): CallOutcome {
  return { status: 'ok', findings: [], escalations: [], rejected: [], usage: zeroUsage(), costUsd: 0, calls: 0 };
}

/** One call with the files it carries, validated against those files. Never throws. */
async function reviewCall(ctx: CallContext): Promise<CallOutcome> {
  const { options, redact } = ctx;
  const outcome: CallOutcome = emptyOutcome();
  const paths = new Set(ctx.files.map((f) => f.path));
  const [ruleFindings, ruleEscalations] = priorFor(options.input, paths);
  const user = buildUserPrompt({ ...options.input, files: ctx.files, ruleFindings, ruleEscalations });

  // Byte-identical in every call of every run with the same agent and config: the cache key.
  // Per-path instructions follow the breakpoint, so they never change the cached prefix.
  const system: Anthropic.TextBlockParam[] = [{ type: 'text', text: ctx.system, cache_control: { type: 'ephemeral' } }];
  if (ctx.extra !== undefined) system.push({ type: 'text', text: ctx.extra });
  const ask = async (messages: Anthropic.MessageParam[]): Promise<Anthropic.Message | string> => {
    outcome.calls += 1;
    const { outcome: result, retries } = await withRetries(
      () =>
        ctx.client.messages.create({
          model: options.model,
          max_tokens: ctx.maxOutputTokens,
          system,
          tools: [ctx.tool],
          tool_choice: acceptsForcedToolChoice(options.model) ? { type: 'tool', name: SUBMIT_REVIEW_TOOL_NAME } : { type: 'auto' },
          messages,
        }),
      (error) => classifyFailure(error, ctx.sdk),
      ctx.retry,
    );
    if ('error' in result) return redact(describeApiError(result.error, ctx.sdk, options, retries, result.refused));
    ctx.meter.add(addUsage(outcome, options.model, result.value));
    return result.value;
  };

  const question: Anthropic.MessageParam = { role: 'user', content: user };
  let message = await ask([question]);
  if (typeof message === 'string') return { ...outcome, status: 'failed', error: message };
  let answer = readAnswer(message);
  // One repair: the model sees what was wrong with its answer and is asked again, once.
  if ('problem' in answer && (options.maxRepairs ?? DEFAULT_MAX_REPAIRS) > 0) {
    const first = answer.problem;
    const stop = ctx.meter.stopReason();
    if (stop !== undefined) return { ...outcome, status: 'invalid', error: `${first}; no repair request was made: ${stop}` };
    const retry = await ask([question, { role: 'assistant', content: replayOf(message) }, { role: 'user', content: repairRequest(first) }]);
    if (typeof retry === 'string') return { ...outcome, status: 'invalid', error: `${first}; the repair attempt failed: ${retry}` };
    message = retry;
    answer = readAnswer(message);
    if ('problem' in answer) return { ...outcome, status: 'invalid', error: `${first}; after one repair attempt: ${answer.problem}` };
    outcome.rejected.push(`the first answer was unusable (${first}); the answer to one repair request was used`);
  }
  if ('problem' in answer) return { ...outcome, status: 'invalid', error: answer.problem };
  const toolInput = answer.input;
  if (message.stop_reason === 'max_tokens') {
    outcome.rejected.push(`the answer was cut off at the output limit of ${ctx.maxOutputTokens} tokens; some findings may be missing`);
  }

  const files = new Map(ctx.files.map((f) => [f.path, { lineCount: lineCountOf(f, options.fileLineCounts?.get(f.path)), diffLines: diffLinesOf(f) }]));
  const validated = validateToolInput(toolInput, { agent: options.agent, files });
  outcome.rejected.push(...validated.rejected.map(redact));
  outcome.findings = validated.findings.map((f) => ({ ...f, title: redact(f.title), message: redact(f.message) }));
  outcome.escalations = validated.escalations.map((e) => ({
    ...e,
    title: redact(e.title),
    problem: redact(e.problem),
    options: e.options.map(redact),
    evidence: e.evidence.map((ev) => ({ ...ev, text: redact(ev.text) })),
  }));
  return outcome;
}

/** The tool input of an answer, or why the answer as a whole cannot be used. */
function readAnswer(message: Anthropic.Message): { input: Record<string, unknown> } | { problem: string } {
  // Read defensively: a proxy or a test double may return a body that is not quite a Message.
  const content: unknown[] = Array.isArray(message.content) ? message.content : [];
  const toolUse = content.find(
    (block): block is Anthropic.ToolUseBlock => isRecord(block) && block.type === 'tool_use' && block.name === SUBMIT_REVIEW_TOOL_NAME,
  );
  if (!toolUse) return { problem: `the model did not call ${SUBMIT_REVIEW_TOOL_NAME} (stop reason: ${String(message.stop_reason ?? 'unknown')})` };
  if (!isRecord(toolUse.input)) return { problem: `the ${SUBMIT_REVIEW_TOOL_NAME} input is not an object` };
  // A list sent as something else (typically a JSON string of the list) loses the whole answer:
  // worth a repair rather than an empty review.
  for (const key of ['findings', 'escalations'] as const) {
    const value = toolUse.input[key];
    if (value !== undefined && value !== null && !Array.isArray(value)) {
      return { problem: `the ${SUBMIT_REVIEW_TOOL_NAME} input's "${key}" is ${typeof value === 'object' ? 'an object' : `a ${typeof value}`}, not a list` };
    }
  }
  return { input: toolUse.input };
}

/**
 * The unusable answer as the assistant turn of the repair request: its text only. A tool call
 * is described rather than replayed, since its input may not be an object the API accepts back
 * and a replayed call would need a tool result.
 */
function replayOf(message: Anthropic.Message): string {
  const content: unknown[] = Array.isArray(message.content) ? message.content : [];
  const parts = content.flatMap((block) => {
    if (!isRecord(block)) return [];
    if (block.type === 'text' && typeof block.text === 'string' && block.text.trim() !== '') return [block.text.trim()];
    if (block.type === 'tool_use') return [`(called ${String(block.name)} with an input that does not have the expected shape)`];
    return [];
  });
  return parts.length > 0 ? parts.join('\n\n') : '(no answer)';
}

function repairRequest(problem: string): string {
  return [
    `Your answer could not be used: ${problem}.`,
    `Answer again by calling the tool \`${SUBMIT_REVIEW_TOOL_NAME}\` exactly once, with an object that has the lists "findings" and "escalations" (empty lists are a valid answer). Review the same pull request as above; the rules of the system prompt still apply.`,
  ].join('\n');
}

/** The rule results about the given files: the model adds to them, it does not repeat them. */
function priorFor(input: LlmReviewInput, paths: ReadonlySet<string>): [DraftFinding[], DraftEscalation[]] {
  return [
    input.ruleFindings.filter((f) => paths.has(f.file)),
    input.ruleEscalations.filter((e) => paths.has(e.subject) || e.evidence.some((ev) => paths.has(ev.file))),
  ];
}

function uniquePaths(files: readonly { path: string }[]): string[] {
  return [...new Set(files.map((f) => f.path))];
}

function zeroUsage(): CallUsage {
  return { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
}

/**
 * The file's length at head when the caller knows it; otherwise the highest line number the
 * model was shown (the end of the last hunk on the new side), since a citation beyond it
 * cannot come from what the model read.
 */
function lineCountOf(file: LlmReviewInput['files'][number], known: number | undefined): number {
  for (const count of [file.lineCount, known]) {
    if (count !== undefined && Number.isInteger(count) && count >= 0) return count;
  }
  let last = 0;
  for (const hunk of file.hunks) {
    last = Math.max(last, hunk.newLines > 0 ? hunk.newStart + hunk.newLines - 1 : 0);
    for (const line of hunk.lines) if (line.newLine !== undefined) last = Math.max(last, line.newLine);
  }
  return last;
}

/** The new-side lines the diff shows (added and context): what the change is about. */
function diffLinesOf(file: LlmFileInput): Set<number> {
  const lines = new Set<number>();
  for (const hunk of file.hunks) for (const line of hunk.lines) if (line.newLine !== undefined) lines.add(line.newLine);
  return lines;
}

/** Adds one response's usage and its estimated cost (per response: price tiers are per request). */
function addUsage(outcome: CallOutcome, model: string, message: Anthropic.Message): CallUsage {
  const usage: Partial<Anthropic.Usage> | undefined = isRecord(message.usage) ? message.usage : undefined;
  const call: CallUsage = {
    inputTokens: count(usage?.input_tokens),
    outputTokens: count(usage?.output_tokens),
    cacheReadTokens: count(usage?.cache_read_input_tokens),
    cacheWriteTokens: count(usage?.cache_creation_input_tokens),
  };
  outcome.usage.inputTokens += call.inputTokens;
  outcome.usage.outputTokens += call.outputTokens;
  outcome.usage.cacheReadTokens += call.cacheReadTokens;
  outcome.usage.cacheWriteTokens += call.cacheWriteTokens;
  const cost = estimateCallCostUsd(model, call);
  outcome.costUsd = cost === undefined || outcome.costUsd === undefined ? undefined : outcome.costUsd + cost;
  return call;
}

/**
 * What may be retried, as the SDK itself would: timeouts and connection failures, 408, 409,
 * 429 and every 5xx (529 overloaded included), unless the server says `x-should-retry: false`.
 */
function classifyFailure(error: unknown, sdk: Sdk): FailureKind {
  if (error instanceof sdk.APIUserAbortError) return { retryable: false };
  if (error instanceof sdk.APIConnectionError) return { retryable: true };
  if (error instanceof sdk.APIError) {
    const headers = error.headers instanceof Headers ? error.headers : undefined;
    const wait = retryAfterMs(headers);
    const base = wait === undefined ? {} : { retryAfterMs: wait };
    const hint = headers?.get('x-should-retry');
    if (hint === 'false') return { retryable: false };
    if (hint === 'true') return { retryable: true, ...base };
    const status = error.status ?? 0;
    return { retryable: status === 408 || status === 409 || status === 429 || status >= 500, ...base };
  }
  return { retryable: false };
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A message that says what failed, how often it was retried and what to check. */
function describeApiError(error: unknown, sdk: Sdk, options: LlmReviewOptions, retries: number, refused: string | undefined): string {
  const tries = `${retries} ${retries === 1 ? 'retry' : 'retries'}`;
  const why = refused ? `; not retried again: ${refused}` : '';
  return `${describeError(error, sdk, options, tries)}${why}`;
}

function describeError(error: unknown, sdk: Sdk, options: LlmReviewOptions, tries: string): string {
  if (error instanceof sdk.APIConnectionTimeoutError) {
    return `the Anthropic API did not answer within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms (after ${tries})`;
  }
  if (error instanceof sdk.APIUserAbortError) return 'the request to the Anthropic API was aborted';
  if (error instanceof sdk.APIConnectionError) {
    const cause = rootCause(error.cause);
    const after = tries.startsWith('0 ') ? '' : ` (after ${tries})`;
    return `could not reach the Anthropic API${options.baseURL ? ` at ${options.baseURL}` : ''}${cause ? `: ${cause}` : ''}${after}`;
  }
  if (error instanceof sdk.APIError) {
    const type = error.type ? ` ${error.type}` : '';
    const detail = error.apiMessage ? `: ${error.apiMessage}` : '';
    const request = error.requestID ? ` (request id ${error.requestID})` : '';
    const after = tries.startsWith('0 ') ? '' : ` (after ${tries})`;
    return `the Anthropic API answered ${String(error.status ?? 'with an error')}${type}${detail}${request}${after}${hintFor(error, sdk)}`;
  }
  return `the call to the Anthropic API failed: ${errorText(error)}`;
}

function hintFor(error: InstanceType<Sdk['APIError']>, sdk: Sdk): string {
  if (error instanceof sdk.AuthenticationError) return '; check the Anthropic API key';
  if (error instanceof sdk.PermissionDeniedError) return '; the API key may not have access to this model';
  if (error instanceof sdk.NotFoundError) return '; check the model id';
  if (error instanceof sdk.RateLimitError) return '; rate limited';
  return '';
}

/** The innermost cause of a network failure, e.g. `connect ECONNREFUSED 127.0.0.1:443`. */
function rootCause(cause: unknown): string | undefined {
  let current = cause;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause instanceof Error; depth++) current = current.cause;
  return current instanceof Error ? current.message : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Replaces every occurrence of the key; a key too short to be real is left alone. */
function redactor(apiKey: string): (text: string) => string {
  const key = apiKey.trim();
  if (key.length < 8) return (text) => text;
  return (text) => text.split(key).join('[redacted]');
}
