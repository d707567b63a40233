// What a deterministic rule is: a small self-describing module (ESLint's `meta` + `create`,
// ruff's one-rule-per-file) that reads an already parsed file and reports what it finds. The
// engine parses each file once and hands the same context to every rule that applies to it.
import type { ChangedFile, Domain, FileStatus, Severity } from '../model.js';
import type { DbtGraph } from './dbt/graph.js';
import type { DbtIndex } from './dbt/project.js';
import type { NeutralisedJinja } from './dbt/jinja.js';
import type { PythonTree } from './airflow/python.js';
import type { SqlDialect, SqlParseResult } from './sql/parser.js';
import type { YamlNode, YamlParse } from './yaml.js';

export type RuleDomain = 'sql' | 'dbt' | 'airflow' | 'governance';

/** What a changed file is, finer than its domain: decides which rules read it and how it is parsed. */
export type FileKind =
  | 'sql-script'
  | 'dbt-model'
  | 'dbt-snapshot'
  | 'dbt-test'
  | 'dbt-macro'
  | 'dbt-analysis'
  | 'dbt-properties'
  | 'dbt-project'
  | 'dbt-other'
  | 'airflow-python'
  | 'airflow-other';

export interface RuleMeta {
  /** Catalogue id: `SQL-001`, `DBT-004`, `AF-006`… */
  id: string;
  title: string;
  domain: RuleDomain;
  /** Checklist item ids of the agent definition the rule serves. */
  checklist: string[];
  severity: Severity;
  /** Why the rule exists, for docs and for the reader of a finding. */
  rationale: string;
  examples: { bad: string; good: string };
  /** The file kinds the rule reads. */
  appliesTo: readonly FileKind[];
  /**
   * `changed-lines` (default): a finding is kept only where the change added lines.
   * `changed-objects`: the rule itself restricts its findings to objects the change added or
   * edited (e.g. a model added by the PR), so the engine keeps them wherever they point.
   */
  scope?: 'changed-lines' | 'changed-objects';
  /** The rule reads the file's base text (`ctx.base`); the engine reads it only for such rules. */
  needsBase?: boolean;
  /** The rule reads `ctx.graph`; the engine builds the dbt model graph once per run, only when such a rule applies. */
  needsGraph?: boolean;
  /** Options the repository config may set for the rule (`rules: { GOV-005: { keys: [owner] } }`), with their defaults. */
  options?: Readonly<Record<string, RuleOptionSpec>>;
}

export type RuleOptionValue = string | number | boolean | readonly string[];

export interface RuleOptionSpec {
  type: 'string' | 'number' | 'boolean' | 'string-list';
  default: RuleOptionValue;
  description: string;
}

export interface RuleReport {
  line: number;
  endLine?: number;
  message: string;
  snippet?: string;
  /** Another file of the change to attach the finding to (e.g. the properties YAML of a model). */
  file?: string;
  /** A lower severity than the rule's for this finding (e.g. from a token-based fallback); never raises it. */
  severity?: Severity;
}

export interface ParsedSql {
  /** The text the parser read: the file with its Jinja neutralised (same lines). */
  text: string;
  dialect: SqlDialect;
  result: SqlParseResult;
}

export interface RuleFile {
  path: string;
  previousPath?: string;
  status: FileStatus;
  domain: Domain;
  kind: FileKind;
  addedLines: ReadonlySet<number>;
}

export interface ChangeView {
  /** The change's files by head path. */
  file(path: string): ChangedFile | undefined;
  readonly files: readonly ChangedFile[];
}

export interface RuleContext {
  readonly file: RuleFile;
  /** The file's text at head. */
  readonly head: string;
  /** The file's text at base, for rules with `needsBase` on modified or renamed files. */
  readonly base?: string;
  /** SQL files and dbt SQL files: the neutralised SQL and its parse. */
  readonly sql?: ParsedSql;
  /** dbt SQL files and templated SQL: what the Jinja said. */
  readonly jinja?: NeutralisedJinja;
  /** Python files. */
  readonly python?: PythonTree;
  /** YAML files. */
  readonly yaml?: YamlParse;
  /** The dbt project index at head, when the change touches dbt. */
  readonly dbt?: DbtIndex;
  /** The dbt model graph at head, for rules with `needsGraph`. */
  readonly graph?: DbtGraph;
  /** The model's properties entry at head as a positioned YAML map (dbt model files that have one). */
  readonly modelProperties?: YamlNode;
  /** The rule's options for this file from the repository config; absent means the defaults of `meta.options`. */
  readonly options?: Readonly<Record<string, RuleOptionValue>>;
  readonly change: ChangeView;
  /** The whole file is under review, not only the lines the change added. */
  readonly fullFileReview: boolean;
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** The line of `text` at a 1-based line number, trimmed, for snippets. */
export function lineText(text: string, line: number): string {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).trim();
}
