// Reads and checks the YAML front matter of an agent file. The `yaml` package keeps source
// offsets for every node, so each refusal can name the line it is about.
import { LineCounter, isMap, isScalar, parseDocument, type Node, type Pair } from 'yaml';
import { AgentDefinitionError, type EscalationPolicy, type ModelHints } from './definition.js';

export interface FrontMatter {
  name: string;
  version: string;
  description: string;
  model: ModelHints;
  escalation: EscalationPolicy;
}

export interface FrontMatterBlock {
  /** The YAML text between the two `---` lines. */
  yaml: string;
  /** The file line of the first YAML line. */
  firstLine: number;
  /** The file line after the closing `---`. */
  bodyStartLine: number;
}

const NAME_PATTERN = /^[a-z][a-z0-9-]*$/;
const VERSION_PATTERN = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;
const MODEL_KEYS = new Set(['prefer', 'id']);
const ESCALATION_POLICIES: readonly EscalationPolicy[] = ['mandatory', 'advisory'];

/** Finds the `---` delimited block at the very start of the file. */
export function locateFrontMatter(lines: string[], file: string): FrontMatterBlock {
  if (lines[0]?.trim() !== '---') {
    throw new AgentDefinitionError(file, 1, 'missing front matter: the file must start with a line "---"');
  }
  for (let index = 1; index < lines.length; index++) {
    const text = lines[index]?.trim();
    if (text === '---' || text === '...') {
      return { yaml: lines.slice(1, index).join('\n'), firstLine: 2, bodyStartLine: index + 2 };
    }
  }
  throw new AgentDefinitionError(file, 1, 'the front matter opened here is never closed by a line "---"');
}

export function parseFrontMatter(block: FrontMatterBlock, file: string): FrontMatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter, prettyErrors: true });
  const fileLine = (offset: number): number => block.firstLine + lineCounter.linePos(offset).line - 1;

  const firstError = doc.errors[0];
  if (firstError) {
    const line = firstError.linePos ? block.firstLine + firstError.linePos[0].line - 1 : block.firstLine;
    const reason = firstError.message.split('\n')[0] ?? firstError.message;
    throw new AgentDefinitionError(file, line, `invalid front matter: ${reason}`);
  }
  if (!isMap(doc.contents)) {
    throw new AgentDefinitionError(file, block.firstLine, 'invalid front matter: expected a mapping of keys such as name, version, description');
  }

  const fields = new Fields(doc.contents.items, file, block.firstLine - 1, fileLine);

  const name = fields.requiredString('name');
  if (!NAME_PATTERN.test(name.value)) {
    throw new AgentDefinitionError(file, name.line, `invalid front matter: name "${name.value}" must be lower-case words joined by hyphens`);
  }
  const version = fields.requiredString('version', 'a quoted string such as "1.0.0"');
  if (!VERSION_PATTERN.test(version.value)) {
    throw new AgentDefinitionError(file, version.line, `invalid front matter: version "${version.value}" is not a semantic version such as 1.0.0`);
  }
  const description = fields.requiredString('description');

  return {
    name: name.value,
    version: version.value,
    description: description.value.trim(),
    model: fields.modelHints(),
    escalation: fields.escalation(),
  };
}

/** Typed access to the top-level keys, with the line of each for messages. */
class Fields {
  constructor(
    private readonly pairs: Pair[],
    private readonly file: string,
    private readonly headerLine: number,
    private readonly fileLine: (offset: number) => number,
  ) {}

  private find(key: string): { pair: Pair; line: number } | undefined {
    for (const pair of this.pairs) {
      if (isScalar(pair.key) && pair.key.value === key) return { pair, line: this.lineOf(pair.value) ?? this.lineOf(pair.key) ?? this.headerLine };
    }
    return undefined;
  }

  private lineOf(node: unknown): number | undefined {
    const range = (node as Node | null | undefined)?.range;
    return range ? this.fileLine(range[0]) : undefined;
  }

  requiredString(key: string, expected = 'a non-empty string'): { value: string; line: number } {
    const found = this.find(key);
    if (!found) throw new AgentDefinitionError(this.file, this.headerLine, `invalid front matter: missing "${key}"`);
    const value: unknown = isScalar(found.pair.value) ? found.pair.value.value : undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      throw new AgentDefinitionError(this.file, found.line, `invalid front matter: "${key}" must be ${expected}`);
    }
    return { value, line: found.line };
  }

  modelHints(): ModelHints {
    const found = this.find('model');
    if (!found) return {};
    const node = found.pair.value;
    if (!isMap(node)) {
      throw new AgentDefinitionError(this.file, found.line, 'invalid front matter: "model" must be a mapping such as {prefer: sonnet}');
    }
    const hints: ModelHints = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const line = this.lineOf(pair.key) ?? found.line;
      if (!MODEL_KEYS.has(key)) {
        throw new AgentDefinitionError(this.file, line, `invalid front matter: unknown model hint "${key}" (known: ${[...MODEL_KEYS].join(', ')})`);
      }
      const value: unknown = isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof value !== 'string' || value.trim() === '') {
        throw new AgentDefinitionError(this.file, line, `invalid front matter: model.${key} must be a non-empty string`);
      }
      if (key === 'prefer') hints.prefer = value.trim();
      else hints.id = value.trim();
    }
    return hints;
  }

  escalation(): EscalationPolicy {
    const found = this.find('escalation');
    if (!found) return 'mandatory';
    const value: unknown = isScalar(found.pair.value) ? found.pair.value.value : undefined;
    const policy = ESCALATION_POLICIES.find((p) => p === value);
    if (!policy) {
      throw new AgentDefinitionError(this.file, found.line, `invalid front matter: "escalation" must be one of ${ESCALATION_POLICIES.join(', ')}`);
    }
    return policy;
  }
}
