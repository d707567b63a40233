// The action run: read the event and inputs, build the ChangeSet through the API, run the
// shared pipeline, publish, and report through every channel: job summary, annotations, SARIF,
// JSON report, outputs and the exit status. Every failure ends red with a message; nothing here
// approves a pull request. When the token cannot write (a fork's pull_request run, restricted
// permissions) the review still runs and reports through the channels that need no write.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAgentDefinition, parseAgentDefinition } from '../agent/loader.js';
import type { AgentDefinition } from '../agent/definition.js';
import { githubChangeSet } from '../changes/github.js';
import { unsafePathReason } from '../changes/safe-path.js';
import { parseRepoConfig, type RepoConfig } from '../config/repo-config.js';
import { resolveSettings, type ReviewSettings } from '../config/settings.js';
import {
  pullRequestFromApi,
  readEventContext,
  REVIEW_COMMAND,
  type DecisionEventContext,
  type PullRequestContext,
  type ReviewCommandContext,
} from '../context/pull-request.js';
import { createGitHubClient, httpSettingsFromEnv, type GitHubClient } from '../github/client.js';
import { llmHttpSettingsFromEnv } from '../llm/retry.js';
import { canWrite } from '../github/permissions.js';
import { guardWrites, writeAccess, type WriteAccess } from '../github/write-access.js';
import type { ChangeSet, Review } from '../model.js';
import { publishToGitHub } from '../publish/github.js';
import { readPreviousReviewState } from '../publish/state/read.js';
import { planIncrementalReview } from './incremental.js';
import { batched } from '../report/batched.js';
import { countFindings, jsonReportChunks } from '../report/json.js';
import { renderJobSummary } from '../report/markdown.js';
import { renderSarif, sarifRuleCatalogue } from '../report/sarif.js';
import { evaluateGate } from '../review/gate.js';
import { runReview } from '../run.js';
import { AnnotationBudget, annotateFindings } from './annotations.js';
import { handleDecisionEvent } from './decision-event.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { StageLog } from './stages.js';

/** What a run produced so far; the failure path reports whatever is there. */
interface RunState {
  review?: Review;
  reportPath?: string;
  sarifPath?: string;
  readOnly?: boolean;
}

/** `llmWithoutReview`: what llm-status says when no review was computed (skipped event, or a failed run). */
function setOutputs(state: RunState, llmWithoutReview: 'skipped' | 'failed' = 'skipped'): void {
  const { review } = state;
  core.setOutput('triggered', String(review?.triggered ?? false));
  core.setOutput('findings-count', String(review?.findings.length ?? 0));
  core.setOutput('escalations-count', String(review?.escalations.length ?? 0));
  const issues = (review?.escalations ?? []).flatMap((escalation) => (escalation.issue ? [escalation.issue.number] : []));
  core.setOutput('escalation-issues', JSON.stringify(issues));
  core.setOutput('report-path', state.reportPath ?? '');
  core.setOutput('sarif-path', state.sarifPath ?? '');
  core.setOutput('read-only', String(state.readOnly ?? false));
  core.setOutput('llm-status', review?.llm.status ?? llmWithoutReview);
  core.setOutput('llm-cost-usd', review?.llm.estimatedCostUsd !== undefined ? String(review.llm.estimatedCostUsd) : '');
  core.setOutput('llm-input-tokens', String(review?.llm.inputTokens ?? 0));
  core.setOutput('llm-output-tokens', String(review?.llm.outputTokens ?? 0));
}

async function readAtBase(changeSet: ChangeSet, file: string): Promise<string | undefined> {
  const content = await changeSet.contents.read('base', file);
  if (content.kind === 'text') return content.text;
  if (content.kind === 'absent') return undefined;
  throw new InputError(`${file} at the base commit is ${content.kind === 'binary' ? 'a binary file' : 'too large'}`);
}

async function loadAgent(changeSet: ChangeSet, agentPath: string | undefined): Promise<AgentDefinition> {
  if (!agentPath) return loadAgentDefinition();
  // Read at the base commit, like the config: a pull request must not rewrite its own reviewer.
  const text = await readAtBase(changeSet, agentPath);
  if (text === undefined) throw new InputError(`the agent definition '${agentPath}' does not exist at the base commit`);
  return parseAgentDefinition(text, agentPath);
}

async function writeOutputFile(requested: string | undefined, fallbackName: string, text: string | Iterable<string>, env: NodeJS.ProcessEnv): Promise<string> {
  const target = requested ?? path.join(env['RUNNER_TEMP'] ?? process.cwd(), 'data-engineer-review', fallbackName);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text, 'utf8');
  return target;
}

/** The action's own docs at the version that runs, for the SARIF rules' help links. */
function docsUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const repository = env['GITHUB_ACTION_REPOSITORY'];
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  const ref = env['GITHUB_ACTION_REF'] || 'main';
  return `${env['GITHUB_SERVER_URL'] || 'https://github.com'}/${repository}/blob/${encodeURIComponent(ref)}/docs`;
}

function sarifFor(review: Review, agent: AgentDefinition | undefined, env: NodeJS.ProcessEnv): string {
  const docsUrl = docsUrlOf(env);
  return renderSarif(review, sarifRuleCatalogue(), {
    ...(docsUrl ? { docsUrl } : {}),
    ...(agent
      ? {
          checklist: new Map(agent.checklist.map((item) => [item.id, { title: item.title, text: item.text }])),
          triggers: new Map(agent.triggers.map((trigger) => [trigger.id, { title: trigger.title, text: trigger.decide }])),
        }
      : {}),
  });
}

/** A file of the change that steers the review itself: it counts from the base branch only. */
export function reviewSettingsChangeNotices(changeSet: ChangeSet, files: readonly (string | undefined)[]): string[] {
  const notices: string[] = [];
  for (const file of new Set(files.filter((entry): entry is string => !!entry))) {
    if (changeSet.files.some((changed) => changed.path === file || changed.previousPath === file)) {
      notices.push(`This PR changes ${file}; the review used the base branch's version — the change takes effect after merge.`);
    }
  }
  return notices;
}

/**
 * The one notice about what this run could not do: no writes (fork, read-only token) and/or
 * no LLM (no key). Both are expected states, not errors: the rules still decide the exit code.
 */
export function degradedNotice(options: { readOnlyReason?: string; noKey: boolean }): string | undefined {
  const missing: string[] = [];
  if (options.readOnlyReason) {
    missing.push(`it cannot write to the repository (${options.readOnlyReason}), so no inline comments, summary comment, escalation issues or decision status were posted`);
  }
  if (options.noKey) missing.push('no Anthropic API key was available, so the LLM review did not run');
  if (missing.length === 0) return undefined;
  const how = options.readOnlyReason
    ? 'For full reviews of pull requests from forks, see "Forks" in the README.'
    : 'Set the anthropic-api-key input to add the LLM review.';
  return `Data Engineer Review: this run is reduced: ${missing.join('; and ')}. The deterministic rules ran: their findings are in the job summary, the annotations and the SARIF file, and the exit code follows fail-on. ${how}`;
}

const FORK_REASON = 'the pull request comes from a fork, and GitHub gives pull_request runs from forks a read-only token and no secrets';

interface ReviewRun {
  inputs: ActionInputs;
  env: NodeJS.ProcessEnv;
  pr: PullRequestContext;
  client: GitHubClient;
  access: WriteAccess;
  state: RunState;
  budget: AnnotationBudget;
  stages: StageLog;
}

async function reviewPullRequest(run: ReviewRun): Promise<void> {
  const { inputs, env, pr, client, access, state, budget, stages } = run;

  stages.begin('changes');
  core.info(`Pull request #${pr.number}${pr.fromFork ? ' (from a fork)' : ''}: reading the change ${pr.baseSha.slice(0, 12)}...${pr.headSha.slice(0, 12)} through the API`);
  const changeSet = await githubChangeSet({
    client,
    owner: pr.owner,
    repo: pr.repo,
    pullNumber: pr.number,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    // GitHub's patches are against the merge base; read "before" contents there too.
    useMergeBase: true,
  });
  const configText = await readAtBase(changeSet, inputs.configPath);
  const repoConfig: RepoConfig = configText === undefined ? {} : parseRepoConfig(configText, inputs.configPath);
  const settings: ReviewSettings = resolveSettings(inputs.explicit, repoConfig);
  // Shown with "Re-run with debug logging": what the run decided from inputs and config. No
  // secret is part of the settings; the key only says whether it is set.
  core.debug(
    `settings: fail-on ${settings.failOn}, llm ${settings.llm}, dialect ${settings.dialect ?? 'inferred'}, model ${inputs.model}, ` +
      `key ${inputs.anthropicApiKey ? 'set' : 'not set'}, max-input-tokens ${inputs.llmLimits.maxInputTokens ?? 'default'}, ` +
      `max-cost-usd ${inputs.llmLimits.maxCostUsd ?? 'none'}, full-file-review ${settings.fullFileReview}, dry-run ${inputs.dryRun}`,
  );
  const agent = await loadAgent(changeSet, inputs.agentPath);
  stages.end(`${changeSet.files.length} changed file(s) between ${pr.baseSha.slice(0, 12)} and ${pr.headSha.slice(0, 12)}${pr.fullReview ? ' (full review requested)' : ''}; config ${configText === undefined ? 'not present' : `from ${inputs.configPath}`} at the base commit`);

  // Read where the last review stopped before reviewing: an unchanged file need not go to the
  // model again. Read-only and dry runs write no state, but may still read it.
  const previousState = await readPreviousReviewState(client, pr.owner, pr.repo, pr.number, undefined, (line) => core.info(line));
  const plan = inputs.anthropicApiKey
    ? await planIncrementalReview({ client, owner: pr.owner, repo: pr.repo, headSha: pr.headSha, files: changeSet.files, previous: previousState, fullReview: pr.fullReview === true })
    : undefined;
  if (plan) core.info(plan.reason);

  stages.begin('rules');
  const review = await runReview({
    changeSet,
    settings,
    agent,
    ...(inputs.anthropicApiKey
      ? { llm: { apiKey: inputs.anthropicApiKey, model: inputs.model, ...inputs.llmLimits, ...llmHttpSettingsFromEnv(env), ...(env['ANTHROPIC_BASE_URL'] ? { baseURL: env['ANTHROPIC_BASE_URL'] } : {}) } }
      : {}),
    pullRequest: { title: pr.title, body: pr.body },
    ...(inputs.dbtArtifacts ? { dbtArtifacts: inputs.dbtArtifacts } : {}),
    ...(plan?.llmScope ? { llmScope: plan.llmScope } : {}),
    ...(plan && plan.carried.length > 0 ? { carriedFindings: plan.carried } : {}),
    log: stages.reviewLog(),
  });
  state.review = review;
  review.notices.push(...reviewSettingsChangeNotices(changeSet, [inputs.configPath, inputs.agentPath]));
  for (const file of changeSet.files) {
    const unsafe = unsafePathReason(file.path);
    if (unsafe) review.notices.push(`${file.path}: not read (${unsafe}; git cannot hold such a path, so the change listing is broken or hostile).`);
  }
  const counts = countFindings(review);
  stages.end(
    stages.stage === 'LLM'
      ? `LLM ${review.llm.status}: ${review.llm.calls} call(s); ${review.findings.length} finding(s) in all`
      : `${counts.error} error, ${counts.warning} warning, ${counts.info} info finding(s); ${counts.escalations} escalation(s)`,
  );

  const sarifText = sarifFor(review, agent, env);
  if (!review.triggered) {
    budget.emit('notice', 'Data Engineer Review: no dbt, Airflow or SQL paths changed; nothing to review.');
    state.reportPath = await writeOutputFile(inputs.reportPath, 'report.json', batched(jsonReportChunks(review)), env);
    state.sarifPath = await writeOutputFile(inputs.sarifPath, 'results.sarif', sarifText, env);
    setOutputs(state);
    return;
  }

  stages.begin('publish');
  const publishErrors: string[] = [];
  let publishLine: string;
  if (inputs.dryRun) {
    budget.emit('notice', 'Data Engineer Review: dry run, nothing was written to GitHub.');
    publishLine = 'dry run: nothing written';
  } else if (access.readOnly) {
    core.info(`not publishing: ${access.reason ?? 'the token is read-only'}`);
    publishLine = 'skipped: the token cannot write';
  } else {
    const result = await publishToGitHub({
      client,
      owner: pr.owner,
      repo: pr.repo,
      pr: { number: pr.number, title: pr.title, url: pr.url, headSha: pr.headSha },
      review,
      files: changeSet.files,
      pendingDecisionFails: settings.failOn === 'escalation' || settings.failOn === 'warning',
      ...(previousState ? { previousState } : {}),
      ...(plan?.llmScope ? { reviewScope: { llmFiles: plan.llmScope } } : {}),
      log: (line) => core.info(line),
    });
    const issues = new Map(result.escalationIssues.map((issue) => [issue.fingerprint, issue]));
    for (const escalation of review.escalations) {
      const issue = issues.get(escalation.fingerprint);
      escalation.decision = issue?.decision ?? 'pending';
      if (issue) escalation.issue = { number: issue.number, url: issue.url };
    }
    // Once the token proved read-only, the 403s that followed are that one cause, not failures.
    publishErrors.push(...(access.readOnly ? result.errors.filter((error) => !/\bHTTP 403\b/.test(error)) : result.errors));
    publishLine = access.readOnly
      ? `stopped: the token cannot write (${access.skippedWrites} further write(s) not sent)`
      : `${result.inlineCount} inline comment(s)${result.summaryUrl ? `, summary ${result.summaryUrl}` : ''}, ${result.escalationIssues.length} escalation issue(s)${result.errors.length > 0 ? `, ${result.errors.length} error(s)` : ''}`;
  }
  stages.end(publishLine);
  state.readOnly = access.readOnly;
  if (access.readOnly) for (const escalation of review.escalations) escalation.decision ??= 'pending';

  const noKey = !inputs.anthropicApiKey && settings.llm !== 'off';
  const notice = degradedNotice({ ...(access.readOnly ? { readOnlyReason: access.reason ?? 'the token is read-only' } : {}), noKey });
  if (notice) budget.emit('notice', notice);
  if (publishErrors.length > 0) {
    budget.emit('error', `Data Engineer Review could not publish ${publishErrors.length} part(s) of the review:\n${publishErrors.map((error) => `- ${error}`).join('\n')}`);
  }

  state.reportPath = await writeOutputFile(inputs.reportPath, 'report.json', batched(jsonReportChunks(review)), env);
  state.sarifPath = await writeOutputFile(inputs.sarifPath, 'results.sarif', sarifText, env);
  core.info(`Findings: ${counts.error} error, ${counts.warning} warning, ${counts.info} info; escalations: ${counts.escalations}; SARIF: ${state.sarifPath}`);

  const omitted = annotateFindings(review.findings, budget);
  await core.summary
    .addRaw(
      renderJobSummary(review, {
        headSha: pr.headSha,
        repoUrl: repoUrlOf(env, pr.owner, pr.repo),
        dryRun: inputs.dryRun,
        channelNotices: notice ? [notice.replace(/^Data Engineer Review: /, '')] : [],
        annotationsOmitted: omitted,
        ...(access.readOnly ? { noIssueReason: 'not opened: the token cannot write' } : {}),
      }),
    )
    .write();
  setOutputs(state);

  const gate = evaluateGate(review, settings.failOn, settings.llm);
  budget.release('error');
  if (gate.fail) core.setFailed(`Data Engineer Review: ${gate.reason}.`);
  else if (publishErrors.length > 0) core.setFailed(`Data Engineer Review: the review was computed but not all of it could be published (${publishErrors.length} error(s)); see the log and the report.`);
  else core.info(`Data Engineer Review: ${gate.reason}.`);
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const state: RunState = {};
  // One error place is kept for core.setFailed at the end.
  const budget = new AnnotationBudget({ error: 1 });
  const stages = new StageLog();
  try {
    const inputs = readInputs();
    const event = await readEventContext(env);
    if (event.kind === 'decision') {
      await runDecision(inputs, event.decision, env);
      return;
    }
    if (event.kind === 'unsupported') {
      budget.emit('notice', `Data Engineer Review: ${event.reason}.`);
      setOutputs(state);
      return;
    }
    const log = (line: string) => core.info(line);
    const client = clientFor(inputs, env);
    let pr: PullRequestContext;
    let access: WriteAccess & { skip(): void };
    if (event.kind === 'review_command') {
      const requested = await pullRequestForCommand(client, event.command, log);
      if (!requested) {
        budget.emit('notice', `Data Engineer Review: ${REVIEW_COMMAND} by ${event.command.actor} was not run: only people with write access can ask for a review.`);
        setOutputs(state);
        return;
      }
      pr = requested;
      access = writeAccess();
    } else {
      pr = event.pr;
      // Under pull_request a fork's token is read-only: known before anything is sent.
      // (pull_request_target runs in the base repository with a writable token.)
      access = event.eventName === 'pull_request' && pr.fromFork ? writeAccess({ readOnly: true, reason: FORK_REASON }) : writeAccess();
    }
    guardWrites(client, access, log);
    await reviewPullRequest({ inputs, env, pr, client, access, state, budget, stages });
  } catch (error) {
    stages.end('failed');
    const message = error instanceof Error ? error.message : String(error);
    if (state.review && !state.reportPath) {
      try {
        state.reportPath = await writeOutputFile(undefined, 'report.json', batched(jsonReportChunks(state.review)), env);
      } catch {
        // The failure below is what matters; the report is best effort here.
      }
    }
    setOutputs(state, 'failed');
    core.setFailed(`Data Engineer Review could not run: ${message}`);
  }
}

/**
 * `/data-review` on a pull request: the pull request to review in full, or undefined when the
 * author may not ask for it (they get a polite reply, nothing else happens).
 */
async function pullRequestForCommand(client: GitHubClient, command: ReviewCommandContext, log: (line: string) => void): Promise<PullRequestContext | undefined> {
  const { owner, repo, pullNumber, actor } = command;
  if (!(await canWrite(client, owner, repo, actor))) {
    await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: pullNumber,
      body: `Thank you for asking. Only people with write access to this repository can start a review with \`${REVIEW_COMMAND}\`, so nothing was run. A maintainer can comment \`${REVIEW_COMMAND}\` to review the whole pull request again.`,
    });
    log(`${REVIEW_COMMAND} by ${actor} refused: no write access`);
    return undefined;
  }
  const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pullNumber });
  const pr = pullRequestFromApi(data, owner, repo);
  if ('problem' in pr) throw new InputError(`pull request #${pullNumber}: ${pr.problem}`);
  log(`${REVIEW_COMMAND} by ${actor}: full review of #${pullNumber} at ${pr.headSha.slice(0, 12)}`);
  return { ...pr, fullReview: true };
}

function clientFor(inputs: ActionInputs, env: NodeJS.ProcessEnv): GitHubClient {
  return createGitHubClient({
    token: inputs.githubToken,
    baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    ...(env['GITHUB_GRAPHQL_URL'] ? { graphqlUrl: env['GITHUB_GRAPHQL_URL'] } : {}),
    // Tests turn the spacing of writes off; production keeps GitHub's recommended pacing.
    throttle: env['DATA_ENGINEER_REVIEW_THROTTLE'] !== 'off',
    ...httpSettingsFromEnv(env),
    log: (line) => core.info(line),
    debug: (line) => core.debug(line),
  });
}

/** The repository config on the default branch, for events that are not about one pull request. */
async function readDefaultBranchConfig(client: GitHubClient, owner: string, repo: string, file: string): Promise<RepoConfig> {
  try {
    const { data } = await client.rest.repos.getContent({ owner, repo, path: file, mediaType: { format: 'raw' } });
    return typeof data === 'string' ? parseRepoConfig(data, file) : {};
  } catch (error) {
    if ((error as { status?: number }).status === 404) return {};
    throw error;
  }
}

async function runDecision(inputs: ActionInputs, event: DecisionEventContext, env: NodeJS.ProcessEnv): Promise<void> {
  const client = clientFor(inputs, env);
  const settings = resolveSettings(inputs.explicit, await readDefaultBranchConfig(client, event.owner, event.repo, inputs.configPath));
  const outcome = await handleDecisionEvent({
    client,
    event,
    pendingDecisionFails: settings.failOn === 'escalation' || settings.failOn === 'warning',
    now: () => new Date(),
    log: (line) => core.info(line),
  });
  core.setOutput('decision', outcome.kind === 'recorded' ? outcome.verdict : outcome.kind);
  if (outcome.kind === 'recorded') core.notice(`Data Engineer Review: decision ${outcome.verdict} recorded for pull request #${outcome.pullNumber}.`);
  else core.notice(`Data Engineer Review: ${outcome.reason}; nothing recorded.`);
}

function repoUrlOf(env: NodeJS.ProcessEnv, owner: string, repo: string): string {
  return `${env['GITHUB_SERVER_URL'] || 'https://github.com'}/${owner}/${repo}`;
}
