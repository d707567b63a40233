// Window functions of a SELECT with their effective window: `OVER (…)`, `OVER w` and
// `OVER (w …)` resolved against the SELECT's `WINDOW w AS (…)` clause.
import { identText, isRecord, variantOf } from './ast.js';
import { functionCalls } from './expr.js';
import type { FunctionCall } from './expr.js';
import type { JsonRecord } from './walk.js';

export interface WindowCall extends FunctionCall {
  partitionBy: unknown[];
  orderBy: unknown[];
  /** The window could not be resolved (a named window defined elsewhere): its order is unknown. */
  unresolved: boolean;
}

type Spec = { partitionBy: unknown[]; orderBy: unknown[]; unresolved: boolean };

function namedWindows(select: JsonRecord): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const list = Array.isArray(select['named_window']) ? select['named_window'] : [];
  for (const entry of list) {
    // `[ident, NamedWindowExpr]` in current releases.
    if (!Array.isArray(entry)) continue;
    const name = identText(entry[0]);
    if (name !== undefined) out.set(name.toLowerCase(), entry[1]);
  }
  return out;
}

function resolve(windowExpr: unknown, windows: Map<string, unknown>, depth: number): Spec {
  const unknown: Spec = { partitionBy: [], orderBy: [], unresolved: true };
  if (depth > 10) return unknown;
  const variant = variantOf(windowExpr);
  if (!variant) return unknown;
  if (variant.tag === 'NamedWindow') {
    const name = identText(variant.payload);
    const target = name === undefined ? undefined : windows.get(name.toLowerCase());
    return target === undefined ? unknown : resolve(target, windows, depth + 1);
  }
  if (variant.tag !== 'WindowSpec' || !isRecord(variant.payload)) return unknown;
  const spec = variant.payload;
  const partitionBy = Array.isArray(spec['partition_by']) ? spec['partition_by'] : [];
  const orderBy = Array.isArray(spec['order_by']) ? spec['order_by'] : [];
  const base = spec['window_name'];
  if (base !== undefined && base !== null) {
    // `OVER (w ORDER BY …)` refines the named window `w`.
    const name = identText(base);
    const target = name === undefined ? undefined : windows.get(name.toLowerCase());
    if (target === undefined) return { partitionBy, orderBy, unresolved: orderBy.length === 0 };
    const inherited = resolve(target, windows, depth + 1);
    return {
      partitionBy: partitionBy.length > 0 ? partitionBy : inherited.partitionBy,
      orderBy: orderBy.length > 0 ? orderBy : inherited.orderBy,
      unresolved: orderBy.length === 0 && inherited.unresolved,
    };
  }
  return { partitionBy, orderBy, unresolved: false };
}

/** The window function calls of a SELECT (not of its subqueries), with their resolved windows. */
export function windowCalls(select: JsonRecord): WindowCall[] {
  const windows = namedWindows(select);
  const out: WindowCall[] = [];
  for (const call of functionCalls(select)) {
    const over = call.raw['over'];
    if (over === undefined || over === null) continue;
    out.push({ ...call, ...resolve(over, windows, 0) });
  }
  return out;
}

/** Whether every ORDER BY item of a window is a constant (`ORDER BY NULL`, `ORDER BY 1` in a window): no order at all. */
export function orderIsConstant(orderBy: readonly unknown[]): boolean {
  return orderBy.length > 0 && orderBy.every((item) => {
    const expr = isRecord(item) ? item['expr'] : undefined;
    let variant = variantOf(expr);
    while (variant?.tag === 'Nested') variant = variantOf(variant.payload);
    return variant?.tag === 'Value';
  });
}
