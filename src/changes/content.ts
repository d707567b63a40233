// Turning raw file bytes into FileContent, the same way for every source, and a small cache so a
// file read by several analysers is fetched once.
import type { FileContent, Side } from '../model.js';

export const DEFAULT_MAX_FILE_BYTES = 1_000_000;

/** Git's own heuristic (`buffer_is_binary`): a NUL byte in the first 8000 bytes. */
const BINARY_SNIFF_BYTES = 8000;

export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

// Not fatal: invalid UTF-8 becomes U+FFFD instead of an exception. A leading BOM is dropped so
// parsers see the first statement at column 1.
const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Classifies a file body: binary, too large, or text decoded as UTF-8. */
export function contentFromBytes(bytes: Uint8Array, maxFileBytes: number): FileContent {
  if (bytes.length > maxFileBytes) return { kind: 'too-large', bytes: bytes.length };
  if (looksBinary(bytes)) return { kind: 'binary' };
  return { kind: 'text', text: utf8.decode(bytes) };
}

/**
 * Memoises reads per side and path. Text is kept up to a total budget (oldest evicted first)
 * so a 5,000-file change does not pin every file in memory; other results are tiny and kept.
 */
export class ContentCache {
  private readonly entries = new Map<string, Promise<FileContent>>();
  private readonly sizes = new Map<string, number>();
  private total = 0;

  constructor(private readonly budgetChars: number = 64 * 1024 * 1024) {}

  get(side: Side, path: string, load: () => Promise<FileContent>): Promise<FileContent> {
    const key = `${side}\0${path}`;
    const cached = this.entries.get(key);
    if (cached) return cached;
    const pending = load();
    this.entries.set(key, pending);
    pending.then(
      (content) => {
        if (content.kind === 'text') this.account(key, content.text.length);
      },
      // A failed read is not remembered: the next caller may try again.
      () => this.entries.delete(key),
    );
    return pending;
  }

  /** Forgets every read: the run is over and the texts may go. */
  clear(): void {
    this.entries.clear();
    this.sizes.clear();
    this.total = 0;
  }

  private account(key: string, size: number): void {
    if (!this.entries.has(key)) return;
    this.sizes.set(key, size);
    this.total += size;
    for (const [oldKey, oldSize] of this.sizes) {
      if (this.total <= this.budgetChars) break;
      if (oldKey === key) continue;
      this.sizes.delete(oldKey);
      this.entries.delete(oldKey);
      this.total -= oldSize;
    }
  }
}
