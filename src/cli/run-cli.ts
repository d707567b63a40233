// Command-line parsing and dispatch, separate from process wiring so that tests can drive it.
import type { parseArgs as ParseArgs } from 'node:util';
import { loadAgentDefinition } from '../agent/loader.js';
import { localGitChangeSet } from '../changes/git.js';
import { ConfigError, FAIL_ON_VALUES, parseRepoConfig, type FailOn, type RepoConfig } from '../config/repo-config.js';
import { DEFAULT_CONFIG_PATH, resolveSettings } from '../config/settings.js';
import { DEFAULT_MAX_INPUT_TOKENS, parseMaxCostUsd, parseMaxInputTokens } from '../llm/limits.js';
import { DEFAULT_MODEL } from '../llm/models.js';
import { batched } from '../report/batched.js';
import { jsonReportChunks } from '../report/json.js';
import { renderMarkdownReport } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { ruleCatalogue } from '../report/rule-catalogue.js';
import { renderRuleJson, renderRuleTable, ruleList } from './rule-list.js';
import { evaluateGate } from '../review/gate.js';
import { runReview } from '../run.js';
import { TOOL_NAME, VERSION } from '../version.js';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  /** Writes a file from its text, or from pieces of it (a large JSON report is written piecewise). */
  writeFile: (path: string, text: string | Iterable<string>) => Promise<void>;
  parseArgs: typeof ParseArgs;
}

export const EXIT = { ok: 0, failOn: 1, usage: 2, failed: 3 } as const;

const FORMATS = ['markdown', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage:
  ${TOOL_NAME} review --repo PATH --base REV --head REV [options]
  ${TOOL_NAME} rules [--format table|json]
  ${TOOL_NAME} --version | --help

Reviews the change from the merge base of REV..HEAD to HEAD, like a pull request.

Options for review:
  --repo PATH         git repository (a bare one works; no work tree is needed)
  --base REV          base revision (branch, tag or commit)
  --head REV          head revision (branch, tag or commit)
  --format FORMAT     markdown (default) | json | sarif
  --output FILE       write the report to FILE instead of standard output
  --config FILE       configuration file on disk (default: ${DEFAULT_CONFIG_PATH} at the base revision, if present)
  --agent FILE        agent definition (default: the bundled agents/data-engineer.md)
  --fail-on LEVEL     error | warning | escalation | never (default: error; escalation also fails on escalations)
  --dialect NAME      SQL dialect (default: from the dbt profile, else generic)
  --model ID          Anthropic model for the LLM pass (default: ${DEFAULT_MODEL})
  --dbt-artifacts DIR dbt target folder (or catalog.json) for the data volume of escalations
  --max-input-tokens N  estimated input tokens the LLM pass may send in all (default: ${DEFAULT_MAX_INPUT_TOKENS})
  --max-cost-usd USD    estimated cost cap of the LLM pass (default: none)

Environment:
  ANTHROPIC_API_KEY   when set, the LLM pass runs too; without it the review is rules only
  ANTHROPIC_BASE_URL  alternative API endpoint

The rules command lists every rule (id, domain, severity, checklist, title) and the review's
own checks; docs/rules.md describes each with its rationale and examples.

Exit status: 0 passed, 1 fail-on met, 2 usage error, 3 the review could not run.
`;

class UsageError extends Error {}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  try {
    if (command === 'review') return await reviewCommand(rest, io);
    if (command === 'rules') return rulesCommand(rest, io);
    throw new UsageError(`unknown command '${command}'`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`${TOOL_NAME}: ${error.message}\n\n${error instanceof UsageError ? USAGE : ''}`);
      return EXIT.usage;
    }
    io.stderr(`${TOOL_NAME}: the review could not run: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
}

const RULE_FORMATS = ['table', 'json'] as const;

function rulesCommand(argv: string[], io: CliIo): number {
  let values;
  try {
    ({ values } = io.parseArgs({ args: argv, options: { format: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = oneOf(values.format, RULE_FORMATS, '--format') ?? 'table';
  const entries = ruleList();
  io.stdout(format === 'json' ? renderRuleJson(entries) : renderRuleTable(entries));
  return EXIT.ok;
}

async function reviewCommand(argv: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = io.parseArgs({
      args: argv,
      options: {
        repo: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        config: { type: 'string' },
        agent: { type: 'string' },
        'fail-on': { type: 'string' },
        dialect: { type: 'string' },
        model: { type: 'string' },
        'dbt-artifacts': { type: 'string' },
        'max-input-tokens': { type: 'string' },
        'max-cost-usd': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const missing = (['repo', 'base', 'head'] as const).filter((flag) => !values[flag]);
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((flag) => `--${flag}`).join(', ')}`);
  const format: Format = oneOf(values.format, FORMATS, '--format') ?? 'markdown';
  const failOn: FailOn | undefined = oneOf(values['fail-on'], FAIL_ON_VALUES, '--fail-on');
  const maxInputTokens = parseMaxInputTokens(values['max-input-tokens'], '--max-input-tokens');
  if ('problem' in maxInputTokens) throw new UsageError(maxInputTokens.problem);
  const maxCostUsd = parseMaxCostUsd(values['max-cost-usd'], '--max-cost-usd');
  if ('problem' in maxCostUsd) throw new UsageError(maxCostUsd.problem);
  const llmLimits = { maxInputTokens: maxInputTokens.value, ...(maxCostUsd.value !== undefined ? { maxCostUsd: maxCostUsd.value } : {}) };

  let changeSet;
  try {
    changeSet = await localGitChangeSet({ repo: values.repo!, base: values.base!, head: values.head! });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  try {
    let repoConfig: RepoConfig = {};
    if (values.config) {
      repoConfig = parseRepoConfig(await io.readFile(values.config), values.config);
    } else {
      const atBase = await changeSet.contents.read('base', DEFAULT_CONFIG_PATH);
      if (atBase.kind === 'text') repoConfig = parseRepoConfig(atBase.text, `${DEFAULT_CONFIG_PATH} (at base)`, { path: DEFAULT_CONFIG_PATH });
    }
    const settings = resolveSettings({ ...(failOn ? { failOn } : {}), ...(values.dialect ? { dialect: values.dialect } : {}) }, repoConfig);
    const agent = await loadAgentDefinition(values.agent);
    const apiKey = io.env['ANTHROPIC_API_KEY'];
    const baseURL = io.env['ANTHROPIC_BASE_URL'];
    const review = await runReview({
      changeSet,
      settings,
      agent,
      ...(apiKey ? { llm: { apiKey, model: values.model ?? DEFAULT_MODEL, ...llmLimits, ...(baseURL ? { baseURL } : {}) } } : {}),
      ...(values['dbt-artifacts'] ? { dbtArtifacts: values['dbt-artifacts'] } : {}),
      log: (line) => io.stderr(`${line}\n`),
    });
    // Nothing reads the repository after the review: ending the reader now frees its cached
    // texts before the report is rendered, when a large review's memory is at its highest.
    await changeSet.close();

    const rendered =
      format === 'json' ? jsonReportChunks(review) : format === 'sarif' ? renderSarif(review, ruleCatalogue()) : renderMarkdownReport(review, { local: true });
    if (values.output) await io.writeFile(values.output, typeof rendered === 'string' ? rendered : batched(rendered));
    else if (typeof rendered === 'string') io.stdout(rendered);
    else for (const batch of batched(rendered)) io.stdout(batch);

    const gate = evaluateGate(review, settings.failOn, settings.llm);
    io.stderr(`${gate.fail ? 'FAIL' : 'PASS'}: ${gate.reason}\n`);
    return gate.fail ? EXIT.failOn : EXIT.ok;
  } finally {
    await changeSet.close();
  }
}
