// The list of everything the review can report under an id: the registered rules, then the
// checks the review runs on its own inputs (suppressions, configuration). Shared by the `rules`
// command and the generated docs/rules.md, so both always match the code.
import type { RuleOptionSpec } from '../analyzers/rule.js';
import { rules as registeredRules } from '../analyzers/rules/index.js';
import type { Rule } from '../analyzers/rule.js';
import { SUPPRESSION_CHECKS } from '../analyzers/suppressions.js';
import { CONFIG_CHECKS } from '../config/known-rules.js';
import type { Severity } from '../model.js';

export interface RuleListEntry {
  id: string;
  title: string;
  /** The rule's domain; `review` for the checks on suppressions and configuration. */
  domain: string;
  severity: Severity;
  checklist: string[];
  rationale: string;
  examples: { bad: string; good: string };
  options: Record<string, RuleOptionSpec>;
}

export function ruleList(rules: readonly Rule[] = registeredRules): RuleListEntry[] {
  const entries: RuleListEntry[] = rules.map((rule) => ({
    id: rule.meta.id,
    title: rule.meta.title,
    domain: rule.meta.domain,
    severity: rule.meta.severity,
    checklist: [...rule.meta.checklist],
    rationale: rule.meta.rationale,
    examples: { ...rule.meta.examples },
    options: { ...rule.meta.options },
  }));
  for (const check of [...SUPPRESSION_CHECKS, ...CONFIG_CHECKS]) {
    entries.push({
      id: check.id,
      title: check.title,
      domain: 'review',
      severity: check.severity,
      checklist: [...check.checklist],
      rationale: check.rationale,
      examples: { ...check.examples },
      options: {},
    });
  }
  return entries;
}

/** A plain-text table: id, domain, severity, checklist, title. */
export function renderRuleTable(entries: readonly RuleListEntry[]): string {
  const header = ['ID', 'DOMAIN', 'SEVERITY', 'CHECKLIST', 'TITLE'];
  const rows = entries.map((entry) => [entry.id, entry.domain, entry.severity, entry.checklist.join(','), entry.title]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  const ruleCount = entries.filter((entry) => entry.domain !== 'review').length;
  return [line(header), ...rows.map(line), '', `${ruleCount} rules, ${entries.length - ruleCount} review checks.`, ''].join('\n');
}

/** JSON: an array of entries (id, title, domain, severity, checklist, rationale, examples, options). */
export function renderRuleJson(entries: readonly RuleListEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}
