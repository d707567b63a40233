// The names of the columns a model's SQL outputs, when the file fixes them: the outermost
// SELECT's aliases and plain column references, following `select * from final` into the CTE
// it names (the dbt style), and the left branch of a set operation (which names the result).
// Undefined when a name cannot be known from the file: a wildcard over a ref/source/table, a
// qualified wildcard, or an expression without an alias (whose name is the engine's choice).
import { isRecord, variantOf } from '../sql/ast.js';
import type { SqlStatement } from '../sql/ast.js';

type Ctes = ReadonlyMap<string, unknown>;

const identValue = (value: unknown): string | undefined => (isRecord(value) && typeof value['value'] === 'string' ? value['value'] : undefined);

function ctesOf(query: Record<string, unknown>, outer: Ctes): Map<string, unknown> {
  const ctes = new Map(outer);
  const withClause = query['with'];
  if (isRecord(withClause) && Array.isArray(withClause['cte_tables'])) {
    for (const cte of withClause['cte_tables']) {
      if (!isRecord(cte) || !isRecord(cte['alias'])) continue;
      const name = identValue(cte['alias']['name']);
      if (name !== undefined) ctes.set(name.toLowerCase(), cte['query']);
    }
  }
  return ctes;
}

function fromQuery(query: unknown, outer: Ctes, depth: number): string[] | undefined {
  if (!isRecord(query) || depth > 50) return undefined;
  return fromSetExpr(query['body'], ctesOf(query, outer), depth + 1);
}

function fromSetExpr(body: unknown, ctes: Ctes, depth: number): string[] | undefined {
  const variant = variantOf(body);
  if (!variant || depth > 50) return undefined;
  if (variant.tag === 'Query') return fromQuery(variant.payload, ctes, depth + 1);
  if (variant.tag === 'SetOperation' && isRecord(variant.payload)) return fromSetExpr(variant.payload['left'], ctes, depth + 1);
  if (variant.tag !== 'Select' || !isRecord(variant.payload) || !Array.isArray(variant.payload['projection'])) return undefined;
  const select = variant.payload;
  const names: string[] = [];
  for (const item of select['projection'] as unknown[]) {
    const itemVariant = variantOf(item);
    if (!itemVariant) return undefined;
    if (itemVariant.tag === 'ExprWithAlias' && isRecord(itemVariant.payload)) {
      const alias = identValue(itemVariant.payload['alias']);
      if (alias === undefined) return undefined;
      names.push(alias);
    } else if (itemVariant.tag === 'UnnamedExpr') {
      const expr = variantOf(itemVariant.payload);
      if (expr?.tag === 'Identifier') {
        const name = identValue(expr.payload);
        if (name === undefined) return undefined;
        names.push(name);
      } else if (expr?.tag === 'CompoundIdentifier' && Array.isArray(expr.payload)) {
        const name = identValue(expr.payload[expr.payload.length - 1]);
        if (name === undefined) return undefined;
        names.push(name);
      } else {
        return undefined;
      }
    } else if (itemVariant.tag === 'Wildcard') {
      const inner = wildcardSource(select['from'], ctes);
      if (inner === undefined) return undefined;
      const resolved = fromQuery(inner, ctes, depth + 1);
      if (!resolved) return undefined;
      names.push(...resolved);
    } else {
      return undefined;
    }
  }
  return names;
}

/** The CTE query behind `select * from <cte>` (a single relation, no joins); undefined otherwise. */
function wildcardSource(from: unknown, ctes: Ctes): unknown {
  if (!Array.isArray(from) || from.length !== 1) return undefined;
  const only = from[0];
  if (!isRecord(only) || (Array.isArray(only['joins']) && only['joins'].length > 0)) return undefined;
  const relation = variantOf(only['relation']);
  if (relation?.tag !== 'Table' || !isRecord(relation.payload) || !Array.isArray(relation.payload['name'])) return undefined;
  const parts = relation.payload['name'] as unknown[];
  if (parts.length !== 1) return undefined;
  const part = variantOf(parts[0]);
  const name = part?.tag === 'Identifier' ? identValue(part.payload) : identValue(parts[0]);
  return name === undefined ? undefined : ctes.get(name.toLowerCase());
}

/** The output column names of the file's last query statement, when the file fixes them. */
export function outputColumnNames(statements: readonly SqlStatement[]): string[] | undefined {
  const last = [...statements].reverse().find((statement) => statement.kind === 'query');
  if (!last) return undefined;
  const raw = variantOf(last.raw);
  return raw?.tag === 'Query' ? fromQuery(raw.payload, new Map(), 0) : undefined;
}
