// AF-015, the routing half: SQL written in a DAG file (sql-strings.ts) goes through the SQL rules
// as if each string were a pipeline script of its own. Each string is parsed once (in the dialect
// its operator implies, else the review's, with the generic grammar as a fallback like for .sql
// files), every rule that reads SQL scripts runs on it, and the reports point at the DAG file's
// own lines because the extracted text keeps the file's positions. The engine keeps or drops the
// reports with its usual diff-aware filter.
import { neutraliseJinja } from '../dbt/jinja.js';
import type { NeutralisedJinja } from '../dbt/jinja.js';
import type { FileKind, ParsedSql, Rule, RuleContext, RuleFile, RuleReport } from '../rule.js';
import { parseSql } from '../sql/parser.js';
import type { SqlDialect } from '../sql/parser.js';
import type { PythonTree } from './python.js';
import { indexAssignments } from './python.js';
import { extractEmbeddedSql } from './sql-strings.js';
import type { EmbeddedSql } from './sql-strings.js';

const readsSqlScripts = (rule: Rule): boolean => rule.meta.appliesTo.includes('sql-script');

/** Whether a file of this kind has SQL routed to some of these rules (a DAG file, when SQL-script rules are on). */
export function readsEmbeddedSql(kind: FileKind, rules: readonly Rule[]): boolean {
  return kind === 'airflow-python' && rules.some(readsSqlScripts);
}

export interface EmbeddedSqlInput {
  python: PythonTree;
  /** The DAG file's text. */
  head: string;
  /** The DAG file, as the engine describes it to its own rules. */
  file: RuleFile;
  /** The review's SQL dialect (configured or inferred). */
  dialect: SqlDialect;
  /** All the review's rules; those that read SQL scripts run on each string. */
  rules: readonly Rule[];
  /** What every rule context carries besides the SQL: the change, the review mode, the rule's options. */
  context: (rule: Rule) => Pick<RuleContext, 'change' | 'fullFileReview' | 'options'>;
}

export interface EmbeddedSqlResult {
  /** Rule reports, on the DAG file's lines. */
  reports: { rule: Rule; report: RuleReport }[];
  /** Strings that did not parse and rules that failed: the DAG file is then only partly analysed. */
  problems: string[];
  /** Rule failures, worded for the review's notices. */
  notices: string[];
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function describe(embedded: EmbeddedSql): string {
  const task = embedded.taskId !== undefined ? `task \`${embedded.taskId}\`` : `a ${embedded.operator}`;
  return embedded.taskId !== undefined ? `${task} (${embedded.operator})` : task;
}

async function parseEmbedded(embedded: EmbeddedSql, fallbackDialect: SqlDialect): Promise<{ sql: ParsedSql; jinja?: NeutralisedJinja }> {
  const jinja = embedded.templated ? neutraliseJinja(embedded.text) : undefined;
  const text = jinja?.sql ?? embedded.text;
  const dialect = embedded.dialect ?? fallbackDialect;
  let result = await parseSql(text, dialect);
  if (!result.ok && dialect !== 'generic') {
    const generic = await parseSql(text, 'generic');
    if (generic.ok) result = generic;
  }
  return { sql: { text, dialect: result.ok ? result.dialect : dialect, result }, ...(jinja ? { jinja } : {}) };
}

/** Runs the SQL-script rules on every SQL string of a DAG file. Never throws. */
export async function runRulesOnEmbeddedSql(input: EmbeddedSqlInput): Promise<EmbeddedSqlResult> {
  const result: EmbeddedSqlResult = { reports: [], problems: [], notices: [] };
  const rules = input.rules.filter(readsSqlScripts);
  if (rules.length === 0 || input.file.kind !== 'airflow-python') return result;
  let strings: EmbeddedSql[];
  try {
    strings = extractEmbeddedSql(input.python.root, input.head, indexAssignments(input.python.root));
  } catch (error) {
    result.problems.push(`the SQL strings of this DAG file could not be read: ${errorText(error)}`);
    return result;
  }
  for (const embedded of strings) {
    const { sql, jinja } = await parseEmbedded(embedded, input.dialect);
    const where = describe(embedded);
    for (const problem of jinja?.problems ?? []) result.problems.push(`the SQL of ${where} (line ${embedded.line}): Jinja: ${problem}`);
    if (!sql.result.ok) {
      const at = sql.result.line !== undefined ? ` at line ${sql.result.line}` : '';
      result.problems.push(`the SQL of ${where} (line ${embedded.line}) did not parse${at}: ${sql.result.error}`);
    }
    // The string is a pipeline script of its own, located in the DAG file.
    const file: RuleFile = { ...input.file, domain: 'sql', kind: 'sql-script' };
    for (const rule of rules) {
      const reports: RuleReport[] = [];
      const ctx: RuleContext = {
        ...input.context(rule),
        file,
        head: embedded.text,
        sql,
        ...(jinja ? { jinja } : {}),
        report: (report) => {
          reports.push(report);
        },
      };
      try {
        rule.check(ctx);
      } catch (error) {
        result.problems.push(`rule ${rule.meta.id} failed on the SQL of ${where}: ${errorText(error)}`);
        result.notices.push(`Rule ${rule.meta.id} failed on the SQL of ${where} in ${input.file.path} and was skipped there: ${errorText(error)}`);
        continue;
      }
      for (const report of reports) {
        // A report about another file (e.g. a properties YAML) keeps its own wording.
        const message = report.file === undefined ? `In the SQL of ${where}: ${report.message}` : report.message;
        result.reports.push({ rule, report: { ...report, message } });
      }
    }
  }
  return result;
}
