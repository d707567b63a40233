// The action run: read the event and inputs, build the ChangeSet through the API, run the
// shared pipeline, publish, and set outputs and the exit status. Every failure ends red with
// a message; nothing here approves a pull request.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAgentDefinition, parseAgentDefinition } from '../agent/loader.js';
import type { AgentDefinition } from '../agent/definition.js';
import { githubChangeSet } from '../changes/github.js';
import { parseRepoConfig, type RepoConfig } from '../config/repo-config.js';
import { resolveSettings } from '../config/settings.js';
import { readEventContext } from '../context/pull-request.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { handleDecisionEvent } from './decision-event.js';
import type { DecisionEventContext } from '../context/pull-request.js';
import type { ChangeSet, Review } from '../model.js';
import { publishToGitHub } from '../publish/github.js';
import { renderJsonReport, countFindings } from '../report/json.js';
import { renderMarkdownReport } from '../report/markdown.js';
import { evaluateGate } from '../review/gate.js';
import { runReview } from '../run.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';

/** `llmWithoutReview`: what llm-status says when no review was computed (skipped event, or a failed run). */
function setOutputs(review: Review | undefined, reportPath: string | undefined, llmWithoutReview: 'skipped' | 'failed' = 'skipped'): void {
  core.setOutput('triggered', String(review?.triggered ?? false));
  core.setOutput('findings-count', String(review?.findings.length ?? 0));
  core.setOutput('escalations-count', String(review?.escalations.length ?? 0));
  const issues = (review?.escalations ?? []).flatMap((escalation) => (escalation.issue ? [escalation.issue.number] : []));
  core.setOutput('escalation-issues', JSON.stringify(issues));
  core.setOutput('report-path', reportPath ?? '');
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

async function writeReport(review: Review, requested: string | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  const target = requested ?? path.join(env['RUNNER_TEMP'] ?? process.cwd(), 'data-engineer-review', 'report.json');
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, renderJsonReport(review), 'utf8');
  return target;
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let review: Review | undefined;
  let reportPath: string | undefined;
  try {
    const inputs = readInputs();
    const event = await readEventContext(env);
    if (event.kind === 'decision') {
      await runDecision(inputs, event.decision, env);
      return;
    }
    if (event.kind !== 'pull_request') {
      core.notice(`Data Engineer Review: ${event.reason}.`);
      setOutputs(undefined, undefined);
      return;
    }
    const pr = event.pr;
    const client = clientFor(inputs, env);

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
    const settings = resolveSettings(inputs.explicit, repoConfig);
    const agent = await loadAgent(changeSet, inputs.agentPath);

    review = await core.group('Data Engineer Review', () =>
      runReview({
        changeSet,
        settings,
        agent,
        ...(inputs.anthropicApiKey
          ? { llm: { apiKey: inputs.anthropicApiKey, model: inputs.model, ...inputs.llmLimits, ...(env['ANTHROPIC_BASE_URL'] ? { baseURL: env['ANTHROPIC_BASE_URL'] } : {}) } }
          : {}),
        pullRequest: { title: pr.title, body: pr.body },
        ...(inputs.dbtArtifacts ? { dbtArtifacts: inputs.dbtArtifacts } : {}),
        log: (line) => core.info(line),
      }),
    );

    if (!review.triggered) {
      core.notice('Data Engineer Review: no dbt, Airflow or SQL paths changed; nothing to review.');
      reportPath = await writeReport(review, inputs.reportPath, env);
      setOutputs(review, reportPath);
      return;
    }

    const publishErrors: string[] = [];
    if (inputs.dryRun) {
      core.notice('Data Engineer Review: dry run, nothing was written to GitHub.');
    } else {
      const result = await publishToGitHub({
        client,
        owner: pr.owner,
        repo: pr.repo,
        pr: { number: pr.number, title: pr.title, url: pr.url, headSha: pr.headSha },
        review,
        files: changeSet.files,
        pendingDecisionFails: settings.failOn === 'escalation' || settings.failOn === 'warning',
        log: (line) => core.info(line),
      });
      const issues = new Map(result.escalationIssues.map((issue) => [issue.fingerprint, issue]));
      for (const escalation of review.escalations) {
        const issue = issues.get(escalation.fingerprint);
        escalation.decision = issue?.decision ?? 'pending';
        if (issue) escalation.issue = { number: issue.number, url: issue.url };
      }
      publishErrors.push(...result.errors);
      for (const error of result.errors) core.error(`Data Engineer Review could not publish: ${error}`);
    }

    reportPath = await writeReport(review, inputs.reportPath, env);
    const counts = countFindings(review);
    core.info(`Findings: ${counts.error} error, ${counts.warning} warning, ${counts.info} info; escalations: ${counts.escalations}`);
    await core.summary.addRaw(renderMarkdownReport(review, { headSha: pr.headSha, repoUrl: repoUrlOf(env, pr.owner, pr.repo), dryRun: inputs.dryRun })).write();
    setOutputs(review, reportPath);

    const gate = evaluateGate(review, settings.failOn, settings.llm);
    if (gate.fail) core.setFailed(`Data Engineer Review: ${gate.reason}.`);
    else if (publishErrors.length > 0) core.setFailed(`Data Engineer Review: the review was computed but not all of it could be published (${publishErrors.length} error(s)); see the log and the report.`);
    else core.info(`Data Engineer Review: ${gate.reason}.`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (review && !reportPath) {
      try {
        reportPath = await writeReport(review, undefined, env);
      } catch {
        // The failure below is what matters; the report is best effort here.
      }
    }
    setOutputs(review, reportPath, 'failed');
    core.setFailed(`Data Engineer Review could not run: ${message}`);
  }
}

function clientFor(inputs: ActionInputs, env: NodeJS.ProcessEnv): GitHubClient {
  return createGitHubClient({
    token: inputs.githubToken,
    baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    // Tests turn the spacing of writes off; production keeps GitHub's recommended pacing.
    throttle: env['DATA_ENGINEER_REVIEW_THROTTLE'] !== 'off',
    log: (line) => core.info(line),
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
