// Decides which findings can be posted as inline review comments. GitHub's createReview is
// all-or-nothing: one comment on a line outside the diff fails the whole review with a 422
// that does not say which one. So every anchor is checked against the patch here, the way
// GitHub checks it, and whatever cannot be anchored is returned, never dropped: the summary
// comment lists it.
import type { ChangedFile, Finding, Hunk } from '../model.js';
import { renderInlineComment } from '../publish/render/comment.js';

export interface InlineComment {
  path: string;
  /** The last line of the range, on the head (RIGHT) side. */
  line: number;
  /** The first line, for a comment spanning several lines. */
  startLine?: number;
  side: 'RIGHT';
  body: string;
  fingerprint: string;
}

export interface AnchoredFindings {
  inline: InlineComment[];
  unanchored: Finding[];
}

/** The hunk whose RIGHT side shows `line` as an added or context line, if any. */
function hunkShowing(hunks: readonly Hunk[], line: number): Hunk | undefined {
  return hunks.find((hunk) => hunk.lines.some((diffLine) => diffLine.kind !== 'del' && diffLine.newLine === line));
}

function isCommentable(file: ChangedFile, line: number): boolean {
  return Number.isInteger(line) && line >= 1 && file.commentableLines.has(line);
}

function anchorOne(finding: Finding, file: ChangedFile | undefined, renderBody: (finding: Finding) => string): InlineComment | undefined {
  if (!file || file.status === 'removed' || file.patchUnavailable !== undefined || file.hunks.length === 0) return undefined;
  if (!isCommentable(file, finding.line)) return undefined;
  const hunk = hunkShowing(file.hunks, finding.line);
  if (!hunk) return undefined;

  const base: InlineComment = { path: file.path, line: finding.line, side: 'RIGHT', body: '', fingerprint: finding.fingerprint };
  // A range is only usable when both ends are in the same hunk: GitHub rejects a range that
  // spans lines outside the diff. An end before the start is a malformed range: the finding is
  // still anchored on its first line rather than lost from the diff view.
  if (Number.isInteger(finding.endLine) && finding.endLine > finding.line) {
    if (!isCommentable(file, finding.endLine) || hunkShowing([hunk], finding.endLine) === undefined) return undefined;
    base.startLine = finding.line;
    base.line = finding.endLine;
  }
  base.body = renderBody(finding);
  return base;
}

/**
 * Splits findings into inline comments (file in the change with a patch; `line`, and `endLine`
 * for a range, on RIGHT-side commentable lines of one hunk) and the rest, in their original
 * order. `renderBody` is the comment text; the default is the standard inline comment.
 */
export function anchorFindings(
  findings: readonly Finding[],
  files: readonly ChangedFile[],
  renderBody: (finding: Finding) => string = renderInlineComment,
): AnchoredFindings {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const inline: InlineComment[] = [];
  const unanchored: Finding[] = [];
  for (const finding of findings) {
    const comment = anchorOne(finding, byPath.get(finding.file), renderBody);
    if (comment) inline.push(comment);
    else unanchored.push(finding);
  }
  return { inline, unanchored };
}
