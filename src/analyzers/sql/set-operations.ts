// Set operations (UNION / INTERSECT / EXCEPT) as chains of branches, and how many columns each
// branch returns when the file fixes it. `a UNION b UNION ALL c` is one chain of three branches
// (the parser nests it to the left); a `*` counts the columns of the CTE or subquery it reads
// when those are known, and makes the width unknown otherwise (a table's columns are not in the
// file). EXCLUDE / EXCEPT / REPLACE options on a `*` make it unknown too.
import { isRecord, variantOf } from './ast.js';
import type { CteLookup } from './joins.js';
import { nameParts, startOf } from './walk.js';
import type { JsonRecord, Position } from './walk.js';
import { oncePerObject } from '../once-per-object.js';

export interface SetBranch {
  /** The branch's set expression (`{ Select }`, `{ Query }`, `{ Values }`). */
  expr: unknown;
  position?: Position;
}

export interface SetChain {
  branches: SetBranch[];
  /** The operators between branches, left to right: `{ op: 'Union', quantifier: 'None' }`. */
  operators: { op: string; quantifier: string; right: SetBranch }[];
}

function flatten(expr: unknown, chain: SetChain): void {
  const variant = variantOf(expr);
  if (variant?.tag === 'SetOperation' && isRecord(variant.payload)) {
    const payload = variant.payload;
    flatten(payload['left'], chain);
    const before = chain.branches.length;
    flatten(payload['right'], chain);
    const right = chain.branches[before];
    const op = variantOf(payload['op'])?.tag ?? 'unknown';
    const quantifier = variantOf(payload['set_quantifier'])?.tag ?? 'None';
    if (right) chain.operators.push({ op, quantifier, right });
    return;
  }
  const position = startOf(expr);
  chain.branches.push({ expr, ...(position ? { position } : {}) });
}

/** Every set-operation chain of a statement, outer chains first; SQL-015 and SQL-016 share one walk. */
export const setChains: (statement: unknown) => readonly SetChain[] = oncePerObject(buildSetChains);

function buildSetChains(statement: unknown): SetChain[] {
  const chains: SetChain[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 500) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    const variant = variantOf(value);
    if (variant?.tag === 'SetOperation') {
      const chain: SetChain = { branches: [], operators: [] };
      flatten(value, chain);
      chains.push(chain);
      // Inside the branches there may be other chains (in subqueries), not more of this one.
      for (const branch of chain.branches) visit(branch.expr, depth + 1);
      return;
    }
    for (const key in value) if (key !== 'span') visit(value[key], depth + 1);
  };
  visit(statement, 0);
  return chains;
}

const MAX_DEPTH = 30;

// EXCLUDE / EXCEPT / ILIKE change how many columns a `*` yields; REPLACE and RENAME do not.
function hasWildcardOptions(options: unknown): boolean {
  if (!isRecord(options)) return false;
  return ['opt_exclude', 'opt_except', 'opt_ilike'].some((key) => options[key] !== undefined && options[key] !== null);
}

function relationWidth(relation: unknown, lookup: CteLookup, depth: number): number | undefined {
  const variant = variantOf(relation);
  if (!variant || !isRecord(variant.payload)) return undefined;
  const alias = variant.payload['alias'];
  if (isRecord(alias) && Array.isArray(alias['columns']) && alias['columns'].length > 0) return alias['columns'].length;
  if (variant.tag === 'Derived' && isRecord(variant.payload['subquery'])) return queryWidth(variant.payload['subquery'], lookup, depth + 1);
  if (variant.tag === 'Table') {
    const parts = nameParts(variant.payload['name']);
    const name = parts.length === 1 ? parts[0] : undefined;
    const cte = name === undefined ? undefined : lookup(name);
    if (!cte || name === undefined) return undefined;
    const declared = lookup.columns(name);
    return declared > 0 ? declared : queryWidth(cte, lookup, depth + 1);
  }
  return undefined;
}

/** Name → relation, for `t.*`. */
function relationsOf(select: JsonRecord): { name?: string; relation: unknown; usingJoin: boolean }[] {
  const out: { name?: string; relation: unknown; usingJoin: boolean }[] = [];
  for (const item of Array.isArray(select['from']) ? select['from'] : []) {
    if (!isRecord(item)) continue;
    const push = (relation: unknown, usingJoin: boolean): void => {
      const variant = variantOf(relation);
      const payload = variant && isRecord(variant.payload) ? variant.payload : undefined;
      const alias = payload && isRecord(payload['alias']) ? payload['alias'] : undefined;
      const aliasName = alias && isRecord(alias['name']) && typeof alias['name']['value'] === 'string' ? alias['name']['value'] : undefined;
      const parts = variant?.tag === 'Table' ? nameParts(payload?.['name']) : [];
      const name = aliasName ?? parts[parts.length - 1];
      out.push({ ...(name !== undefined ? { name } : {}), relation, usingJoin });
    };
    push(item['relation'], false);
    for (const join of Array.isArray(item['joins']) ? item['joins'] : []) {
      if (!isRecord(join)) continue;
      const operator = variantOf(join['join_operator']);
      const constraint = operator?.payload;
      // USING / NATURAL merge the shared columns: a `*` over them is not the sum of both sides.
      const merges = constraint === 'Natural' || variantOf(constraint)?.tag === 'Using';
      push(join['relation'], merges);
    }
  }
  return out;
}

function selectWidth(select: JsonRecord, lookup: CteLookup, depth: number): number | undefined {
  const projection = Array.isArray(select['projection']) ? select['projection'] : [];
  let width = 0;
  for (const item of projection) {
    const variant = variantOf(item);
    if (variant?.tag === 'Wildcard') {
      if (hasWildcardOptions(variant.payload)) return undefined;
      const relations = relationsOf(select);
      if (relations.length === 0 || relations.some((relation) => relation.usingJoin)) return undefined;
      for (const { relation } of relations) {
        const inner = relationWidth(relation, lookup, depth);
        if (inner === undefined) return undefined;
        width += inner;
      }
    } else if (variant?.tag === 'QualifiedWildcard') {
      const [kind, options] = Array.isArray(variant.payload) ? variant.payload : [];
      if (hasWildcardOptions(options)) return undefined;
      const nameVariant = variantOf(kind);
      const parts = nameParts(nameVariant?.tag === 'ObjectName' ? nameVariant.payload : kind);
      const qualifier = parts[parts.length - 1]?.toLowerCase();
      const target = relationsOf(select).find((relation) => relation.name?.toLowerCase() === qualifier);
      const inner = target ? relationWidth(target.relation, lookup, depth) : undefined;
      if (inner === undefined) return undefined;
      width += inner;
    } else {
      width += 1;
    }
  }
  return width;
}

/** Columns a set expression returns; undefined when the file does not fix them. */
export function setExprWidth(expr: unknown, lookup: CteLookup, depth = 0): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const variant = variantOf(expr);
  if (!variant || !isRecord(variant.payload)) return undefined;
  switch (variant.tag) {
    case 'Select':
      return selectWidth(variant.payload, lookup, depth);
    case 'Query':
      return queryWidth(variant.payload, lookup, depth + 1);
    case 'Values': {
      const first = Array.isArray(variant.payload['rows']) ? variant.payload['rows'][0] : undefined;
      if (isRecord(first) && Array.isArray(first['content'])) return first['content'].length;
      return Array.isArray(first) ? first.length : undefined;
    }
    case 'SetOperation':
      return setExprWidth(variant.payload['left'], lookup, depth + 1) ?? setExprWidth(variant.payload['right'], lookup, depth + 1);
    default:
      return undefined;
  }
}

function queryWidth(query: JsonRecord, lookup: CteLookup, depth: number): number | undefined {
  return setExprWidth(query['body'], lookup, depth + 1);
}
