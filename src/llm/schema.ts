// The one tool the model must call, and the validation of what it sends. The JSON schema
// shapes the answer; it does not make it trustworthy, so every field is checked again here by
// hand and anything that cannot be anchored in this pull request is dropped with a reason.
import type Anthropic from '@anthropic-ai/sdk';
import type { AgentDefinition } from '../agent/definition.js';
import type { DraftEscalation, DraftFinding, Evidence, Severity } from '../model.js';
import { stripHiddenContent } from './sanitize.js';

export const SUBMIT_REVIEW_TOOL_NAME = 'submit_review';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const LIMITS = {
  findings: 100,
  escalations: 20,
  evidence: 10,
  options: 10,
  title: 200,
  message: 4000,
  evidenceText: 500,
  option: 500,
} as const;

/** The forced tool, with the agent's ids as enums so the model sees the allowed values. */
export function buildSubmitReviewTool(agent: AgentDefinition): Anthropic.Tool {
  return {
    name: SUBMIT_REVIEW_TOOL_NAME,
    description:
      'Submit the review of this pull request: findings against checklist items and escalations of decisions a human must take. Call it exactly once; empty lists are a valid answer.',
    input_schema: {
      type: 'object',
      properties: {
        findings: {
          type: 'array',
          description: 'Problems the change introduces, each anchored to a line of a changed file.',
          items: {
            type: 'object',
            properties: {
              checklist: { type: 'string', enum: agent.checklist.map((c) => c.id), description: 'The checklist item id the finding is about.' },
              file: { type: 'string', description: 'Path of a changed file, exactly as given.' },
              line: { type: 'integer', minimum: 1, description: 'Line number in the new version of the file.' },
              endLine: { type: 'integer', minimum: 1, description: 'Last line of the range, if more than one line.' },
              severity: { type: 'string', enum: [...SEVERITIES] },
              title: { type: 'string', description: 'One short sentence.' },
              message: { type: 'string', description: 'What is wrong, why it matters, and what would satisfy the checklist item.' },
            },
            required: ['checklist', 'file', 'line', 'severity', 'title', 'message'],
            additionalProperties: false,
          },
        },
        escalations: {
          type: 'array',
          description: 'Decisions the change takes or forces that a human must make.',
          items: {
            type: 'object',
            properties: {
              trigger: { type: 'string', enum: agent.triggers.map((t) => t.id) },
              title: { type: 'string' },
              problem: { type: 'string', description: 'The decision to take and why this change reaches it.' },
              evidence: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  properties: {
                    file: { type: 'string' },
                    line: { type: 'integer', minimum: 1 },
                    text: { type: 'string', description: 'The line as it appears in the diff.' },
                  },
                  required: ['file', 'line', 'text'],
                  additionalProperties: false,
                },
              },
              options: { type: 'array', items: { type: 'string' }, description: 'Options with their trade-offs; empty to use the defaults.' },
            },
            required: ['trigger', 'title', 'problem', 'evidence', 'options'],
            additionalProperties: false,
          },
        },
      },
      required: ['findings', 'escalations'],
      additionalProperties: false,
    },
  };
}

export interface ValidationContext {
  agent: AgentDefinition;
  /**
   * The files of the change the model was shown, with their line count at head and the
   * new-side lines their diff shows. A finding inside the file but off those lines is kept,
   * with a note that it is outside the change; without `diffLines` no note is added.
   */
  files: ReadonlyMap<string, { lineCount: number; diffLines?: ReadonlySet<number> }>;
}

const ANSWER_KEYS = new Set(['findings', 'escalations']);

export interface ValidatedAnswer {
  findings: DraftFinding[];
  escalations: DraftEscalation[];
  /** One human-readable reason per dropped item or field. */
  rejected: string[];
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the tool input field by field. Never throws. */
export function validateToolInput(input: unknown, ctx: ValidationContext): ValidatedAnswer {
  const answer: ValidatedAnswer = { findings: [], escalations: [], rejected: [] };
  if (!isObject(input)) {
    answer.rejected.push(`the answer is ${describe(input)}, not an object with findings and escalations`);
    return answer;
  }
  // The tool has no other field: whatever else the model sends ("approve", "remove", …) has no
  // effect, and is named so that a reader sees the attempt.
  for (const key of Object.keys(input)) {
    if (!ANSWER_KEYS.has(key)) answer.rejected.push(`the field ${quote(key)} is not part of the answer (only findings and escalations are) and was ignored`);
  }
  const checklistIds = new Set(ctx.agent.checklist.map((c) => c.id));
  const triggers = new Map(ctx.agent.triggers.map((t) => [t.id as string, t]));

  for (const [index, raw] of listField(input, 'findings', answer.rejected).entries()) {
    const where = `finding ${index + 1}`;
    if (answer.findings.length >= LIMITS.findings) {
      answer.rejected.push(`${where}: dropped, more than ${LIMITS.findings} findings`);
      continue;
    }
    const result = validateFinding(raw, checklistIds, ctx.files);
    if (typeof result === 'string') answer.rejected.push(`${where}: ${result}`);
    else answer.findings.push(result);
  }

  for (const [index, raw] of listField(input, 'escalations', answer.rejected).entries()) {
    const where = `escalation ${index + 1}`;
    if (answer.escalations.length >= LIMITS.escalations) {
      answer.rejected.push(`${where}: dropped, more than ${LIMITS.escalations} escalations`);
      continue;
    }
    const result = validateEscalation(raw, triggers, ctx.files, (reason) => answer.rejected.push(`${where}: ${reason}`));
    if (typeof result === 'string') answer.rejected.push(`${where}: ${result}`);
    else answer.escalations.push(result);
  }
  return answer;
}

/** A missing list is an empty one; anything else that is not a list is reported. */
function listField(input: Fields, key: string, rejected: string[]): unknown[] {
  const value = input[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    rejected.push(`${key}: expected a list, got ${describe(value)}`);
    return [];
  }
  return value;
}

function validateFinding(raw: unknown, checklistIds: ReadonlySet<string>, files: ValidationContext['files']): DraftFinding | string {
  if (!isObject(raw)) return `expected an object, got ${describe(raw)}`;
  const checklist = typeof raw.checklist === 'string' ? raw.checklist.trim().toUpperCase() : undefined;
  if (checklist === undefined) return `checklist: expected a checklist id, got ${describe(raw.checklist)}`;
  if (!checklistIds.has(checklist)) return `unknown checklist id ${quote(checklist)}`;

  const anchor = validateAnchor(raw.file, raw.line, files);
  if (typeof anchor === 'string') return anchor;

  let endLine = anchor.line;
  if (raw.endLine !== undefined && raw.endLine !== null) {
    if (!isPositiveInteger(raw.endLine)) return `endLine: expected a positive whole number, got ${describe(raw.endLine)}`;
    if (raw.endLine < anchor.line) return `endLine ${raw.endLine} is before line ${anchor.line}`;
    if (raw.endLine > anchor.lineCount) return `endLine ${raw.endLine} is outside ${quote(anchor.file)} (${anchor.lineCount} lines)`;
    endLine = raw.endLine;
  }

  const severity = SEVERITIES.find((s) => s === raw.severity);
  if (!severity) return `severity: expected one of ${SEVERITIES.join(', ')}, got ${describe(raw.severity)}`;
  const title = text(raw.title, LIMITS.title);
  if (title === undefined) return `title: expected non-empty text, got ${describe(raw.title)}`;
  const message = text(raw.message, LIMITS.message);
  if (message === undefined) return `message: expected non-empty text, got ${describe(raw.message)}`;

  const diffLines = files.get(anchor.file)?.diffLines;
  const outside = diffLines !== undefined && !rangeTouches(diffLines, anchor.line, endLine);
  const note = outside ? `\n\n_${lineRange(anchor.line, endLine)} outside the lines this pull request changes; reported from the surrounding file._` : '';
  return { rule: 'llm', source: 'llm', checklist: [checklist], severity, title, message: `${message}${note}`, file: anchor.file, line: anchor.line, endLine };
}

function rangeTouches(lines: ReadonlySet<number>, first: number, last: number): boolean {
  for (let line = first; line <= last; line++) if (lines.has(line)) return true;
  return false;
}

function lineRange(first: number, last: number): string {
  return first === last ? `Line ${first} is` : `Lines ${first}–${last} are`;
}

function validateEscalation(
  raw: unknown,
  triggers: ReadonlyMap<string, AgentDefinition['triggers'][number]>,
  files: ValidationContext['files'],
  note: (reason: string) => void,
): DraftEscalation | string {
  if (!isObject(raw)) return `expected an object, got ${describe(raw)}`;
  const triggerId = typeof raw.trigger === 'string' ? raw.trigger.trim() : undefined;
  if (triggerId === undefined) return `trigger: expected a trigger id, got ${describe(raw.trigger)}`;
  const trigger = triggers.get(triggerId);
  if (!trigger) return `unknown trigger id ${quote(triggerId)}`;
  const title = text(raw.title, LIMITS.title);
  if (title === undefined) return `title: expected non-empty text, got ${describe(raw.title)}`;
  const problem = text(raw.problem, LIMITS.message);
  if (problem === undefined) return `problem: expected non-empty text, got ${describe(raw.problem)}`;

  if (!Array.isArray(raw.evidence)) return `evidence: expected a list, got ${describe(raw.evidence)}`;
  const evidence: Evidence[] = [];
  for (const [index, item] of raw.evidence.entries()) {
    if (evidence.length >= LIMITS.evidence) {
      note(`evidence ${index + 1}: dropped, more than ${LIMITS.evidence} items`);
      continue;
    }
    if (!isObject(item)) {
      note(`evidence ${index + 1}: expected an object, got ${describe(item)}`);
      continue;
    }
    const anchor = validateAnchor(item.file, item.line, files);
    if (typeof anchor === 'string') {
      note(`evidence ${index + 1}: ${anchor}`);
      continue;
    }
    const quoted = typeof item.text === 'string' ? clip(stripHiddenContent(item.text).trim(), LIMITS.evidenceText) : '';
    evidence.push({ file: anchor.file, line: anchor.line, text: quoted });
  }
  const subject = evidence[0]?.file;
  if (subject === undefined) return 'no evidence in the changed files';

  let options: string[] = [];
  if (Array.isArray(raw.options)) {
    options = raw.options.flatMap((o) => {
      const option = text(o, LIMITS.option);
      return option === undefined ? [] : [option];
    });
    if (options.length < raw.options.length) note(`options: ${raw.options.length - options.length} empty or non-text options dropped`);
    options = options.slice(0, LIMITS.options);
  } else if (raw.options !== undefined && raw.options !== null) {
    note(`options: expected a list, got ${describe(raw.options)}; the trigger's default options are used`);
  }
  if (options.length === 0) options = [...trigger.options];

  return { trigger: trigger.id, title, problem, evidence, options, source: 'llm', subject };
}

function validateAnchor(
  file: unknown,
  line: unknown,
  files: ValidationContext['files'],
): { file: string; line: number; lineCount: number } | string {
  if (typeof file !== 'string' || file === '') return `file: expected a path, got ${describe(file)}`;
  const known = files.get(file);
  if (!known) return `file ${quote(file)} is not part of this change`;
  if (!isPositiveInteger(line)) return `line: expected a positive whole number, got ${describe(line)}`;
  if (line > known.lineCount) return `line ${line} is outside ${quote(file)} (${known.lineCount} lines)`;
  return { file, line, lineCount: known.lineCount };
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** Trimmed, hidden content removed, clipped; undefined when not text or empty. */
function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = stripHiddenContent(value).trim();
  return cleaned === '' ? undefined : clip(cleaned, max);
}

function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** A short, safe description of a value for a rejection reason. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
}
