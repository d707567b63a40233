// SARIF 2.1.0 for code-scanning upload. Findings become results of their rule; escalations
// become results of a pseudo-rule per trigger so that a decision waiting for a human is
// visible wherever SARIF is read.
import type { Review, Severity } from '../model.js';
import { TOOL_NAME, VERSION } from '../version.js';

export interface SarifRuleInfo {
  id: string;
  title: string;
  rationale?: string;
  checklist: readonly string[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help?: { text: string };
  properties: { tags: string[] };
}

export function renderSarif(review: Review, ruleInfo: ReadonlyMap<string, SarifRuleInfo>): string {
  const rules = new Map<string, SarifRule>();
  const ruleFor = (id: string, title: string, checklist: readonly string[], help?: string): number => {
    if (!rules.has(id)) {
      const info = ruleInfo.get(id);
      const rule: SarifRule = {
        id,
        name: info?.title ?? title,
        shortDescription: { text: info?.title ?? title },
        properties: { tags: [...(info?.checklist ?? checklist)] },
      };
      const helpText = info?.rationale ?? help;
      if (helpText) rule.help = { text: helpText };
      rules.set(id, rule);
    }
    return [...rules.keys()].indexOf(id);
  };

  const results = review.findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ruleFor(finding.rule, finding.title, finding.checklist),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, finding.line), endLine: Math.max(finding.line, finding.endLine, 1) },
        },
      },
    ],
    partialFingerprints: { 'dataEngineerReview/v1': finding.fingerprint },
    properties: { source: finding.source, checklist: finding.checklist },
  }));

  for (const escalation of review.escalations) {
    const id = `escalation/${escalation.trigger}`;
    const first = escalation.evidence[0];
    results.push({
      ruleId: id,
      ruleIndex: ruleFor(id, `Needs human decision: ${escalation.trigger}`, [escalation.trigger], 'An architectural decision that a person must make before this change merges.'),
      level: 'warning',
      message: { text: `Needs human decision: ${escalation.title}` },
      locations: first
        ? [
            {
              physicalLocation: {
                artifactLocation: { uri: first.file, uriBaseId: '%SRCROOT%' },
                region: { startLine: Math.max(1, first.line), endLine: Math.max(1, first.line) },
              },
            },
          ]
        : [],
      partialFingerprints: { 'dataEngineerReview/v1': escalation.fingerprint },
      properties: { source: escalation.source, checklist: [escalation.trigger] },
    });
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            rules: [...rules.values()],
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
