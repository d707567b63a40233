// The review pipeline, written once for the action and the CLI:
// config → classify (path gate) → rules and detectors → LLM (when a key is present) → merge.
// It does no publishing; callers decide where the Review goes.
import { classifyChange, findDbtProjects } from './changes/classify.js';
import type { AgentDefinition } from './agent/definition.js';
import { analyseChange } from './analyzers/engine.js';
import { rules as registeredRules } from './analyzers/rules/index.js';
import type { ReviewSettings } from './config/settings.js';
import { emptyLlmReport, type ChangeSet, type DraftEscalation, type DraftFinding, type LlmReport, type Review } from './model.js';
import { mergeReview } from './review/merge.js';
import { addImpact } from './escalation/impact.js';
import { loadCatalog } from './escalation/volume.js';
import { VERSION } from './version.js';

export interface LlmAccess {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Estimated input tokens the LLM pass may send over all its calls. */
  maxInputTokens?: number;
  /** Estimated cost cap of the LLM pass, in US dollars. */
  maxCostUsd?: number;
}

export interface RunInput {
  changeSet: ChangeSet;
  settings: ReviewSettings;
  agent: AgentDefinition;
  /** Absent: the review runs on the rules alone and says so. */
  llm?: LlmAccess;
  pullRequest?: { title: string; body: string };
  /** dbt artifacts from the workflow (a folder with catalog.json, or the file), for data volumes. */
  dbtArtifacts?: string;
  log?: (line: string) => void;
}

function llmNotRun(status: LlmReport['status'], error?: string): LlmReport {
  const report = emptyLlmReport(status, false);
  if (error) report.error = error;
  return report;
}

async function readHeadText(changeSet: ChangeSet, path: string): Promise<string | undefined> {
  const content = await changeSet.contents.read('head', path);
  return content.kind === 'text' ? content.text : undefined;
}

export async function runReview(input: RunInput): Promise<Review> {
  const { changeSet, settings, agent } = input;
  const log = input.log ?? (() => {});
  const notices: string[] = [];

  const headPaths = await changeSet.contents.listFiles('head');
  const projects = await findDbtProjects(headPaths, (path) => readHeadText(changeSet, path));
  const { domains, triggered } = classifyChange(changeSet.files, settings.paths, projects);
  const base: Omit<Review, 'triggered' | 'files' | 'findings' | 'escalations' | 'llm' | 'notices'> = {
    version: VERSION,
    base: changeSet.base,
    head: changeSet.head,
    agent: { name: agent.name, version: agent.version },
  };

  if (!triggered) {
    return {
      ...base,
      triggered: false,
      files: changeSet.files.map((file) => ({
        path: file.path,
        domain: 'other',
        status: file.status,
        analysed: 'skipped',
        reason: 'not a dbt, Airflow or SQL path',
      })),
      findings: [],
      escalations: [],
      llm: llmNotRun('skipped', 'no data files changed'),
      notices: ['No dbt, Airflow or SQL paths changed: nothing to review.'],
    };
  }

  log(`Analysing ${changeSet.files.length} changed file(s) with the rules engine`);
  const analysis = await analyseChange({
    changeSet,
    domains,
    ...(settings.dialect ? { dialect: settings.dialect } : {}),
    maxFileBytes: settings.maxFileBytes,
    fullFileReview: settings.fullFileReview,
    // Rules that are off for every path do not run; options and path overrides apply per file.
    rules: registeredRules.filter((rule) => !settings.rules.offEverywhere(rule.meta.id)),
    ruleOptions: (ruleId, path) => settings.rules.options(ruleId, path),
  });
  notices.push(...analysis.notices);
  // Configured severities and `off` (per path), then the config's own problems (CFG-001).
  const ruleFindings = settings.rules.apply([...analysis.findings, ...settings.rules.configFindings()]);

  let llmFindings: DraftFinding[] = [];
  let llmEscalations: DraftEscalation[] = [];
  let llm: LlmReport;
  if (settings.llm === 'off') {
    llm = llmNotRun('skipped', 'the LLM pass is turned off in the configuration');
    notices.push('LLM review: off by configuration; this review comes from the deterministic rules alone.');
  } else if (!input.llm) {
    llm = llmNotRun('skipped', 'no Anthropic API key was provided');
    notices.push('LLM review: not run (no Anthropic API key); this review comes from the deterministic rules alone.');
  } else {
    log(`Running the LLM review with ${input.llm.model}`);
    const { runLlmReview } = await import('./llm/client.js');
    const { buildLlmFiles } = await import('./llm/context.js');
    const dataFiles = changeSet.files.filter((file) => {
      const domain = domains.get(file.path) ?? 'other';
      return domain !== 'other' && file.status !== 'removed' && file.hunks.length > 0;
    });
    const result = await runLlmReview({
      apiKey: input.llm.apiKey,
      ...(input.llm.baseURL ? { baseURL: input.llm.baseURL } : {}),
      model: input.llm.model,
      ...(input.llm.maxInputTokens !== undefined ? { maxInputTokens: input.llm.maxInputTokens } : {}),
      ...(input.llm.maxCostUsd !== undefined ? { maxCostUsd: input.llm.maxCostUsd } : {}),
      agent,
      ...(settings.instructions ? { extraInstructions: settings.instructions } : {}),
      input: {
        ...(input.pullRequest ? { title: input.pullRequest.title, body: input.pullRequest.body } : {}),
        // Hunks, bounded lines around them, and a dbt model's properties entry and resolved config.
        files: await buildLlmFiles(
          changeSet,
          dataFiles.map((file) => ({ file, domain: domains.get(file.path) ?? 'other' })),
        ),
        ruleFindings,
        ruleEscalations: analysis.escalations,
      },
    });
    llmFindings = result.findings;
    llmEscalations = result.escalations;
    llm = result.report;
    if (llm.status === 'partial') {
      notices.push(`LLM review: partial (${llm.error ?? 'some calls did not complete'}); the rule findings and escalations below are complete, the model's cover only part of the change.`);
    } else if (llm.status !== 'ok') {
      notices.push(`LLM review: ${llm.status}${llm.error ? ` (${llm.error})` : ''}; the rule findings and escalations below are complete, the model's are missing.`);
    }
    if (input.llm.maxCostUsd !== undefined && llm.used && llm.estimatedCostUsd === undefined) {
      notices.push(`LLM review: no price is known for ${input.llm.model}, so max-cost-usd could not be applied; only max-input-tokens capped the run.`);
    }
    const notReviewed = llm.coverage?.skipped ?? [];
    if (notReviewed.length > 0) notices.push(notReviewedNotice(notReviewed));
    if (llm.rejected.length > 0) notices.push(`LLM review: ${llm.rejected.length} item(s) of the model's answer were invalid and dropped.`);
  }

  const merged = mergeReview({
    ruleFindings,
    ruleEscalations: analysis.escalations,
    llmFindings,
    llmEscalations,
  });

  if (merged.escalations.length > 0) {
    const artifacts = input.dbtArtifacts ? await loadCatalog(input.dbtArtifacts) : {};
    if (artifacts.problem) notices.push(`dbt artifacts: ${artifacts.problem}; data volumes are unknown.`);
    notices.push(
      ...(await addImpact(merged.escalations, {
        changeSet,
        ...(artifacts.catalog ? { catalog: artifacts.catalog } : {}),
        ...(artifacts.problem ? { catalogProblem: artifacts.problem } : {}),
      })),
    );
  }

  return {
    ...base,
    triggered: true,
    files: analysis.files,
    findings: merged.findings,
    escalations: merged.escalations,
    llm,
    notices,
  };
}

const MAX_NAMED_SKIPS = 20;

/** Names what the model did not review: the report's llm.coverage has the full list. */
function notReviewedNotice(skipped: readonly { path: string; reason: string }[]): string {
  const named = skipped.slice(0, MAX_NAMED_SKIPS).map((s) => `${s.path} (${s.reason})`);
  const more = skipped.length > MAX_NAMED_SKIPS ? `; and ${skipped.length - MAX_NAMED_SKIPS} more (see llm.coverage in the JSON report)` : '';
  return `LLM review: ${skipped.length} file part(s) not reviewed by the model: ${named.join('; ')}${more}.`;
}
