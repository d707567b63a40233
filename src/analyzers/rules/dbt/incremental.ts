// What the incremental-model rules share: the incremental models a change puts under review,
// with their effective config and where a finding about that config belongs.
import type { LocatedValue, ResolvedModelConfig } from '../../dbt/project.js';
import type { RuleContext } from '../../rule.js';
import { configCallLocation, effectiveConfig, entryLocation, isDisabled, materialization, modelsUnderReview, ownConfigLocation, stringOf } from './support.js';
import type { Location, ModelUnderReview } from './support.js';

export interface IncrementalModel {
  target: ModelUnderReview;
  config: ResolvedModelConfig;
  /** `incremental_strategy`, lower-cased, when set to a literal. */
  strategy?: string;
  /** Where a fix would go, best first: the materialization line, the config() call, the entry. */
  locations: (Location | undefined)[];
}

/** Incremental SQL models under review (Python models configure themselves in code we do not read here). */
export function incrementalModelsUnderReview(ctx: RuleContext): IncrementalModel[] {
  const index = ctx.dbt;
  if (!index) return [];
  const out: IncrementalModel[] = [];
  for (const target of modelsUnderReview(ctx)) {
    if (!target.path.endsWith('.sql') || target.inFile === undefined) continue;
    const config = effectiveConfig(index, target);
    if (materialization(config) !== 'incremental' || isDisabled(config)) continue;
    const strategy = stringOf(config['incremental_strategy']?.value);
    out.push({
      target,
      config,
      ...(strategy !== undefined ? { strategy } : {}),
      locations: [ownConfigLocation(config['materialized']), configCallLocation(target), entryLocation(target.entry)],
    });
  }
  return out;
}

/** How a config value was set, for messages: `config()` in the model, its properties, or dbt_project.yml. */
export function describeLayer(value: LocatedValue | undefined): string {
  if (!value) return 'dbt defaults';
  if (value.layer === 'in-file') return 'its config() call';
  if (value.layer === 'properties') return `its properties (\`${value.file}\`)`;
  return `folder config in \`${value.file}\``;
}
