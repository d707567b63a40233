// The "needs human decision" issue for one escalation: the agent definition's escalation
// template, filled in with what the review knows, plus how a person records the decision.
import type { Escalation } from '../../model.js';
import { evidenceDigest } from '../../escalation/decision.js';
import { escalationMarker, evidenceMarker, pullRequestMarker } from '../markers.js';
import { codeSpan, locationLink, truncateText } from './format.js';
import { linkLabel, neutralise, neutraliseLine, neutraliseTitle, safeId } from './neutralise.js';

/** GitHub refuses issue titles above 256 characters. */
export const ISSUE_TITLE_LIMIT = 256;
const TITLE_PREFIX = 'Needs human decision: ';
const PROBLEM_LIMIT = 10_000;
const MAX_OPTIONS = 20;
const MAX_EVIDENCE = 30;

// Without a dbt catalog (row counts, bytes) the review cannot know data volume and says so
// instead of guessing.
export const UNKNOWN_DATA_VOLUME = 'Unknown: no dbt catalog was provided';
const MAX_DOWNSTREAM = 25;

interface TriggerStakes {
  impact: string;
  constitutional: string;
  cost: string;
}

// What each escalation trigger of the agent definition puts at stake. The Escalation model
// carries no impact fields yet, so these are the trigger's standing trade-offs (from the
// agent's "Domain-Specific Escalation Triggers"), not a measurement of this change.
const TRIGGER_STAKES: Readonly<Record<string, TriggerStakes>> = {
  'data-architecture': {
    impact: 'Where the data lives (warehouse, lake or lakehouse) and how every pipeline and consumer reaches it.',
    constitutional: 'Simplicity vs Performance Standards',
    cost: 'Storage and compute platform costs, and the migration cost of changing course later.',
  },
  'etl-tool-selection': {
    impact: 'The tool every pipeline of this kind is built, run and maintained with.',
    constitutional: 'Simplicity',
    cost: 'Licence or managed-service fees, and the team time to operate the tool.',
  },
  'etl-vs-elt': {
    impact: 'Where transformations run, and so warehouse load and data freshness.',
    constitutional: 'Performance Standards vs Simplicity',
    cost: 'Warehouse compute for in-warehouse transformation vs separate processing infrastructure.',
  },
  'batch-vs-streaming': {
    impact: 'Data freshness (latency) against pipeline complexity.',
    constitutional: 'Simplicity vs Performance Standards',
    cost: 'Streaming infrastructure runs continuously; batch costs less but delivers later.',
  },
  'streaming-architecture': {
    impact: 'Reliability, ordering and latency of streamed data, and the effort to operate it.',
    constitutional: 'Simplicity vs Performance Standards',
    cost: 'Always-on brokers and stream processors, and their operation.',
  },
  'data-retention': {
    impact: 'How long data is kept and when it is deleted, and the compliance exposure that follows.',
    constitutional: 'Security by Design; Data Quality',
    cost: 'Storage cost of keeping data against the compliance risk of keeping or deleting it.',
  },
  'bi-platform': {
    impact: 'The tool stakeholders explore, trust and share the data in.',
    constitutional: 'Simplicity',
    cost: 'Per-seat licences, hosting and dashboard migration.',
  },
  'data-modeling': {
    impact: 'Query patterns, maintenance effort and how easily the model evolves (star schema, one big table, Data Vault).',
    constitutional: 'Simplicity vs Performance Standards',
    cost: 'Join compute against storage for denormalised tables, and rework if the approach changes.',
  },
  'data-quality-thresholds': {
    impact: 'Whether bad data stops the pipeline (fail fast) or flows on with a warning.',
    constitutional: 'Data Quality; Test-First Development',
    cost: 'Incident and reprocessing cost of bad data against the cost of stalled pipelines.',
  },
  'performance-vs-cost': {
    impact: 'Query and pipeline speed against compute spend.',
    constitutional: 'Performance Standards vs Simplicity',
    cost: 'Compute and storage spend of the faster option.',
  },
  'warehouse-selection': {
    impact: 'The SQL dialect, scaling model and lock-in of every model built on it.',
    constitutional: 'Performance Standards vs Simplicity',
    cost: 'The warehouse pricing model (per query, per credit or provisioned) at the expected scale.',
  },
  'lake-storage-format': {
    impact: 'Which engines can read the data, and how fast.',
    constitutional: 'Performance Standards',
    cost: 'Storage and scan cost of the format, and the cost of rewriting existing data.',
  },
  'incremental-vs-full-refresh': {
    impact: 'Correctness of loads and backfills (late or updated rows) against run time and freshness.',
    constitutional: 'Data Quality vs Performance Standards',
    cost: 'A full refresh rescans all source data on every run; an incremental load costs less but needs a reliable watermark.',
  },
  'orchestration-tool': {
    impact: 'How every pipeline is scheduled, retried and monitored.',
    constitutional: 'Simplicity',
    cost: 'Hosting and operating the orchestrator, and migrating existing DAGs.',
  },
};

const UNKNOWN_STAKES: TriggerStakes = {
  impact: 'Not assessed for this trigger: see the problem and the evidence.',
  constitutional: 'Not assessed for this trigger.',
  cost: 'Not assessed for this trigger.',
};

export interface EscalationIssueContext {
  agentName: string;
  pr: { number: number; title: string; url: string };
  repoUrl?: string;
  headSha: string;
}

export function escalationIssueTitle(escalation: Escalation): string {
  return neutraliseTitle(`${TITLE_PREFIX}${escalation.title}`, ISSUE_TITLE_LIMIT);
}

function attempted(escalation: Escalation): string {
  if (escalation.source === 'llm') return 'LLM review of the change against the agent definition.';
  const detector = escalation.detector ? `\`${safeId(escalation.detector)}\`` : '(unnamed)';
  return `Deterministic detector ${detector} flagged this change.`;
}

function optionLines(options: readonly string[]): string[] {
  if (options.length === 0) return ['  - _No options were given: describe the choice in your decision._'];
  const lines = options.slice(0, MAX_OPTIONS).map((option) => `  - ${neutraliseLine(option, 500)}`);
  if (options.length > MAX_OPTIONS) lines.push(`  - …and ${options.length - MAX_OPTIONS} more`);
  return lines;
}

function evidenceLines(escalation: Escalation, ctx: EscalationIssueContext): string[] {
  if (escalation.evidence.length === 0) return ['- _No line-level evidence was recorded._'];
  const lines = escalation.evidence.slice(0, MAX_EVIDENCE).map((item) => {
    const code = codeSpan(item.text, 300);
    return `- ${locationLink(item, ctx)}${code ? `: ${code}` : ''}`;
  });
  if (escalation.evidence.length > MAX_EVIDENCE) lines.push(`- …and ${escalation.evidence.length - MAX_EVIDENCE} more`);
  return lines;
}

function nameList(names: readonly string[]): string {
  const shown = names.slice(0, MAX_DOWNSTREAM).map((name) => `\`${safeId(name)}\``);
  return names.length > MAX_DOWNSTREAM ? `${shown.join(', ')} and ${names.length - MAX_DOWNSTREAM} more` : shown.join(', ');
}

/** What depends on the subject at the head commit, from the model graph. */
function downstreamLines(escalation: Escalation): string[] {
  const downstream = escalation.downstream;
  if (!downstream) return [];
  if (downstream.models.length === 0 && downstream.exposures.length === 0) return ['  - Downstream: nothing in this repository depends on it.'];
  return [
    ...(downstream.models.length > 0 ? [`  - Downstream models (${downstream.models.length}): ${nameList(downstream.models)}`] : []),
    ...(downstream.exposures.length > 0 ? [`  - Exposures (${downstream.exposures.length}): ${nameList(downstream.exposures)}`] : []),
  ];
}

export function renderEscalationIssue(escalation: Escalation, ctx: EscalationIssueContext): { title: string; body: string } {
  const stakes = TRIGGER_STAKES[escalation.trigger] ?? UNKNOWN_STAKES;
  const trigger = safeId(escalation.trigger);
  const problem = truncateText(neutralise(escalation.problem).trim(), PROBLEM_LIMIT).replace(/\n/g, '\n  ');
  const task = `[#${ctx.pr.number} ${linkLabel(ctx.pr.title, 200)}](${ctx.pr.url})`;

  const body = [
    escalationMarker(escalation.fingerprint),
    pullRequestMarker(ctx.pr.number),
    evidenceMarker(evidenceDigest(escalation)),
    `## ${neutraliseLine(`${TITLE_PREFIX}${escalation.title}`, 300)}`,
    '',
    `Trigger: \`${trigger}\` · raised by ${escalation.source === 'llm' ? 'the LLM review' : 'a deterministic detector'} on ${task} at commit \`${safeId(ctx.headSha).slice(0, 12)}\`.`,
    '',
    `- **Agent:** ${neutraliseLine(ctx.agentName, 100)}`,
    `- **Task:** ${task}`,
    `- **Problem:** ${problem}`,
    `- **Attempted:** ${attempted(escalation)}`,
    '- **Options:**',
    ...optionLines(escalation.options),
    `- **Impact:** ${stakes.impact}`,
    ...downstreamLines(escalation),
    `- **Constitutional impact:** ${stakes.constitutional}`,
    `- **Data volume:** ${escalation.dataVolume ? neutraliseLine(escalation.dataVolume, 300) : UNKNOWN_DATA_VOLUME}`,
    `- **Cost impact:** ${stakes.cost}`,
    '',
    '### Evidence',
    '',
    ...evidenceLines(escalation, ctx),
    '',
    '### How to decide',
    '',
    'A person with write access comments on this issue with one line:',
    '',
    '- `/decision approve <reason>`: the approach taken in the pull request is accepted.',
    '- `/decision reject <reason>`: the pull request must take another option.',
    '',
    `The labels \`decision:approved\` and \`decision:rejected\` work too. Until a decision is recorded, pull request #${ctx.pr.number} is held by the status \`data-engineer-review/decision\`. A decision holds while the evidence above is unchanged.`,
  ].join('\n');
  return { title: escalationIssueTitle(escalation), body };
}
