// The named output columns of a model's final SELECT and whether each exposes a column value
// as it is, or only through a hash or masking function. Column lineage is followed inside the
// file: `final as (select email from hashed)` is masked when `hashed` computes
// `sha2(email) as email`; `select * from final` expands to `final`'s columns. A value that
// comes from a table, ref() or source() is raw. Read from the parser's raw JSON (the shared
// AST view keeps aliases but not the expressions).
import { firstLine, isRecord, identText, variantOf } from '../sql/ast.js';
import type { SqlStatement } from '../sql/ast.js';
import { nameTokens } from './pii-names.js';

/** raw: a value passes through unmasked; masked: only through a hash/mask; none: no column read; unknown: a Jinja expression. */
export type Exposure = 'raw' | 'masked' | 'none' | 'unknown';

export interface OutputColumn {
  name: string;
  line: number;
  exposure: Exposure;
}

type Json = unknown;
type Columns = Map<string, OutputColumn>;

interface Relation {
  /** Lower-case alias or last name part. */
  names: string[];
  /** Output columns when the relation is a CTE or derived table of this file. */
  columns?: Columns;
}

const MASK_TOKENS = new Set([
  'mask',
  'masked',
  'masking',
  'redact',
  'redacted',
  'anonymize',
  'anonymise',
  'anonymized',
  'anonymised',
  'pseudonymize',
  'pseudonymise',
  'tokenize',
  'tokenise',
  'encrypt',
  'hash',
  'hashed',
  'hashbytes',
  'md5',
  'sha',
  'sha1',
  'sha2',
  'sha224',
  'sha256',
  'sha384',
  'sha512',
  'fingerprint',
  'digest',
  'xxhash64',
  'hmac',
]);
const MASKING_JINJA = /mask|hash|redact|anonymi[sz]|pseudonymi[sz]|tokeni[sz]|encrypt|surrogate_key|sha\d*\b|md5/i;

export function isMaskingFunction(name: string): boolean {
  const lower = name.toLowerCase();
  return MASK_TOKENS.has(lower) || nameTokens(name).some((token) => MASK_TOKENS.has(token)) || /^sha\d+$/.test(lower);
}

const asArray = (value: Json): readonly Json[] => (Array.isArray(value) ? value : []);

function functionName(payload: Json): string | undefined {
  if (!isRecord(payload)) return undefined;
  const parts = asArray(payload['name']).map((part) => {
    const variant = variantOf(part);
    return variant?.tag === 'Identifier' ? identText(variant.payload) : identText(part);
  });
  return parts[parts.length - 1];
}

/** The dbt template a neutralised SQL text came from: Jinja placeholders are read back from it. */
export interface SqlTemplate {
  /** The file as written (same lines and, on one-line tags, same columns as the neutralised SQL). */
  text: string;
  placeholders: Readonly<Record<string, string>>;
}

class Lineage {
  private readonly placeholders: Readonly<Record<string, string>>;
  private readonly lines: readonly string[];

  constructor(template: SqlTemplate | undefined) {
    this.placeholders = template?.placeholders ?? {};
    this.lines = template?.text.split('\n') ?? [];
  }

  /**
   * The Jinja tag a placeholder stands for. One placeholder name serves every generic
   * expression of a file, so the tag is read from the template at the identifier's position:
   * the neutraliser keeps a one-line tag's width, so the identifier lies inside the tag.
   */
  private tagAt(span: { line: number; column: number } | undefined): string | undefined {
    if (!span) return undefined;
    const text = this.lines[span.line - 1];
    if (text === undefined) return undefined;
    const open = text.lastIndexOf('{{', span.column - 1);
    if (open < 0) return undefined;
    const close = text.indexOf('}}', open);
    return close < 0 ? text.slice(open) : text.slice(open, close + 2);
  }

  /** Output columns of a query (`{ with, body, … }`), with the CTEs visible to it. */
  query(raw: Json, outer: ReadonlyMap<string, Columns>): Columns | undefined {
    if (!isRecord(raw)) return undefined;
    const scope = new Map(outer);
    const withClause = raw['with'];
    if (isRecord(withClause)) {
      for (const cte of asArray(withClause['cte_tables'])) {
        if (!isRecord(cte) || !isRecord(cte['alias'])) continue;
        const name = identText(cte['alias']['name']);
        const columns = this.query(cte['query'], scope);
        if (name !== undefined && columns) scope.set(name.toLowerCase(), columns);
      }
    }
    return this.setExpr(raw['body'], scope);
  }

  private setExpr(raw: Json, scope: ReadonlyMap<string, Columns>): Columns | undefined {
    const variant = variantOf(raw);
    if (!variant) return undefined;
    if (variant.tag === 'Select') return this.select(variant.payload, scope);
    if (variant.tag === 'Query') return this.query(variant.payload, scope);
    if (variant.tag === 'SetOperation' && isRecord(variant.payload)) {
      // Names come from the first branch; a value is raw when any branch passes it raw.
      const left = this.setExpr(variant.payload['left'], scope);
      const right = this.setExpr(variant.payload['right'], scope);
      if (!left) return undefined;
      const rightList = right ? [...right.values()] : [];
      const merged: Columns = new Map();
      [...left.values()].forEach((column, i) => {
        const other = rightList[i];
        merged.set(column.name.toLowerCase(), other ? { ...column, exposure: combine([column.exposure, other.exposure]) } : column);
      });
      return merged;
    }
    return undefined;
  }

  private relations(select: Readonly<Record<string, Json>>, scope: ReadonlyMap<string, Columns>): Relation[] {
    const relations: Relation[] = [];
    const add = (raw: Json): void => {
      const variant = variantOf(raw);
      if (!variant || !isRecord(variant.payload)) return;
      const payload = variant.payload;
      const aliasNode = payload['alias'];
      const alias = isRecord(aliasNode) ? identText(aliasNode['name']) : undefined;
      if (variant.tag === 'Table') {
        const parts = asArray(payload['name']).map((part) => {
          const v = variantOf(part);
          return v?.tag === 'Identifier' ? identText(v.payload) : identText(part);
        });
        const last = parts[parts.length - 1];
        const cte = parts.length === 1 && last !== undefined ? scope.get(last.toLowerCase()) : undefined;
        const names = [alias, last].filter((name): name is string => name !== undefined).map((name) => name.toLowerCase());
        relations.push({ names, ...(cte ? { columns: cte } : {}) });
      } else if (variant.tag === 'Derived') {
        const columns = this.query(payload['subquery'], scope);
        relations.push({ names: alias !== undefined ? [alias.toLowerCase()] : [], ...(columns ? { columns } : {}) });
      } else if (variant.tag === 'NestedJoin' && isRecord(payload['table_with_joins'])) {
        addWithJoins(payload['table_with_joins']);
      } else {
        relations.push({ names: alias !== undefined ? [alias.toLowerCase()] : [] });
      }
    };
    const addWithJoins = (item: Json): void => {
      if (!isRecord(item)) return;
      add(item['relation']);
      for (const join of asArray(item['joins'])) if (isRecord(join)) add(join['relation']);
    };
    for (const item of asArray(select['from'])) addWithJoins(item);
    return relations;
  }

  private select(raw: Json, scope: ReadonlyMap<string, Columns>): Columns | undefined {
    if (!isRecord(raw)) return undefined;
    const relations = this.relations(raw, scope);
    const columns: Columns = new Map();
    const put = (column: OutputColumn): void => {
      if (!columns.has(column.name.toLowerCase())) columns.set(column.name.toLowerCase(), column);
    };
    for (const item of asArray(raw['projection'])) {
      const variant = variantOf(item);
      if (!variant) continue;
      if (variant.tag === 'Wildcard') {
        // `*` keeps the columns of the file's own relations; a table's columns are unknown here.
        for (const relation of relations) for (const column of relation.columns?.values() ?? []) put(column);
      } else if (variant.tag === 'QualifiedWildcard') {
        const [kind] = asArray(variant.payload);
        const nameVariant = variantOf(kind);
        const parts = asArray(nameVariant?.tag === 'ObjectName' ? nameVariant.payload : kind).map((part) => {
          const v = variantOf(part);
          return v?.tag === 'Identifier' ? identText(v.payload) : identText(part);
        });
        const qualifier = parts[parts.length - 1]?.toLowerCase();
        const relation = relations.find((candidate) => qualifier !== undefined && candidate.names.includes(qualifier));
        for (const column of relation?.columns?.values() ?? []) put(column);
      } else if (variant.tag === 'ExprWithAlias' && isRecord(variant.payload)) {
        const name = identText(variant.payload['alias']);
        if (name === undefined) continue;
        put({ name, line: firstLine(variant.payload), exposure: this.expression(variant.payload['expr'], relations) });
      } else if (variant.tag === 'UnnamedExpr') {
        const name = referenceName(variant.payload);
        if (name === undefined || Object.hasOwn(this.placeholders, name)) continue;
        put({ name, line: firstLine(variant.payload), exposure: this.expression(variant.payload, relations) });
      }
    }
    return columns;
  }

  /** How an expression exposes the values it reads. */
  private expression(raw: Json, relations: readonly Relation[]): Exposure {
    const exposures: Exposure[] = [];
    let masked = false;
    const visit = (node: Json, depth: number): void => {
      if (depth > 100) return;
      if (Array.isArray(node)) {
        for (const item of node) visit(item, depth + 1);
        return;
      }
      if (!isRecord(node)) return;
      const variant = variantOf(node);
      if (variant?.tag === 'Function') {
        const name = functionName(variant.payload);
        if (name !== undefined && isMaskingFunction(name)) {
          masked = true;
          return;
        }
        // The function's own name is not a column reference.
        if (isRecord(variant.payload)) for (const [key, value] of Object.entries(variant.payload)) if (key !== 'name') visit(value, depth + 1);
        return;
      }
      if (variant?.tag === 'Identifier' && isRecord(variant.payload) && 'value' in variant.payload) {
        exposures.push(this.reference([identText(variant.payload) ?? ''], spanStart(variant.payload), relations));
        return;
      }
      if (variant?.tag === 'CompoundIdentifier') {
        const parts = asArray(variant.payload);
        exposures.push(this.reference(parts.map((part) => identText(part) ?? ''), spanStart(parts[parts.length - 1]), relations));
        return;
      }
      for (const value of Object.values(node)) visit(value, depth + 1);
    };
    visit(raw, 0);
    if (exposures.length === 0) return masked ? 'masked' : 'none';
    return combine(exposures);
  }

  /** Where a column reference's value comes from. */
  private reference(parts: readonly string[], span: { line: number; column: number } | undefined, relations: readonly Relation[]): Exposure {
    const column = parts[parts.length - 1] ?? '';
    if (Object.hasOwn(this.placeholders, column)) {
      const tag = this.tagAt(span) ?? this.placeholders[column] ?? '';
      return MASKING_JINJA.test(tag) ? 'masked' : 'unknown';
    }
    const key = column.toLowerCase();
    const qualifier = parts.length > 1 ? parts[parts.length - 2]?.toLowerCase() : undefined;
    const candidates = qualifier !== undefined ? relations.filter((relation) => relation.names.includes(qualifier)) : relations;
    const defined = candidates.map((relation) => relation.columns?.get(key)).filter((found): found is OutputColumn => found !== undefined);
    // Not defined by a relation of this file: the value comes from a table, ref() or source().
    if (defined.length === 0) return 'raw';
    return combine(defined.map((found) => found.exposure));
  }
}

function spanStart(node: Json): { line: number; column: number } | undefined {
  if (!isRecord(node) || !isRecord(node['span']) || !isRecord(node['span']['start'])) return undefined;
  const { line, column } = node['span']['start'];
  return typeof line === 'number' && typeof column === 'number' && line > 0 ? { line, column } : undefined;
}

function combine(exposures: readonly Exposure[]): Exposure {
  if (exposures.includes('raw')) return 'raw';
  if (exposures.includes('unknown')) return 'unknown';
  if (exposures.includes('masked')) return 'masked';
  return 'none';
}

/** `email` / `c.email`: the column name an unaliased reference outputs. */
function referenceName(expr: Json): string | undefined {
  const variant = variantOf(expr);
  if (variant?.tag === 'Identifier') return identText(variant.payload);
  if (variant?.tag === 'CompoundIdentifier') {
    const parts = asArray(variant.payload);
    return identText(parts[parts.length - 1]);
  }
  return undefined;
}

/** The raw query a statement returns rows from: a SELECT, CREATE … AS SELECT, INSERT … SELECT. */
function statementQueryRaw(statement: SqlStatement): Json {
  const variant = variantOf(statement.raw);
  if (!variant || !isRecord(variant.payload)) return undefined;
  if (variant.tag === 'Query') return variant.payload;
  if (variant.tag === 'CreateTable' || variant.tag === 'CreateView') return variant.payload['query'];
  if (variant.tag === 'Insert') return variant.payload['source'];
  return undefined;
}

/** The named output columns of the statement's query, in select order; undefined when it has none. */
export function outputColumns(statement: SqlStatement, template?: SqlTemplate): OutputColumn[] | undefined {
  const raw = statementQueryRaw(statement);
  if (raw === undefined) return undefined;
  const columns = new Lineage(template).query(raw, new Map());
  return columns ? [...columns.values()] : undefined;
}

/** The output columns of a dbt model: its last statement that returns rows. */
export function modelOutputColumns(statements: readonly SqlStatement[], template?: SqlTemplate): OutputColumn[] {
  for (let i = statements.length - 1; i >= 0; i--) {
    const columns = outputColumns(statements[i] as SqlStatement, template);
    if (columns) return columns;
  }
  return [];
}
