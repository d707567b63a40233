// Every id the configuration and suppressions may name: the registered rules, plus the checks
// the review runs on its own inputs (suppressions, this configuration). An id outside this list
// is reported (CFG-001, SUP-001), never fatal: a config written for another version of the tool
// still works.
import type { RuleMeta } from '../analyzers/rule.js';
import { rules as registeredRules } from '../analyzers/rules/index.js';
import { SUPPRESSION_CHECKS } from '../analyzers/suppressions.js';
import type { ReviewCheckMeta } from '../analyzers/suppressions.js';

export const UNKNOWN_RULE_IN_CONFIG: ReviewCheckMeta = {
  id: 'CFG-001',
  title: 'Configuration names an unknown rule',
  checklist: ['CODE-06', 'CODE-08'],
  severity: 'warning',
  rationale:
    'A rule setting or option under an id that no rule has changes nothing: the rule the team meant to silence or tighten ' +
    'keeps its defaults. Usually a typo, or a rule renamed or retired in another version of the tool.',
  examples: {
    bad: 'rules:\n  SQL001: off',
    good: 'rules:\n  SQL-001: off',
  },
};

export const CONFIG_CHECKS: readonly ReviewCheckMeta[] = [UNKNOWN_RULE_IN_CONFIG];

/** What the configuration needs to know about a rule: its id and the options it accepts. */
export type KnownRule = Pick<RuleMeta, 'id' | 'options'>;

/** The registered rules and the review's own checks, by id. */
export function knownRules(rules: readonly { meta: KnownRule }[] = registeredRules): ReadonlyMap<string, KnownRule> {
  const known = new Map<string, KnownRule>();
  for (const rule of rules) known.set(rule.meta.id, rule.meta);
  for (const check of [...SUPPRESSION_CHECKS, ...CONFIG_CHECKS]) known.set(check.id, { id: check.id });
  return known;
}
