// The shapes every stage of a review shares. Sources produce a ChangeSet, analysers and the
// LLM produce findings and escalations, publishers consume a Review. Nothing here does I/O.

export type Domain = 'dbt' | 'airflow' | 'sql' | 'other';
export type FileStatus = 'added' | 'modified' | 'removed' | 'renamed';
export type Severity = 'error' | 'warning' | 'info';
export type AnalysisDepth = 'full' | 'partial' | 'skipped';
export type FindingSource = 'rule' | 'llm';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export interface DiffLine {
  kind: 'add' | 'del' | 'context';
  text: string;
  /** Line number on the LEFT (base) side; absent for added lines. */
  oldLine?: number;
  /** Line number on the RIGHT (head) side; absent for deleted lines. */
  newLine?: number;
}

export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  header: string;
  lines: DiffLine[];
}

/** Why a file carries no patch. The file is kept in the change and marked, never dropped. */
export type PatchUnavailable = 'binary' | 'too-large' | 'missing';

export interface ChangedFile {
  path: string;
  /** The path at the base commit, for renames. */
  previousPath?: string;
  status: FileStatus;
  hunks: Hunk[];
  /** RIGHT-side line numbers that the change added. */
  addedLines: ReadonlySet<number>;
  /** RIGHT-side line numbers GitHub accepts an inline comment on: added and context lines of the hunks. */
  commentableLines: ReadonlySet<number>;
  additions: number;
  deletions: number;
  patchUnavailable?: PatchUnavailable;
}

export type FileContent =
  | { kind: 'text'; text: string }
  | { kind: 'absent' }
  | { kind: 'binary' }
  | { kind: 'too-large'; bytes: number };

export type Side = 'base' | 'head';

/** Lazy access to the repository at the two ends of the change. */
export interface ContentReader {
  read(side: Side, path: string): Promise<FileContent>;
  /** Every file path in the tree at that commit (used to index dbt projects). */
  listFiles(side: Side): Promise<string[]>;
}

export interface ChangeSet {
  /** Commit ids (or the revisions as given, for local runs). */
  base: string;
  head: string;
  files: ChangedFile[];
  contents: ContentReader;
}

export interface Finding {
  /** Stable identity of the finding across runs (see review/fingerprint.ts). */
  fingerprint: string;
  /** `rule:<id>` style provenance is split into source + rule: the rule id, or `llm`. */
  rule: string;
  /** Checklist item ids from the agent definition. */
  checklist: string[];
  severity: Severity;
  title: string;
  file: string;
  line: number;
  endLine: number;
  message: string;
  source: FindingSource;
  /** The code the finding is about, normalised for fingerprinting; optional. */
  snippet?: string;
}

export interface Evidence {
  file: string;
  line: number;
  text: string;
}

export interface Escalation {
  fingerprint: string;
  /** A trigger id from the agent definition. */
  trigger: string;
  /** What the decision is about (a model, a DAG, a file): with the trigger, the escalation's identity. */
  subject: string;
  title: string;
  problem: string;
  evidence: Evidence[];
  /** Options a human chooses between; defaults come from the agent definition. */
  options: string[];
  source: FindingSource;
  /** The detector id for deterministic escalations. */
  detector?: string;
  /** The "needs human decision" issue, once published. */
  issue?: { number: number; url: string };
  /** The human decision recorded on that issue, valid for the current evidence. */
  decision?: 'pending' | 'approved' | 'rejected';
  /** What depends on the subject at the head commit (from the dbt model graph). */
  downstream?: { models: string[]; exposures: string[] };
  /** The subject's size, from a dbt catalog when the workflow provides one; else why it is unknown. */
  dataVolume?: string;
}

export interface FileReport {
  path: string;
  previousPath?: string;
  domain: Domain;
  status: FileStatus;
  analysed: AnalysisDepth;
  reason?: string;
}

/** `partial`: some calls of the LLM pass failed; the files they carried are in `coverage.skipped`. */
export type LlmStatus = 'ok' | 'partial' | 'skipped' | 'failed' | 'invalid';

/** A changed data file (or part of one) the model did not review, and why. */
export interface LlmSkippedFile {
  path: string;
  reason: string;
}

/** What the LLM pass covered: every data file of the change is in one of the lists. */
export interface LlmCoverage {
  reviewed: string[];
  skipped: LlmSkippedFile[];
  /**
   * An incremental review only: data files the model reviewed at an earlier commit of the pull
   * request and that did not change since; their earlier LLM findings are carried forward.
   */
  reviewedEarlier?: LlmSkippedFile[];
}

export interface LlmReport {
  used: boolean;
  status: LlmStatus;
  model?: string;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  calls: number;
  /** From the per-model price table (src/llm/pricing.ts); absent when the model's price is unknown. */
  estimatedCostUsd?: number;
  coverage?: LlmCoverage;
  error?: string;
  /** What was dropped from the model's answer and why. */
  rejected: string[];
}

/** An LLM report before (or without) any call: zero usage, nothing rejected. */
export function emptyLlmReport(status: LlmStatus, used: boolean): LlmReport {
  return { used, status, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, calls: 0, rejected: [] };
}

export interface Review {
  version: string;
  triggered: boolean;
  base: string;
  head: string;
  agent: { name: string; version: string };
  files: FileReport[];
  findings: Finding[];
  escalations: Escalation[];
  llm: LlmReport;
  /** Plain-language notices for the reader (skipped stages, partial analyses, limits). */
  notices: string[];
}

/** A finding before the review stage gives it its fingerprint. */
export type DraftFinding = Omit<Finding, 'fingerprint'>;

/** An escalation before the review stage gives it its fingerprint. */
export type DraftEscalation = Omit<Escalation, 'fingerprint' | 'issue' | 'decision'>;
