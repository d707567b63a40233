// How the repository config changes the rules for one file: the rule's own severity and option
// defaults, then the top-level `rules:` entry, then every `overrides:` entry whose paths match
// the file, in order (later wins). Applied to rule findings only, by the file each finding is
// on; escalations are never touched. Rule ids the config names that no rule has become CFG-001
// findings on the config file.
import { Minimatch } from 'minimatch';
import type { RuleOptionValue } from '../analyzers/rule.js';
import type { DraftFinding, Severity } from '../model.js';
import { UNKNOWN_RULE_IN_CONFIG } from './known-rules.js';
import type { PathOverride, RepoConfig, RuleConfig, RuleSetting, UnknownRuleReference } from './repo-config.js';

interface CompiledOverride {
  matches: (path: string) => boolean;
  rules: Record<string, RuleConfig>;
}

/**
 * A matcher for an override's globs, in the same dialect as `paths`: a glob without a slash
 * matches at any depth, case ignored, `!glob` excludes (the last matching glob decides).
 */
export function overrideMatcher(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map((glob) => {
    const negated = glob.startsWith('!');
    const pattern = (negated ? glob.slice(1) : glob).replace(/^(\.\/|\/)+/, '');
    return { negated, matcher: new Minimatch(pattern, { dot: true, matchBase: true, nocase: true }) };
  });
  return (path) => {
    let verdict = false;
    for (const { negated, matcher } of matchers) if (matcher.match(path)) verdict = !negated;
    return verdict;
  };
}

function compile(override: PathOverride): CompiledOverride {
  return { matches: overrideMatcher(override.paths), rules: override.rules };
}

export class RuleSettings {
  private readonly global: Record<string, RuleConfig>;
  private readonly overrides: CompiledOverride[];
  private readonly unknown: readonly UnknownRuleReference[];

  constructor(config: Pick<RepoConfig, 'rules' | 'overrides' | 'unknownRules'> = {}) {
    this.global = config.rules ?? {};
    this.overrides = (config.overrides ?? []).map(compile);
    this.unknown = config.unknownRules ?? [];
  }

  /** The rule entries that apply to a file, least specific first. */
  private entries(ruleId: string, path: string): RuleConfig[] {
    const found: RuleConfig[] = [];
    const top = this.global[ruleId];
    if (top) found.push(top);
    for (const override of this.overrides) {
      const entry = override.rules[ruleId];
      if (entry && override.matches(path)) found.push(entry);
    }
    return found;
  }

  /** The configured severity of a rule for a file; undefined keeps the rule's own. */
  severity(ruleId: string, path: string): RuleSetting | undefined {
    let severity: RuleSetting | undefined;
    for (const entry of this.entries(ruleId, path)) if (entry.severity) severity = entry.severity;
    return severity;
  }

  /** The options the config sets for a rule on a file (unset options keep the rule's defaults); undefined when none. */
  options(ruleId: string, path: string): Record<string, RuleOptionValue> | undefined {
    let options: Record<string, RuleOptionValue> | undefined;
    for (const entry of this.entries(ruleId, path)) if (entry.options) options = { ...options, ...entry.options };
    return options;
  }

  /** Whether the rule is off for every file (so it need not run at all). */
  offEverywhere(ruleId: string): boolean {
    if (this.global[ruleId]?.severity !== 'off') return false;
    return this.overrides.every((override) => {
      const severity = override.rules[ruleId]?.severity;
      return severity === undefined || severity === 'off';
    });
  }

  /** Rule findings with the configured severities; findings of rules that are off are dropped. Other findings pass unchanged. */
  apply(findings: readonly DraftFinding[]): DraftFinding[] {
    const out: DraftFinding[] = [];
    for (const finding of findings) {
      if (finding.source !== 'rule') {
        out.push(finding);
        continue;
      }
      const severity = this.severity(finding.rule, finding.file);
      if (severity === 'off') continue;
      out.push(severity ? { ...finding, severity: severity as Severity } : finding);
    }
    return out;
  }

  /** CFG-001: one finding per rule id the config names that no rule has. */
  configFindings(): DraftFinding[] {
    return this.unknown.map((reference) => ({
      rule: UNKNOWN_RULE_IN_CONFIG.id,
      checklist: [...UNKNOWN_RULE_IN_CONFIG.checklist],
      severity: UNKNOWN_RULE_IN_CONFIG.severity,
      title: UNKNOWN_RULE_IN_CONFIG.title,
      file: reference.file,
      line: reference.line,
      endLine: reference.line,
      message: `\`${reference.key}\` names \`${reference.id}\`, which is not a rule of this review, so the setting changes nothing. Check the id with \`data-engineer-review rules\`.`,
      source: 'rule' as const,
    }));
  }
}
