// Builds ChangeSets by hand for analyser tests: two maps of files (base and head) become the
// changed files with statuses and added lines computed by a small LCS line diff, read through
// an in-memory ContentReader. No git, no network.
import type { ChangedFile, ChangeSet, ContentReader, Domain, FileContent, FileStatus, Hunk } from '../../../src/model.js';

export type Tree = Record<string, string>;

export interface MemoryReader extends ContentReader {
  /** Every read, as `side:path`, to assert on what was (not) read. */
  reads: string[];
}

export function memoryReader(base: Tree, head: Tree, overrides: Record<string, FileContent> = {}): MemoryReader {
  const reads: string[] = [];
  return {
    reads,
    async read(side, path) {
      reads.push(`${side}:${path}`);
      const override = overrides[`${side}:${path}`];
      if (override) return override;
      const text = (side === 'base' ? base : head)[path];
      return text === undefined ? { kind: 'absent' } : { kind: 'text', text };
    },
    async listFiles(side) {
      return Object.keys(side === 'base' ? base : head).sort();
    },
  };
}

const splitLines = (text: string): string[] => {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
};

/** 1-based head line numbers not matched by the longest common subsequence with base. */
export function addedLinesBetween(baseText: string, headText: string): Set<number> {
  const a = splitLines(baseText);
  const b = splitLines(headText);
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] = a[i] === b[j] ? ((table[i + 1] as number[])[j + 1] as number) + 1 : Math.max((table[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const added = new Set<number>();
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (i < a.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && ((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number)) {
      i++;
    } else {
      added.add(j + 1);
      j++;
    }
  }
  return added;
}

export function changedFile(path: string, status: FileStatus, baseText: string | undefined, headText: string | undefined, previousPath?: string): ChangedFile {
  const added = headText === undefined ? new Set<number>() : addedLinesBetween(baseText ?? '', headText);
  const headLines = headText === undefined ? 0 : splitLines(headText).length;
  const hunk: Hunk = { oldStart: 1, oldLines: baseText === undefined ? 0 : splitLines(baseText).length, newStart: 1, newLines: headLines, header: '@@', lines: [] };
  const commentable = new Set<number>();
  for (let line = 1; line <= headLines; line++) commentable.add(line);
  return {
    path,
    ...(previousPath !== undefined ? { previousPath } : {}),
    status,
    hunks: [hunk],
    addedLines: added,
    commentableLines: commentable,
    additions: added.size,
    deletions: 0,
  };
}

export interface ChangeSpec {
  base?: Tree;
  head: Tree;
  /** head path → base path. */
  renames?: Record<string, string>;
}

/** The changed files between two trees (unchanged files are not part of the change). */
export function buildChange(spec: ChangeSpec, overrides: Record<string, FileContent> = {}): { changeSet: ChangeSet; reader: MemoryReader } {
  const base = spec.base ?? {};
  const head = spec.head;
  const renames = spec.renames ?? {};
  const renamedFrom = new Set(Object.values(renames));
  const files: ChangedFile[] = [];
  for (const path of Object.keys(head).sort()) {
    const previous = renames[path];
    if (previous !== undefined) {
      files.push(changedFile(path, 'renamed', base[previous], head[path], previous));
    } else if (base[path] === undefined) {
      files.push(changedFile(path, 'added', undefined, head[path]));
    } else if (base[path] !== head[path]) {
      files.push(changedFile(path, 'modified', base[path], head[path]));
    }
  }
  for (const path of Object.keys(base).sort()) {
    if (head[path] === undefined && !renamedFrom.has(path)) files.push(changedFile(path, 'removed', base[path], undefined));
  }
  const reader = memoryReader(base, head, overrides);
  return { changeSet: { base: 'base-sha', head: 'head-sha', files, contents: reader }, reader };
}

/** A test stand-in for the path classifier: dags/ → airflow, scripts/ and sql/ → sql, dbt folders and dbt config files → dbt. */
export function guessDomains(changeSet: ChangeSet): Map<string, Domain> {
  const domains = new Map<string, Domain>();
  for (const file of changeSet.files) {
    const path = file.path;
    const segments = path.split('/');
    let domain: Domain = 'other';
    if (segments.includes('dags') && (path.endsWith('.py') || path.endsWith('.sql'))) domain = 'airflow';
    else if ((segments[0] === 'scripts' || segments[0] === 'sql') && path.endsWith('.sql')) domain = 'sql';
    else if (
      path.endsWith('dbt_project.yml') ||
      path.endsWith('profiles.yml') ||
      ['models', 'tests', 'snapshots', 'macros', 'analyses', 'seeds'].some((folder) => segments.slice(0, -1).includes(folder))
    ) {
      domain = 'dbt';
    }
    domains.set(path, domain);
  }
  return domains;
}
