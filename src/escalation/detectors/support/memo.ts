// Several detectors read the same facts (a DAG file's parse, the dependency manifests of a
// side, the dbt index of the base): each is computed once per change and shared. The cache
// hangs off the ChangeSet object the engine hands to every detector, so it ends with the run.
import type { ChangeSet } from '../../../model.js';

const caches = new WeakMap<ChangeSet, Map<string, Promise<unknown>>>();

/** The value of `compute` for this change and key, computed on first use. */
export function memo<T>(changeSet: ChangeSet, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(changeSet);
  if (!cache) {
    cache = new Map();
    caches.set(changeSet, cache);
  }
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = compute();
    cache.set(key, pending);
  }
  return pending;
}
