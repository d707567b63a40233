// A detector finds decisions a human must make (escalation triggers) in a change, from the same
// parsed view of the repository the rules read. Unlike a rule it compares both sides of the
// change: the point is what the change switches, not what a file contains.
import type { ChangeSet, Domain, DraftEscalation } from '../../model.js';
import type { DbtIndex } from '../../analyzers/dbt/project.js';
import type { SqlDialect } from '../../analyzers/sql/parser.js';
import type { TriggerId } from '../../agent/definition.js';

/** The escalation trigger ids of the agent definition. */
export type EscalationTrigger = TriggerId;

export interface DetectorContext {
  changeSet: ChangeSet;
  domains: ReadonlyMap<string, Domain>;
  /** The dbt project indexes of both sides, when the change touches dbt files. */
  dbt?: { base: DbtIndex; head: DbtIndex };
  /** The SQL dialect the engine parsed the change with (configured or inferred): tried first. */
  dialect?: SqlDialect;
}

export interface Detector {
  id: string;
  /** The triggers this detector can raise. */
  triggers: readonly EscalationTrigger[];
  detect(ctx: DetectorContext): Promise<DraftEscalation[]>;
}
