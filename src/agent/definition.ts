// The parsed form of an agent definition file (agents/data-engineer.md). Findings, config and
// docs name checklist items and escalation triggers by the ids declared here.

/** The escalation triggers every agent definition must describe, no more and no fewer. */
export const TRIGGER_IDS = [
  'data-architecture',
  'etl-tool-selection',
  'etl-vs-elt',
  'batch-vs-streaming',
  'streaming-architecture',
  'data-retention',
  'bi-platform',
  'data-modeling',
  'data-quality-thresholds',
  'performance-vs-cost',
  'warehouse-selection',
  'lake-storage-format',
  'incremental-vs-full-refresh',
  'orchestration-tool',
] as const;

export type TriggerId = (typeof TRIGGER_IDS)[number];

export function isTriggerId(value: string): value is TriggerId {
  return (TRIGGER_IDS as readonly string[]).includes(value);
}

/** The fields of an escalation to a human, in the order they are presented. */
export const TEMPLATE_FIELDS = [
  'agent',
  'task',
  'problem',
  'attempted',
  'options',
  'impact',
  'constitutional_impact',
  'data_volume',
  'cost_impact',
] as const;

export type TemplateFieldKey = (typeof TEMPLATE_FIELDS)[number];

export function isTemplateFieldKey(value: string): value is TemplateFieldKey {
  return (TEMPLATE_FIELDS as readonly string[]).includes(value);
}

/** Checklist ids look like `DQ-03`: a section prefix and a two-digit number. */
export const CHECKLIST_ID_PATTERN = /^[A-Z]{2,5}-\d{2}$/;
export const NO_FALLBACK_ID_PATTERN = /^NF-\d{2}$/;
export const PRINCIPLE_ID_PATTERN = /^P-[a-z][a-z0-9-]*$/;

export type EscalationPolicy = 'mandatory' | 'advisory';

export interface ModelHints {
  /** A model class (`sonnet`, `opus`, `haiku`) to use when the configuration names no model. */
  prefer?: string;
  /** An exact model id; wins over `prefer`, loses to the configuration. */
  id?: string;
}

/** A bulleted rule with an id: a principle or a no-fallback rule. */
export interface IdentifiedItem {
  id: string;
  title: string;
  text: string;
  /** 1-based line in the agent file. */
  line: number;
}

export interface ChecklistItem extends IdentifiedItem {
  /** The id prefix, e.g. `DQ`. */
  prefix: string;
  /** The title of the section the item sits in, e.g. `Data quality framework`. */
  section: string;
}

export interface Trigger {
  id: TriggerId;
  title: string;
  /** The decision a human has to take. */
  decide: string;
  /** What in a diff shows the decision is being taken. */
  signals: string;
  /** Default options, each with its trade-offs. */
  options: string[];
  line: number;
}

export interface TemplateField {
  key: TemplateFieldKey;
  meaning: string;
}

export interface AgentDefinition {
  name: string;
  version: string;
  description: string;
  model: ModelHints;
  escalation: EscalationPolicy;
  /** The `# Role` section without its principles, as written. */
  role: string;
  principles: IdentifiedItem[];
  checklist: ChecklistItem[];
  noFallbacks: IdentifiedItem[];
  triggers: Trigger[];
  templateFields: TemplateField[];
  /** Where the definition was read from, as used in messages. */
  source: string;
}

/** A refusal to load an agent file; the message names the file and, when known, the line. */
export class AgentDefinitionError extends Error {
  override readonly name = 'AgentDefinitionError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
  }
}
