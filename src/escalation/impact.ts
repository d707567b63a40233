// Fills in what an escalation's template asks the review to know: what depends on the subject
// (downstream models and exposures, from the model graph at the head commit) and its data
// volume (from a dbt catalog, when the workflow provides one). Both only add context; nothing
// here changes whether an escalation is raised.
import { buildDbtGraph, parseNodeReference, type DbtGraph, type DbtGraphNode } from '../analyzers/dbt/graph.js';
import { buildDbtIndex, type DbtIndex } from '../analyzers/dbt/project.js';
import type { ChangeSet, Escalation } from '../model.js';
import { describeVolume, type VolumeCatalog } from './volume.js';

/** Downstream lists longer than this are cut: the issue names the first ones and counts the rest. */
const MAX_DOWNSTREAM = 500;

/** Every node that depends on `start`, directly or through others, nearest first. */
export function downstreamOf(graph: DbtGraph, start: readonly DbtGraphNode[]): DbtGraphNode[] {
  const seen = new Set<DbtGraphNode>(start);
  const order: DbtGraphNode[] = [];
  const queue = [...start];
  while (queue.length > 0 && order.length < MAX_DOWNSTREAM) {
    const node = queue.shift()!;
    for (const child of graph.children(node)) {
      if (seen.has(child)) continue;
      seen.add(child);
      order.push(child);
      queue.push(child);
    }
  }
  return order;
}

/** Exposures that depend on any of `nodes` (by `ref()` name). */
export function exposuresOf(index: DbtIndex, nodes: readonly DbtGraphNode[]): string[] {
  const names = new Set(nodes.map((node) => node.name.toLowerCase()));
  return index.exposures
    .filter((exposure) =>
      exposure.dependsOn.some((item) => {
        const reference = parseNodeReference(item.text);
        return reference?.kind === 'ref' && names.has(reference.name.toLowerCase());
      }),
    )
    .map((exposure) => exposure.name);
}

export interface ImpactContext {
  changeSet: ChangeSet;
  catalog?: VolumeCatalog;
  /** Why there is no catalog, when the workflow asked for one. */
  catalogProblem?: string;
  /**
   * The head's dbt index (and graph) the rules engine already built. Rebuilding them here parsed
   * every properties file of the project once more: 1,000 YAML parses on a 5,000-file change.
   */
  project?: { index: DbtIndex; graph?: DbtGraph };
}

/**
 * Adds `downstream` to escalations whose subject is a dbt node and `dataVolume` to all.
 * The head index and graph are built only when some escalation names a dbt node.
 */
export async function addImpact(escalations: Escalation[], context: ImpactContext): Promise<string[]> {
  const notices: string[] = [];
  if (escalations.length === 0) return notices;
  for (const escalation of escalations) {
    escalation.dataVolume =
      describeVolume(escalation.subject, context.catalog) ??
      (context.catalog ? `Unknown: the dbt catalog has no statistics for ${escalation.subject}` : context.catalogProblem ? `Unknown: ${context.catalogProblem}` : 'Unknown: no dbt catalog was provided');
  }

  let index: DbtIndex | undefined;
  let graph: DbtGraph | undefined;
  for (const escalation of escalations) {
    if (!index) {
      index = context.project?.index ?? (await buildDbtIndex(context.changeSet.contents, 'head'));
      if (index.projects.length === 0) return notices;
      graph = context.project?.graph ?? (await buildDbtGraph(index, context.changeSet.contents));
      if (!graph.complete) notices.push('The model graph at the head commit is incomplete, so the downstream impact of escalations may be understated.');
    }
    const start = graph!.named(escalation.subject);
    if (start.length === 0) continue;
    const downstream = downstreamOf(graph!, start);
    escalation.downstream = {
      models: downstream.map((node) => node.name),
      exposures: exposuresOf(index, [...start, ...downstream]),
    };
  }
  return notices;
}
