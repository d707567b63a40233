// One call to the Messages API with a forced tool, and the validation of its answer. Whatever
// happens (network failure, API error, a malformed answer) runLlmReview resolves with a report
// that says so: the deterministic review must still be published.
import type Anthropic from '@anthropic-ai/sdk';
import type { AgentDefinition } from '../agent/definition.js';
import { emptyLlmReport, type DraftEscalation, type DraftFinding, type LlmReport } from '../model.js';
import { buildSystemPrompt, buildUserPrompt, type LlmReviewInput } from './prompt.js';
import { SUBMIT_REVIEW_TOOL_NAME, buildSubmitReviewTool, validateToolInput } from './schema.js';

export interface LlmReviewOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  agent: AgentDefinition;
  input: LlmReviewInput;
  maxOutputTokens?: number;
  /** Per attempt; the SDK retries timeouts, 408/409/429/5xx and 529 `maxRetries` times. */
  timeoutMs?: number;
  maxRetries?: number;
  extraInstructions?: string;
  /**
   * Line counts of the files at head, by path. A file's own `lineCount` wins; without either,
   * the last line its diff shows is the limit for citations.
   */
  fileLineCounts?: ReadonlyMap<string, number>;
}

export interface LlmReviewResult {
  findings: DraftFinding[];
  escalations: DraftEscalation[];
  report: LlmReport;
}

export const DEFAULT_MAX_OUTPUT_TOKENS = 8192;
export const DEFAULT_TIMEOUT_MS = 180_000;
export const DEFAULT_MAX_RETRIES = 2;

type Sdk = typeof import('@anthropic-ai/sdk');

export async function runLlmReview(options: LlmReviewOptions): Promise<LlmReviewResult> {
  const report: LlmReport = { ...emptyLlmReport('ok', true), model: options.model };
  const redact = redactor(options.apiKey);
  const fail = (status: 'failed' | 'invalid', error: string): LlmReviewResult => {
    report.status = status;
    report.error = redact(error);
    report.rejected = report.rejected.map(redact);
    return { findings: [], escalations: [], report };
  };

  let sdk: Sdk;
  try {
    // Loaded only when a review actually calls the model: runs without a key never load it.
    sdk = await import('@anthropic-ai/sdk');
  } catch (error) {
    return fail('failed', `could not load the Anthropic SDK: ${errorText(error)}`);
  }

  let message: Anthropic.Message;
  try {
    const client = new sdk.Anthropic({
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    const tool = buildSubmitReviewTool(options.agent);
    report.calls += 1;
    message = await client.messages.create({
      model: options.model,
      max_tokens: options.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
      system: [{ type: 'text', text: buildSystemPrompt(options.agent, options.extraInstructions), cache_control: { type: 'ephemeral' } }],
      tools: [tool],
      tool_choice: { type: 'tool', name: SUBMIT_REVIEW_TOOL_NAME },
      messages: [{ role: 'user', content: buildUserPrompt(options.input) }],
    });
  } catch (error) {
    return fail('failed', describeApiError(error, sdk, options));
  }

  recordUsage(report, message);
  // Read defensively: a proxy or a test double may return a body that is not quite a Message.
  const content: unknown[] = Array.isArray(message.content) ? message.content : [];
  const toolUse = content.find(
    (block): block is Anthropic.ToolUseBlock => isRecord(block) && block.type === 'tool_use' && block.name === SUBMIT_REVIEW_TOOL_NAME,
  );
  if (!toolUse) {
    return fail('invalid', `the model did not call ${SUBMIT_REVIEW_TOOL_NAME} (stop reason: ${String(message.stop_reason ?? 'unknown')})`);
  }
  if (!isRecord(toolUse.input)) {
    return fail('invalid', `the ${SUBMIT_REVIEW_TOOL_NAME} input is not an object`);
  }
  if (message.stop_reason === 'max_tokens') {
    report.rejected.push(`the answer was cut off at the output limit of ${options.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS} tokens; some findings may be missing`);
  }

  const files = new Map(options.input.files.map((f) => [f.path, { lineCount: lineCountOf(f, options.fileLineCounts?.get(f.path)) }]));
  const validated = validateToolInput(toolUse.input, { agent: options.agent, files });
  report.rejected.push(...validated.rejected);
  report.rejected = report.rejected.map(redact);
  return {
    findings: validated.findings.map((f) => ({ ...f, title: redact(f.title), message: redact(f.message) })),
    escalations: validated.escalations.map((e) => ({
      ...e,
      title: redact(e.title),
      problem: redact(e.problem),
      options: e.options.map(redact),
      evidence: e.evidence.map((ev) => ({ ...ev, text: redact(ev.text) })),
    })),
    report,
  };
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

function recordUsage(report: LlmReport, message: Anthropic.Message): void {
  const usage: Partial<Anthropic.Usage> | undefined = isRecord(message.usage) ? message.usage : undefined;
  report.inputTokens += count(usage?.input_tokens);
  report.outputTokens += count(usage?.output_tokens);
  report.cacheReadTokens += count(usage?.cache_read_input_tokens);
  report.cacheWriteTokens += count(usage?.cache_creation_input_tokens);
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A message that says what failed and what to check, from the SDK's error classes. */
function describeApiError(error: unknown, sdk: Sdk, options: LlmReviewOptions): string {
  if (error instanceof sdk.APIConnectionTimeoutError) {
    return `the Anthropic API did not answer within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms (after ${options.maxRetries ?? DEFAULT_MAX_RETRIES} retries)`;
  }
  if (error instanceof sdk.APIUserAbortError) return 'the request to the Anthropic API was aborted';
  if (error instanceof sdk.APIConnectionError) {
    const cause = rootCause(error.cause);
    return `could not reach the Anthropic API${options.baseURL ? ` at ${options.baseURL}` : ''}${cause ? `: ${cause}` : ''}`;
  }
  if (error instanceof sdk.APIError) {
    const type = error.type ? ` ${error.type}` : '';
    const detail = error.apiMessage ? `: ${error.apiMessage}` : '';
    const request = error.requestID ? ` (request id ${error.requestID})` : '';
    return `the Anthropic API answered ${String(error.status ?? 'with an error')}${type}${detail}${request}${hintFor(error, sdk)}`;
  }
  return `the call to the Anthropic API failed: ${errorText(error)}`;
}

function hintFor(error: InstanceType<Sdk['APIError']>, sdk: Sdk): string {
  if (error instanceof sdk.AuthenticationError) return '; check the Anthropic API key';
  if (error instanceof sdk.PermissionDeniedError) return '; the API key may not have access to this model';
  if (error instanceof sdk.NotFoundError) return '; check the model id';
  if (error instanceof sdk.RateLimitError) return '; rate limited even after retries';
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
