// The dbt project indexes of both sides for detectors. The engine passes its own (the head
// fully indexed, the base with configs), but when a change only adds dbt files it hands a
// stand-in base index with no files at all, and without dbt files in the change it passes
// none. Detectors that compare with the repository at base (is this the first snapshot? was
// this BI tool used before?) need the real base, so it is built here, once per change.
import type { DbtIndex } from '../../../analyzers/dbt/project.js';
import { buildDbtIndex } from '../../../analyzers/dbt/project.js';
import type { DetectorContext } from '../detector.js';
import { memo } from './memo.js';

export interface DbtSides {
  base: DbtIndex;
  head: DbtIndex;
}

/** Indexes of both sides that know every file, model and properties entry of the repository. */
export function dbtSides(ctx: DetectorContext): Promise<DbtSides> {
  return memo(ctx.changeSet, 'dbt-sides', async () => {
    const given = ctx.dbt;
    // The engine's stand-in base has no file list; a real base of an empty repository would
    // be rebuilt here at the cost of one listFiles call.
    const base = given && given.base.files.size > 0 ? given.base : await buildDbtIndex(ctx.changeSet.contents, 'base', { depth: 'configs' });
    const head = given ? given.head : await buildDbtIndex(ctx.changeSet.contents, 'head', { depth: 'configs' });
    return { base, head };
  });
}

/** Something that tells what a path is to dbt (`model`, `properties`, `other`…). */
export interface DbtFileKinds {
  fileKind: DbtIndex['fileKind'];
}

/**
 * Classifies paths as dbt sees them at head, for detectors that must leave dbt's files to the
 * dbt detectors. Uses the engine's head index when there is one, else indexes only the
 * dbt_project.yml files (enough to know the model, test and macro folders).
 */
export function dbtFileKinds(ctx: DetectorContext): Promise<DbtFileKinds> {
  return memo(ctx.changeSet, 'dbt-file-kinds', async () => {
    const index = ctx.dbt?.head ?? (await buildDbtIndex(ctx.changeSet.contents, 'head', { depth: 'projects' }));
    return { fileKind: (path: string) => index.fileKind(path) };
  });
}
