// The decision loop's event side: a person comments `/decision approve|reject <reason>` on an
// escalation issue, or adds a decision label. Only people with write access may decide; the
// decision is recorded in the issue (label, comment, who, when, which commit, which evidence)
// and the pull request's decision status is recomputed from all of its escalation issues.
import type { DecisionEventContext } from '../context/pull-request.js';
import {
  aggregateDecisionStatus,
  DECISION_LABELS,
  DECISION_STATUS_CONTEXT,
  decisionStateOf,
  parseDecisionCommand,
  type DecisionStatus,
  type EscalationDecision,
  type Verdict,
} from '../escalation/decision.js';
import type { GitHubClient } from '../github/client.js';
import { canWrite } from '../github/permissions.js';
import { renderDecisionSection, withDecision } from '../publish/decision-record.js';
import { ESCALATION_LABEL } from '../publish/github.js';
import {
  DEFAULT_BOT_LOGIN,
  decisionIn,
  escalationFingerprintsIn,
  evidenceDigestIn,
  isTrustedAuthor,
  pullRequestNumberIn,
} from '../publish/markers.js';

const DECISION_LABEL_COLOURS: Readonly<Record<Verdict, string>> = { approved: '0e8a16', rejected: 'b60205' };

export interface DecisionEventOptions {
  client: GitHubClient;
  event: DecisionEventContext;
  botLogin?: string;
  /** Undecided escalations make the status a failure (fail-on escalation). */
  pendingDecisionFails: boolean;
  now: () => Date;
  log: (line: string) => void;
}

export type DecisionOutcome =
  | { kind: 'ignored'; reason: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'recorded'; verdict: Verdict; pullNumber: number; status?: DecisionStatus };

interface IssueView {
  number: number;
  state: string;
  body?: string | null;
  labels?: Array<string | { name?: string | null }>;
  user?: { login?: string | null } | null;
  pull_request?: unknown;
}

function labelNames(issue: IssueView): string[] {
  return (issue.labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean);
}

/** The decision an issue carries, valid only with its label (removing the label withdraws it). */
function recordedDecisionOf(issue: IssueView): { verdict: Verdict; evidence: string } | undefined {
  const recorded = decisionIn(issue.body);
  return recorded && labelNames(issue).includes(DECISION_LABELS[recorded.verdict]) ? recorded : undefined;
}

async function ensureLabel(client: GitHubClient, owner: string, repo: string, verdict: Verdict): Promise<void> {
  const name = DECISION_LABELS[verdict];
  try {
    await client.rest.issues.getLabel({ owner, repo, name });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    try {
      await client.rest.issues.createLabel({ owner, repo, name, color: DECISION_LABEL_COLOURS[verdict], description: `A person ${verdict} this escalation` });
    } catch (createError) {
      if ((createError as { status?: number }).status !== 422) throw createError;
    }
  }
}

/** Every escalation issue of one pull request that still counts toward its decision status. */
async function pullRequestDecisions(client: GitHubClient, owner: string, repo: string, pullNumber: number, botLogin: string): Promise<EscalationDecision[]> {
  const issues = await client.paginate(client.rest.issues.listForRepo, { owner, repo, labels: ESCALATION_LABEL, state: 'all', per_page: 100 });
  const decisions: EscalationDecision[] = [];
  for (const issue of issues as IssueView[]) {
    if (issue.pull_request || !isTrustedAuthor(issue, botLogin) || pullRequestNumberIn(issue.body) !== pullNumber) continue;
    if (escalationFingerprintsIn(issue.body).length === 0) continue;
    const evidence = evidenceDigestIn(issue.body) ?? '';
    const state = decisionStateOf(recordedDecisionOf(issue), evidence);
    // A closed issue without a valid decision was closed as no longer needed by a review run.
    if (issue.state === 'closed' && state === 'pending') continue;
    decisions.push({ issue: issue.number, state });
  }
  return decisions;
}

export async function handleDecisionEvent(options: DecisionEventOptions): Promise<DecisionOutcome> {
  const { client, event, log } = options;
  const { owner, repo } = event;
  const botLogin = options.botLogin ?? DEFAULT_BOT_LOGIN;
  const reply = (body: string) => client.rest.issues.createComment({ owner, repo, issue_number: event.issueNumber, body });

  // Read the issue as it is now: the event payload may be older than another decision.
  const { data: fetched } = await client.rest.issues.get({ owner, repo, issue_number: event.issueNumber });
  const issue = fetched as IssueView;
  const pullNumber = pullRequestNumberIn(issue.body);
  const evidence = evidenceDigestIn(issue.body);
  if (issue.pull_request || !isTrustedAuthor(issue, botLogin) || !labelNames(issue).includes(ESCALATION_LABEL) || pullNumber === undefined || !evidence) {
    return { kind: 'ignored', reason: `#${event.issueNumber} is not an escalation issue of Data Engineer Review` };
  }

  let verdict: Verdict;
  let reason: string;
  if (event.comment !== undefined) {
    // Our own replies must never be read as commands.
    if (event.actor.toLowerCase() === botLogin.toLowerCase()) return { kind: 'ignored', reason: 'a comment by the bot itself' };
    const command = parseDecisionCommand(event.comment);
    if (command.kind === 'none') return { kind: 'ignored', reason: 'the comment holds no /decision command' };
    if (command.kind === 'invalid') {
      await reply(`The decision was not recorded: ${command.problem}.`);
      return { kind: 'refused', reason: command.problem };
    }
    verdict = command.verdict;
    reason = command.reason;
  } else {
    const labelled = (Object.entries(DECISION_LABELS) as [Verdict, string][]).find(([, name]) => name === event.label);
    if (!labelled) return { kind: 'ignored', reason: `the label '${event.label ?? ''}' is not a decision label` };
    if (event.actor.toLowerCase() === botLogin.toLowerCase()) return { kind: 'ignored', reason: 'a label set by the bot itself' };
    verdict = labelled[0];
    reason = `label \`${labelled[1]}\` added`;
  }

  if (!(await canWrite(client, owner, repo, event.actor))) {
    if (event.label !== undefined) {
      // Triage access can add labels; a decision needs write access, so the label is taken back.
      await client.rest.issues.update({ owner, repo, issue_number: issue.number, labels: labelNames(issue).filter((name) => name !== event.label) });
    }
    await reply(`Thank you for weighing in. Only people with write access to this repository can record a decision, so nothing was changed. A maintainer can decide with \`/decision approve <reason>\` or \`/decision reject <reason>\`.`);
    log(`decision by ${event.actor} refused: no write access`);
    return { kind: 'refused', reason: `${event.actor} has no write access` };
  }

  const { data: pull } = await client.rest.pulls.get({ owner, repo, pull_number: pullNumber });
  const headSha = pull.head.sha;
  const already = recordedDecisionOf(issue);
  if (!(already && already.verdict === verdict && already.evidence === evidence)) {
    await ensureLabel(client, owner, repo, verdict);
    const at = options.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const section = renderDecisionSection({ verdict, reason, login: event.actor, at, headSha, evidence });
    const labels = [...labelNames(issue).filter((name) => name !== DECISION_LABELS.approved && name !== DECISION_LABELS.rejected), DECISION_LABELS[verdict]];
    await client.rest.issues.update({
      owner,
      repo,
      issue_number: issue.number,
      body: withDecision(issue.body ?? '', section),
      labels,
      state: verdict === 'approved' ? 'closed' : 'open',
      ...(verdict === 'approved' ? { state_reason: 'completed' as const } : {}),
    });
    await reply(
      verdict === 'approved'
        ? `Decision recorded: **approved** by ${event.actor} for commit \`${headSha.slice(0, 12)}\`. Closing this issue; it reopens if the evidence changes.`
        : `Decision recorded: **rejected** by ${event.actor} for commit \`${headSha.slice(0, 12)}\`. Pull request #${pullNumber} stays held until it takes another option.`,
    );
    log(`recorded ${verdict} on #${issue.number} by ${event.actor}`);
  } else {
    log(`#${issue.number} already carries this decision`);
  }

  const decisions = await pullRequestDecisions(client, owner, repo, pullNumber, botLogin);
  const status = aggregateDecisionStatus(decisions, options.pendingDecisionFails);
  await client.rest.repos.createCommitStatus({
    owner,
    repo,
    sha: headSha,
    state: status.state,
    context: DECISION_STATUS_CONTEXT,
    description: status.description,
  });
  log(`decision status of #${pullNumber}: ${status.state} (${status.description})`);
  return { kind: 'recorded', verdict, pullNumber, status };
}
