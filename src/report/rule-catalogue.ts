// Rule metadata in the shape the SARIF writer needs, from the rules' own metadata.
import { rules } from '../analyzers/rules/index.js';
import type { SarifRuleInfo } from './sarif.js';

export function ruleCatalogue(): Map<string, SarifRuleInfo> {
  return new Map(rules.map((rule) => [rule.meta.id, { id: rule.meta.id, title: rule.meta.title, rationale: rule.meta.rationale, checklist: rule.meta.checklist }]));
}
