// SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif). Rule findings are results
// of their rule; LLM findings are results of one rule per checklist item (`llm/MON-03`), since
// the model cites checklist ids, not rules; escalations are results of one pseudo-rule per
// trigger (`escalation/data-retention`), so a decision waiting for a human shows wherever
// SARIF is read. What GitHub requires and reads (its "SARIF support for code scanning" page):
// - run.tool.driver.name and rules[]; per rule id, shortDescription, fullDescription, help
//   (text, markdown), helpUri (absolute), defaultConfiguration.level, properties.tags;
// - per result ruleId (+ ruleIndex), level, message.text, at least one location whose
//   artifactLocation.uri is relative to the repository root (uriBaseId %SRCROOT%) with
//   region.startLine ≥ 1, and partialFingerprints so alerts are matched across runs.
import type { Escalation, Finding, Review, Severity } from '../model.js';
import { ruleList } from '../cli/rule-list.js';
import { TOOL_NAME, VERSION } from '../version.js';

export interface SarifRuleInfo {
  id: string;
  title: string;
  rationale?: string;
  checklist: readonly string[];
  /** The rule's default severity; absent: the first result's severity is used. */
  severity?: Severity;
}

/** What the agent definition says about an id the model cites (checklist item or trigger). */
export interface SarifItemInfo {
  title: string;
  text?: string;
}

export interface SarifOptions {
  /**
   * Absolute URL of the action's docs folder at the version that ran, e.g.
   * https://github.com/OWNER/data-engineer-review/blob/v0/docs; rules link into rules.md and
   * triggers into triggers.md. Absent: no helpUri (SARIF wants an absolute URI or nothing).
   */
  docsUrl?: string;
  /** Checklist items of the agent definition, by id, for the rules of LLM findings. */
  checklist?: ReadonlyMap<string, SarifItemInfo>;
  /** Escalation triggers of the agent definition, by id. */
  triggers?: ReadonlyMap<string, SarifItemInfo>;
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };

/** The key our fingerprint is published under; GitHub matches alerts across runs with it. */
export const SARIF_FINGERPRINT_KEY = 'dataEngineerReview/v1';

// GitHub shows at most this many tags per rule; more would be dropped without a word.
const MAX_TAGS = 20;

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: 'high' | 'medium' };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
      region: { startLine: number; endLine: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}

/** Every rule and review check the tool can report, with its default severity. */
export function sarifRuleCatalogue(): Map<string, SarifRuleInfo> {
  return new Map(ruleList().map((entry) => [entry.id, { id: entry.id, title: entry.title, rationale: entry.rationale, checklist: entry.checklist, severity: entry.severity }]));
}

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** A repository path as a SARIF relative URI: forward slashes, no leading `./` or `/`, each segment percent-encoded. */
export function artifactUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/|\/)+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** `Final SELECT with an unknown column set` → `FinalSelectWithAnUnknownColumnSet`: SARIF wants an identifier-like name. */
function ruleName(title: string, fallback: string): string {
  const name = title
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase())
    .join('');
  return name || fallback.replace(/[^A-Za-z0-9]/g, '');
}

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.filter((tag) => tag.trim() !== ''))].slice(0, MAX_TAGS);
}

function region(line: number, endLine: number): { startLine: number; endLine: number } {
  const start = Number.isInteger(line) && line >= 1 ? line : 1;
  const end = Number.isInteger(endLine) && endLine >= start ? endLine : start;
  return { startLine: start, endLine: end };
}

function location(file: string, line: number, endLine: number): SarifResult['locations'][number] {
  return { physicalLocation: { artifactLocation: { uri: artifactUri(file), uriBaseId: '%SRCROOT%' }, region: region(line, endLine) } };
}

interface RuleDraft {
  id: string;
  title: string;
  description: string;
  tags: readonly string[];
  level: SarifLevel;
  helpUri?: string;
  precision: 'high' | 'medium';
  /** Extra Markdown for the help, after the description. */
  helpMarkdown?: string;
}

class RuleTable {
  private readonly rules: SarifRule[] = [];
  private readonly index = new Map<string, number>();

  indexOf(id: string, draft: () => RuleDraft): number {
    const known = this.index.get(id);
    if (known !== undefined) return known;
    const made = draft();
    const checklistLine = made.tags.length > 0 ? `Checklist and tags: ${made.tags.join(', ')}.` : '';
    const rule: SarifRule = {
      id,
      name: ruleName(made.title, id),
      shortDescription: { text: made.title },
      fullDescription: { text: made.description },
      help: {
        text: [made.description, checklistLine, made.helpUri ? `Reference: ${made.helpUri}` : ''].filter(Boolean).join('\n\n'),
        markdown: [
          `**${id}: ${made.title}**`,
          made.description,
          made.helpMarkdown ?? '',
          checklistLine,
          made.helpUri ? `[Reference](${made.helpUri})` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      },
      defaultConfiguration: { level: made.level },
      properties: { tags: uniqueTags(made.tags), precision: made.precision },
    };
    if (made.helpUri) rule.helpUri = made.helpUri;
    this.index.set(id, this.rules.length);
    this.rules.push(rule);
    return this.rules.length - 1;
  }

  all(): SarifRule[] {
    return this.rules;
  }
}

function docsLink(options: SarifOptions, file: string, heading?: string): string | undefined {
  if (!options.docsUrl || !/^https?:\/\//.test(options.docsUrl)) return undefined;
  return `${options.docsUrl.replace(/\/+$/, '')}/${file}${heading ? `#${headingAnchor(heading)}` : ''}`;
}

function ruleResult(finding: Finding, rules: RuleTable, ruleInfo: ReadonlyMap<string, SarifRuleInfo>, options: SarifOptions): SarifResult {
  const info = ruleInfo.get(finding.rule);
  const title = info?.title ?? finding.title;
  const ruleIndex = rules.indexOf(finding.rule, () => {
    const helpUri = docsLink(options, 'rules.md', `${finding.rule}: ${title}`);
    return {
      id: finding.rule,
      title,
      description: info?.rationale ?? finding.title,
      tags: [...(info?.checklist ?? finding.checklist)],
      level: LEVEL[info?.severity ?? finding.severity],
      precision: 'high',
      ...(info && helpUri ? { helpUri } : {}),
    };
  });
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message.trim() || finding.title },
    locations: [location(finding.file, finding.line, finding.endLine)],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
    properties: { source: finding.source, title: finding.title, checklist: finding.checklist },
  };
}

function llmResult(finding: Finding, rules: RuleTable, options: SarifOptions): SarifResult {
  // One rule per checklist item: code scanning groups and filters alerts by rule.
  const item = finding.checklist[0] ?? 'general';
  const id = `llm/${item}`;
  const known = options.checklist?.get(item);
  const ruleIndex = rules.indexOf(id, () => ({
    id,
    title: known ? `${item}: ${known.title}` : `Checklist item ${item}`,
    description: `Found by the LLM review against checklist item ${item} of the agent definition${known?.text ? `: ${known.text}` : '.'}`,
    tags: [item, 'llm'],
    level: 'warning',
    precision: 'medium',
  }));
  return {
    ruleId: id,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: `${finding.title}: ${finding.message}`.trim() },
    locations: [location(finding.file, finding.line, finding.endLine)],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
    properties: { source: finding.source, title: finding.title, checklist: finding.checklist },
  };
}

function escalationResult(escalation: Escalation, rules: RuleTable, options: SarifOptions): SarifResult | undefined {
  const first = escalation.evidence[0];
  // Code scanning refuses a result without a location; such an escalation is still in the
  // summary, the issue and the JSON report.
  if (!first) return undefined;
  const id = `escalation/${escalation.trigger}`;
  const known = options.triggers?.get(escalation.trigger);
  const ruleIndex = rules.indexOf(id, () => {
    // docs/triggers.md words its headings differently from the agent definition: the page, no anchor.
    const helpUri = docsLink(options, 'triggers.md');
    return {
      id,
      title: `Needs human decision: ${known?.title ?? escalation.trigger}`,
      description: `An architectural decision that a person must make before this change merges${known?.text ? `: ${known.text}` : '.'}`,
      tags: [escalation.trigger, 'escalation'],
      level: 'warning',
      precision: 'high',
      ...(helpUri ? { helpUri } : {}),
    };
  });
  return {
    ruleId: id,
    ruleIndex,
    level: 'warning',
    message: { text: `Needs human decision: ${escalation.title}` },
    locations: [location(first.file, first.line, first.line)],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: escalation.fingerprint },
    properties: { source: escalation.source, trigger: escalation.trigger, subject: escalation.subject, ...(escalation.issue ? { issue: escalation.issue.url } : {}) },
  };
}

export function renderSarif(review: Review, ruleInfo: ReadonlyMap<string, SarifRuleInfo> = sarifRuleCatalogue(), options: SarifOptions = {}): string {
  const rules = new RuleTable();
  const results: SarifResult[] = [];
  for (const finding of review.findings) {
    results.push(finding.source === 'llm' ? llmResult(finding, rules, options) : ruleResult(finding, rules, ruleInfo, options));
  }
  for (const escalation of review.escalations) {
    const result = escalationResult(escalation, rules, options);
    if (result) results.push(result);
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
            semanticVersion: VERSION,
            ...(options.docsUrl && /^https?:\/\//.test(options.docsUrl) ? { informationUri: options.docsUrl.replace(/\/docs\/?$/, '') } : {}),
            rules: rules.all(),
          },
        },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
