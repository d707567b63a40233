// The review pipeline, written once for the action and the CLI:
// config → classify (path gate) → rules and detectors → LLM (when a key is present) → merge.
// It does no publishing; callers decide where the Review goes.
import { classifyChange, findDbtProjects } from './changes/classify.js';
import type { AgentDefinition } from './agent/definition.js';
import { analyseChange } from './analyzers/engine.js';
import { rules as registeredRules } from './analyzers/rules/index.js';
import type { ReviewSettings } from './config/settings.js';
import type { RetryPolicy } from './llm/retry.js';
import {
  emptyLlmReport,
  type ChangeSet,
  type DraftEscalation,
  type DraftFinding,
  type Finding,
  type LlmCoverage,
  type LlmReport,
  type LlmSkippedFile,
  type Review,
} from './model.js';
import { mergeReview } from './review/merge.js';
import { addImpact } from './escalation/impact.js';
import { loadCatalog } from './escalation/volume.js';
import { VERSION } from './version.js';

export interface LlmAccess {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Input tokens the LLM pass may send over all its calls: planned by estimate, enforced on reported usage. */
  maxInputTokens?: number;
  /** Cost cap of the LLM pass in US dollars: planned by estimate, enforced on reported usage. */
  maxCostUsd?: number;
  /** Input tokens one call may carry (default DEFAULT_PER_CALL_TOKENS in src/llm/client.ts). */
  perCallTokens?: number;
  /** Per request attempt. */
  timeoutMs?: number;
  /** The run-wide retry budget and back-off (src/llm/retry.ts); unset fields keep the defaults. */
  retry?: Partial<RetryPolicy>;
}

/** The reason given for every file of `LlmCoverage.reviewedEarlier`. */
export const REVIEWED_EARLIER_REASON = 'unchanged since the last reviewed commit';

export interface RunInput {
  changeSet: ChangeSet;
  settings: ReviewSettings;
  agent: AgentDefinition;
  /** Absent: the review runs on the rules alone and says so. */
  llm?: LlmAccess;
  pullRequest?: { title: string; body: string };
  /** dbt artifacts from the workflow (a folder with catalog.json, or the file), for data volumes. */
  dbtArtifacts?: string;
  /**
   * Incremental review: when present, the LLM reviews only these paths (the rules still review
   * everything); the other data files are listed in llm.coverage.reviewedEarlier.
   */
  llmScope?: ReadonlySet<string>;
  /**
   * LLM findings of an earlier review for files outside `llmScope`, merged unchanged (same
   * fingerprints) unless the review already has that fingerprint. Findings on files inside the
   * scope (reviewed again now) or no longer in the change are dropped, and none is carried
   * when the LLM pass does not run (no key, or off by configuration).
   */
  carriedFindings?: readonly Finding[];
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
  let carried: Finding[] = [];
  // The status and its reason are shown by the summary's LLM line (src/publish/render/summary.ts),
  // so they are not repeated as notices: the Markdown report would say it twice.
  if (settings.llm === 'off') {
    llm = llmNotRun('skipped', 'the LLM pass is turned off in the configuration');
  } else if (!input.llm) {
    llm = llmNotRun('skipped', 'no Anthropic API key was provided');
  } else {
    log(`Running the LLM review with ${input.llm.model}`);
    const { runLlmReview } = await import('./llm/client.js');
    const { buildLlmFiles } = await import('./llm/context.js');
    const allDataFiles = changeSet.files.filter((file) => {
      const domain = domains.get(file.path) ?? 'other';
      return domain !== 'other' && file.status !== 'removed' && file.hunks.length > 0;
    });
    const scope = input.llmScope;
    const dataFiles = scope ? allDataFiles.filter((file) => scope.has(file.path)) : allDataFiles;
    const result = await runLlmReview({
      apiKey: input.llm.apiKey,
      ...(input.llm.baseURL ? { baseURL: input.llm.baseURL } : {}),
      model: input.llm.model,
      ...(input.llm.maxInputTokens !== undefined ? { maxInputTokens: input.llm.maxInputTokens } : {}),
      ...(input.llm.maxCostUsd !== undefined ? { maxCostUsd: input.llm.maxCostUsd } : {}),
      ...(input.llm.perCallTokens !== undefined ? { perCallTokens: input.llm.perCallTokens } : {}),
      ...(input.llm.timeoutMs !== undefined ? { timeoutMs: input.llm.timeoutMs } : {}),
      ...(input.llm.retry ? { retry: input.llm.retry } : {}),
      agent,
      ...(settings.instructions ? { extraInstructions: settings.instructions } : {}),
      ...(settings.pathInstructions.length > 0 ? { pathInstructions: settings.pathInstructions } : {}),
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
    if (scope) {
      const earlier = allDataFiles.filter((file) => !scope.has(file.path)).map((file) => ({ path: file.path, reason: REVIEWED_EARLIER_REASON }));
      const coverage: LlmCoverage = { ...(llm.coverage ?? { reviewed: [], skipped: [] }), reviewedEarlier: earlier };
      llm.coverage = coverage;
    }
    if (input.carriedFindings) {
      const inChange = new Set(changeSet.files.filter((file) => file.status !== 'removed').map((file) => file.path));
      carried = input.carriedFindings.filter((finding) => inChange.has(finding.file) && !(scope?.has(finding.file) ?? false));
    }
    if (result.retries > 0) {
      notices.push(`LLM review: ${result.retries} request(s) were retried after rate limits, overload, server errors or timeouts, within the run's retry budget.`);
    }
    if (input.llm.maxCostUsd !== undefined && llm.used && llm.estimatedCostUsd === undefined) {
      notices.push(`LLM review: no price is known for ${input.llm.model}, so max-cost-usd could not be applied; only max-input-tokens capped the run.`);
    }
    // The files the model did not review are listed from llm.coverage by the summary itself.
    if (llm.rejected.length > 0) notices.push(`LLM review: ${llm.rejected.length} item(s) of the model's answer were invalid and dropped.`);
  }

  const merged = mergeReview({
    ruleFindings,
    ruleEscalations: analysis.escalations,
    llmFindings,
    llmEscalations,
  });
  // Carried findings keep their fingerprints, so their inline comments are recognised as posted.
  const present = new Set(merged.findings.map((finding) => finding.fingerprint));
  for (const finding of carried) {
    if (present.has(finding.fingerprint)) continue;
    present.add(finding.fingerprint);
    merged.findings.push(finding);
  }

  if (merged.escalations.length > 0) {
    const artifacts = input.dbtArtifacts ? await loadCatalog(input.dbtArtifacts) : {};
    if (artifacts.problem) notices.push(`dbt artifacts: ${artifacts.problem}; data volumes are unknown.`);
    notices.push(
      ...(await addImpact(merged.escalations, {
        changeSet,
        ...(analysis.headProject ? { project: analysis.headProject } : {}),
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
