import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedFileFrom, changedFileFromGit, parseGitDiff, parsePatch, unquotePath } from '../../src/changes/diff.js';
import type { ParsedDiffFile } from '../../src/changes/diff.js';
import { buildChangeFixture, git, removeDir } from './git-fixture.js';
import type { ChangeFixture } from './git-fixture.js';

describe('parsePatch', () => {
  it('numbers added, deleted and context lines on their own sides', () => {
    const hunks = parsePatch('@@ -10,4 +10,5 @@ select\n a\n-b\n+B\n+C\n c\n d');
    expect(hunks).toHaveLength(1);
    const [hunk] = hunks;
    expect(hunk).toMatchObject({ oldStart: 10, oldLines: 4, newStart: 10, newLines: 5, header: '@@ -10,4 +10,5 @@ select' });
    expect(hunk?.lines).toEqual([
      { kind: 'context', text: 'a', oldLine: 10, newLine: 10 },
      { kind: 'del', text: 'b', oldLine: 11 },
      { kind: 'add', text: 'B', newLine: 11 },
      { kind: 'add', text: 'C', newLine: 12 },
      { kind: 'context', text: 'c', oldLine: 12, newLine: 13 },
      { kind: 'context', text: 'd', oldLine: 13, newLine: 14 },
    ]);
  });

  it('reads omitted counts as one line', () => {
    const [hunk] = parsePatch('@@ -1 +1 @@\n-old\n+new');
    expect(hunk).toMatchObject({ oldLines: 1, newLines: 1 });
    expect(hunk?.lines.map((line) => line.kind)).toEqual(['del', 'add']);
  });

  it('starts counting after the named line when a side is empty', () => {
    const [created] = parsePatch('@@ -0,0 +1,2 @@\n+a\n+b');
    expect(created?.lines.map((line) => line.newLine)).toEqual([1, 2]);
    const [deleted] = parsePatch('@@ -1,2 +0,0 @@\n-a\n-b');
    expect(deleted?.lines.map((line) => line.oldLine)).toEqual([1, 2]);
    // Pure insertion after line 3: the new lines are 4 and 5.
    const [inserted] = parsePatch('@@ -3,0 +4,2 @@\n+x\n+y');
    expect(inserted?.lines.map((line) => line.newLine)).toEqual([4, 5]);
  });

  it('skips "No newline at end of file" markers', () => {
    const [hunk] = parsePatch('@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file');
    expect(hunk?.lines).toEqual([
      { kind: 'context', text: 'a', oldLine: 1, newLine: 1 },
      { kind: 'del', text: 'b', oldLine: 2 },
      { kind: 'add', text: 'c', newLine: 2 },
    ]);
  });

  it('handles CRLF line breaks in the patch text', () => {
    const [hunk] = parsePatch('@@ -1,2 +1,2 @@\r\n a\r\n-b\r\n+c\r\n');
    expect(hunk?.lines.map((line) => line.text)).toEqual(['a', 'b', 'c']);
  });

  it('reads several hunks and keeps lines that look like headers inside them', () => {
    const hunks = parsePatch('@@ -1,2 +1,2 @@\n--- a/x.sql\n+++ b/y.sql\n same\n@@ -20 +20,2 @@ later\n ctx\n+more');
    expect(hunks).toHaveLength(2);
    expect(hunks[0]?.lines).toEqual([
      { kind: 'del', text: '-- a/x.sql', oldLine: 1 },
      { kind: 'add', text: '++ b/y.sql', newLine: 1 },
      { kind: 'context', text: 'same', oldLine: 2, newLine: 2 },
    ]);
    expect(hunks[1]?.lines.map((line) => line.newLine)).toEqual([20, 21]);
  });

  it('treats an empty line inside a hunk as an empty context line', () => {
    const [hunk] = parsePatch('@@ -1,3 +1,3 @@\n a\n\n-b\n+c');
    expect(hunk?.lines[1]).toEqual({ kind: 'context', text: '', oldLine: 2, newLine: 2 });
  });

  it('returns nothing for empty or header-less input, and never throws on garbage', () => {
    expect(parsePatch('')).toEqual([]);
    expect(parsePatch('just text\nmore text')).toEqual([]);
    expect(parsePatch('@@ -x +y @@\n+a')).toEqual([]);
    expect(() => parsePatch('@@ -1,5 +1,5 @@\n a\n%%%\n@@ @@\n\u0000')).not.toThrow();
  });

  it('keeps what it parsed from a truncated hunk and resumes at the next header', () => {
    const hunks = parsePatch('@@ -1,5 +1,5 @@\n a\n-b\n@@ -40,1 +40,1 @@\n-x\n+y');
    expect(hunks).toHaveLength(2);
    expect(hunks[0]?.lines).toHaveLength(2);
    expect(hunks[1]?.lines).toEqual([
      { kind: 'del', text: 'x', oldLine: 40 },
      { kind: 'add', text: 'y', newLine: 40 },
    ]);
  });
});

describe('changedFileFrom', () => {
  it('derives added and commentable RIGHT-side lines and the counts', () => {
    const file = changedFileFrom({ path: 'm.sql', status: 'modified', hunks: parsePatch('@@ -10,4 +10,5 @@\n a\n-b\n+B\n+C\n c\n d') });
    expect([...file.addedLines]).toEqual([11, 12]);
    expect([...file.commentableLines].sort((x, y) => x - y)).toEqual([10, 11, 12, 13, 14]);
    expect(file).toMatchObject({ additions: 2, deletions: 1 });
    expect(file.commentableLines.has(15)).toBe(false);
    expect('previousPath' in file).toBe(false);
  });

  it('prefers counts the source gives and keeps the marks', () => {
    const file = changedFileFrom({ path: 'big.sql', status: 'modified', hunks: [], additions: 5000, deletions: 2, patchUnavailable: 'too-large' });
    expect(file).toMatchObject({ additions: 5000, deletions: 2, patchUnavailable: 'too-large' });
    expect(file.commentableLines.size).toBe(0);
  });
});

describe('unquotePath', () => {
  it('decodes C-style escapes, including octal UTF-8 bytes', () => {
    expect(unquotePath('"a/caf\\303\\251.sql"')).toBe('a/café.sql');
    expect(unquotePath('"tab\\there \\"q\\" back\\\\slash"')).toBe('tab\there "q" back\\slash');
    expect(unquotePath('plain name.sql')).toBe('plain name.sql');
  });

  it('replaces invalid UTF-8 instead of throwing', () => {
    expect(unquotePath('"bad\\377.sql"')).toBe('bad\uFFFD.sql');
  });
});

describe('parseGitDiff', () => {
  it('returns nothing for empty input and skips a preamble', () => {
    expect(parseGitDiff('')).toEqual([]);
    expect(parseGitDiff('warning: something\n')).toEqual([]);
  });

  it('splits an unquoted header with spaces when both names are equal (mode-only change)', () => {
    const [file] = parseGitDiff('diff --git a/my dir/b c.sql b/my dir/b c.sql\nold mode 100644\nnew mode 100755\n');
    expect(file).toEqual({ path: 'my dir/b c.sql', status: 'modified', binary: false, hunks: [], oldMode: '100644', newMode: '100755' });
  });

  it('reads a quoted name that git followed with a tab', () => {
    const text = ['diff --git "a/x \\"y\\".sql" "b/x \\"y\\".sql"', 'new file mode 100644', '--- /dev/null', '+++ "b/x \\"y\\".sql"\t', '@@ -0,0 +1 @@', '+select 1', ''].join('\n');
    const [file] = parseGitDiff(text);
    expect(file).toMatchObject({ path: 'x "y".sql', status: 'added' });
    expect(file?.hunks[0]?.lines).toHaveLength(1);
  });

  it('reads a copy as an added file', () => {
    const [file] = parseGitDiff('diff --git a/x.sql b/y.sql\nsimilarity index 100%\ncopy from x.sql\ncopy to y.sql\n');
    expect(file).toMatchObject({ path: 'y.sql', status: 'added' });
    expect(file?.previousPath).toBeUndefined();
  });

  it('does not read a body line past a short hunk as a file header (found by fuzzing)', () => {
    // The hunk claims one deleted line but two follow: the second, a deleted `-- old` comment,
    // renders as `--- old` and once renamed the file to `old`.
    const text = ['diff --git a/m.sql b/m.sql', 'deleted file mode 100644', '--- a/m.sql', '+++ /dev/null', '@@ -1 +0,0 @@', '-select 1', '--- old', '+++ new', ''].join('\n');
    const [file] = parseGitDiff(text);
    expect(file).toMatchObject({ path: 'm.sql', status: 'removed' });
    expect(file?.previousPath).toBeUndefined();
    expect(file?.hunks[0]?.lines).toEqual([{ kind: 'del', text: 'select 1', oldLine: 1 }]);
  });

  describe('on real git output', () => {
    let fixture: ChangeFixture;
    let byPath: Map<string, ParsedDiffFile>;

    beforeAll(() => {
      fixture = buildChangeFixture();
      const text = git(fixture.repo, '-c', 'core.quotePath=false', 'diff', '-M', '--src-prefix=a/', '--dst-prefix=b/', fixture.base, fixture.head);
      byPath = new Map(parseGitDiff(text).map((file) => [file.path, file]));
    });
    afterAll(() => removeDir(fixture.repo));

    it('finds every changed file once', () => {
      expect([...byPath.keys()].sort()).toEqual(
        [
          'assets/logo.png',
          'comment.sql',
          'crlf.sql',
          'dags/etl.py',
          'empty.sql',
          'marts/moved.sql',
          'models/café.sql',
          'models/new_name.sql',
          'models/orders.sql',
          'my models/with space.sql',
          'nonl.sql',
          'odd/"quoted".sql',
          'scripts/run.sh',
        ].sort(),
      );
    });

    it('reads a modification with its line numbers', () => {
      const orders = byPath.get('models/orders.sql');
      expect(orders).toMatchObject({ status: 'modified', binary: false });
      const file = changedFileFromGit(orders!);
      expect([...file.addedLines]).toEqual([3, 4]);
      expect(file.commentableLines.has(1)).toBe(true);
      expect(file).toMatchObject({ additions: 2, deletions: 1 });
    });

    it('reads renames with and without edits', () => {
      expect(byPath.get('models/new_name.sql')).toEqual({ path: 'models/new_name.sql', previousPath: 'models/old_name.sql', status: 'renamed', binary: false, hunks: [] });
      const moved = byPath.get('marts/moved.sql');
      expect(moved).toMatchObject({ status: 'renamed', previousPath: 'models/moved.sql' });
      expect(moved?.hunks[0]?.lines.find((line) => line.kind === 'add')).toEqual({ kind: 'add', text: 'select 6 as col_six', newLine: 6 });
    });

    it('reads deletions, additions, empty new files and mode-only changes', () => {
      expect(byPath.get('dags/etl.py')).toMatchObject({ status: 'removed', binary: false });
      expect(byPath.get('dags/etl.py')?.hunks[0]?.lines).toEqual([{ kind: 'del', text: 'from airflow import DAG', oldLine: 1 }]);
      expect(byPath.get('empty.sql')).toMatchObject({ status: 'added', hunks: [] });
      expect(byPath.get('scripts/run.sh')).toMatchObject({ status: 'modified', hunks: [], oldMode: '100644', newMode: '100755' });
    });

    it('marks binary files and keeps them', () => {
      expect(byPath.get('assets/logo.png')).toMatchObject({ status: 'added', binary: true, hunks: [] });
      expect(changedFileFromGit(byPath.get('assets/logo.png')!).patchUnavailable).toBe('binary');
    });

    it('reads names with spaces, non-ASCII characters and quotes', () => {
      expect(byPath.get('my models/with space.sql')?.hunks[0]?.lines).toEqual([{ kind: 'add', text: 'select 1', newLine: 1 }]);
      expect(byPath.get('models/café.sql')?.hunks[0]?.lines[0]?.text).toBe('select 1 as café');
      expect(byPath.get('odd/"quoted".sql')).toMatchObject({ status: 'added' });
    });

    it('decodes octal-quoted names the same as raw UTF-8 ones', () => {
      const quoted = git(fixture.repo, '-c', 'core.quotePath=true', 'diff', '--src-prefix=a/', '--dst-prefix=b/', fixture.base, fixture.head, '--', 'models');
      expect(quoted).toContain('"b/models/caf\\303\\251.sql"');
      expect(parseGitDiff(quoted).map((file) => file.path)).toContain('models/café.sql');
    });

    it('does not mistake deleted `-- ` and added `++ ` lines for file headers', () => {
      const comment = byPath.get('comment.sql');
      expect(comment?.hunks[0]?.lines).toEqual([
        { kind: 'del', text: '-- a/header.sql', oldLine: 1 },
        { kind: 'context', text: 'select 1', oldLine: 2, newLine: 1 },
        { kind: 'add', text: '++ b/trailer.sql', newLine: 2 },
      ]);
    });

    it('strips CR from CRLF files and handles a missing final newline', () => {
      expect(byPath.get('crlf.sql')?.hunks[0]?.lines.map((line) => line.text)).toEqual(['select 1', 'select 2', 'from a']);
      expect(byPath.get('nonl.sql')?.hunks[0]?.lines).toEqual([
        { kind: 'context', text: 'select 1', oldLine: 1, newLine: 1 },
        { kind: 'del', text: 'from a', oldLine: 2 },
        { kind: 'add', text: 'from b', newLine: 2 },
      ]);
    });
  });
});
