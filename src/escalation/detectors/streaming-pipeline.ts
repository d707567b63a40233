// Escalates an existing pipeline that moves between batch and streaming: a Python file (a DAG,
// a loader, a Spark job) that already existed at base and now consumes or produces a stream
// (Kafka, Kinesis, Pub/Sub, Flink, Pulsar, Event Hubs, Spark Structured Streaming's
// readStream/writeStream), or one that drops all of its streaming code. Moving work between
// batch and streaming always goes to a human (NF-07). A brand-new file is not judged here: a new
// streaming platform is the technology-introduced detector's, and another consumer of a platform
// already in use is not a change of processing mode. dbt models are dbt's, not pipeline code.
import type { DraftEscalation } from '../../model.js';
import type { Detector } from './detector.js';
import { dbtFileKinds } from './support/dbt-sides.js';
import { arrow, escalation, listNames } from './support/escalation.js';
import { basePathOf, extension, headLineFor, headPathOf } from './support/files.js';
import { signalsOf, TECHNOLOGIES } from './support/technologies.js';
import type { Signal } from './support/technologies.js';

export const DETECTOR_ID = 'streaming-pipeline';

const STREAMING = new Set(TECHNOLOGIES.filter((technology) => technology.trigger === 'streaming-architecture').map((technology) => technology.id));
const labelOf = (id: string): string => TECHNOLOGIES.find((technology) => technology.id === id)?.label ?? id;

export const streamingPipeline: Detector = {
  id: DETECTOR_ID,
  triggers: ['batch-vs-streaming'],
  async detect(ctx) {
    const candidates = ctx.changeSet.files.filter((file) => file.status !== 'added' && file.status !== 'removed' && extension(file.path) === 'py');
    if (candidates.length === 0) return [];
    const kinds = await dbtFileKinds(ctx);
    const options = { isDbtModel: (path: string) => kinds.fileKind(path) === 'model' };
    const escalations: DraftEscalation[] = [];
    for (const file of candidates) {
      const basePath = basePathOf(file) as string;
      const headPath = headPathOf(file) as string;
      if (kinds.fileKind(headPath) === 'model') continue;
      const [base, head] = await Promise.all([signalsOf(ctx, 'base', basePath, options), signalsOf(ctx, 'head', headPath, options)]);
      const streamingBefore = base.filter((signal) => STREAMING.has(signal.technology));
      const streamingAfter = head.filter((signal) => STREAMING.has(signal.technology));
      const before = new Set(streamingBefore.map((signal) => signal.technology));
      const after = new Set(streamingAfter.map((signal) => signal.technology));
      let direction: 'to-streaming' | 'to-batch' | undefined;
      let shown: Signal[] = [];
      if (before.size === 0 && after.size > 0) {
        direction = 'to-streaming';
        shown = streamingAfter;
      } else if (before.size > 0 && after.size === 0) {
        direction = 'to-batch';
        shown = streamingBefore;
      }
      if (!direction) continue;
      const platforms = [...new Set(shown.map((signal) => labelOf(signal.technology)))];
      const evidence = shown.map((signal) =>
        direction === 'to-streaming'
          ? { file: headPath, line: signal.line, text: `streaming in ${headPath}: ${arrow('batch only', signal.text)}` }
          : { file: headPath, line: headLineFor(file, signal.line), text: `streaming in ${headPath}: ${arrow(signal.text, 'batch only')}` },
      );
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: 'batch-vs-streaming',
          subject: headPath,
          title: direction === 'to-streaming' ? `${headPath} moves from batch to streaming (${listNames(platforms)})` : `${headPath} moves from streaming back to batch`,
          problem:
            (direction === 'to-streaming'
              ? `The existing pipeline code in \`${headPath}\` starts reading or writing a stream (${listNames(platforms)}). `
              : `The pipeline code in \`${headPath}\` stops using ${listNames(platforms)} and keeps running as batch. `) +
            'Whether this data flows in scheduled batches or continuously, given the latency the business actually needs, always goes to a human (NF-07), and streaming needs a stated latency requirement (NF-06).',
          evidence,
        }),
      );
    }
    return escalations;
  },
};
