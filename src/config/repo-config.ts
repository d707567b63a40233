// The repository's own configuration file (`.github/data-engineer-review.yml` by default).
// It is read at the pull request's BASE commit so that a PR cannot weaken its own review.
// Validation is by hand against the same keys as docs/config.schema.json (a test keeps the
// two in step) because every error must name the key and the line it is on.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { RuleOptionSpec, RuleOptionValue } from '../analyzers/rule.js';
import type { Severity } from '../model.js';
import { knownRules, type KnownRule } from './known-rules.js';

export const FAIL_ON_VALUES = ['error', 'warning', 'escalation', 'never'] as const;
export type FailOn = (typeof FAIL_ON_VALUES)[number];
export const LLM_MODES = ['optional', 'required', 'off'] as const;
export type LlmMode = (typeof LLM_MODES)[number];
export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/** One rule's entry: `SQL-001: off`, or `GOV-005: { severity: error, keys: [owner, domain] }`. */
export interface RuleConfig {
  severity?: RuleSetting;
  options?: Record<string, RuleOptionValue>;
  /** Line of the rule id in the file. */
  line: number;
}

/**
 * Settings for the files matching `paths` (globs from the repository root): rule settings
 * (later overrides win) and instructions for the LLM pass, sent only with matching files.
 */
export interface PathOverride {
  paths: string[];
  /** Empty when the entry only gives instructions. */
  rules: Record<string, RuleConfig>;
  instructions?: string;
  line: number;
}

/** A rule id the file names that no rule has: reported in the review (CFG-001), not an error. */
export interface UnknownRuleReference {
  id: string;
  /** The key it was found under (`rules.SQL001`, `overrides[0].rules.SQL001`). */
  key: string;
  /** Where the configuration file is in the repository, for the finding. */
  file: string;
  line: number;
}

export interface RepoConfig {
  failOn?: FailOn;
  dialect?: string;
  llm?: LlmMode;
  paths?: { dbt?: string[]; airflow?: string[]; sql?: string[] };
  rules?: Record<string, RuleConfig>;
  overrides?: PathOverride[];
  instructions?: string;
  fullFileReview?: boolean;
  unknownRules?: UnknownRuleReference[];
}

export interface ParseRepoConfigOptions {
  /** The file's path in the repository, for findings about it (default: the `file` name given). */
  path?: string;
  /** The rules the configuration may name (default: the registered rules and the review's own checks). */
  known?: ReadonlyMap<string, KnownRule>;
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
  rules: 'Per-rule setting keyed by rule id: off | info | warning | error, or a mapping with `severity` and the rule\'s options.',
  overrides: 'Settings for some paths only: a list of { paths: [globs], rules: { RULE-ID: setting }, instructions: text }; later entries win; instructions reach the LLM only with matching files.',
  instructions: 'Extra review instructions appended to the agent prompt.',
  'full-file-review': 'Report problems anywhere in changed files, not only on changed lines.',
} as const;

export function parseRepoConfig(text: string, file: string, options: ParseRepoConfigOptions = {}): RepoConfig {
  const known = options.known ?? knownRules();
  const unknownRules: UnknownRuleReference[] = [];
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

  const optionValue = (node: unknown, key: string, line: number, spec: RuleOptionSpec): RuleOptionValue => {
    switch (spec.type) {
      case 'string':
        return stringOf(node, key, line);
      case 'number':
        if (isScalar(node) && typeof node.value === 'number') return node.value;
        throw new ConfigError(file, line, `'${key}' must be a number`);
      case 'boolean':
        if (isScalar(node) && typeof node.value === 'boolean') return node.value;
        throw new ConfigError(file, line, `'${key}' must be true or false`);
      case 'string-list':
        if (isSeq(node)) return node.items.map((item) => stringOf(item, key, lineOf(item as YamlNode)));
        if (isScalar(node) && typeof node.value === 'string') return [node.value];
        throw new ConfigError(file, line, `'${key}' must be a list of strings`);
    }
  };
  /** A `rules:` mapping (top level or inside an override). */
  const ruleMap = (node: unknown, prefix: string, line: number): Record<string, RuleConfig> => {
    if (!isMap(node)) throw new ConfigError(file, line, `'${prefix}' must be a mapping of rule id to off | info | warning | error (or to a mapping with severity and options)`);
    // No prototype: a rule id like `__proto__` or `constructor` is an entry like any other.
    const out: Record<string, RuleConfig> = Object.create(null) as Record<string, RuleConfig>;
    for (const item of node.items) {
      const id = isScalar(item.key) ? String(item.key.value) : '';
      const key = `${prefix}.${id}`;
      const itemLine = lineOf(item.key as YamlNode);
      const rule = known.get(id);
      if (!rule) unknownRules.push({ id, key, file: options.path ?? file, line: itemLine });
      const entry: RuleConfig = { line: itemLine };
      const value = item.value;
      if (isMap(value)) {
        for (const setting of value.items) {
          const name = isScalar(setting.key) ? String(setting.key.value) : '';
          const settingLine = lineOf(setting.key as YamlNode);
          if (name === 'severity') {
            entry.severity = oneOf(setting.value, `${key}.severity`, settingLine, RULE_SETTINGS);
            continue;
          }
          // Options of a rule this version does not know cannot be checked: they are kept as
          // written and the unknown id is reported.
          if (!rule) continue;
          const spec = rule.options && Object.hasOwn(rule.options, name) ? rule.options[name] : undefined;
          if (!spec) {
            const accepted = Object.keys(rule.options ?? {});
            throw new ConfigError(
              file,
              settingLine,
              `unknown option '${key}.${name}' (${accepted.length > 0 ? `${id} accepts severity, ${accepted.join(', ')}` : `${id} accepts only severity`})`,
            );
          }
          entry.options = { ...entry.options, [name]: optionValue(setting.value, `${key}.${name}`, settingLine, spec) };
        }
      } else {
        entry.severity = oneOf(value, key, itemLine, RULE_SETTINGS);
      }
      out[id] = entry;
    }
    return out;
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
      case 'rules':
        config.rules = ruleMap(value, 'rules', line);
        break;
      case 'overrides': {
        if (!isSeq(value)) throw new ConfigError(file, line, `'overrides' must be a list of { paths, rules, instructions }`);
        config.overrides = value.items.map((item, i) => {
          const itemLine = lineOf(item as YamlNode);
          const prefix = `overrides[${i}]`;
          if (!isMap(item)) throw new ConfigError(file, itemLine, `'${prefix}' must be a mapping with paths and rules or instructions`);
          let paths: string[] | undefined;
          let rules: Record<string, RuleConfig> | undefined;
          let instructions: string | undefined;
          for (const field of item.items) {
            const name = isScalar(field.key) ? String(field.key.value) : '';
            const fieldLine = lineOf(field.key as YamlNode);
            if (name === 'paths') paths = globList(field.value, `${prefix}.paths`, fieldLine);
            else if (name === 'rules') rules = ruleMap(field.value, `${prefix}.rules`, fieldLine);
            else if (name === 'instructions') instructions = stringOf(field.value, `${prefix}.instructions`, fieldLine);
            else throw new ConfigError(file, fieldLine, `unknown key '${prefix}.${name}' (expected paths, rules and instructions)`);
          }
          if (!paths || paths.length === 0) throw new ConfigError(file, itemLine, `'${prefix}' needs 'paths': the globs it applies to`);
          if (!rules && instructions === undefined) throw new ConfigError(file, itemLine, `'${prefix}' needs 'rules' or 'instructions': the settings it applies`);
          return { paths, rules: rules ?? {}, ...(instructions !== undefined ? { instructions } : {}), line: itemLine };
        });
        break;
      }
      default:
        throw new ConfigError(file, line, `unknown key '${key}' (known keys: ${Object.keys(CONFIG_KEYS).join(', ')})`);
    }
  }
  if (unknownRules.length > 0) config.unknownRules = unknownRules;
  return config;
}
