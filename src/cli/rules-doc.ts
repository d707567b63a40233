// docs/rules.md, generated from the rules' own metadata (`npm run docs:rules`); a test fails
// when the committed file differs from what this renders.
import type { RuleListEntry } from './rule-list.js';
import { ruleList } from './rule-list.js';

const DOMAIN_TITLES: Readonly<Record<string, string>> = {
  sql: 'SQL',
  dbt: 'dbt',
  airflow: 'Airflow',
  governance: 'Governance',
  review: 'Checks on suppressions and configuration',
};

/** A fenced block whose fence is longer than any backtick run inside. */
function fenced(text: string, language: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

/** The code language of an example, guessed from its text, for highlighting only. */
function languageOf(example: string): string {
  if (/^\s*(from \S+ import|import \S)|\bDAG\(|@dag\b|@task\b|Operator\(|^\s*def /m.test(example)) return 'python';
  const first = example.split('\n').find((line) => line.trim() !== '' && !line.trim().startsWith('#') && !line.trim().startsWith('--')) ?? '';
  if (/^\s*-?\s*[\w.+-]+:(\s|$)/.test(first) && !/\bselect\b/i.test(example)) return 'yaml';
  return 'sql';
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function renderEntry(entry: RuleListEntry): string[] {
  const lines = [
    `### ${entry.id}: ${entry.title}`,
    '',
    `Severity: **${entry.severity}** · Checklist: ${entry.checklist.join(', ')}`,
    '',
    entry.rationale,
    '',
  ];
  const options = Object.entries(entry.options);
  if (options.length > 0) {
    lines.push('Options (under `rules:` in the config file):', '', '| option | type | default | meaning |', '|---|---|---|---|');
    for (const [name, spec] of options) {
      lines.push(`| \`${name}\` | ${spec.type} | \`${cell(JSON.stringify(spec.default))}\` | ${cell(spec.description)} |`);
    }
    lines.push('');
  }
  lines.push('Reported:', '', fenced(entry.examples.bad, languageOf(entry.examples.bad)), '', 'Not reported:', '', fenced(entry.examples.good, languageOf(entry.examples.good)), '');
  return lines;
}

export function renderRulesDoc(entries: readonly RuleListEntry[] = ruleList()): string {
  const domains = [...new Set(entries.map((entry) => entry.domain))];
  const ruleCount = entries.filter((entry) => entry.domain !== 'review').length;
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from the rules\' metadata by `npm run docs:rules`; do not edit by hand. -->',
    '',
    `${ruleCount} deterministic rules, and ${entries.length - ruleCount} checks on the review's own inputs. Every rule reports only what a`,
    'change introduces (added lines, or objects the change adds or edits), unless `full-file-review: true` is set.',
    '',
    'Configure them in `.github/data-engineer-review.yml` (see `docs/config.schema.json`):',
    '',
    '```yaml',
    'rules:',
    '  SQL-001: warning            # off | info | warning | error',
    '  GOV-005:',
    '    severity: error',
    '    keys: [owner, domain]     # a rule option',
    'overrides:',
    "  - paths: ['models/legacy/**']",
    '    rules:',
    '      SQL-001: off',
    '```',
    '',
    'Suppress one finding inline, with a reason: `-- data-review: ignore SQL-001 reason` in SQL and Jinja',
    '(also `{# data-review: ignore SQL-001 reason #}`), `# data-review: ignore GOV-001 reason` in YAML and Python.',
    'A comment after code covers its own line; a comment on a line of its own covers the next line with code.',
    '`data-review: ignore-file RULE-ID reason` covers the whole file.',
    '',
    '| id | domain | severity | checklist | title |',
    '|---|---|---|---|---|',
    ...entries.map((entry) => `| [${entry.id}](#${anchorOf(`${entry.id}: ${entry.title}`)}) | ${entry.domain} | ${entry.severity} | ${entry.checklist.join(', ')} | ${cell(entry.title)} |`),
    '',
  ];
  for (const domain of domains) {
    lines.push(`## ${DOMAIN_TITLES[domain] ?? domain}`, '');
    for (const entry of entries.filter((candidate) => candidate.domain === domain)) lines.push(...renderEntry(entry));
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
