// Several rules (and detectors) read the same facts of one parsed file: a statement's queries,
// its CTEs, a DAG file's assignments. Computing them once per parsed object, in a WeakMap keyed
// by that object, shares the work and lets the facts go when the parse does.

/**
 * `compute`, remembered per object argument. Other arguments (a primitive where an AST node was
 * expected) are computed each time. Callers share the result: they read it and never change it.
 */
export function oncePerObject<T>(compute: (value: unknown) => T): (value: unknown) => T {
  const results = new WeakMap<object, T>();
  return (value) => {
    if (typeof value !== 'object' || value === null) return compute(value);
    if (results.has(value)) return results.get(value) as T;
    const result = compute(value);
    results.set(value, result);
    return result;
  };
}
