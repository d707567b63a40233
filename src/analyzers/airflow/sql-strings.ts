// SQL written inside DAG files (AF-015): the `sql=` argument of SQL operators
// (SQLExecuteQueryOperator, PostgresOperator, SnowflakeOperator, RedshiftSQLOperator…) and the
// query of BigQueryInsertJobOperator (`configuration={'query': {'query': ...}}`), as string
// literals, lists of them, or module constants holding them. Each one is returned as a text the
// SQL parser can read AND whose positions are the DAG file's: the lines above the string are
// empty lines and the columns before it on its first line are spaces, so a parser position
// (line, column) is the position in the DAG file. Escape sequences are replaced by characters of
// the same width (`\n` by two spaces, `\'` by ` '`), so the columns after them hold too.
//
// Not extracted: f-strings with interpolations and implicitly concatenated literals (their text
// is only known at run time, or their parts are not contiguous), a value ending in `.sql` (a
// template file, which is reviewed as a file of its own), and legacy-SQL BigQuery jobs.
import type { SqlDialect } from '../sql/parser.js';
import { calleeName, keywordArguments, lookupDictKey, stringLiteral } from './python.js';
import type { Assignments, SyntaxNode } from './python.js';

export interface EmbeddedSql {
  /** The SQL, padded so that its line and column numbers are the DAG file's. */
  text: string;
  /** First and last line of the SQL in the DAG file (1-based). */
  line: number;
  endLine: number;
  /** 1-based column of the SQL's first character on `line`. */
  column: number;
  /** The operator class the SQL is given to, as written. */
  operator: string;
  taskId?: string;
  /** The grammar the operator implies (PostgresOperator → postgres); undefined for generic operators. */
  dialect?: SqlDialect;
  /** Whether the text holds Jinja (`{{ ds }}`, `{% if %}`): Airflow renders templated fields. */
  templated: boolean;
}

// Operator class prefixes that name their database, in match order (longest first where they overlap).
const DIALECT_PREFIXES: readonly [string, SqlDialect][] = [
  ['postgres', 'postgres'],
  ['snowflake', 'snowflake'],
  ['redshift', 'redshift'],
  ['bigquery', 'bigquery'],
  ['mysql', 'mysql'],
  ['mssql', 'mssql'],
  ['databricks', 'databricks'],
  ['sqlite', 'sqlite'],
  ['oracle', 'oracle'],
  ['hive', 'hive'],
  ['sparksql', 'spark'],
  ['spark', 'spark'],
  ['clickhouse', 'clickhouse'],
  ['teradata', 'teradata'],
  ['duckdb', 'duckdb'],
  ['trino', 'generic'],
  ['presto', 'generic'],
  ['vertica', 'generic'],
  ['exasol', 'generic'],
  ['jdbc', 'generic'],
  ['odbc', 'generic'],
];

/**
 * Whether a class takes SQL in `sql=`: an operator (or sensor) whose name says SQL, or one of the
 * database-named operators (`PostgresOperator`, `SnowflakeOperator`…). Returns its dialect too.
 */
function sqlOperator(name: string | undefined): { operator: string; dialect?: SqlDialect } | undefined {
  const operator = name?.split('.').filter((segment) => segment !== 'partial' && segment !== 'expand').pop();
  if (operator === undefined || !/(Operator|Sensor)$/.test(operator)) return undefined;
  const lower = operator.toLowerCase();
  const prefix = DIALECT_PREFIXES.find(([candidate]) => lower.startsWith(candidate));
  if (!prefix && !lower.includes('sql')) return undefined;
  return { operator, ...(prefix ? { dialect: prefix[1] } : {}) };
}

const ESCAPES: Readonly<Record<string, string>> = { n: ' ', t: ' ', r: ' ', "'": "'", '"': '"', '\\': '\\', '0': ' ', a: ' ', b: ' ', f: ' ', v: ' ' };

/** An escape sequence as SQL text of the same width: the character it stands for, padded with spaces. */
function sameWidth(escape: string): string {
  if (escape.startsWith('\\\n')) return ' \n';
  const decoded = escape.length === 2 ? ESCAPES[escape.charAt(1)] : undefined;
  // `\x41`, `\u00e9`, `\N{…}`: rare in SQL; blanked (an approximation that keeps positions).
  return decoded === undefined ? ' '.repeat(escape.length) : `${' '.repeat(escape.length - 1)}${decoded}`;
}

function isRawString(node: SyntaxNode): boolean {
  const start = node.namedChildren[0];
  return start?.type === 'string_start' && /r/i.test(start.text);
}

/** The SQL text of a plain string literal, padded to the file's positions; undefined if not a plain literal. */
export function embeddedText(node: SyntaxNode, source: string): { text: string; line: number; endLine: number; column: number } | undefined {
  if (node.type !== 'string') return undefined;
  const parts = node.namedChildren.filter((part): part is SyntaxNode => part !== null);
  if (parts.some((part) => part.type === 'interpolation')) return undefined;
  const start = parts.find((part) => part.type === 'string_start');
  const end = parts.find((part) => part.type === 'string_end');
  if (!start || !end || /f/i.test(start.text) || /b/i.test(start.text)) return undefined;
  const from = start.endIndex;
  const to = end.startIndex;
  let body = source.slice(from, to);
  if (body.trim() === '') return undefined;
  if (!isRawString(node)) {
    // Escapes are children of the string's content nodes, at absolute offsets.
    const escapes = parts.flatMap((part) => (part.type === 'string_content' ? part.namedChildren.filter((child): child is SyntaxNode => child?.type === 'escape_sequence') : []));
    for (const escape of escapes.sort((a, b) => b.startIndex - a.startIndex)) {
      const offset = escape.startIndex - from;
      body = `${body.slice(0, offset)}${sameWidth(escape.text)}${body.slice(offset + escape.text.length)}`;
    }
  }
  const row = start.endPosition.row;
  const column = start.endPosition.column;
  const text = `${'\n'.repeat(row)}${' '.repeat(column)}${body}`;
  return { text, line: row + 1, endLine: end.startPosition.row + 1, column: column + 1 };
}

/** The string literals an argument holds: the literal, a list/tuple of them, or a module constant naming them. */
function literalsOf(node: SyntaxNode | undefined, assignments: Assignments, depth = 0): SyntaxNode[] {
  if (!node || depth > 4) return [];
  if (node.type === 'string') return [node];
  if (node.type === 'list' || node.type === 'tuple' || node.type === 'parenthesized_expression') {
    return node.namedChildren.flatMap((child) => (child ? literalsOf(child, assignments, depth + 1) : []));
  }
  if (node.type === 'identifier' && !assignments.mutated.has(node.text)) {
    const defs = assignments.values.get(node.text) ?? [];
    return defs.length === 1 && defs[0] ? literalsOf(defs[0], assignments, depth + 1) : [];
  }
  return [];
}

/** The query of a BigQueryInsertJobOperator configuration, unless it asks for legacy SQL. */
function bigQueryJobQuery(configuration: SyntaxNode, assignments: Assignments): SyntaxNode | undefined {
  const query = lookupDictKey(configuration, 'query', assignments);
  if (query.state !== 'known') return undefined;
  const legacy = lookupDictKey(query.node, 'useLegacySql', assignments);
  if (legacy.state === 'known' && legacy.value.kind === 'boolean' && legacy.value.value) return undefined;
  const text = lookupDictKey(query.node, 'query', assignments);
  return text.state === 'known' ? text.node : undefined;
}

/** Every SQL literal given to a SQL operator in the file, each padded to its position in `source`. */
export function extractEmbeddedSql(root: SyntaxNode, source: string, assignments: Assignments): EmbeddedSql[] {
  const out: EmbeddedSql[] = [];
  const seen = new Set<number>();
  for (const call of root.descendantsOfType('call')) {
    if (!call) continue;
    const operator = sqlOperator(calleeName(call));
    if (!operator) continue;
    const kwargs = keywordArguments(call);
    const values: SyntaxNode[] = [];
    const sql = kwargs.get('sql');
    if (sql) values.push(...literalsOf(sql, assignments));
    const configuration = kwargs.get('configuration');
    if (configuration && operator.operator.toLowerCase().startsWith('bigquery')) {
      const query = bigQueryJobQuery(configuration, assignments);
      if (query) values.push(...literalsOf(query, assignments));
    }
    if (values.length === 0) continue;
    const taskId = stringLiteral(kwargs.get('task_id'));
    for (const value of values) {
      if (seen.has(value.id)) continue;
      seen.add(value.id);
      const extracted = embeddedText(value, source);
      if (!extracted) continue;
      const body = extracted.text.trim();
      // A path to a template file: Airflow reads the file (template_ext), which is reviewed on its own.
      if (!body.includes('\n') && /\.sql$/i.test(body)) continue;
      out.push({
        ...extracted,
        operator: operator.operator,
        ...(taskId !== undefined ? { taskId } : {}),
        ...(operator.dialect ? { dialect: operator.dialect } : {}),
        templated: /\{\{|\{%|\{#/.test(body),
      });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
