// Reading the two sides of a change for detectors: which path a changed file had at base and
// head, its text on each side (never throwing: an unreadable side is simply absent), and where
// a line that only exists at base lands at head, so evidence of a removal still points at the
// pull request's version of the file.
import type { ChangedFile, ContentReader, Side } from '../../../model.js';

export const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
export const extension = (path: string): string => {
  const base = basename(path);
  return base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
};
export const stem = (path: string): string => {
  const base = basename(path);
  return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
};
export const isYamlPath = (path: string): boolean => extension(path) === 'yml' || extension(path) === 'yaml';

/** The file's path at base (absent for an added file). */
export function basePathOf(file: ChangedFile): string | undefined {
  if (file.status === 'added') return undefined;
  return file.previousPath ?? file.path;
}

/** The file's path at head (absent for a removed file). */
export function headPathOf(file: ChangedFile): string | undefined {
  return file.status === 'removed' ? undefined : file.path;
}

/** The text of a file at one side, or undefined when it is absent, binary, too large or unreadable. */
export async function readText(reader: ContentReader, side: Side, path: string | undefined): Promise<string | undefined> {
  if (path === undefined) return undefined;
  try {
    const content = await reader.read(side, path);
    return content.kind === 'text' ? content.text : undefined;
  } catch {
    // A detector compares what it can read; an unreadable side is treated like an absent one.
    return undefined;
  }
}

export interface BothSides {
  basePath?: string;
  headPath?: string;
  base?: string;
  head?: string;
}

/** Both texts of a changed file. */
export async function readBoth(reader: ContentReader, file: ChangedFile): Promise<BothSides> {
  const basePath = basePathOf(file);
  const headPath = headPathOf(file);
  const [base, head] = await Promise.all([readText(reader, 'base', basePath), readText(reader, 'head', headPath)]);
  return {
    ...(basePath !== undefined ? { basePath } : {}),
    ...(headPath !== undefined ? { headPath } : {}),
    ...(base !== undefined ? { base } : {}),
    ...(head !== undefined ? { head } : {}),
  };
}

/**
 * The head line where a base line ended up: the line itself when the hunks say so, else the
 * head line next to where it was deleted. Without hunk lines (a diff that was not available)
 * the base line is used, bounded by the head file's length.
 */
export function headLineFor(file: ChangedFile | undefined, baseLine: number, headLineCount?: number): number {
  const bound = (line: number): number => Math.max(1, headLineCount !== undefined ? Math.min(line, Math.max(1, headLineCount)) : line);
  if (!file) return bound(baseLine);
  let shift = 0;
  for (const hunk of file.hunks) {
    if (hunk.lines.length === 0) continue;
    if (baseLine < hunk.oldStart) break;
    let lastHeadLine = hunk.newStart > 0 ? hunk.newStart - 1 : 0;
    let found: number | undefined;
    for (const line of hunk.lines) {
      if (line.newLine !== undefined) lastHeadLine = line.newLine;
      if (line.oldLine === baseLine) {
        found = line.newLine ?? lastHeadLine + 1;
        break;
      }
    }
    if (found !== undefined) return bound(found);
    shift = hunk.newStart + hunk.newLines - (hunk.oldStart + hunk.oldLines);
  }
  return bound(baseLine + shift);
}
