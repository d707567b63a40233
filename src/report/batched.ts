// Large reports are produced in pieces (one finding at a time) so that no copy of the whole text
// exists; writers gather the pieces into batches of this size. One write per finding would be
// thousands of small writes; one write of everything, the memory the pieces exist to save.
export const WRITE_BATCH_CHARS = 64 * 1024;

/** The pieces joined into strings of about `size` characters (the last may be shorter). */
export function* batched(pieces: Iterable<string>, size: number = WRITE_BATCH_CHARS): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}
