// Several detectors read the same facts (a DAG file's parse, the dependency manifests of a
// side, the dbt index of the base): each is computed once per change and shared. The cache
// hangs off the ChangeSet object the engine hands to every detector, so it ends with the run.
import type { ChangeSet } from '../../../model.js';

const caches = new WeakMap<ChangeSet, Map<string, Promise<unknown>>>();

function cacheOf(changeSet: ChangeSet): Map<string, Promise<unknown>> {
  let cache = caches.get(changeSet);
  if (!cache) {
    cache = new Map();
    caches.set(changeSet, cache);
  }
  return cache;
}

/** The value of `compute` for this change and key, computed on first use. */
export function memo<T>(changeSet: ChangeSet, key: string, compute: () => Promise<T>): Promise<T> {
  const cache = cacheOf(changeSet);
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = compute();
    cache.set(key, pending);
  }
  return pending;
}

/**
 * Supplies the value for a key before any detector asks, from work already done elsewhere (the
 * engine extracts a file's facts while its parse is alive, so detectors need not parse it
 * again). A value already computed for the key is kept.
 */
export function primeMemo<T>(changeSet: ChangeSet, key: string, value: T): void {
  const cache = cacheOf(changeSet);
  if (!cache.has(key)) cache.set(key, Promise.resolve(value));
}
