// Runs one detector over an in-memory change the way the engine does: the head dbt index
// fully built, the base one with configs when a dbt file is modified, renamed or removed, and a
// stand-in base without files when the change only adds dbt files (that case matters: detectors
// that look at the whole base repository must not trust the stand-in).
import { buildDbtIndex, DbtIndex } from '../../../../src/analyzers/dbt/project.js';
import type { Detector } from '../../../../src/escalation/detectors/detector.js';
import type { DraftEscalation } from '../../../../src/model.js';
import { buildChange, guessDomains } from '../../../analyzers/support/change.js';
import type { ChangeSpec, MemoryReader } from '../../../analyzers/support/change.js';

export async function runDetector(detector: Detector, spec: ChangeSpec): Promise<DraftEscalation[]> {
  return (await runDetectorWithReader(detector, spec)).escalations;
}

export async function runDetectorWithReader(detector: Detector, spec: ChangeSpec): Promise<{ escalations: DraftEscalation[]; reader: MemoryReader }> {
  const { changeSet, reader } = buildChange(spec);
  const domains = guessDomains(changeSet);
  const dbtFiles = changeSet.files.filter((file) => domains.get(file.path) === 'dbt');
  const touchesDbt = dbtFiles.length > 0;
  const comparesBase = dbtFiles.some((file) => file.status !== 'added');
  const head = touchesDbt ? await buildDbtIndex(reader, 'head') : undefined;
  const base = touchesDbt ? (comparesBase ? await buildDbtIndex(reader, 'base', { depth: 'configs' }) : new DbtIndex('base', undefined)) : undefined;
  const escalations = await detector.detect({ changeSet, domains, ...(head && base ? { dbt: { head, base } } : {}) });
  return { escalations, reader };
}

/** The evidence texts of all escalations, for compact assertions. */
export const evidenceTexts = (escalations: readonly DraftEscalation[]): string[] => escalations.flatMap((e) => e.evidence.map((item) => item.text));
