// Who reads which CTE, with SQL's scoping: a CTE sees the CTEs defined before it in its WITH
// (and itself, in a WITH RECURSIVE), a query body sees all of its WITH, and a nested WITH
// shadows an outer one. A reference is a one-part table name in FROM/JOIN (anywhere, including
// subqueries in expressions and MERGE/INSERT sources). Each reference is owned by the CTE it
// appears in (or by the statement itself), which makes "unused" a reachability question: a CTE
// read only by a CTE that nothing reads is as dead as one that nothing reads.
import { identText, isRecord, variantOf } from './ast.js';
import { isQueryNode, nameParts } from './walk.js';
import type { JsonRecord, Position } from './walk.js';

export interface CteInfo {
  name: string;
  /** Where the CTE's name is written. */
  position: Position;
  raw: JsonRecord;
  /** The query node whose WITH defines it. */
  owner: JsonRecord;
  /** References from the statement or from other CTEs (a recursive CTE's reference to itself is not counted). */
  references: number;
  /** Names of the CTEs that read it. */
  readBy: string[];
  /** Read, directly or through other CTEs, by the statement's own query. */
  reachable: boolean;
}

interface Scope {
  parent?: Scope;
  names: Map<string, CteInfo>;
}

// SQL folds unquoted identifiers; we compare case-insensitively and ignore quoting (an
// approximation that only matters for CTE names that differ by case alone).
const key = (name: string): string => name.toLowerCase();

function lookup(scope: Scope | undefined, name: string): CteInfo | undefined {
  for (let current = scope; current; current = current.parent) {
    const found = current.names.get(key(name));
    if (found) return found;
  }
  return undefined;
}

const MAX_DEPTH = 500;

/** Every CTE of a statement, in the order written, with how it is used. */
export function cteUsage(statement: unknown): CteInfo[] {
  const all: CteInfo[] = [];
  // owner (a CTE, or null for the statement) → CTEs it reads.
  const edges = new Map<CteInfo | null, CteInfo[]>();
  const addEdge = (from: CteInfo | null, to: CteInfo): void => {
    const list = edges.get(from) ?? [];
    list.push(to);
    edges.set(from, list);
  };

  const visit = (value: unknown, scope: Scope | undefined, owner: CteInfo | null, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, scope, owner, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    if (isQueryNode(value)) {
      const withClause = value['with'];
      const tables = isRecord(withClause) && Array.isArray(withClause['cte_tables']) ? withClause['cte_tables'] : [];
      if (tables.length > 0 && isRecord(withClause)) {
        const recursive = withClause['recursive'] === true;
        const names = new Map<string, CteInfo>();
        const inner: Scope = { ...(scope ? { parent: scope } : {}), names };
        for (const table of tables) {
          if (!isRecord(table) || !isRecord(table['alias'])) continue;
          const nameNode = table['alias']['name'];
          const name = identText(nameNode);
          if (name === undefined) continue;
          const info: CteInfo = { name, position: positionOf(nameNode), raw: table, owner: value, references: 0, readBy: [], reachable: false };
          all.push(info);
          // Earlier CTEs are visible; the CTE itself only in a WITH RECURSIVE.
          const visible: Scope = { ...(scope ? { parent: scope } : {}), names: new Map(names) };
          if (recursive) visible.names.set(key(name), info);
          visit(table['query'], visible, info, depth + 1);
          names.set(key(name), info);
        }
        for (const field in value) if (field !== 'with' && field !== 'span') visit(value[field], inner, owner, depth + 1);
        return;
      }
    }
    const variant = variantOf(value);
    if (variant?.tag === 'Table' && isRecord(variant.payload)) {
      const parts = nameParts(variant.payload['name']);
      const only = parts.length === 1 ? parts[0] : undefined;
      const target = only === undefined ? undefined : lookup(scope, only);
      if (target && target !== owner) {
        target.references++;
        if (owner && !target.readBy.includes(owner.name)) target.readBy.push(owner.name);
        addEdge(owner, target);
      }
    }
    for (const field in value) if (field !== 'span') visit(value[field], scope, owner, depth + 1);
  };
  visit(statement, undefined, null, 0);

  const queue = [...(edges.get(null) ?? [])];
  while (queue.length > 0) {
    const next = queue.pop() as CteInfo;
    if (next.reachable) continue;
    next.reachable = true;
    queue.push(...(edges.get(next) ?? []));
  }
  return all;
}

function positionOf(ident: unknown): Position {
  if (isRecord(ident) && isRecord(ident['span']) && isRecord(ident['span']['start'])) {
    const { line, column } = ident['span']['start'];
    if (typeof line === 'number' && typeof column === 'number') return { line, column };
  }
  return { line: 0, column: 0 };
}
