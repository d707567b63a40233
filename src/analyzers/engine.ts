// The deterministic analysis of a change: each changed dbt / Airflow / SQL file is read and
// parsed once, every rule that applies reads that one parse, findings are kept where the change
// added lines, and the escalation detectors compare both sides of the change. Degraded, never
// silent: a file that does not parse, is too large or makes a rule fail is marked in its
// FileReport and in the notices; nothing here throws for bad input.
import { DEFAULT_MAX_FILE_BYTES } from '../changes/content.js';
import { SEVERITY_RANK } from '../model.js';
import type { ChangedFile, ChangeSet, Domain, DraftEscalation, DraftFinding, FileReport, PatchUnavailable } from '../model.js';
import { detectors as defaultDetectors } from '../escalation/detectors/index.js';
import { primePythonFacts } from '../escalation/detectors/support/python-facts.js';
import type { Detector } from '../escalation/detectors/index.js';
import { readsEmbeddedSql, runRulesOnEmbeddedSql } from './airflow/embedded-sql.js';
import { loadPythonParser, parsePython } from './airflow/python.js';
import type { PythonTree } from './airflow/python.js';
import { BoundedMap } from './bounded-map.js';
import { cachedReader } from './cached-reader.js';
import { inferDialect } from './dbt/dialect.js';
import { neutraliseJinja } from './dbt/jinja.js';
import type { NeutralisedJinja } from './dbt/jinja.js';
import { buildDbtGraph } from './dbt/graph.js';
import type { DbtGraph } from './dbt/graph.js';
import { DbtIndex, buildDbtIndex } from './dbt/project.js';
import { fileKindOf, kindLabel, parseModeOf } from './file-kind.js';
import { rules as defaultRules } from './rules/index.js';
import type { ChangeView, FileKind, ParsedSql, Rule, RuleContext, RuleFile, RuleOptionValue, RuleReport } from './rule.js';
import { loadModelProperties } from './governance/model-properties.js';
import type { PropertiesCache } from './governance/model-properties.js';
import { applySuppressions } from './suppressions.js';
import { loadSqlParser, parseSql, toSqlDialect } from './sql/parser.js';
import type { SqlDialect } from './sql/parser.js';
import { parseYaml } from './yaml.js';
import type { YamlParse } from './yaml.js';

export interface AnalyseChangeInput {
  changeSet: ChangeSet;
  /** Domain of each changed file by head path (from the path classifier); missing paths are `other`. */
  domains: ReadonlyMap<string, Domain>;
  /**
   * The SQL dialect: a SqlDialect or a dbt adapter name (`snowflake`, `sqlserver`, `trino`…), as
   * users write it in configuration. Inferred from the repository when absent; an unknown name is
   * reported in the notices and inference is used instead.
   */
  dialect?: SqlDialect | (string & {});
  /** Files larger than this are skipped (default 1 MB). */
  maxFileBytes?: number;
  /**
   * Analysis time per file (default 5 s). Checked between rules: once spent, the file's
   * remaining rules are skipped and the file is marked partial. A single rule or parse cannot be
   * interrupted mid-way (they run synchronously); the size limit is what bounds those.
   */
  maxFileMillis?: number;
  /** Keep findings anywhere in the changed files, not only on added lines. */
  fullFileReview?: boolean;
  /** The rules to run (default: all). */
  rules?: readonly Rule[];
  /** The escalation detectors to run (default: all). */
  detectors?: readonly Detector[];
  /** A rule's options for a file, from the repository config (absent: the rules' defaults). */
  ruleOptions?: (ruleId: string, path: string) => Readonly<Record<string, RuleOptionValue>> | undefined;
}

export interface AnalysisResult {
  files: FileReport[];
  findings: DraftFinding[];
  escalations: DraftEscalation[];
  notices: string[];
  /** The head's dbt project as the engine indexed it (and its model graph, when built), for later stages. */
  headProject?: HeadProject;
}

export interface HeadProject {
  index: DbtIndex;
  graph?: DbtGraph;
}

const DEFAULT_MAX_FILE_MILLIS = 5_000;
// Reads run this many files ahead of the analysis: enough to hide the latency of API reads,
// few enough that a large change does not hold every file's text at once.
const READ_AHEAD = 8;
// Parsed properties files kept for the models that follow: models are analysed in path order,
// so the models of one folder find their properties file here; a miss only parses it again.
const PROPERTIES_CACHE_FILES = 16;
// Same test as the suppression scanner's: a text without it holds no suppression comment.
const SUPPRESSION_DIRECTIVE = /data-review\s*:/i;

const PATCH_REASONS: Readonly<Record<PatchUnavailable, string>> = {
  binary: 'binary file',
  'too-large': 'the diff is too large for the platform to show, so changed lines are unknown',
  missing: 'no diff is available for this file, so changed lines are unknown',
};

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

interface FileTexts {
  head: string;
  base?: string;
}

interface Prepared {
  file: ChangedFile;
  domain: Domain;
  kind: FileKind;
  rules: readonly Rule[];
}

/**
 * Starts loading the parsers the change will need. Compiling their WASM runs off the main
 * thread, so started here it overlaps the dbt index build instead of stalling the first file
 * (~0.5 s of idle main thread before). A load that fails is not cached: the file that needs
 * the parser loads it again and reports the failure there.
 */
function warmParsers(paths: readonly string[]): void {
  const python = paths.some((path) => path.endsWith('.py'));
  // DAG files carry SQL strings, so Python files need the SQL parser too.
  const sql = python || paths.some((path) => path.endsWith('.sql'));
  if (sql) loadSqlParser().catch(() => undefined);
  if (python) loadPythonParser().catch(() => undefined);
}

/** Runs the rules and detectors over a change. */
export async function analyseChange(input: AnalyseChangeInput): Promise<AnalysisResult> {
  const reader = cachedReader(input.changeSet.contents);
  const changeSet: ChangeSet = { ...input.changeSet, contents: reader };
  const rules = input.rules ?? defaultRules;
  const maxFileBytes = input.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxFileMillis = input.maxFileMillis ?? DEFAULT_MAX_FILE_MILLIS;
  const fullFileReview = input.fullFileReview ?? false;
  const notices: string[] = [];
  const requestedDialect = input.dialect === undefined ? undefined : toSqlDialect(input.dialect);
  if (input.dialect !== undefined && !requestedDialect) notices.push(`Unknown SQL dialect "${input.dialect}": the dialect is inferred from the repository instead.`);
  const domainOf = (path: string): Domain => input.domains.get(path) ?? 'other';
  const detectorsToRun = input.detectors ?? defaultDetectors;
  const runsDetectors = detectorsToRun.length > 0;

  const byPath = new Map(changeSet.files.map((file) => [file.path, file]));
  const change: ChangeView = { file: (path) => byPath.get(path), files: changeSet.files };

  // dbt indexes: head to classify and read dbt files, base too when something can be compared.
  const dataFiles = changeSet.files.filter((file) => domainOf(file.path) !== 'other');
  const touchesDbt = dataFiles.some((file) => domainOf(file.path) === 'dbt');
  warmParsers(dataFiles.map((file) => file.path));
  const needsDialect = requestedDialect === undefined && dataFiles.some((file) => domainOf(file.path) === 'dbt' || domainOf(file.path) === 'sql');
  // A change without dbt files needs the head tree only to find the warehouse's dialect.
  const head = touchesDbt ? await buildDbtIndex(reader, 'head') : needsDialect ? await buildDbtIndex(reader, 'head', { depth: 'projects' }) : undefined;
  // The base side is only compared (by the detectors): its configs matter, its tests do not.
  const comparesBase = touchesDbt && changeSet.files.some((file) => domainOf(file.path) === 'dbt' && file.status !== 'added');
  const base = touchesDbt ? (comparesBase ? await buildDbtIndex(reader, 'base', { depth: 'configs' }) : new DbtIndex('base', undefined)) : undefined;
  for (const problem of head?.problems ?? []) notices.push(`dbt project: ${problem}`);
  // Problems of the base side are the past; only a base that could not be read at all matters.
  if (base && comparesBase && base.files.size === 0) for (const problem of base.problems) notices.push(`dbt project (base): ${problem}`);

  let dialect: SqlDialect = requestedDialect ?? 'generic';
  if (needsDialect && head) {
    const inferred = await inferDialect(head, reader, 'head');
    if (inferred) {
      dialect = inferred.dialect;
      notices.push(`SQL dialect ${inferred.dialect}, inferred from ${inferred.from}.`);
    }
  }

  // Decide what each file is before reading anything.
  const reports = new Map<string, FileReport>();
  const toAnalyse: Prepared[] = [];
  for (const file of changeSet.files) {
    const domain = domainOf(file.path);
    const report: FileReport = {
      path: file.path,
      ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
      domain,
      status: file.status,
      analysed: 'skipped',
    };
    reports.set(file.path, report);
    const kind = fileKindOf(file.path, domain, head);
    if (!kind) {
      report.reason = 'not a data file';
    } else if (file.status === 'removed') {
      report.reason = 'removed';
    } else if (file.patchUnavailable) {
      report.reason = PATCH_REASONS[file.patchUnavailable];
    } else {
      const applicable = rules.filter((rule) => rule.meta.appliesTo.includes(kind));
      if (applicable.length === 0 && !readsEmbeddedSql(kind, rules)) report.reason = `no deterministic rule reads ${kindLabel(kind)}`;
      else toAnalyse.push({ file, domain, kind, rules: applicable });
    }
  }

  // The model graph reads every model of the project: only when a rule that reads it applies.
  let graph: DbtGraph | undefined;
  if (head && touchesDbt && toAnalyse.some((prepared) => prepared.rules.some((rule) => rule.meta.needsGraph))) {
    graph = await buildDbtGraph(head, reader, { warehouse: dialect });
    for (const problem of graph.problems) notices.push(`dbt model graph: ${problem}`);
  }

  const findings: DraftFinding[] = [];
  const seen = new Set<string>();
  const sqlFailures: string[] = [];
  // Head texts of the analysed files that hold a suppression comment, and the paths of those
  // that hold none (nothing to scan there); parsed properties files, shared by nearby models.
  const suppressionTexts = new Map<string, string>();
  const withoutSuppressions = new Set<string>();
  const propertiesCache: PropertiesCache = new BoundedMap(PROPERTIES_CACHE_FILES);

  // Analysis runs in the change's order so output is stable; reads run a few files ahead. Each
  // file's text and parses are dropped once its rules ran: only findings and facts are kept.
  const reads: (Promise<FileTexts | undefined> | undefined)[] = [];
  const startRead = (index: number): void => {
    const prepared = toAnalyse[index];
    if (prepared) reads[index] = readForAnalysis(prepared);
  };
  for (let index = 0; index < READ_AHEAD; index++) startRead(index);
  for (const [index, prepared] of toAnalyse.entries()) {
    const read = await reads[index];
    reads[index] = undefined;
    startRead(index + READ_AHEAD);
    if (read) await analyseFile(prepared, read.head, read.base, reports.get(prepared.file.path) as FileReport);
  }
  // The detectors and the suppression pass come next, while the memory of a large review is at
  // its highest: the per-file bookkeeping is not needed any more (~5 MB at 5,000 files).
  seen.clear();
  toAnalyse.length = 0;

  async function readForAnalysis(prepared: Prepared): Promise<FileTexts | undefined> {
    const { file } = prepared;
    const report = reports.get(file.path) as FileReport;
    let headText: string;
    try {
      const content = await reader.read('head', file.path);
      if (content.kind !== 'text') {
        report.reason = content.kind === 'absent' ? 'not found at head' : content.kind === 'binary' ? 'binary content' : `too large to read (${content.bytes} bytes)`;
        return undefined;
      }
      headText = content.text;
    } catch (error) {
      report.reason = `could not be read: ${errorText(error)}`;
      return undefined;
    }
    if (Buffer.byteLength(headText, 'utf8') > maxFileBytes) {
      report.reason = `larger than the ${maxFileBytes}-byte analysis limit`;
      return undefined;
    }
    if (prepared.rules.some((rule) => rule.meta.needsBase) && (file.status === 'modified' || file.status === 'renamed')) {
      try {
        const content = await reader.read('base', file.previousPath ?? file.path);
        if (content.kind === 'text') return { head: headText, base: content.text };
      } catch {
        // Rules that compare with base then see `base` undefined and judge head alone.
      }
    }
    return { head: headText };
  }

  async function analyseFile(prepared: Prepared, text: string, baseText: string | undefined, report: FileReport): Promise<void> {
    const { file, kind } = prepared;
    const started = performance.now();
    if (SUPPRESSION_DIRECTIVE.test(text)) suppressionTexts.set(file.path, text);
    else withoutSuppressions.add(file.path);
    const partial: string[] = [];
    let sql: ParsedSql | undefined;
    let jinja: NeutralisedJinja | undefined;
    let python: PythonTree | undefined;
    let yaml: YamlParse | undefined;

    const mode = parseModeOf(file.path, kind);
    if (mode === 'sql') {
      const templated = kind !== 'sql-script' || text.includes('{{') || text.includes('{%') || text.includes('{#');
      if (templated) {
        jinja = neutraliseJinja(text);
        for (const problem of jinja.problems) partial.push(`Jinja: ${problem}`);
        if (kind === 'dbt-model') head?.seedModelJinja(file.path, jinja);
      }
      const sqlText = jinja?.sql ?? text;
      if (jinja && generatedByJinja(jinja)) {
        // `{{ dbt_utils.date_spine(...) }}` and the like: the SQL is produced by a macro at
        // compile time, so there is nothing in the file for a SQL rule to read.
        partial.push('the SQL is generated by a Jinja macro call, not written in the file');
      } else {
        let result = await parseSql(sqlText, dialect);
        // A dialect gap (or a wrong inference) should not cost the whole file: the generic
        // grammar accepts a broad superset and rescues some files.
        if (!result.ok && dialect !== 'generic') {
          const fallback = await parseSql(sqlText, 'generic');
          if (fallback.ok) result = fallback;
        }
        sql = { text: sqlText, dialect: result.ok ? result.dialect : dialect, result };
        if (!result.ok) {
          partial.push(`SQL did not parse${result.line !== undefined ? ` at line ${result.line}` : ''}: ${result.error}`);
          sqlFailures.push(file.path);
        }
      }
    } else if (mode === 'python') {
      const parsed = await parsePython(text);
      if (!parsed.ok) partial.push(parsed.error);
      else {
        python = parsed.tree;
        // The escalation detectors read the same facts of this file: extracted now, while the
        // tree is alive, they need not parse it again.
        if (runsDetectors) primePythonFacts(changeSet, 'head', file.path, python.root);
        if (python.hasErrors) partial.push(`Python syntax error${python.firstErrorLine !== undefined ? ` near line ${python.firstErrorLine}` : ''}`);
      }
    } else if (mode === 'yaml') {
      yaml = parseYaml(text);
      if (!yaml.ok) partial.push(`${yaml.error}${yaml.line !== undefined ? ` (line ${yaml.line})` : ''}`);
    }

    const modelProperties = kind === 'dbt-model' && head ? await loadModelProperties(reader, head, file.path, propertiesCache) : undefined;
    const ruleFile: RuleFile = {
      path: file.path,
      ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
      status: file.status,
      domain: prepared.domain,
      kind,
      addedLines: file.addedLines,
    };
    const keepReport = (rule: Rule, r: RuleReport): void => {
      const finding = toFinding(rule, file.path, r);
      if (!finding) return;
      const keep = fullFileReview || rule.meta.scope === 'changed-objects' || touchesAddedLines(change.file(finding.file), finding.line, finding.endLine);
      if (!keep) return;
      const key = `${finding.rule}\0${finding.file}\0${finding.line}\0${finding.endLine}\0${finding.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(finding);
    };
    try {
      for (const [position, rule] of prepared.rules.entries()) {
        const elapsed = performance.now() - started;
        if (elapsed > maxFileMillis) {
          const left = prepared.rules.length - position;
          partial.push(`analysis stopped after ${Math.round(elapsed)} ms (the per-file limit is ${maxFileMillis} ms): ${left} rule(s) did not run`);
          break;
        }
        const ruleReports: RuleReport[] = [];
        const options = input.ruleOptions?.(rule.meta.id, file.path);
        const ctx: RuleContext = {
          file: ruleFile,
          head: text,
          ...(baseText !== undefined ? { base: baseText } : {}),
          ...(sql ? { sql } : {}),
          ...(jinja ? { jinja } : {}),
          ...(python ? { python } : {}),
          ...(yaml ? { yaml } : {}),
          ...(head ? { dbt: head } : {}),
          ...(graph ? { graph } : {}),
          ...(modelProperties ? { modelProperties } : {}),
          ...(options ? { options } : {}),
          change,
          fullFileReview,
          report: (r) => {
            ruleReports.push(r);
          },
        };
        try {
          rule.check(ctx);
        } catch (error) {
          partial.push(`rule ${rule.meta.id} failed: ${errorText(error)}`);
          notices.push(`Rule ${rule.meta.id} failed on ${file.path} and was skipped there: ${errorText(error)}`);
          continue;
        }
        for (const r of ruleReports) keepReport(rule, r);
      }
      // AF-015: SQL strings given to SQL operators go through the SQL rules, reported on this file's lines.
      if (python && readsEmbeddedSql(kind, rules) && performance.now() - started <= maxFileMillis) {
        const embedded = await runRulesOnEmbeddedSql({
          python,
          head: text,
          file: ruleFile,
          dialect,
          rules,
          context: (rule) => {
            const options = input.ruleOptions?.(rule.meta.id, file.path);
            return { change, fullFileReview, ...(options ? { options } : {}) };
          },
        });
        partial.push(...embedded.problems);
        notices.push(...embedded.notices);
        for (const { rule, report: r } of embedded.reports) keepReport(rule, r);
      }
    } finally {
      python?.dispose();
    }

    report.analysed = partial.length > 0 ? 'partial' : 'full';
    if (partial.length > 0) report.reason = partial.join('; ');
  }

  if (sqlFailures.length > 0) {
    notices.push(
      `SQL in ${sqlFailures.length} file(s) did not parse (dialect ${dialect}); rules that need the syntax tree did not run on them: ${sqlFailures.sort().join(', ')}.`,
    );
  }

  const escalations: DraftEscalation[] = [];
  for (const detector of detectorsToRun) {
    try {
      escalations.push(...(await detector.detect({ changeSet, domains: input.domains, dialect, ...(head && base ? { dbt: { head, base } } : {}) })));
    } catch (error) {
      notices.push(`Escalation detector ${detector.id} failed and was skipped: ${errorText(error)}`);
    }
  }

  // Inline `data-review: ignore RULE reason` comments (see suppressions.ts); never escalations.
  const suppression = await applySuppressions({
    findings,
    texts: suppressionTexts,
    read: async (path) => {
      // An analysed file without the directive has nothing to scan: no need to read and lex it.
      if (withoutSuppressions.has(path)) return '';
      const content = await reader.read('head', path);
      return content.kind === 'text' ? content.text : undefined;
    },
    change,
    fullFileReview,
    knownRuleIds: new Set([...defaultRules, ...rules].map((rule) => rule.meta.id)),
  });
  findings.splice(0, findings.length, ...suppression.findings);
  if (suppression.suppressed.length > 0) {
    const listed = suppression.suppressed.slice(0, 10).map((finding) => `${finding.rule} at ${finding.file}:${finding.line}`);
    notices.push(`Inline suppressions removed ${suppression.suppressed.length} finding(s): ${listed.join(', ')}${suppression.suppressed.length > 10 ? ', …' : ''}.`);
  }

  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
  return {
    files: changeSet.files.map((file) => reports.get(file.path) as FileReport),
    findings,
    escalations,
    notices,
    // Only a fully built index (a dbt file changed) describes the whole project.
    ...(head && touchesDbt ? { headProject: { index: head, ...(graph ? { graph } : {}) } } : {}),
  };
}

function toFinding(rule: Rule, path: string, report: RuleReport): DraftFinding | undefined {
  if (!Number.isFinite(report.line)) return undefined;
  const line = Math.max(1, Math.floor(report.line));
  const endLine = Math.max(line, Math.floor(report.endLine ?? line));
  return {
    rule: rule.meta.id,
    checklist: [...rule.meta.checklist],
    severity: report.severity !== undefined && SEVERITY_RANK[report.severity] < SEVERITY_RANK[rule.meta.severity] ? report.severity : rule.meta.severity,
    title: rule.meta.title,
    file: report.file ?? path,
    line,
    endLine,
    message: report.message,
    source: 'rule',
    ...(report.snippet !== undefined && report.snippet !== '' ? { snippet: report.snippet } : {}),
  };
}

/** Whether the neutralised SQL holds nothing but placeholders: the file is one macro call. */
function generatedByJinja(jinja: NeutralisedJinja): boolean {
  const words = jinja.sql.split(/\s+/).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => Object.hasOwn(jinja.placeholders, word));
}

function touchesAddedLines(file: ChangedFile | undefined, line: number, endLine: number): boolean {
  if (!file) return false;
  for (let current = line; current <= endLine; current++) if (file.addedLines.has(current)) return true;
  return false;
}
