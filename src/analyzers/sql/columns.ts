// Whether a wildcard in a query expands to a column set this file fixes. sqlfluff AM04 semantics:
// `*` over a CTE or subquery that lists its columns is known; `*` over a table, a dbt ref/source
// or a table function is not, and the unknown propagates through CTE chains
// (`a as (select * from raw)`, `final as (select * from a)`, `select * from final`).
import type { SqlCte, SqlQuery, SqlRelation, SqlSelect, SqlSelectItem, SqlSetExpr, SqlStatement } from './ast.js';
import { statementQuery } from './ast.js';

export type ColumnResolution =
  | { known: true }
  /** `via`: the chain of names from the wildcard's relation to the relation whose columns are unknown. */
  | { known: false; via: string[] };

export interface UnknownWildcard {
  kind: 'wildcard' | 'qualified-wildcard';
  /** `t` of `t.*`. */
  qualifier?: string;
  line: number;
  column: number;
  via: string[];
}

interface Scope {
  parent?: Scope;
  ctes: Map<string, SqlCte>;
}

const KNOWN: ColumnResolution = { known: true };

function unknown(...via: string[]): ColumnResolution {
  return { known: false, via };
}

// SQL identifiers are case-insensitive unless quoted; we ignore quoting (an approximation that
// only matters for CTEs whose names differ by case alone).
const key = (name: string): string => name.toLowerCase();

class ColumnResolver {
  private readonly cteScopes = new Map<SqlCte, Scope>();
  private readonly memo = new Map<SqlCte, ColumnResolution>();
  private readonly inProgress = new Set<SqlCte>();

  /** The scope a query's body sees; also records the scope each of its CTEs sees (earlier CTEs only). */
  enter(query: SqlQuery, parent: Scope | undefined): Scope {
    const ctes = new Map<string, SqlCte>();
    for (const cte of query.ctes) {
      this.cteScopes.set(cte, { ...(parent ? { parent } : {}), ctes: new Map(ctes) });
      ctes.set(key(cte.name), cte);
    }
    return { ...(parent ? { parent } : {}), ctes };
  }

  query(query: SqlQuery, parent: Scope | undefined): ColumnResolution {
    return this.setExpr(query.body, this.enter(query, parent));
  }

  setExpr(expr: SqlSetExpr, scope: Scope): ColumnResolution {
    switch (expr.kind) {
      case 'select':
        return this.select(expr.select, scope);
      case 'query':
        return this.query(expr.query, scope);
      case 'set-operation': {
        const left = this.setExpr(expr.left, scope);
        return left.known ? this.setExpr(expr.right, scope) : left;
      }
      case 'values':
        return KNOWN;
      case 'other':
        return unknown(expr.type);
    }
  }

  select(select: SqlSelect, scope: Scope): ColumnResolution {
    for (const item of select.projection) {
      const resolution = this.wildcard(item, select, scope);
      if (!resolution.known) return resolution;
    }
    return KNOWN;
  }

  /** Resolves one projection item; plain expressions are always known. */
  wildcard(item: SqlSelectItem, select: SqlSelect, scope: Scope): ColumnResolution {
    if (item.kind === 'expr') return KNOWN;
    if (item.kind === 'wildcard') {
      if (select.from.length === 0) return unknown('(no FROM clause)');
      for (const relation of select.from) {
        const resolution = this.relation(relation, scope);
        if (!resolution.known) return resolution;
      }
      return KNOWN;
    }
    const qualifier = item.qualifier[item.qualifier.length - 1];
    const target = qualifier === undefined ? undefined : findRelation(select.from, qualifier);
    return target ? this.relation(target, scope) : unknown(item.qualifier.join('.'));
  }

  relation(relation: SqlRelation, scope: Scope): ColumnResolution {
    if (relation.aliasColumns.length > 0) return KNOWN;
    switch (relation.kind) {
      case 'table': {
        const only = relation.name.length === 1 ? relation.name[0] : undefined;
        const found = only === undefined ? undefined : lookup(scope, only);
        return found ? this.cte(found) : unknown(relation.name.join('.'));
      }
      case 'derived': {
        const resolution = this.query(relation.query, scope);
        return resolution.known ? resolution : unknown(relation.alias ?? '(subquery)', ...resolution.via);
      }
      case 'nested-join': {
        for (const inner of relation.relations) {
          const resolution = this.relation(inner, scope);
          if (!resolution.known) return resolution;
        }
        return KNOWN;
      }
      case 'other':
        return unknown(relation.alias ? `${relation.alias} (${relation.type})` : relation.type);
    }
  }

  cte(cte: SqlCte): ColumnResolution {
    if (cte.columns.length > 0) return KNOWN;
    const cached = this.memo.get(cte);
    if (cached) return cached;
    // A recursive CTE reading itself: its columns are those of its anchor, which we do not track.
    if (this.inProgress.has(cte)) return unknown(cte.name);
    this.inProgress.add(cte);
    const inner = this.query(cte.query, this.cteScopes.get(cte));
    this.inProgress.delete(cte);
    const resolution = inner.known ? inner : unknown(cte.name, ...inner.via);
    this.memo.set(cte, resolution);
    return resolution;
  }

  /** Walks the selects whose projection is the statement's result and collects unknown wildcards. */
  outermost(expr: SqlSetExpr, scope: Scope, out: UnknownWildcard[]): void {
    switch (expr.kind) {
      case 'select':
        for (const item of expr.select.projection) {
          if (item.kind === 'expr') continue;
          const resolution = this.wildcard(item, expr.select, scope);
          if (resolution.known) continue;
          const qualifier = item.kind === 'qualified-wildcard' ? item.qualifier.join('.') : undefined;
          out.push({ kind: item.kind, ...(qualifier !== undefined ? { qualifier } : {}), line: item.line, column: item.column, via: resolution.via });
        }
        return;
      case 'query':
        this.outermost(expr.query.body, this.enter(expr.query, scope), out);
        return;
      case 'set-operation':
        this.outermost(expr.left, scope, out);
        this.outermost(expr.right, scope, out);
        return;
      default:
        return;
    }
  }
}

function lookup(scope: Scope | undefined, name: string): SqlCte | undefined {
  for (let current = scope; current; current = current.parent) {
    const found = current.ctes.get(key(name));
    if (found) return found;
  }
  return undefined;
}

function findRelation(relations: SqlRelation[], qualifier: string): SqlRelation | undefined {
  for (const relation of relations) {
    if (relation.alias !== undefined) {
      if (key(relation.alias) === key(qualifier)) return relation;
      continue;
    }
    if (relation.kind === 'table' && key(relation.name[relation.name.length - 1] ?? '') === key(qualifier)) return relation;
    if (relation.kind === 'nested-join') {
      const inner = findRelation(relation.relations, qualifier);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Wildcards in the outermost SELECT(s) of a statement whose column set the file does not fix. */
export function unknownFinalWildcards(statement: SqlStatement): UnknownWildcard[] {
  const query = statementQuery(statement);
  if (!query) return [];
  const resolver = new ColumnResolver();
  const out: UnknownWildcard[] = [];
  resolver.outermost(query.body, resolver.enter(query, undefined), out);
  return out;
}

/** Whether a whole query's result columns are fixed by the file. */
export function queryColumnSet(query: SqlQuery): ColumnResolution {
  return new ColumnResolver().query(query, undefined);
}
