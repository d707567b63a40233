// Every deterministic escalation detector. A detector is added by writing its file here and
// listing it below.
import type { Detector } from './detector.js';
import { materializationChanged } from './materialization-changed.js';

export type { Detector, DetectorContext, EscalationTrigger } from './detector.js';
export const detectors: readonly Detector[] = [materializationChanged];
