// DBT-013: a public model (`access: public`, as a property or a config) or a marts model the
// change adds or edits does not enforce a contract, so its column names and types can change
// under its consumers without a failing build. Ephemeral, disabled and Python models are left
// alone (dbt supports contracts on none of them in a way that applies). Folder-level
// `+contract: {enforced: true}` in dbt_project.yml counts. Anchors: dbt-checkpoint
// check-model-has-contract, dbt-bouncer MO002/MO005, dbt-project-evaluator
// fct_public_models_without_contract.
import type { Rule } from '../../rule.js';
import { contractEnforced } from './contracts.js';
import { configCallLocation, ownConfigLocation, effectiveConfig, entryLocation, isDisabled, inConsumerLayer, listOption, materialization, modelsUnderReview, reportAt, stringOf } from './support.js';

export const publicModelWithoutContract: Rule = {
  meta: {
    id: 'DBT-013',
    title: 'Public or marts model without an enforced contract',
    domain: 'dbt',
    checklist: ['STD-08', 'DQ-01', 'DQ-03', 'BI-03'],
    severity: 'error',
    rationale:
      'Dashboards, exports and other teams build on public and marts models; without an enforced contract a renamed column ' +
      'or changed type ships green and breaks them downstream. A contract makes the build fail instead.',
    examples: {
      bad: 'models:\n  - name: fct_orders\n    access: public\n    columns:\n      - name: order_id',
      good: 'models:\n  - name: fct_orders\n    access: public\n    config:\n      contract: {enforced: true}\n    columns:\n      - name: order_id\n        data_type: bigint',
    },
    appliesTo: ['dbt-model', 'dbt-properties'],
    scope: 'changed-objects',
    needsGraph: true,
    options: {
      folders: { type: 'string-list', default: ['marts', 'mart'], description: 'Folder names whose models are consumer-facing (besides `fct_`/`dim_` models outside layer folders).' },
    },
  },
  check(ctx) {
    const folders = listOption(ctx, publicModelWithoutContract.meta, 'folders');
    const index = ctx.dbt;
    if (!index) return;
    for (const target of modelsUnderReview(ctx)) {
      if (!target.path.endsWith('.sql') || target.inFile === undefined) continue;
      const config = effectiveConfig(index, target);
      if (isDisabled(config) || materialization(config) === 'ephemeral' || contractEnforced(config)) continue;
      const accessValue = target.entry?.keys['access'] ?? config['access'];
      const isPublic = stringOf(accessValue?.value) === 'public';
      if (!isPublic && !inConsumerLayer(target.path, target.name, folders)) continue;
      const why = isPublic ? 'is `access: public`' : 'is a marts model';
      reportAt(
        ctx,
        target,
        [ownConfigLocation(config['contract']), isPublic ? ownConfigLocation(accessValue) : undefined, entryLocation(target.entry), configCallLocation(target)],
        `Model \`${target.name}\` ${why} but does not enforce a contract, so its columns and types can change under its consumers. ` +
          'Add `config: {contract: {enforced: true}}` with `data_type` on every column (or `+contract: {enforced: true}` for its folder).',
      );
    }
  },
};
