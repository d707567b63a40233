// GOV-005: models, sources and exposures the change adds or edits must carry the meta keys the
// team requires (default: `owner`). Where dbt reads meta: `meta:` and `config: meta:` of the
// entry, `+meta` in dbt_project.yml folder levels, and the model's `config(meta=…)`; a source's
// meta applies to its tables. `owner` is also satisfied by a model's `group` (dbt groups carry
// an owner) and by an exposure's required `owner:` block. Anchors: dbt-checkpoint
// check-*-has-meta-keys, dbt-bouncer MO037 / SO012 / EX005 / EX006.
//
// On by default as a warning with `keys: [owner]`: ownership is the one key every team needs,
// and a warning does not block. Teams set their own keys and make it blocking in the config:
//   rules: { GOV-005: { severity: error, keys: [owner, domain] } }
import { fqnSearch } from '../../dbt/project.js';
import type { DbtProject } from '../../dbt/project.js';
import type { JinjaConfig } from '../../dbt/jinja.js';
import { metaOf } from '../../governance/classification.js';
import { addedByChange, edited, stem } from '../../governance/changed.js';
import { modelFacts } from '../../governance/model-facts.js';
import { stringListOption } from '../../governance/options.js';
import type { Rule, RuleContext, RuleMeta } from '../../rule.js';
import { yamlEntry, yamlGet, yamlItems, yamlPlain, yamlString } from '../../yaml.js';
import type { YamlNode } from '../../yaml.js';

const meta: RuleMeta = {
  id: 'GOV-005',
  title: 'Required meta keys missing',
  domain: 'governance',
  checklist: ['GOV-05', 'STD-01'],
  severity: 'warning',
  rationale:
    'When a model, source or dashboard breaks, someone has to be found who owns it; when data must be deleted or audited, ' +
    'its domain and sensitivity must be known. Catalogs and alert routing read these from meta, so an object without them ' +
    'is orphaned from the day it ships.',
  examples: {
    bad: 'models:\n  - name: fct_orders\n    description: One row per order.',
    good: 'models:\n  - name: fct_orders\n    description: One row per order.\n    config:\n      meta:\n        owner: data-platform@example.com',
  },
  appliesTo: ['dbt-model', 'dbt-properties'],
  scope: 'changed-objects',
  needsGraph: true,
  options: {
    keys: { type: 'string-list', default: ['owner'], description: 'The meta keys every object must have.' },
    resources: {
      type: 'string-list',
      default: ['models', 'sources', 'exposures'],
      description: 'Which objects are checked: models, sources, exposures, snapshots, seeds.',
    },
  },
};

const present = (value: unknown): boolean => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

function missingKeys(required: readonly string[], metaKeys: ReadonlyMap<string, unknown>, ownerElsewhere: boolean): string[] {
  return required.filter((key) => !present(metaKeys.get(key.toLowerCase())) && !(key.toLowerCase() === 'owner' && ownerElsewhere));
}

const list = (keys: readonly string[]): string => keys.map((key) => `\`${key}\``).join(', ');

function message(what: string, missing: readonly string[]): string {
  const example = missing.map((key) => `${key}: …`).join(', ');
  return `${what} has no ${list(missing)} in its meta. Add ${missing.length > 1 ? 'them' : 'it'} under \`config: meta:\` (\`meta: {${example}}\`) so the object can be traced to who owns it.`;
}

/** Meta from dbt_project.yml `sources:` levels for a source table (fqn: project, source, table). */
function projectSourceMeta(project: DbtProject | undefined, source: string, table: string): Map<string, unknown> {
  const meta = new Map<string, unknown>();
  if (!project?.sourcesConfig) return meta;
  for (const level of fqnSearch(project.sourcesConfig, [project.name, source, table])) {
    const value = yamlGet(level, '+meta') ?? yamlGet(level, 'meta');
    if (value?.kind !== 'map') continue;
    for (const entry of value.entries) meta.set(entry.key.toLowerCase(), yamlPlain(entry.value));
  }
  return meta;
}

function inFileConfigs(ctx: RuleContext, path: string): readonly JinjaConfig[] {
  if (ctx.file.path === path) return ctx.jinja?.configs ?? [];
  return ctx.graph?.nodesAt(path).find((node) => node.kind === 'model')?.configs ?? [];
}

function modelMissing(ctx: RuleContext, required: readonly string[], path: string, entry: YamlNode | undefined): string[] {
  const facts = modelFacts(ctx.dbt, path, entry, inFileConfigs(ctx, path));
  return missingKeys(required, facts.meta, present(facts.config.get('group')));
}

function checkModelFile(ctx: RuleContext, required: readonly string[]): void {
  if (!(ctx.fullFileReview || ctx.file.status === 'added')) return;
  const index = ctx.dbt;
  const model = index?.model(ctx.file.path);
  const name = model?.name ?? stem(ctx.file.path);
  const missing = modelMissing(ctx, required, ctx.file.path, ctx.modelProperties);
  if (missing.length === 0) return;
  const entry = index?.properties('model', name, model?.project);
  const text = message(`Model \`${name}\``, missing);
  if (entry) ctx.report({ file: entry.file, line: entry.line, message: text, snippet: `- name: ${name}` });
  else ctx.report({ line: ctx.jinja?.configs[0]?.line ?? 1, message: text, snippet: `model ${name}` });
}

function checkProperties(ctx: RuleContext, required: readonly string[], resources: readonly string[]): void {
  if (!ctx.yaml?.ok) return;
  const root = ctx.yaml.root;
  const index = ctx.dbt;
  const project = index?.projectFor(ctx.file.path);
  const nameLine = (node: YamlNode): number => yamlEntry(node, 'name')?.keyLine ?? node.line;

  if (resources.includes('models')) {
    for (const item of yamlItems(yamlGet(root, 'models'))) {
      const name = yamlString(yamlGet(item, 'name'));
      if (name === undefined || !edited(ctx, item.line, item.endLine)) continue;
      const models = index?.modelsNamed(name) ?? [];
      const model = models.find((candidate) => candidate.project === project) ?? models[0];
      // An added model file reports itself, on this same entry.
      if (model && addedByChange(ctx, model.path)) continue;
      const missing = modelMissing(ctx, required, model?.path ?? '', item);
      if (missing.length > 0) ctx.report({ line: nameLine(item), message: message(`Model \`${name}\``, missing), snippet: `- name: ${name}` });
    }
  }
  for (const [key, label] of [
    ['snapshots', 'Snapshot'],
    ['seeds', 'Seed'],
  ] as const) {
    if (!resources.includes(key)) continue;
    for (const item of yamlItems(yamlGet(root, key))) {
      const name = yamlString(yamlGet(item, 'name'));
      if (name === undefined || !edited(ctx, item.line, item.endLine)) continue;
      const missing = missingKeys(required, metaOf(item), false);
      if (missing.length > 0) ctx.report({ line: nameLine(item), message: message(`${label} \`${name}\``, missing), snippet: `- name: ${name}` });
    }
  }
  if (resources.includes('sources')) {
    for (const source of yamlItems(yamlGet(root, 'sources'))) {
      const sourceName = yamlString(yamlGet(source, 'name'));
      if (sourceName === undefined) continue;
      const sourceMeta = metaOf(source);
      const tables = yamlItems(yamlGet(source, 'tables'));
      const sourceEdited = edited(ctx, source.line, (tables[0]?.line ?? source.endLine + 1) - 1);
      for (const table of tables) {
        const tableName = yamlString(yamlGet(table, 'name'));
        if (tableName === undefined || !(sourceEdited || edited(ctx, table.line, table.endLine))) continue;
        const merged = new Map([...projectSourceMeta(project, sourceName, tableName), ...sourceMeta, ...metaOf(table)]);
        const missing = missingKeys(required, merged, false);
        if (missing.length > 0) {
          ctx.report({ line: nameLine(table), message: message(`Source table \`${sourceName}.${tableName}\``, missing), snippet: `- name: ${tableName}` });
        }
      }
      if (tables.length === 0 && sourceEdited) {
        const missing = missingKeys(required, new Map([...projectSourceMeta(project, sourceName, ''), ...sourceMeta]), false);
        if (missing.length > 0) ctx.report({ line: nameLine(source), message: message(`Source \`${sourceName}\``, missing), snippet: `- name: ${sourceName}` });
      }
    }
  }
  if (resources.includes('exposures')) {
    for (const exposure of yamlItems(yamlGet(root, 'exposures'))) {
      const name = yamlString(yamlGet(exposure, 'name'));
      if (name === undefined || !edited(ctx, exposure.line, exposure.endLine)) continue;
      const owner = yamlGet(exposure, 'owner');
      const hasOwner = owner?.kind === 'map' ? owner.entries.some((entry) => present(yamlPlain(entry.value))) : present(owner ? yamlPlain(owner) : undefined);
      const missing = missingKeys(required, metaOf(exposure), hasOwner);
      if (missing.length > 0) ctx.report({ line: nameLine(exposure), message: message(`Exposure \`${name}\``, missing), snippet: `- name: ${name}` });
    }
  }
}

export const requiredMetaKeys: Rule = {
  meta,
  check(ctx) {
    const required = stringListOption(ctx, meta, 'keys');
    if (required.length === 0) return;
    const resources = stringListOption(ctx, meta, 'resources').map((resource) => resource.toLowerCase());
    if (ctx.file.kind === 'dbt-model') {
      if (resources.includes('models')) checkModelFile(ctx, required);
    } else if (ctx.file.kind === 'dbt-properties') {
      checkProperties(ctx, required, resources);
    }
  },
};
