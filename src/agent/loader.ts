// Loads an agent definition and refuses one that other parts of the product could not trust:
// every id a finding, a config entry or an issue may name must be well-formed, unique and,
// for triggers, one of the known set. Each refusal names the file and line.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundledAgentPath } from '../platform/assets.js';
import {
  AgentDefinitionError,
  CHECKLIST_ID_PATTERN,
  NO_FALLBACK_ID_PATTERN,
  PRINCIPLE_ID_PATTERN,
  TEMPLATE_FIELDS,
  TRIGGER_IDS,
  isTemplateFieldKey,
  isTriggerId,
  type AgentDefinition,
  type ChecklistItem,
  type IdentifiedItem,
  type TemplateField,
  type Trigger,
} from './definition.js';
import { locateFrontMatter, parseFrontMatter } from './frontMatter.js';
import {
  joinText,
  parseIdentifiedBullet,
  parseKeyedBullet,
  parseLabelledBullet,
  readBullets,
  splitSections,
  type Section,
  type SourceLine,
} from './outline.js';

const SECTION_KEYS = {
  role: 'role',
  checklist: 'checklist',
  'no fallbacks': 'noFallbacks',
  'escalation triggers': 'triggers',
  'escalation template': 'template',
} as const;
type SectionKey = (typeof SECTION_KEYS)[keyof typeof SECTION_KEYS];
const REQUIRED_SECTIONS: readonly SectionKey[] = ['role', 'checklist', 'triggers', 'template'];
const SECTION_TITLES: Record<SectionKey, string> = {
  role: 'Role',
  checklist: 'Checklist',
  noFallbacks: 'No fallbacks',
  triggers: 'Escalation triggers',
  template: 'Escalation template',
};

const TRIGGER_ID_PATTERN = /^[a-z][a-z0-9-]*$/;
const CHECKLIST_SECTION_HEADING = /^([A-Z]{2,5})\s+[—–-]\s+(\S.*)$/;
const TRIGGER_HEADING = /^`([^`]+)`\s*[—–-]\s*(\S.*)$/;

/** Reads the agent file at `file`, or the bundled one. */
export async function loadAgentDefinition(file?: string): Promise<AgentDefinition> {
  const resolved = file ?? bundledAgentPath();
  const shown = displayName(resolved);
  let text: string;
  try {
    text = await readFile(resolved, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AgentDefinitionError(shown, undefined, `cannot read the agent definition${code ? ` (${code})` : ''}`);
  }
  return parseAgentDefinition(text, shown);
}

/** A path relative to the working directory when it lies inside it, for shorter messages. */
function displayName(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

export function parseAgentDefinition(text: string, sourceName: string): AgentDefinition {
  const file = sourceName;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const block = locateFrontMatter(lines, file);
  const front = parseFrontMatter(block, file);

  const body: SourceLine[] = lines.slice(block.bodyStartLine - 1).map((t, i) => ({ text: t, line: block.bodyStartLine + i }));
  const sections = indexSections(splitSections(body, 1).sections, file);
  const eof = lines.length;
  for (const key of REQUIRED_SECTIONS) {
    if (!sections.has(key)) throw new AgentDefinitionError(file, eof, `missing section "# ${SECTION_TITLES[key]}"`);
  }
  const section = (key: SectionKey): Section => sections.get(key) as Section; // presence checked above

  const { role, principles } = readRole(section('role'), file);
  const noFallbacksSection = sections.get('noFallbacks');
  return {
    name: front.name,
    version: front.version,
    description: front.description,
    model: front.model,
    escalation: front.escalation,
    role,
    principles,
    checklist: readChecklist(section('checklist'), file),
    noFallbacks: noFallbacksSection ? readNoFallbacks(noFallbacksSection, file) : [],
    triggers: readTriggers(section('triggers'), file),
    templateFields: readTemplate(section('template'), file),
    source: file,
  };
}

function indexSections(sections: Section[], file: string): Map<SectionKey, Section> {
  const byKey = new Map<SectionKey, Section>();
  for (const section of sections) {
    const key = SECTION_KEYS[section.title.toLowerCase() as keyof typeof SECTION_KEYS];
    // Other top-level sections (notes for humans) are allowed and ignored.
    if (key === undefined) continue;
    const first = byKey.get(key);
    if (first) throw new AgentDefinitionError(file, section.line, `duplicate section "# ${section.title}" (first at line ${first.line})`);
    byKey.set(key, section);
  }
  return byKey;
}

/** Remembers where each id was first seen, to refuse a second one. */
class IdRegistry {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly file: string,
    private readonly kind: string,
  ) {}
  add(id: string, line: number): void {
    const first = this.seen.get(id);
    if (first !== undefined) throw new AgentDefinitionError(this.file, line, `duplicate ${this.kind} id ${id} (first at line ${first})`);
    this.seen.set(id, line);
  }
  has(id: string): boolean {
    return this.seen.has(id);
  }
}

function readRole(section: Section, file: string): { role: string; principles: IdentifiedItem[] } {
  const { preamble, sections } = splitSections(section.body, 2);
  const roleLines = [...preamble];
  let principles: IdentifiedItem[] = [];
  for (const sub of sections) {
    if (sub.title.toLowerCase() === 'principles') {
      principles = readIdentifiedItems(sub.body, file, 'principle', PRINCIPLE_ID_PATTERN, '`P-name`');
    } else {
      roleLines.push({ text: `## ${sub.title}`, line: sub.line }, ...sub.body);
    }
  }
  const role = joinText(roleLines);
  if (role === '') throw new AgentDefinitionError(file, section.line, 'the "# Role" section is empty');
  return { role, principles };
}

function readIdentifiedItems(lines: SourceLine[], file: string, kind: string, pattern: RegExp, idShape: string): IdentifiedItem[] {
  const registry = new IdRegistry(file, kind);
  const items: IdentifiedItem[] = [];
  for (const bullet of readBullets(lines).bullets) {
    const parsed = parseIdentifiedBullet(bullet.text);
    if (!parsed) throw new AgentDefinitionError(file, bullet.line, `malformed ${kind}: expected "- ${idShape} **Title** — text"`);
    if (!pattern.test(parsed.id)) throw new AgentDefinitionError(file, bullet.line, `malformed ${kind} id "${parsed.id}" (expected ${idShape})`);
    registry.add(parsed.id, bullet.line);
    items.push({ ...parsed, line: bullet.line });
  }
  return items;
}

function readChecklist(section: Section, file: string): ChecklistItem[] {
  const { preamble, sections } = splitSections(section.body, 2);
  const stray = readBullets(preamble).bullets[0];
  if (stray) throw new AgentDefinitionError(file, stray.line, 'checklist item outside a "## PREFIX — title" section');

  const registry = new IdRegistry(file, 'checklist');
  const prefixes = new Map<string, number>();
  const items: ChecklistItem[] = [];
  for (const sub of sections) {
    const heading = CHECKLIST_SECTION_HEADING.exec(sub.title);
    if (!heading?.[1] || !heading[2]) {
      throw new AgentDefinitionError(file, sub.line, `malformed checklist section heading "## ${sub.title}" (expected "## PREFIX — title", e.g. "## DQ — Data quality")`);
    }
    const prefix = heading[1];
    const sectionTitle = heading[2].trim();
    const firstPrefix = prefixes.get(prefix);
    if (firstPrefix !== undefined) throw new AgentDefinitionError(file, sub.line, `duplicate checklist section ${prefix} (first at line ${firstPrefix})`);
    prefixes.set(prefix, sub.line);

    for (const bullet of readBullets(sub.body).bullets) {
      const parsed = parseIdentifiedBullet(bullet.text);
      if (!parsed) throw new AgentDefinitionError(file, bullet.line, 'malformed checklist item: expected "- `ID` **Title** — what a reviewer checks"');
      if (!CHECKLIST_ID_PATTERN.test(parsed.id)) {
        throw new AgentDefinitionError(file, bullet.line, `malformed checklist id "${parsed.id}" (expected 2–5 capitals, a hyphen and two digits, e.g. DQ-03)`);
      }
      if (!parsed.id.startsWith(`${prefix}-`)) {
        throw new AgentDefinitionError(file, bullet.line, `checklist id ${parsed.id} is in section ${prefix} (line ${sub.line}); its prefix must be ${prefix}`);
      }
      registry.add(parsed.id, bullet.line);
      items.push({ ...parsed, prefix, section: sectionTitle, line: bullet.line });
    }
  }
  if (items.length === 0) throw new AgentDefinitionError(file, section.line, 'the checklist has no items');
  return items;
}

function readNoFallbacks(section: Section, file: string): IdentifiedItem[] {
  return readIdentifiedItems(section.body, file, 'no-fallback', NO_FALLBACK_ID_PATTERN, '`NF-01`');
}

function readTriggers(section: Section, file: string): Trigger[] {
  const { sections } = splitSections(section.body, 2);
  const registry = new IdRegistry(file, 'trigger');
  const triggers: Trigger[] = [];
  for (const sub of sections) {
    const heading = TRIGGER_HEADING.exec(sub.title);
    if (!heading?.[1] || !heading[2]) {
      throw new AgentDefinitionError(file, sub.line, `malformed trigger heading "## ${sub.title}" (expected "## \`trigger-id\` — title")`);
    }
    const id = heading[1].trim();
    if (!TRIGGER_ID_PATTERN.test(id)) throw new AgentDefinitionError(file, sub.line, `malformed trigger id "${id}" (expected lower-case words joined by hyphens)`);
    if (!isTriggerId(id)) throw new AgentDefinitionError(file, sub.line, `unknown trigger id ${id} (known: ${TRIGGER_IDS.join(', ')})`);
    registry.add(id, sub.line);
    triggers.push({ id, title: heading[2].trim(), ...readTriggerBody(sub, id, file), line: sub.line });
  }
  const missing = TRIGGER_IDS.filter((id) => !registry.has(id));
  if (missing.length > 0) {
    throw new AgentDefinitionError(file, section.line, `missing trigger ${missing.length === 1 ? 'id' : 'ids'}: ${missing.join(', ')}`);
  }
  return triggers;
}

function readTriggerBody(sub: Section, id: string, file: string): { decide: string; signals: string; options: string[] } {
  const found: { decide?: string; signals?: string; options?: string[] } = {};
  const seenAt = new Map<string, number>();
  for (const bullet of readBullets(sub.body).bullets) {
    const labelled = parseLabelledBullet(bullet.text);
    const field = labelled ? triggerField(labelled.label) : undefined;
    if (!labelled || !field) {
      throw new AgentDefinitionError(file, bullet.line, `unexpected bullet in trigger ${id}: expected "**Decide:**", "**Signals in a pull request:**" or "**Options:**"`);
    }
    const first = seenAt.get(field);
    if (first !== undefined) throw new AgentDefinitionError(file, bullet.line, `duplicate "${labelled.label}" in trigger ${id} (first at line ${first})`);
    seenAt.set(field, bullet.line);
    if (field === 'options') {
      const options = bullet.children.map((child) => child.text).filter((t) => t !== '');
      if (options.length === 0) throw new AgentDefinitionError(file, bullet.line, `trigger ${id} has no options: list them as nested bullets under "**Options:**"`);
      found.options = options;
    } else {
      if (labelled.text === '') throw new AgentDefinitionError(file, bullet.line, `"${labelled.label}" of trigger ${id} is empty`);
      found[field] = labelled.text;
    }
  }
  if (found.decide === undefined) throw new AgentDefinitionError(file, sub.line, `trigger ${id} has no "**Decide:**" bullet`);
  if (found.signals === undefined) throw new AgentDefinitionError(file, sub.line, `trigger ${id} has no "**Signals in a pull request:**" bullet`);
  if (found.options === undefined) throw new AgentDefinitionError(file, sub.line, `trigger ${id} has no options`);
  return { decide: found.decide, signals: found.signals, options: found.options };
}

function triggerField(label: string): 'decide' | 'signals' | 'options' | undefined {
  const normalised = label.toLowerCase();
  if (normalised === 'decide') return 'decide';
  if (normalised === 'signals' || normalised.startsWith('signals ')) return 'signals';
  if (normalised === 'options') return 'options';
  return undefined;
}

function readTemplate(section: Section, file: string): TemplateField[] {
  const fields: TemplateField[] = [];
  const seen = new Map<string, number>();
  for (const bullet of readBullets(section.body).bullets) {
    const parsed = parseKeyedBullet(bullet.text);
    if (!parsed) throw new AgentDefinitionError(file, bullet.line, 'malformed template field: expected "- `field` — meaning"');
    if (!isTemplateFieldKey(parsed.key)) {
      throw new AgentDefinitionError(file, bullet.line, `unknown template field ${parsed.key} (known: ${TEMPLATE_FIELDS.join(', ')})`);
    }
    const first = seen.get(parsed.key);
    if (first !== undefined) throw new AgentDefinitionError(file, bullet.line, `duplicate template field ${parsed.key} (first at line ${first})`);
    seen.set(parsed.key, bullet.line);
    fields.push({ key: parsed.key, meaning: parsed.text });
  }
  const missing = TEMPLATE_FIELDS.filter((key) => !seen.has(key));
  if (missing.length > 0) {
    throw new AgentDefinitionError(file, section.line, `missing template ${missing.length === 1 ? 'field' : 'fields'}: ${missing.join(', ')}`);
  }
  return fields;
}
