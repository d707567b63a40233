// SQL parsing through @guanmingchiu/sqlparser-ts, the WASM build of the Rust sqlparser used by
// Apache DataFusion. Why this parser (measured, see /work/shared/DESIGN.md §3): on real dbt
// models after Jinja neutralisation it parsed 84% (Snowflake) / 71% (BigQuery) of files against
// 78% / 49% for node-sql-parser, at ~0.35 ms per file against 1.3–2.9 ms; it covers Snowflake,
// BigQuery, Redshift, Databricks, Spark, Postgres and DuckDB; it reports spans with line and
// column, which is what lets findings land on PR lines; and it is Apache-2.0. sql-parser-cst
// would have been a fine fit technically, but it is GPL and would make the bundled action GPL.
//
// The WASM module is loaded once per process, lazily, on the first parse.
import { importRuntime, vendorFile } from '../../platform/assets.js';
import { lowerStatements } from './ast.js';
import type { SqlStatement } from './ast.js';

type SqlParserModule = typeof import('@guanmingchiu/sqlparser-ts');

/** The SQL dialects a review can be configured with (dbt adapter names are accepted too, see toSqlDialect). */
export const SQL_DIALECTS = [
  'generic',
  'ansi',
  'snowflake',
  'bigquery',
  'redshift',
  'postgres',
  'databricks',
  'spark',
  'duckdb',
  'mysql',
  'mssql',
  'sqlite',
  'clickhouse',
  'hive',
  'oracle',
  'teradata',
] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

// Names users and dbt adapters use for engines whose SQL one of our dialects reads best.
// Engines without a dedicated grammar (Trino, Athena, Dremio…) fall back to the generic one.
const DIALECT_ALIASES: Readonly<Record<string, SqlDialect>> = {
  postgresql: 'postgres',
  pg: 'postgres',
  materialize: 'postgres',
  alloydb: 'postgres',
  cockroachdb: 'postgres',
  greenplum: 'postgres',
  sqlserver: 'mssql',
  fabric: 'mssql',
  synapse: 'mssql',
  tsql: 'mssql',
  spark_sql: 'spark',
  sparksql: 'spark',
  glue: 'spark',
  impala: 'hive',
  singlestore: 'mysql',
  mariadb: 'mysql',
  tidb: 'mysql',
  motherduck: 'duckdb',
  trino: 'generic',
  presto: 'generic',
  athena: 'generic',
  starburst: 'generic',
  dremio: 'generic',
  exasol: 'generic',
  vertica: 'generic',
  firebolt: 'generic',
};

/** Maps a dialect or dbt adapter name (case-insensitive) to a dialect; undefined when unknown. */
export function toSqlDialect(name: string): SqlDialect | undefined {
  const normalised = name.trim().toLowerCase().replace(/-/g, '_');
  if ((SQL_DIALECTS as readonly string[]).includes(normalised)) return normalised as SqlDialect;
  return DIALECT_ALIASES[normalised];
}

// Our dialect names → the parser's own names.
function parserDialectName(dialect: SqlDialect): string {
  return dialect === 'postgres' ? 'postgresql' : dialect;
}

export type SqlParseResult =
  | { ok: true; statements: SqlStatement[]; dialect: SqlDialect }
  | { ok: false; error: string; line?: number; column?: number };

export type SqlParse = (text: string, dialect: SqlDialect) => SqlParseResult;

let loading: Promise<SqlParse> | undefined;

/** Loads and initialises the parser once; later calls share the same promise. */
export function loadSqlParser(): Promise<SqlParse> {
  loading ??= (async () => {
    const mod = await importRuntime<SqlParserModule>(vendorFile('sqlparser-ts/dist/index.mjs', '@guanmingchiu/sqlparser-ts/dist/index.mjs'));
    await mod.init();
    // One parser per dialect, reused: trailing commas are accepted because Jinja loops
    // (`{% for c in cols %}{{ c }},{% endfor %}`) leave them behind after neutralisation.
    const parsers = new Map<SqlDialect, InstanceType<SqlParserModule['Parser']>>();
    const parserFor = (dialect: SqlDialect): InstanceType<SqlParserModule['Parser']> => {
      let parser = parsers.get(dialect);
      if (!parser) {
        const resolved = mod.dialectFromString(parserDialectName(dialect)) ?? new mod.GenericDialect();
        parser = new mod.Parser(resolved).withOptions({ trailingCommas: true });
        parsers.set(dialect, parser);
      }
      return parser;
    };
    return (text: string, dialect: SqlDialect): SqlParseResult => {
      try {
        const raw: unknown = parserFor(dialect).parse(text);
        return { ok: true, statements: lowerStatements(raw), dialect };
      } catch (error) {
        return describeParseError(error);
      }
    };
  })();
  // A failed load is not cached: the next call may succeed (and tests can observe the failure).
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Longer SQL is not given to the parser. Its time grows with the text (about 2 s per 100 KB
 * of a long select list on a loaded CI runner, measured by tests/fuzz/sql.test.ts) and, being
 * one synchronous WASM call, cannot be stopped by the engine's per-file time limit; a 1 MB
 * generated file held a review for 20 s. Hand-written models and scripts are far smaller; the
 * rules that read tokens and text still run on bigger files.
 */
export const MAX_SQL_PARSE_CHARS = 256 * 1024;

/** Parses SQL text; never throws (a parser that cannot load is reported as a parse failure). */
export async function parseSql(text: string, dialect: SqlDialect): Promise<SqlParseResult> {
  if (text.length > MAX_SQL_PARSE_CHARS) {
    return { ok: false, error: `the SQL is ${text.length} characters long, over the ${MAX_SQL_PARSE_CHARS}-character limit for parsing` };
  }
  let parse: SqlParse;
  try {
    parse = await loadSqlParser();
  } catch (error) {
    return { ok: false, error: `the SQL parser could not load: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parse(text, dialect);
}

function describeParseError(error: unknown): SqlParseResult {
  const message = error instanceof Error ? error.message : String(error);
  const location = error instanceof Error && 'location' in error ? error.location : undefined;
  let line: number | undefined;
  let column: number | undefined;
  if (location && typeof location === 'object' && 'line' in location && typeof location.line === 'number') {
    line = location.line;
    if ('column' in location && typeof location.column === 'number') column = location.column;
  } else {
    // sqlparser-rs puts the position in the message text: "... at Line: 3, Column: 7".
    const match = /Line: (\d+), Column: (\d+)/.exec(message);
    if (match?.[1] && match[2]) {
      line = Number(match[1]);
      column = Number(match[2]);
    }
  }
  // The parser quotes the offending token; a string literal there can be a password (the file
  // did not parse, so GOV-003 never saw it), and this message reaches reports and comments.
  const cleaned = message
    .replace(/^sql parser error:\s*/i, '')
    .replace(/\s+at Line: \d+, Column: \d+\s*$/, '')
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'");
  return { ok: false, error: cleaned, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) };
}
