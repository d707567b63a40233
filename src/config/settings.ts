// One resolved set of settings for a run. Precedence: an explicitly given action input or CLI
// flag, then the repository's config file (read at the base commit), then built-in defaults.
import { DEFAULT_PATHS, type PathSettings } from '../changes/classify.js';
import type { PathInstructions } from '../llm/prompt.js';
import type { FailOn, LlmMode, RepoConfig } from './repo-config.js';
import { overrideMatcher, RuleSettings } from './rule-settings.js';

export const DEFAULT_CONFIG_PATH = '.github/data-engineer-review.yml';
export { DEFAULT_MAX_FILE_BYTES } from '../changes/content.js';
import { DEFAULT_MAX_FILE_BYTES } from '../changes/content.js';

export interface ReviewSettings {
  failOn: FailOn;
  dialect?: string;
  llm: LlmMode;
  paths: PathSettings;
  /** Per-rule severities, options and path overrides from the repo config. */
  rules: RuleSettings;
  instructions?: string;
  /** `overrides[].instructions`, in configuration order: sent to the model only with matching files. */
  pathInstructions: PathInstructions[];
  fullFileReview: boolean;
  maxFileBytes: number;
}

/** What the caller set on purpose (action inputs that are not empty, CLI flags given). */
export interface ExplicitSettings {
  failOn?: FailOn;
  dialect?: string;
  paths?: Partial<PathSettings>;
}

export function resolveSettings(explicit: ExplicitSettings, repo: RepoConfig = {}): ReviewSettings {
  const paths: PathSettings = {
    dbt: explicit.paths?.dbt ?? repo.paths?.dbt ?? DEFAULT_PATHS.dbt,
    airflow: explicit.paths?.airflow ?? repo.paths?.airflow ?? DEFAULT_PATHS.airflow,
    sql: explicit.paths?.sql ?? repo.paths?.sql ?? DEFAULT_PATHS.sql,
  };
  const settings: ReviewSettings = {
    failOn: explicit.failOn ?? repo.failOn ?? 'error',
    llm: repo.llm ?? 'optional',
    paths,
    rules: new RuleSettings(repo),
    pathInstructions: pathInstructionsOf(repo),
    fullFileReview: repo.fullFileReview ?? false,
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  };
  const dialect = explicit.dialect ?? repo.dialect;
  if (dialect) settings.dialect = dialect;
  if (repo.instructions) settings.instructions = repo.instructions;
  return settings;
}

function pathInstructionsOf(repo: RepoConfig): PathInstructions[] {
  return (repo.overrides ?? []).flatMap((override, index) => {
    const text = override.instructions?.trim();
    if (!text) return [];
    return [{ source: `overrides[${index}]`, paths: [...override.paths], text, appliesTo: overrideMatcher(override.paths) }];
  });
}
