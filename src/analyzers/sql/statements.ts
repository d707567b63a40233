// What each statement of a script does to which table, for rules about the sequence of a
// pipeline script (an INSERT after a scoped DELETE, a DROP of a table the script created…).
// Statements inside blocks (`BEGIN … END`) are flattened in order. Table names are kept as
// written; `sameTable` compares them the way a reader would.
import { isRecord, variantOf } from './ast.js';
import type { SqlStatement } from './ast.js';
import { flattenStatements, isQueryNode, nameParts, rangeOf, statementVariant } from './walk.js';
import type { JsonRecord, Range } from './walk.js';

export type StatementAction =
  | { kind: 'delete'; table: string[]; where?: unknown }
  | { kind: 'update'; table: string[]; where?: unknown }
  | { kind: 'truncate'; tables: string[][] }
  | {
      kind: 'insert';
      table: string[];
      /** INSERT OVERWRITE. */
      overwrite: boolean;
      /** ON CONFLICT / ON DUPLICATE KEY / REPLACE INTO / INSERT IGNORE: re-running converges. */
      upsert: boolean;
      source?: JsonRecord;
    }
  | { kind: 'merge'; table: string[]; target: unknown; source: unknown; on: unknown }
  | { kind: 'create-table'; table: string[]; orReplace: boolean; ifNotExists: boolean; temporary: boolean; query?: JsonRecord }
  | { kind: 'drop-table'; tables: string[][]; ifExists: boolean; temporary: boolean }
  | { kind: 'begin' }
  | { kind: 'commit' }
  | { kind: 'rollback' }
  | { kind: 'query' }
  | { kind: 'other'; tag: string };

export interface ScriptStatement {
  action: StatementAction;
  raw: unknown;
  /** Lines the statement spans (from the parser's spans; keywords without spans are not covered). */
  range?: Range;
  /** First line, 0 when unknown. */
  line: number;
}

function relationTable(relation: unknown): string[] {
  const variant = variantOf(relation);
  if (variant?.tag === 'Table' && isRecord(variant.payload)) return nameParts(variant.payload['name']);
  return [];
}

function firstRelationTable(tablesWithJoins: unknown): string[] {
  const first = Array.isArray(tablesWithJoins) ? tablesWithJoins[0] : tablesWithJoins;
  return isRecord(first) ? relationTable(first['relation']) : [];
}

function describe(raw: unknown): StatementAction {
  const variant = statementVariant(raw);
  if (!variant) return { kind: 'other', tag: 'unknown' };
  const { tag, payload } = variant;
  switch (tag) {
    case 'Delete': {
      const from = variantOf(payload['from']);
      const table = from ? firstRelationTable(from.payload) : [];
      const where = payload['selection'];
      return { kind: 'delete', table, ...(where !== undefined && where !== null ? { where } : {}) };
    }
    case 'Update': {
      const table = isRecord(payload['table']) ? relationTable(payload['table']['relation']) : [];
      const where = payload['selection'];
      return { kind: 'update', table, ...(where !== undefined && where !== null ? { where } : {}) };
    }
    case 'Truncate': {
      const names = Array.isArray(payload['table_names']) ? payload['table_names'] : [];
      return { kind: 'truncate', tables: names.map((entry) => (isRecord(entry) ? nameParts(entry['name']) : [])).filter((parts) => parts.length > 0) };
    }
    case 'Insert': {
      const target = variantOf(payload['table']);
      const table = target ? nameParts(target.payload) : nameParts(payload['table_name']);
      const upsert = (payload['on'] !== undefined && payload['on'] !== null) || payload['replace_into'] === true || payload['ignore'] === true;
      const source = payload['source'];
      return { kind: 'insert', table, overwrite: payload['overwrite'] === true, upsert, ...(isQueryNode(source) ? { source } : {}) };
    }
    case 'Merge':
      return { kind: 'merge', table: relationTable(payload['table']), target: payload['table'], source: payload['source'], on: payload['on'] };
    case 'CreateTable': {
      const query = payload['query'];
      return {
        kind: 'create-table',
        table: nameParts(payload['name']),
        orReplace: payload['or_replace'] === true,
        ifNotExists: payload['if_not_exists'] === true,
        temporary: payload['temporary'] === true || payload['volatile'] === true,
        ...(isQueryNode(query) ? { query } : {}),
      };
    }
    case 'Drop': {
      if (payload['object_type'] !== 'Table') return { kind: 'other', tag: `Drop ${String(payload['object_type'])}` };
      const names = Array.isArray(payload['names']) ? payload['names'].map((name) => nameParts(name)).filter((parts) => parts.length > 0) : [];
      return { kind: 'drop-table', tables: names, ifExists: payload['if_exists'] === true, temporary: payload['temporary'] === true };
    }
    case 'StartTransaction':
      return { kind: 'begin' };
    case 'Commit':
      return { kind: 'commit' };
    case 'Rollback':
      return { kind: 'rollback' };
    case 'Query':
      return { kind: 'query' };
    default:
      return { kind: 'other', tag };
  }
}

/** The statements of a parsed file, flattened, with what each does. */
export function scriptStatements(statements: readonly SqlStatement[]): ScriptStatement[] {
  return flattenStatements(statements.map((statement) => statement.raw)).map((raw) => {
    const range = rangeOf(raw);
    return { action: describe(raw), raw, ...(range ? { range } : {}), line: range?.start.line ?? 0 };
  });
}

const norm = (parts: readonly string[]): string[] => parts.map((part) => part.toLowerCase());

/**
 * Whether two written names can denote the same table: equal, or one is a suffix of the other
 * (`analytics.orders` and `orders` under a default schema). Case-insensitive.
 */
export function sameTable(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [norm(a), norm(b)] : [norm(b), norm(a)];
  const offset = long.length - short.length;
  return short.every((part, index) => part === long[offset + index]);
}

/** A table name as written, for messages. */
export function tableLabel(parts: readonly string[]): string {
  return parts.join('.');
}

/** The tables a statement (or any node) reads in FROM/JOIN/USING, as written. */
export function tablesRead(node: unknown): string[][] {
  const out: string[][] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 500) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    const variant = variantOf(value);
    if (variant?.tag === 'Table' && isRecord(variant.payload) && Array.isArray(variant.payload['name'])) out.push(nameParts(variant.payload['name']));
    for (const key in value) if (key !== 'span') visit(value[key], depth + 1);
  };
  visit(node, 0);
  return out;
}
