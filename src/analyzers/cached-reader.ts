// The engine, the dbt indexes of both sides and the detectors all read the same files; with
// the GitHub source each read is an API request, so reads are shared through one cache.
import type { ContentReader, FileContent, Side } from '../model.js';

/** Wraps a reader so that each (side, path) is read once and each side's file list fetched once. */
export function cachedReader(reader: ContentReader): ContentReader {
  const contents = new Map<string, Promise<FileContent>>();
  const lists = new Map<Side, Promise<string[]>>();
  return {
    read(side, path) {
      const key = `${side}\0${path}`;
      let pending = contents.get(key);
      if (!pending) {
        pending = reader.read(side, path);
        contents.set(key, pending);
        // A failed read is not cached, so a later caller may retry it.
        pending.catch(() => contents.delete(key));
      }
      return pending;
    },
    listFiles(side) {
      let pending = lists.get(side);
      if (!pending) {
        pending = reader.listFiles(side);
        lists.set(side, pending);
        pending.catch(() => lists.delete(side));
      }
      return pending;
    },
  };
}
