import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AgentDefinitionError, TEMPLATE_FIELDS, TRIGGER_IDS } from '../../src/agent/definition.js';
import { loadAgentDefinition, parseAgentDefinition } from '../../src/agent/loader.js';
import { bundledAgentPath } from '../../src/platform/assets.js';

const FILE = 'agents/x.md';
const PREFIXES = ['STD', 'PERF', 'DQ', 'BI', 'GOV', 'MON', 'CODE'];
const BRIEF_CHECKLIST_IDS = PREFIXES.flatMap((p) => Array.from({ length: 8 }, (_, i) => `${p}-0${i + 1}`));

let bundled: string;
beforeAll(async () => {
  bundled = await readFile(bundledAgentPath(), 'utf8');
});

/** 1-based line of the first line containing `needle`, counted from `after` (a line number). */
function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split('\n');
  for (let i = after; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  throw new Error(`fixture error: ${needle} not found`);
}

function refusal(text: string): AgentDefinitionError {
  try {
    parseAgentDefinition(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(AgentDefinitionError);
    return error as AgentDefinitionError;
  }
  throw new Error('expected the agent definition to be refused');
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, `fixture: "${from}" must occur exactly once`).toBe(1);
  return text.replace(from, to);
}

describe('the bundled agent definition', () => {
  it('loads with its identity and model hints', async () => {
    const agent = await loadAgentDefinition();
    expect(agent.name).toBe('data-engineer');
    expect(agent.version).toBe('1.0.0');
    expect(agent.escalation).toBe('mandatory');
    expect(agent.model.prefer).toBe('sonnet');
    expect(agent.description.length).toBeGreaterThan(20);
    expect(agent.role).toMatch(/pull request/);
  });

  it('has exactly the checklist ids of the brief, eight per section, in order', async () => {
    const agent = await loadAgentDefinition();
    expect(agent.checklist.map((c) => c.id)).toEqual(BRIEF_CHECKLIST_IDS);
    for (const item of agent.checklist) {
      expect(item.title, item.id).not.toBe('');
      expect(item.text.length, item.id).toBeGreaterThan(30);
      expect(item.id.startsWith(`${item.prefix}-`)).toBe(true);
    }
    expect(new Set(agent.checklist.map((c) => c.section)).size).toBe(7);
  });

  it('has all 14 triggers, each with decide, signals and at least two options', async () => {
    const agent = await loadAgentDefinition();
    expect(agent.triggers.map((t) => t.id).sort()).toEqual([...TRIGGER_IDS].sort());
    for (const trigger of agent.triggers) {
      expect(trigger.decide, trigger.id).not.toBe('');
      expect(trigger.signals, trigger.id).not.toBe('');
      expect(trigger.options.length, trigger.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('has the nine template fields, principles and no-fallback rules', async () => {
    const agent = await loadAgentDefinition();
    expect(agent.templateFields.map((f) => f.key)).toEqual([...TEMPLATE_FIELDS]);
    expect(agent.templateFields).toHaveLength(9);
    expect(agent.principles.map((p) => p.id)).toEqual(['P-test-first', 'P-performance', 'P-security', 'P-simplicity', 'P-data-quality']);
    expect(agent.noFallbacks.map((r) => r.id)).toEqual(Array.from({ length: 9 }, (_, i) => `NF-0${i + 1}`));
  });

  it('records the line of each item', async () => {
    const agent = await loadAgentDefinition();
    const dq3 = agent.checklist.find((c) => c.id === 'DQ-03')!;
    expect(dq3.line).toBe(lineOf(bundled, '`DQ-03`'));
    const trigger = agent.triggers.find((t) => t.id === 'etl-vs-elt')!;
    expect(trigger.line).toBe(lineOf(bundled, '## `etl-vs-elt`'));
  });
});

describe('refusals name the file and the line', () => {
  it('refuses a duplicate checklist id, pointing at both lines', () => {
    const text = replaceOnce(bundled, '`DQ-04`', '`DQ-03`');
    const error = refusal(text);
    const first = lineOf(text, '`DQ-03`');
    const second = lineOf(text, '`DQ-03`', first);
    expect(error.message).toBe(`${FILE}:${second}: duplicate checklist id DQ-03 (first at line ${first})`);
    expect(error.line).toBe(second);
  });

  it('refuses an unknown trigger id', () => {
    const text = replaceOnce(bundled, '## `orchestration-tool`', '## `scheduler-choice`');
    const error = refusal(text);
    expect(error.message).toMatch(new RegExp(`^${FILE}:${lineOf(text, '## `scheduler-choice`')}: unknown trigger id scheduler-choice`));
  });

  it('refuses a definition that lacks a trigger, at the triggers heading', () => {
    const start = bundled.indexOf('## `orchestration-tool`');
    const end = bundled.indexOf('# Escalation template');
    const text = bundled.slice(0, start) + bundled.slice(end);
    const error = refusal(text);
    expect(error.message).toBe(`${FILE}:${lineOf(text, '# Escalation triggers')}: missing trigger id: orchestration-tool`);
  });

  it('refuses a duplicate trigger id', () => {
    const text = replaceOnce(bundled, '## `orchestration-tool`', '## `data-architecture`');
    const error = refusal(text);
    const first = lineOf(text, '## `data-architecture`');
    const second = lineOf(text, '## `data-architecture`', first);
    expect(error.message).toBe(`${FILE}:${second}: duplicate trigger id data-architecture (first at line ${first})`);
  });

  it('refuses a file without front matter, at line 1', () => {
    const text = bundled.slice(bundled.indexOf('# Role'));
    expect(refusal(text).message).toBe(`${FILE}:1: missing front matter: the file must start with a line "---"`);
  });

  it('refuses front matter that is never closed', () => {
    const text = bundled.replace(/^escalation: mandatory\n---\n/m, 'escalation: mandatory\n');
    expect(refusal(text).message).toMatch(new RegExp(`^${FILE}:1: the front matter opened here is never closed`));
  });

  it('refuses front matter with a YAML syntax error, at its line', () => {
    const text = replaceOnce(bundled, 'escalation: mandatory', 'escalation: [mandatory');
    const error = refusal(text);
    expect(error.message).toMatch(/^agents\/x\.md:\d+: invalid front matter: /);
    // The parser reports the unclosed flow sequence on its own line or the closing line after it.
    expect(error.line).toBeGreaterThanOrEqual(lineOf(text, 'escalation: [mandatory'));
    expect(error.line).toBeLessThanOrEqual(lineOf(text, 'escalation: [mandatory') + 1);
  });

  it('refuses a version that YAML reads as a number, at its line', () => {
    const text = replaceOnce(bundled, 'version: 1.0.0', 'version: 1.0');
    expect(refusal(text).message).toBe(`${FILE}:3: invalid front matter: "version" must be a quoted string such as "1.0.0"`);
  });

  it('refuses front matter without a name, at the opening line', () => {
    const text = replaceOnce(bundled, 'name: data-engineer\n', '');
    expect(refusal(text).message).toBe(`${FILE}:1: invalid front matter: missing "name"`);
  });

  it('refuses an unknown model hint and an unknown escalation policy', () => {
    const hint = replaceOnce(bundled, '  prefer: sonnet', '  prefers: sonnet');
    expect(refusal(hint).message).toMatch(new RegExp(`^${FILE}:${lineOf(hint, 'prefers:')}: invalid front matter: unknown model hint "prefers"`));
    const policy = replaceOnce(bundled, 'escalation: mandatory', 'escalation: sometimes');
    expect(refusal(policy).message).toMatch(new RegExp(`^${FILE}:${lineOf(policy, 'escalation: sometimes')}: invalid front matter: "escalation" must be one of`));
  });

  it('refuses a malformed checklist id', () => {
    const text = replaceOnce(bundled, '`DQ-03`', '`DQ-3`');
    expect(refusal(text).message).toMatch(new RegExp(`^${FILE}:${lineOf(text, '`DQ-3`')}: malformed checklist id "DQ-3"`));
    const lower = replaceOnce(bundled, '`BI-02`', '`bi-02`');
    expect(refusal(lower).message).toMatch(new RegExp(`^${FILE}:${lineOf(lower, '`bi-02`')}: malformed checklist id "bi-02"`));
  });

  it('refuses a checklist id filed under another section', () => {
    const text = replaceOnce(bundled, '`DQ-08`', '`PERF-09`');
    expect(refusal(text).message).toMatch(new RegExp(`^${FILE}:${lineOf(text, '`PERF-09`')}: checklist id PERF-09 is in section DQ`));
  });

  it('refuses a checklist item that does not follow the bullet format', () => {
    const text = replaceOnce(bundled, '- `DQ-02` **Required fields not null** —', '- DQ-02 Required fields not null —');
    expect(refusal(text).message).toMatch(new RegExp(`^${FILE}:${lineOf(text, '- DQ-02 Required')}: malformed checklist item`));
  });

  it('refuses a trigger without options', () => {
    const heading = lineOf(bundled, '## `bi-platform`');
    const lines = bundled.split('\n');
    const optionsLine = lineOf(bundled, '- **Options:**', heading);
    const kept = lines.filter((line, i) => !(i + 1 > optionsLine && i + 1 <= optionsLine + 3 && line.startsWith('  - ')));
    const text = kept.join('\n');
    expect(refusal(text).message).toBe(`${FILE}:${optionsLine}: trigger bi-platform has no options: list them as nested bullets under "**Options:**"`);
  });

  it('refuses a trigger without a decision', () => {
    const heading = lineOf(bundled, '## `data-retention`');
    const lines = bundled.split('\n');
    const decide = lineOf(bundled, '- **Decide:**', heading);
    lines.splice(decide - 1, 1);
    expect(refusal(lines.join('\n')).message).toBe(`${FILE}:${heading}: trigger data-retention has no "**Decide:**" bullet`);
  });

  it('refuses a missing template field, at the template heading', () => {
    const text = bundled.replace(/^- `cost_impact` — .*\n/m, '');
    expect(refusal(text).message).toBe(`${FILE}:${lineOf(text, '# Escalation template')}: missing template field: cost_impact`);
  });

  it('refuses an unknown template field', () => {
    const text = replaceOnce(bundled, '- `data_volume` —', '- `volume` —');
    expect(refusal(text).message).toMatch(new RegExp(`^${FILE}:${lineOf(text, '- `volume`')}: unknown template field volume`));
  });

  it('refuses an empty checklist', () => {
    const start = bundled.indexOf('# Checklist');
    const end = bundled.indexOf('# No fallbacks');
    const text = `${bundled.slice(0, start)}# Checklist\n\nNothing yet.\n\n${bundled.slice(end)}`;
    expect(refusal(text).message).toBe(`${FILE}:${lineOf(text, '# Checklist')}: the checklist has no items`);
  });

  it('refuses a missing required section', () => {
    const start = bundled.indexOf('# Escalation template');
    expect(refusal(bundled.slice(0, start)).message).toMatch(/missing section "# Escalation template"/);
  });

  it('refuses a duplicate principle id', () => {
    const text = replaceOnce(bundled, '`P-simplicity`', '`P-security`');
    const first = lineOf(text, '`P-security`');
    expect(refusal(text).message).toBe(`${FILE}:${first + 1}: duplicate principle id P-security (first at line ${first})`);
  });
});

describe('reading the format', () => {
  it('accepts Windows line endings with the same result', () => {
    const unix = parseAgentDefinition(bundled, FILE);
    const windows = parseAgentDefinition(bundled.replace(/\n/g, '\r\n'), FILE);
    expect(windows.checklist).toEqual(unix.checklist);
    expect(windows.triggers).toEqual(unix.triggers);
  });

  it('does not read headings inside fenced code as sections', () => {
    const text = replaceOnce(bundled, '## Principles', '```\n# Checklist\n```\n\n## Principles');
    const agent = parseAgentDefinition(text, FILE);
    expect(agent.role).toContain('# Checklist');
    expect(agent.checklist).toHaveLength(56);
  });

  it('ignores extra top-level sections meant for humans', () => {
    const agent = parseAgentDefinition(`${bundled}\n# Notes\n\n- anything\n`, FILE);
    expect(agent.templateFields).toHaveLength(9);
  });

  it('reads a file from a path and names it in refusals', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'agent-'));
    try {
      const good = path.join(dir, 'good.md');
      await writeFile(good, bundled);
      expect((await loadAgentDefinition(good)).name).toBe('data-engineer');
      const bad = path.join(dir, 'bad.md');
      await writeFile(bad, bundled.replace('`GOV-02`', '`GOV-01`'));
      await expect(loadAgentDefinition(bad)).rejects.toThrow(/bad\.md:\d+: duplicate checklist id GOV-01 \(first at line \d+\)/);
      await expect(loadAgentDefinition(path.join(dir, 'absent.md'))).rejects.toThrow(/absent\.md: cannot read the agent definition \(ENOENT\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
