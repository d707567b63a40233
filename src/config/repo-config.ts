// The repository's own configuration file (`.github/data-engineer-review.yml` by default).
// It is read at the pull request's BASE commit so that a PR cannot weaken its own review.
// Validation is by hand against the same keys as docs/config.schema.json (a test keeps the
// two in step) because every error must name the key and the line it is on.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { Severity } from '../model.js';

export const FAIL_ON_VALUES = ['error', 'warning', 'escalation', 'never'] as const;
export type FailOn = (typeof FAIL_ON_VALUES)[number];
export const LLM_MODES = ['optional', 'required', 'off'] as const;
export type LlmMode = (typeof LLM_MODES)[number];
export type RuleSetting = Severity | 'off';
const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

export interface RepoConfig {
  failOn?: FailOn;
  dialect?: string;
  llm?: LlmMode;
  paths?: { dbt?: string[]; airflow?: string[]; sql?: string[] };
  rules?: Record<string, RuleSetting>;
  instructions?: string;
  fullFileReview?: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** The keys the file accepts, with their documentation; docs/config.schema.json mirrors this. */
export const CONFIG_KEYS = {
  'fail-on': 'When the review fails the check: error | warning | escalation | never.',
  dialect: 'SQL dialect for the parser (snowflake, bigquery, redshift, postgres, databricks, spark, duckdb, generic).',
  llm: 'optional (default): run the LLM pass when a key is present; required: a missing key or failed LLM pass fails the run; off: never call the model.',
  paths: 'Globs per domain (dbt, airflow, sql) replacing the defaults; one list each.',
  rules: 'Per-rule setting: off | info | warning | error, keyed by rule id.',
  instructions: 'Extra review instructions appended to the agent prompt.',
  'full-file-review': 'Report problems anywhere in changed files, not only on changed lines.',
} as const;

export function parseRepoConfig(text: string, file: string): RepoConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: YamlNode | Pair | null | undefined): number => {
    const range = node && 'range' in node ? node.range : node && 'key' in node && isScalar(node.key) ? node.key.range : undefined;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const first = doc.errors[0];
  if (first) {
    throw new ConfigError(file, lineCounter.linePos(first.pos[0]).line, `invalid YAML: ${first.message.split('\n')[0]}`);
  }
  const config: RepoConfig = {};
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return config;
  if (!isMap(doc.contents)) throw new ConfigError(file, lineOf(doc.contents), 'the configuration must be a mapping of keys to values');

  const stringOf = (node: unknown, key: string, line: number): string => {
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    throw new ConfigError(file, line, `'${key}' must be a string`);
  };
  const oneOf = <T extends string>(node: unknown, key: string, line: number, allowed: readonly T[]): T => {
    const value = stringOf(node, key, line);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new ConfigError(file, line, `'${key}' must be one of ${allowed.join(', ')} (got '${value}')`);
  };
  const globList = (node: unknown, key: string, line: number): string[] => {
    if (isSeq(node)) return node.items.map((item) => stringOf(item, key, lineOf(item as YamlNode)));
    if (isScalar(node) && typeof node.value === 'string') return [node.value];
    throw new ConfigError(file, line, `'${key}' must be a list of globs`);
  };

  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(pair.key as YamlNode);
    const value = pair.value;
    switch (key) {
      case 'fail-on':
        config.failOn = oneOf(value, key, line, FAIL_ON_VALUES);
        break;
      case 'dialect':
        config.dialect = stringOf(value, key, line);
        break;
      case 'llm':
        config.llm = oneOf(value, key, line, LLM_MODES);
        break;
      case 'instructions':
        config.instructions = stringOf(value, key, line);
        break;
      case 'full-file-review':
        if (!isScalar(value) || typeof value.value !== 'boolean') throw new ConfigError(file, line, `'${key}' must be true or false`);
        config.fullFileReview = value.value;
        break;
      case 'paths': {
        if (!isMap(value)) throw new ConfigError(file, line, `'paths' must be a mapping with keys dbt, airflow, sql`);
        config.paths = {};
        for (const item of value.items) {
          const domain = isScalar(item.key) ? String(item.key.value) : '';
          const itemLine = lineOf(item.key as YamlNode);
          if (domain !== 'dbt' && domain !== 'airflow' && domain !== 'sql') {
            throw new ConfigError(file, itemLine, `unknown key 'paths.${domain}' (expected dbt, airflow or sql)`);
          }
          config.paths[domain] = globList(item.value, `paths.${domain}`, itemLine);
        }
        break;
      }
      case 'rules': {
        if (!isMap(value)) throw new ConfigError(file, line, `'rules' must be a mapping of rule id to off | info | warning | error`);
        config.rules = {};
        for (const item of value.items) {
          const id = isScalar(item.key) ? String(item.key.value) : '';
          config.rules[id] = oneOf(item.value, `rules.${id}`, lineOf(item.key as YamlNode), RULE_SETTINGS);
        }
        break;
      }
      default:
        throw new ConfigError(file, line, `unknown key '${key}' (known keys: ${Object.keys(CONFIG_KEYS).join(', ')})`);
    }
  }
  return config;
}
