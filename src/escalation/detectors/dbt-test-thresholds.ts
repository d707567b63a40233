// Escalates changes to how strict dbt's data quality checks are:
//  - a test's severity lowered or raised (error ↔ warn), its `warn_if` / `error_if` / `fail_calc`
//    changed, or a threshold argument changed (`at_least`, `mostly`, `min_value`, `max_value`…);
//  - a test disabled (`enabled: false`), its `store_failures` switched off, or the test deleted
//    while the model (and column) it checked is still there;
//  - the same settings for whole folders in dbt_project.yml (`data_tests:` / `tests:`);
//  - a singular test (tests/*.sql) deleted while the models it checks remain, or its in-file
//    config() made less strict;
//  - source freshness thresholds (`warn_after`, `error_after`) changed or freshness switched off.
// Adding tests or making them stricter by adding them raises nothing; neither does moving a test
// between files or keys, reformatting it, renaming a model together with its tests, or deleting
// a model or column along with its tests (the model's removal is the decision there).
import type { ChangedFile, DraftEscalation, Evidence } from '../../model.js';
import type { LiteralValue } from '../../analyzers/values.js';
import { neutraliseJinja } from '../../analyzers/dbt/jinja.js';
import { parseYaml } from '../../analyzers/yaml.js';
import type { YamlNode } from '../../analyzers/yaml.js';
import type { Detector, DetectorContext } from './detector.js';
import { dbtSides } from './support/dbt-sides.js';
import type { DbtSides } from './support/dbt-sides.js';
import { readPropertiesFacts } from './support/dbt-tests.js';
import type { FreshnessFact, Located, OwnerKind, TestFact } from './support/dbt-tests.js';
import { arrow, escalation, listNames } from './support/escalation.js';
import { basename, basePathOf, extension, headLineFor, headPathOf, readBoth, stem } from './support/files.js';
import { asBoolean, canonical, compareValues, display } from './support/values.js';

export const DETECTOR_ID = 'dbt-test-thresholds';

/** Arguments of common test packages that set how much failure a test accepts. */
export const THRESHOLD_ARGS = new Set([
  'at_least',
  'at_most',
  'mostly',
  'threshold',
  'tolerance',
  'min_value',
  'max_value',
  'anomaly_sensitivity',
  'sensitivity',
  'percent',
  'percentage',
  'min_percent',
  'max_percent',
  'error_threshold',
]);

const DEFAULTS: Readonly<Record<string, string>> = { severity: 'error', warn_if: '!=0', error_if: '!=0', fail_calc: 'count(*)' };

interface Finding {
  /** The decision's subject: the model, `source x.y`, or the project's test config. */
  subject: string;
  evidence: Evidence;
  /** Short name of the kind of change, for the title. */
  kind: string;
}

/** A config value as compared: keywords lower-cased, spaces in expressions dropped. */
function configText(key: string, value: LiteralValue | undefined): string | undefined {
  if (value === undefined || value.kind === 'none') return DEFAULTS[key];
  if (value.kind === 'string') {
    const text = value.value.trim().toLowerCase();
    return key === 'severity' ? text : text.replace(/\s+/g, '');
  }
  return display(value)?.toLowerCase();
}

function testLabel(test: TestFact): string {
  const target = test.ownerKind === 'source' ? `source ${test.owner}` : test.owner;
  return `${test.test} on ${target}${test.column !== undefined ? `.${test.column}` : ''}`;
}

const subjectOf = (kind: OwnerKind, owner: string): string => (kind === 'source' ? `source ${owner}` : owner);

interface Side<T> {
  fact: T;
  file: ChangedFile;
  path: string;
}

/** Where a base-only fact shows at head: its line carried over to the head version of the file. */
function headLocation(at: Side<unknown>, line: number): { file: string; line: number } {
  return at.file.status === 'removed' ? { file: at.path, line } : { file: at.file.path, line: headLineFor(at.file, line) };
}

/** Whether a test runs: unset means enabled; undefined when the value needs rendering. */
function enabledOf(config: Record<string, Located>): boolean | undefined {
  const located = config['enabled'];
  return located ? asBoolean(located.value) : true;
}

function compareTest(before: Side<TestFact>, after: Side<TestFact>, label = testLabel(after.fact)): Finding[] {
  const found: Finding[] = [];
  const subject = subjectOf(after.fact.ownerKind, after.fact.owner);
  const at = (located: Located | undefined, fallback: Located | undefined): { file: string; line: number } =>
    located ? { file: after.path, line: located.line } : fallback ? headLocation(before, fallback.line) : { file: after.path, line: after.fact.line };

  for (const key of ['severity', 'warn_if', 'error_if', 'fail_calc']) {
    const was = configText(key, before.fact.config[key]?.value);
    const now = configText(key, after.fact.config[key]?.value);
    if (was === now || was === undefined || now === undefined) continue;
    if (before.fact.config[key]?.value.kind === 'expr' || after.fact.config[key]?.value.kind === 'expr') continue;
    found.push({ subject, kind: key, evidence: { ...at(after.fact.config[key], before.fact.config[key]), text: `${label} ${key}: ${arrow(was, now)}` } });
  }
  if (enabledOf(before.fact.config) === true && enabledOf(after.fact.config) === false) {
    found.push({ subject, kind: 'disabled', evidence: { ...at(after.fact.config['enabled'], undefined), text: `${label} enabled: true → false` } });
  }
  const storedBefore = asBoolean(before.fact.config['store_failures']?.value);
  const storedAfter = asBoolean(after.fact.config['store_failures']?.value);
  if (storedBefore === true && storedAfter !== true && (after.fact.config['store_failures'] === undefined || storedAfter === false)) {
    found.push({
      subject,
      kind: 'store_failures',
      evidence: { ...at(after.fact.config['store_failures'], before.fact.config['store_failures']), text: `${label} store_failures: ${arrow('true', storedAfter === false ? 'false' : undefined)}` },
    });
  }
  for (const key of new Set([...Object.keys(before.fact.args), ...Object.keys(after.fact.args)])) {
    if (!THRESHOLD_ARGS.has(key)) continue;
    const was = before.fact.args[key]?.value;
    const now = after.fact.args[key]?.value;
    if (compareValues(was, now) !== 'different') continue;
    found.push({ subject, kind: key, evidence: { ...at(after.fact.args[key], before.fact.args[key]), text: `${label} ${key}: ${arrow(display(was), display(now))}` } });
  }
  return found;
}

/** Freshness thresholds as comparable text: `{count: 12, period: hour}` → `12 hour`. */
function freshnessText(value: Located | undefined): string | undefined {
  if (!value) return undefined;
  if (value.value.kind === 'dict') {
    const count = value.value.entries['count'];
    const period = value.value.entries['period'];
    if (count && period) return `${display(count)} ${display(period)}`.toLowerCase();
  }
  return canonical(value.value);
}

function compareFreshness(before: Side<FreshnessFact>, after: Side<FreshnessFact> | undefined): Finding[] {
  const subject = `source ${before.fact.owner}`;
  if (!after) {
    return before.fact.disabled ? [] : [{ subject, kind: 'freshness', evidence: { ...headLocation(before, before.fact.line), text: `freshness of ${before.fact.owner}: checked → (not set)` } }];
  }
  if (!before.fact.disabled && after.fact.disabled) {
    return [{ subject, kind: 'freshness', evidence: { file: after.path, line: after.fact.line, text: `freshness of ${before.fact.owner}: checked → null (off)` } }];
  }
  const found: Finding[] = [];
  for (const key of ['warnAfter', 'errorAfter'] as const) {
    const was = freshnessText(before.fact[key]);
    const now = freshnessText(after.fact[key]);
    if (was === now) continue;
    const name = key === 'warnAfter' ? 'warn_after' : 'error_after';
    const where = after.fact[key] ? { file: after.path, line: (after.fact[key] as Located).line } : headLocation(before, before.fact[key]?.line ?? before.fact.line);
    found.push({ subject, kind: `freshness ${name}`, evidence: { ...where, text: `freshness ${name} of ${before.fact.owner}: ${arrow(was, now)}` } });
  }
  return found;
}

/** `tests:` / `data_tests:` configs of dbt_project.yml, by path. */
function projectTestConfig(text: string | undefined): Map<string, { value: LiteralValue; line: number }> {
  const out = new Map<string, { value: LiteralValue; line: number }>();
  if (text === undefined) return out;
  const parsed = parseYaml(text);
  if (!parsed.ok || parsed.root?.kind !== 'map') return out;
  const walk = (node: YamlNode, path: string[]): void => {
    if (node.kind !== 'map') return;
    for (const entry of node.entries) {
      const key = entry.key.replace(/^\+/, '');
      if (['severity', 'warn_if', 'error_if', 'enabled', 'store_failures'].includes(key) && entry.value.kind === 'scalar') {
        out.set([...path, key].join('.'), { value: { kind: 'string', value: String(entry.value.value) }, line: entry.keyLine });
      } else if (entry.value.kind === 'map') {
        walk(entry.value, [...path, entry.key]);
      }
    }
  };
  for (const entry of parsed.root.entries) if ((entry.key === 'tests' || entry.key === 'data_tests') && entry.value.kind === 'map') walk(entry.value, ['data_tests']);
  return out;
}

function compareProjectConfig(file: ChangedFile, baseText: string | undefined, headText: string | undefined): Finding[] {
  const before = projectTestConfig(baseText);
  const after = projectTestConfig(headText);
  const found: Finding[] = [];
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const key = path.slice(path.lastIndexOf('.') + 1);
    const was = before.get(path);
    const now = after.get(path);
    const wasText = key === 'enabled' || key === 'store_failures' ? String(asBoolean(was?.value) ?? (key === 'enabled' ? true : false)) : configText(key, was?.value);
    const nowText = key === 'enabled' || key === 'store_failures' ? String(asBoolean(now?.value) ?? (key === 'enabled' ? true : false)) : configText(key, now?.value);
    if (wasText === nowText) continue;
    if (key === 'enabled' && nowText !== 'false') continue;
    if (key === 'store_failures' && nowText !== 'false') continue;
    const line = now ? now.line : headLineFor(file, was?.line ?? 1);
    found.push({ subject: `dbt test config in ${file.path}`, kind: key, evidence: { file: file.path, line, text: `${path}: ${arrow(wasText, nowText)}` } });
  }
  return found;
}

async function singularTestFindings(ctx: DetectorContext, sides: DbtSides, file: ChangedFile): Promise<Finding[]> {
  const basePath = basePathOf(file);
  const headPath = headPathOf(file);
  const kindAt = (path: string | undefined, side: 'base' | 'head'): string | undefined => (path === undefined ? undefined : sides[side].fileKind(path));
  if (kindAt(basePath, 'base') !== 'test' || extension(basePath as string) !== 'sql' || (basePath as string).split('/').includes('generic')) return [];
  const texts = await readBoth(ctx.changeSet.contents, file);
  if (texts.base === undefined) return [];
  const before = neutraliseJinja(texts.base);
  const models = [...new Set(before.refs.map((ref) => ref.name))].filter((name) => sides.head.modelsNamed(name).length > 0);
  if (models.length === 0) return [];
  const subject = models[0] as string;
  const name = stem(basePath as string);
  if (headPath === undefined || texts.head === undefined) {
    return [{ subject, kind: 'removed', evidence: { file: basePath as string, line: 1, text: `singular test ${name} on ${listNames(models)}: present → removed` } }];
  }
  const after = neutraliseJinja(texts.head);
  const config = (configs: typeof before.configs): Record<string, { value: LiteralValue; line: number }> => {
    const out: Record<string, { value: LiteralValue; line: number }> = {};
    for (const call of configs) for (const [key, value] of Object.entries(call.args)) out[key] = { value, line: call.line };
    return out;
  };
  const was = config(before.configs);
  const now = config(after.configs);
  const asBefore: TestFact = { identity: name, ownerKind: 'model', owner: subject, test: name, line: 1, config: was, args: {} };
  const asAfter: TestFact = { ...asBefore, config: now };
  return compareTest({ fact: asBefore, file, path: basePath as string }, { fact: asAfter, file, path: headPath }, `singular test ${name}`);
}

export const dbtTestThresholds: Detector = {
  id: DETECTOR_ID,
  triggers: ['data-quality-thresholds'],
  async detect(ctx) {
    if (!ctx.dbt) return [];
    const sides = await dbtSides(ctx);
    // Models renamed in this change: their tests at base belong to the new name.
    const renamedModels = new Map<string, string>();
    for (const file of ctx.changeSet.files) {
      if (file.status === 'renamed' && file.previousPath && sides.base.fileKind(file.previousPath) === 'model') renamedModels.set(stem(file.previousPath), stem(file.path));
    }
    const rename = (kind: OwnerKind, name: string): string => (kind === 'model' ? (renamedModels.get(name) ?? name) : name);

    const baseTests = new Map<string, Side<TestFact>>();
    const headTests = new Map<string, Side<TestFact>>();
    const baseFreshness = new Map<string, Side<FreshnessFact>>();
    const headFreshness = new Map<string, Side<FreshnessFact>>();
    const headEntries = new Set<string>();
    const findings: Finding[] = [];

    for (const file of ctx.changeSet.files) {
      const basePath = basePathOf(file);
      const headPath = headPathOf(file);
      const baseKind = basePath === undefined ? undefined : sides.base.fileKind(basePath);
      const headKind = headPath === undefined ? undefined : sides.head.fileKind(headPath);
      if (baseKind === 'project' || headKind === 'project' || basename(file.path) === 'dbt_project.yml') {
        const texts = await readBoth(ctx.changeSet.contents, file);
        if (headPath !== undefined) findings.push(...compareProjectConfig(file, texts.base, texts.head));
        continue;
      }
      if (baseKind === 'test' || headKind === 'test') {
        findings.push(...(await singularTestFindings(ctx, sides, file)));
        continue;
      }
      if (baseKind !== 'properties' && headKind !== 'properties') continue;
      const texts = await readBoth(ctx.changeSet.contents, file);
      if (baseKind === 'properties' && texts.base !== undefined && basePath !== undefined) {
        const facts = readPropertiesFacts(texts.base, rename);
        for (const test of facts.tests) baseTests.set(test.identity, { fact: test, file, path: basePath });
        for (const item of facts.freshness) baseFreshness.set(item.owner, { fact: item, file, path: basePath });
      }
      if (headKind === 'properties' && texts.head !== undefined && headPath !== undefined) {
        const facts = readPropertiesFacts(texts.head);
        for (const test of facts.tests) headTests.set(test.identity, { fact: test, file, path: headPath });
        for (const item of facts.freshness) headFreshness.set(item.owner, { fact: item, file, path: headPath });
        for (const entry of facts.entries) headEntries.add(entry);
      }
    }

    const ownerExists = (test: TestFact): boolean => {
      if (headEntries.has(test.owner)) return test.column === undefined || headEntries.has(`${test.owner}|${test.column}`);
      // The properties entry is gone: the tests went with it, which matters only if the model is still there.
      if (test.ownerKind === 'model') return sides.head.modelsNamed(test.owner).length > 0;
      if (test.ownerKind === 'seed' || test.ownerKind === 'snapshot') return [...sides.head.files].some((path) => stem(path) === test.owner && (sides.head.fileKind(path) === 'seed' || sides.head.fileKind(path) === 'snapshot'));
      return false;
    };

    for (const [identity, before] of baseTests) {
      const after = headTests.get(identity);
      if (after) {
        findings.push(...compareTest(before, after));
      } else if (ownerExists(before.fact)) {
        findings.push({
          subject: subjectOf(before.fact.ownerKind, before.fact.owner),
          kind: 'removed',
          evidence: { ...headLocation(before, before.fact.line), text: `${testLabel(before.fact)}: present → removed` },
        });
      }
    }
    for (const [owner, before] of baseFreshness) {
      const after = headFreshness.get(owner);
      if (!after && !headEntries.has(owner)) continue;
      findings.push(...compareFreshness(before, after));
    }

    const bySubject = new Map<string, Finding[]>();
    for (const finding of findings) bySubject.set(finding.subject, [...(bySubject.get(finding.subject) ?? []), finding]);
    const escalations: DraftEscalation[] = [];
    for (const [subject, group] of bySubject) {
      const kinds = [...new Set(group.map((finding) => finding.kind))];
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: 'data-quality-thresholds',
          subject,
          title: `Data quality checks on ${subject} change: ${kinds.join(', ')}`,
          problem:
            `The change makes the data quality checks on ${subject} stricter or looser (${kinds.join(', ')}). ` +
            'Which failures stop the pipeline, which only warn, at which thresholds, and which checks run at all is a decision that trades data trust against pipeline availability; ' +
            'the agent definition reserves it for a human.',
          evidence: group.map((finding) => finding.evidence),
        }),
      );
    }
    return escalations;
  },
};
