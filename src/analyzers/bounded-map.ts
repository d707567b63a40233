// A Map that forgets its least recently used entries past a size: for per-run caches whose users
// come in a rough order (the models of one folder share that folder's properties file), so a
// few entries serve nearly every lookup without keeping the whole project's parses alive.

/** A Map holding at most `limit` entries; `get` and `set` make an entry the most recent. */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override get(key: K): V | undefined {
    if (!super.has(key)) return undefined;
    const value = super.get(key) as V;
    // Re-inserting moves the key to the end of the insertion order: the most recent.
    super.delete(key);
    super.set(key, value);
    return value;
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    while (this.size > this.limit) {
      const oldest = this.keys().next();
      if (oldest.done) break;
      super.delete(oldest.value);
    }
    return this;
  }
}
