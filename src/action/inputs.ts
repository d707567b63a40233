// Reads and checks the action's inputs. Empty inputs mean "not set", so that the repository's
// config file can decide; the README lists the default each one falls back to.
import * as core from '@actions/core';
import { parseGlobList, type PathSettings } from '../changes/classify.js';
import { FAIL_ON_VALUES, type FailOn } from '../config/repo-config.js';
import { DEFAULT_CONFIG_PATH, type ExplicitSettings } from '../config/settings.js';
import { parseMaxCostUsd, parseMaxInputTokens, type LlmLimits } from '../llm/limits.js';
import { DEFAULT_MODEL } from '../llm/models.js';

export interface ActionInputs {
  githubToken: string;
  anthropicApiKey?: string;
  model: string;
  configPath: string;
  agentPath?: string;
  dryRun: boolean;
  reportPath?: string;
  /** Where the SARIF file goes; absent: $RUNNER_TEMP/data-engineer-review/results.sarif. */
  sarifPath?: string;
  /** dbt artifacts (catalog.json) from an earlier workflow step, for data volumes. */
  dbtArtifacts?: string;
  explicit: ExplicitSettings;
  llmLimits: LlmLimits;
}

export class InputError extends Error {}

export function readInputs(): ActionInputs {
  const githubToken = core.getInput('github-token');
  const anthropicApiKey = core.getInput('anthropic-api-key');
  // Mask before anything else can print them.
  if (githubToken) core.setSecret(githubToken);
  if (anthropicApiKey) core.setSecret(anthropicApiKey);

  const failOnInput = core.getInput('fail-on');
  if (failOnInput && !(FAIL_ON_VALUES as readonly string[]).includes(failOnInput)) {
    throw new InputError(`input 'fail-on' must be one of ${FAIL_ON_VALUES.join(', ')} (got '${failOnInput}')`);
  }
  const dryRunInput = core.getInput('dry-run') || 'false';
  if (!['true', 'false'].includes(dryRunInput.toLowerCase())) {
    throw new InputError(`input 'dry-run' must be true or false (got '${dryRunInput}')`);
  }

  const paths: Partial<PathSettings> = {};
  for (const domain of ['dbt', 'airflow', 'sql'] as const) {
    const raw = core.getInput(`paths-${domain}`);
    if (raw.trim()) paths[domain] = parseGlobList(raw);
  }
  const explicit: ExplicitSettings = { paths };
  if (failOnInput) explicit.failOn = failOnInput as FailOn;
  const dialect = core.getInput('dialect');
  if (dialect) explicit.dialect = dialect;

  const maxInputTokens = parseMaxInputTokens(core.getInput('max-input-tokens'), "input 'max-input-tokens'");
  if ('problem' in maxInputTokens) throw new InputError(maxInputTokens.problem);
  const maxCostUsd = parseMaxCostUsd(core.getInput('max-cost-usd'), "input 'max-cost-usd'");
  if ('problem' in maxCostUsd) throw new InputError(maxCostUsd.problem);
  const llmLimits: LlmLimits = { maxInputTokens: maxInputTokens.value };
  if (maxCostUsd.value !== undefined) llmLimits.maxCostUsd = maxCostUsd.value;

  const inputs: ActionInputs = {
    githubToken,
    model: core.getInput('model') || DEFAULT_MODEL,
    configPath: core.getInput('config') || DEFAULT_CONFIG_PATH,
    dryRun: dryRunInput.toLowerCase() === 'true',
    explicit,
    llmLimits,
  };
  if (anthropicApiKey) inputs.anthropicApiKey = anthropicApiKey;
  const agentPath = core.getInput('agent');
  if (agentPath) inputs.agentPath = agentPath;
  const reportPath = core.getInput('report-path');
  if (reportPath) inputs.reportPath = reportPath;
  const sarifPath = core.getInput('sarif-path');
  if (sarifPath) inputs.sarifPath = sarifPath;
  const dbtArtifacts = core.getInput('dbt-artifacts');
  if (dbtArtifacts) inputs.dbtArtifacts = dbtArtifacts;
  return inputs;
}
