// A minimal typed view of the sqlparser-rs AST. The package hands back serde JSON of the Rust
// enums (externally tagged: `{ "Select": {...} }`, unit variants as bare strings) with loose
// TypeScript types, so everything arrives here as `unknown` and is narrowed field by field into
// the few shapes rules read: statements that carry a query, queries with their CTEs, SELECT
// projections and FROM relations, with line numbers. A shape we do not recognise becomes
// `{ kind: 'other' }`, never a crash, so an upstream change degrades to "rule sees less".
// Each statement keeps its `raw` JSON for rules that need more than this view.

export interface SqlStatementBase {
  /** First line of the statement (1-based); 0 when the parser gave no span. */
  line: number;
  raw: unknown;
}

export type SqlStatement =
  | ({ kind: 'query'; query: SqlQuery } & SqlStatementBase)
  | ({ kind: 'insert'; table: string[]; query?: SqlQuery } & SqlStatementBase)
  | ({ kind: 'create-table'; name: string[]; query?: SqlQuery } & SqlStatementBase)
  | ({ kind: 'create-view'; name: string[]; query?: SqlQuery } & SqlStatementBase)
  | ({ kind: 'other'; type: string } & SqlStatementBase);

export interface SqlQuery {
  ctes: SqlCte[];
  body: SqlSetExpr;
}

export interface SqlCte {
  name: string;
  /** Explicit column list: `name (a, b) as (...)`. */
  columns: string[];
  query: SqlQuery;
  line: number;
}

export type SqlSetExpr =
  | { kind: 'select'; select: SqlSelect }
  /** A parenthesised query, which may carry its own CTEs. */
  | { kind: 'query'; query: SqlQuery }
  | { kind: 'set-operation'; op: string; quantifier: string; left: SqlSetExpr; right: SqlSetExpr }
  | { kind: 'values'; width: number }
  | { kind: 'other'; type: string };

export interface SqlSelect {
  line: number;
  projection: SqlSelectItem[];
  /** FROM items and their joins, flattened in source order. */
  from: SqlRelation[];
}

export type SqlSelectItem =
  | { kind: 'wildcard'; line: number; column: number }
  | { kind: 'qualified-wildcard'; qualifier: string[]; line: number; column: number }
  | { kind: 'expr'; alias?: string; line: number };

interface SqlRelationBase {
  alias?: string;
  /** Column aliases: `(values …) v(a, b)`. */
  aliasColumns: string[];
  line: number;
  /** The parser's join operator variant when joined to the previous relation (`Join` for a bare JOIN, `Inner`, `Left`…). */
  join?: string;
}

export type SqlRelation =
  | ({ kind: 'table'; name: string[] } & SqlRelationBase)
  | ({ kind: 'derived'; query: SqlQuery } & SqlRelationBase)
  | ({ kind: 'nested-join'; relations: SqlRelation[] } & SqlRelationBase)
  | ({ kind: 'other'; type: string } & SqlRelationBase);

// ---------------------------------------------------------------------------------------------
// Narrowing helpers over the raw JSON.

type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The variant name and payload of an externally tagged enum value. */
export function variantOf(value: unknown): { tag: string; payload: unknown } | undefined {
  if (typeof value === 'string') return { tag: value, payload: undefined };
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const tag = keys[0] as string;
  return { tag, payload: value[tag] };
}

function positionOf(value: unknown): { line: number; column: number } | undefined {
  if (!isRecord(value)) return undefined;
  const span = value['span'];
  if (!isRecord(span) || !isRecord(span['start'])) return undefined;
  const { line, column } = span['start'];
  return typeof line === 'number' && typeof column === 'number' && line > 0 ? { line, column } : undefined;
}

/** An identifier's text (`{ value, quote_style, span }`). */
export function identText(value: unknown): string | undefined {
  if (isRecord(value) && typeof value['value'] === 'string') return value['value'];
  return undefined;
}

/** Parts of an object name: `[ { Identifier: ident } … ]`, or bare idents in older shapes. */
function objectNameParts(value: unknown): string[] {
  const parts: string[] = [];
  for (const part of asArray(value)) {
    const variant = variantOf(part);
    const text = variant?.tag === 'Identifier' ? identText(variant.payload) : identText(part);
    if (text !== undefined) parts.push(text);
  }
  return parts;
}

function objectNameLine(value: unknown): number {
  for (const part of asArray(value)) {
    const variant = variantOf(part);
    const pos = positionOf(variant?.tag === 'Identifier' ? variant.payload : part);
    if (pos) return pos.line;
  }
  return 0;
}

/**
 * The line of the first span inside a node, in document order. serde writes struct fields in
 * declaration order, which for sqlparser's AST follows the syntax (`with_token` before the body,
 * `select_token` before the projection), so the first span found is where the node starts;
 * stopping there keeps this cheap on large statements.
 */
export function firstLine(node: unknown): number {
  const visit = (value: unknown, depth: number): number => {
    if (depth > 200) return 0;
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = visit(item, depth + 1);
        if (found) return found;
      }
      return 0;
    }
    if (!isRecord(value)) return 0;
    const pos = positionOf(value);
    if (pos) return pos.line;
    for (const key in value) {
      if (key === 'span') continue;
      const found = visit(value[key], depth + 1);
      if (found) return found;
    }
    return 0;
  };
  return visit(node, 0);
}

// ---------------------------------------------------------------------------------------------
// Lowering.

export function lowerStatements(raw: unknown): SqlStatement[] {
  return asArray(raw).map(lowerStatement);
}

function lowerStatement(raw: unknown): SqlStatement {
  const variant = variantOf(raw);
  const line = firstLine(raw);
  if (!variant) return { kind: 'other', type: 'unknown', line, raw };
  const payload = variant.payload;
  switch (variant.tag) {
    case 'Query': {
      const query = lowerQuery(payload);
      return query ? { kind: 'query', query, line, raw } : { kind: 'other', type: 'Query', line, raw };
    }
    case 'Insert': {
      if (!isRecord(payload)) break;
      const target = variantOf(payload['table']);
      const table = target ? objectNameParts(target.payload) : objectNameParts(payload['table_name']);
      const query = lowerQuery(payload['source']);
      return { kind: 'insert', table, ...(query ? { query } : {}), line, raw };
    }
    case 'CreateTable': {
      if (!isRecord(payload)) break;
      const query = lowerQuery(payload['query']);
      return { kind: 'create-table', name: objectNameParts(payload['name']), ...(query ? { query } : {}), line, raw };
    }
    case 'CreateView': {
      if (!isRecord(payload)) break;
      const query = lowerQuery(payload['query']);
      return { kind: 'create-view', name: objectNameParts(payload['name']), ...(query ? { query } : {}), line, raw };
    }
    default:
      break;
  }
  return { kind: 'other', type: variant.tag, line, raw };
}

export function lowerQuery(raw: unknown): SqlQuery | undefined {
  if (!isRecord(raw) || !('body' in raw)) return undefined;
  const ctes: SqlCte[] = [];
  const withClause = raw['with'];
  if (isRecord(withClause)) {
    for (const cte of asArray(withClause['cte_tables'])) {
      if (!isRecord(cte) || !isRecord(cte['alias'])) continue;
      const alias = cte['alias'];
      const name = identText(alias['name']);
      const query = lowerQuery(cte['query']);
      if (name === undefined || !query) continue;
      ctes.push({ name, columns: aliasColumns(alias), query, line: positionOf(alias['name'])?.line ?? 0 });
    }
  }
  return { ctes, body: lowerSetExpr(raw['body']) };
}

function lowerSetExpr(raw: unknown): SqlSetExpr {
  const variant = variantOf(raw);
  if (!variant) return { kind: 'other', type: 'unknown' };
  const payload = variant.payload;
  switch (variant.tag) {
    case 'Select': {
      const select = lowerSelect(payload);
      return select ? { kind: 'select', select } : { kind: 'other', type: 'Select' };
    }
    case 'Query': {
      const query = lowerQuery(payload);
      return query ? { kind: 'query', query } : { kind: 'other', type: 'Query' };
    }
    case 'SetOperation': {
      if (!isRecord(payload)) break;
      return {
        kind: 'set-operation',
        op: variantOf(payload['op'])?.tag ?? 'unknown',
        quantifier: variantOf(payload['set_quantifier'])?.tag ?? 'None',
        left: lowerSetExpr(payload['left']),
        right: lowerSetExpr(payload['right']),
      };
    }
    case 'Values': {
      if (!isRecord(payload)) break;
      const first = asArray(payload['rows'])[0];
      const width = isRecord(first) ? asArray(first['content']).length : asArray(first).length;
      return { kind: 'values', width };
    }
    default:
      break;
  }
  return { kind: 'other', type: variant.tag };
}

function lowerSelect(raw: unknown): SqlSelect | undefined {
  if (!isRecord(raw) || !Array.isArray(raw['projection'])) return undefined;
  const selectLine = isRecord(raw['select_token']) ? (positionOf(raw['select_token'])?.line ?? 0) : 0;
  const line = selectLine || firstLine(raw['projection']);
  const projection = raw['projection'].map((item) => lowerSelectItem(item, line));
  const from: SqlRelation[] = [];
  for (const item of asArray(raw['from'])) from.push(...lowerTableWithJoins(item));
  return { line, projection, from };
}

function lowerSelectItem(raw: unknown, selectLine: number): SqlSelectItem {
  const variant = variantOf(raw);
  if (variant?.tag === 'Wildcard') {
    const pos = wildcardPosition(variant.payload);
    return { kind: 'wildcard', line: pos?.line ?? selectLine, column: pos?.column ?? 0 };
  }
  if (variant?.tag === 'QualifiedWildcard') {
    // `[ { ObjectName: [...] } , options ]` in current releases.
    const [kind, options] = asArray(variant.payload);
    const nameVariant = variantOf(kind);
    const qualifier = nameVariant?.tag === 'ObjectName' ? objectNameParts(nameVariant.payload) : objectNameParts(kind);
    const pos = wildcardPosition(options);
    const qualifierLine = nameVariant ? objectNameLine(nameVariant.payload) : 0;
    return { kind: 'qualified-wildcard', qualifier, line: pos?.line ?? (qualifierLine || selectLine), column: pos?.column ?? 0 };
  }
  if (variant?.tag === 'ExprWithAlias' && isRecord(variant.payload)) {
    const alias = identText(variant.payload['alias']);
    return { kind: 'expr', ...(alias !== undefined ? { alias } : {}), line: firstLine(variant.payload) || selectLine };
  }
  return { kind: 'expr', line: (variant ? firstLine(variant.payload) : 0) || selectLine };
}

function wildcardPosition(options: unknown): { line: number; column: number } | undefined {
  return isRecord(options) ? positionOf(options['wildcard_token']) : undefined;
}

function aliasColumns(alias: unknown): string[] {
  if (!isRecord(alias)) return [];
  const columns: string[] = [];
  for (const column of asArray(alias['columns'])) {
    const text = isRecord(column) && 'name' in column ? identText(column['name']) : identText(column);
    if (text !== undefined) columns.push(text);
  }
  return columns;
}

function lowerTableWithJoins(raw: unknown): SqlRelation[] {
  if (!isRecord(raw)) return [];
  const out: SqlRelation[] = [];
  const first = lowerRelation(raw['relation']);
  if (first) out.push(first);
  for (const join of asArray(raw['joins'])) {
    if (!isRecord(join)) continue;
    const relation = lowerRelation(join['relation']);
    if (!relation) continue;
    const operator = variantOf(join['join_operator'])?.tag;
    out.push(operator ? { ...relation, join: operator } : relation);
  }
  return out;
}

function lowerRelation(raw: unknown): SqlRelation | undefined {
  const variant = variantOf(raw);
  if (!variant || !isRecord(variant.payload)) return undefined;
  const payload = variant.payload;
  const aliasNode = payload['alias'];
  const alias = isRecord(aliasNode) ? identText(aliasNode['name']) : undefined;
  const base = {
    ...(alias !== undefined ? { alias } : {}),
    aliasColumns: aliasColumns(aliasNode),
  };
  switch (variant.tag) {
    case 'Table':
      return { kind: 'table', name: objectNameParts(payload['name']), ...base, line: objectNameLine(payload['name']) };
    case 'Derived': {
      const query = lowerQuery(payload['subquery']);
      if (query) return { kind: 'derived', query, ...base, line: firstLine(payload['subquery']) };
      break;
    }
    case 'NestedJoin': {
      const relations = lowerTableWithJoins(payload['table_with_joins']);
      return { kind: 'nested-join', relations, ...base, line: relations[0]?.line ?? 0 };
    }
    default:
      break;
  }
  return { kind: 'other', type: variant.tag, ...base, line: firstLine(payload) };
}

/** The queries a statement produces rows from (its top-level query), if any. */
export function statementQuery(statement: SqlStatement): SqlQuery | undefined {
  return statement.kind === 'other' ? undefined : statement.query;
}
