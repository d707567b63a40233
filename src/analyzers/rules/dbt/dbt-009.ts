// DBT-009: a ref() or source() the change adds names a node that does not exist in the
// repository: no model, snapshot or seed of that name (versioned models resolve by their base
// name), no source table declared in YAML. dbt would fail to compile the project.
// What the repository cannot show is not reported as missing:
//   - refs with a package prefix (`ref('pkg', 'model')`): packages are not installed here;
//   - when a declared package (packages.yml / dependencies.yml, or one committed under
//     dbt_packages/) may define nodes, an unknown name might come from it: the finding is then a
//     warning that names the packages. Hub packages known to ship only macros do not count.
//   - when the model graph could not read every model or snapshot, or the index could not read
//     every YAML file, nothing is reported (the review's notices say what was not read).
// Anchor: dbt-checkpoint check-script-ref-and-source.
import type { Rule } from '../../rule.js';

export const missingRefTarget: Rule = {
  meta: {
    id: 'DBT-009',
    title: 'ref() or source() to a node that does not exist',
    domain: 'dbt',
    checklist: ['STD-01', 'DQ-07', 'CODE-02'],
    severity: 'error',
    rationale:
      'A ref() or source() to a name nothing defines stops dbt at compile time for the whole project, not just this model; ' +
      'it usually means a typo, a renamed model, or a source table not yet declared in YAML.',
    examples: {
      bad: "select * from {{ ref('stg_order') }}  -- the model is stg_orders",
      good: "select * from {{ ref('stg_orders') }}",
    },
    appliesTo: ['dbt-model', 'dbt-snapshot', 'dbt-test', 'dbt-analysis'],
    needsGraph: true,
  },
  check(ctx) {
    const graph = ctx.graph;
    const jinja = ctx.jinja;
    // A YAML file the index could not read may declare the missing source or model version.
    if (!graph || !jinja || (ctx.dbt?.problems.length ?? 0) > 0) return;
    const project = ctx.dbt?.projectFor(ctx.file.path);
    const opaque = graph.opaquePackages;
    const packageNote =
      opaque.length > 0
        ? ` Unless it comes from a package (${opaque
            .map((pkg) => `\`${pkg.name ?? pkg.spec}\``)
            .slice(0, 5)
            .join(', ')}), which this review cannot see.`
        : '';
    const extra = opaque.length > 0 ? { severity: 'warning' as const } : {};
    for (const ref of jinja.refs) {
      if (ref.package !== undefined) continue;
      if (graph.resolveRef(ref, project)) continue;
      if (!graph.complete) continue;
      ctx.report({
        line: ref.line,
        message: `\`ref('${ref.name}')\` names no model, snapshot or seed in this repository, so dbt cannot compile it. Check the name (a renamed or deleted model?).${packageNote}`,
        snippet: `ref('${ref.name}')`,
        ...extra,
      });
    }
    for (const source of jinja.sources) {
      if (graph.hasSource(source.source, source.table)) continue;
      const sameSource = ctx.dbt?.sourceTables.some((table) => table.source === source.source) ?? false;
      const hint = sameSource
        ? `Source \`${source.source}\` exists but has no table \`${source.table}\`: add it under its \`tables:\`.`
        : `No YAML file declares a source \`${source.source}\`: declare it under \`sources:\` with the table \`${source.table}\`.`;
      ctx.report({
        line: source.line,
        message: `\`source('${source.source}', '${source.table}')\` is not declared in this repository, so dbt cannot compile it. ${hint}${packageNote}`,
        snippet: `source('${source.source}', '${source.table}')`,
        ...extra,
      });
    }
  },
};
