// Escalates a dbt profile target moved to other compute: the Snowflake `warehouse`, the
// Databricks `http_path` / `cluster_id` / per-model `compute` map, BigQuery's
// `maximum_bytes_billed` cap or job `priority`. These decide what every model of the target
// costs to build and how fast. Targets are matched by profile and target name across all
// profiles.yml files of the repository, so a moved or reformatted file raises nothing; values
// rendered from environment variables are only compared as written, never guessed.
import type { DraftEscalation, Evidence } from '../../model.js';
import type { Detector } from './detector.js';
import { arrow, escalation } from './support/escalation.js';
import { headLineFor } from './support/files.js';
import { isProfilesPath, repositoryProfiles } from './support/profiles.js';
import { compareValues, display } from './support/values.js';

export const DETECTOR_ID = 'profile-compute';

const COMPUTE_KEYS: Readonly<Record<string, string>> = {
  warehouse: 'the Snowflake virtual warehouse (its size sets the credits per hour)',
  http_path: 'the Databricks SQL warehouse or cluster',
  cluster_id: 'the Databricks cluster',
  compute: 'the Databricks compute available to models',
  maximum_bytes_billed: 'the BigQuery cap on bytes billed per query',
  priority: 'BigQuery interactive or batch priority',
};

export const profileCompute: Detector = {
  id: DETECTOR_ID,
  triggers: ['performance-vs-cost'],
  async detect(ctx) {
    const files = ctx.changeSet.files;
    if (!files.some((file) => isProfilesPath(file.path) || (file.previousPath !== undefined && isProfilesPath(file.previousPath)))) return [];
    const [base, head] = await Promise.all([repositoryProfiles(ctx, 'base'), repositoryProfiles(ctx, 'head')]);
    const baseTargets = new Map(base.map((target) => [`${target.profile}\0${target.target}`, target]));
    const escalations: DraftEscalation[] = [];
    for (const target of head) {
      const previous = baseTargets.get(`${target.profile}\0${target.target}`);
      // A target moved to another adapter changes all its settings: that is the warehouse-adapter detector's decision.
      if (!previous || previous.type?.value !== target.type?.value) continue;
      const evidence: Evidence[] = [];
      const keys: string[] = [];
      for (const key of Object.keys(COMPUTE_KEYS)) {
        const was = previous.settings[key];
        const now = target.settings[key];
        if (compareValues(was?.value, now?.value, { caseInsensitive: key !== 'http_path' }) !== 'different') continue;
        const changed = files.find((file) => (file.previousPath ?? file.path) === previous.file && file.status !== 'added');
        const line = now ? now.line : changed ? headLineFor(changed, was?.line ?? target.line) : target.line;
        evidence.push({ file: target.file, line, text: `${key}: ${arrow(display(was?.value), display(now?.value))}` });
        keys.push(key);
      }
      if (evidence.length === 0) continue;
      const subject = `dbt profile ${target.profile}.${target.target}`;
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: 'performance-vs-cost',
          subject,
          title: `Compute of ${subject} changes: ${keys.join(', ')}`,
          problem:
            `The compute that target \`${target.target}\` of profile \`${target.profile}\` builds every model on changes (${keys.map((key) => COMPUTE_KEYS[key]).join('; ')}). ` +
            'Paying for more compute to make runs faster, or accepting slower runs to save cost, is a decision for a human.',
          evidence,
        }),
      );
    }
    return escalations;
  },
};
