import { describe, expect, it } from 'vitest';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { snapshotHistory } from '../../../src/escalation/detectors/snapshot-history.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(snapshotHistory, spec);

const snapshot = (config: string, name = 'orders_snapshot'): string =>
  [`{% snapshot ${name} %}`, `{{ config(target_schema='snapshots', unique_key='id', strategy='timestamp', updated_at='updated_at'${config}) }}`, "select * from {{ source('raw', 'orders') }}", '{% endsnapshot %}', ''].join('\n');
const project = 'name: shop\n';

describe('snapshot-history', () => {
  it('is registered', () => {
    expect(detectors).toContain(snapshotHistory);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates invalidate_hard_deletes switched on', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': snapshot('') },
      head: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': snapshot(', invalidate_hard_deletes=True') },
    });
    expect(escalations).toMatchObject([
      {
        trigger: 'data-retention',
        subject: 'orders_snapshot',
        title: 'Snapshot orders_snapshot changes how it keeps deleted rows: ignore → invalidate',
        evidence: [{ file: 'snapshots/orders_snapshot.sql', line: 2, text: 'hard_deletes: ignore → invalidate' }],
        detector: 'snapshot-history',
      },
    ]);
  });

  it('escalates hard_deletes changed in dbt_project.yml for a folder of snapshots', async () => {
    const withMode = (mode: string): string => `name: shop\nsnapshots:\n  shop:\n    +hard_deletes: ${mode}\n`;
    const escalations = await detect({
      base: { 'dbt_project.yml': withMode('invalidate'), 'snapshots/orders_snapshot.sql': snapshot('') },
      head: { 'dbt_project.yml': withMode('new_record'), 'snapshots/orders_snapshot.sql': snapshot('') + '\n' },
    });
    expect(escalations[0]?.evidence).toEqual([{ file: 'dbt_project.yml', line: 4, text: 'hard_deletes: invalidate → new_record' }]);
  });

  it('escalates a snapshot removed from the project', async () => {
    const escalations = await detect({ base: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': snapshot('') }, head: { 'dbt_project.yml': project } });
    expect(escalations.map((e) => [e.subject, e.title, evidenceTexts([e])])).toEqual([
      ['orders_snapshot', 'Snapshot orders_snapshot is removed: its history stops being kept', ['snapshot orders_snapshot: kept → removed']],
    ]);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate the older and newer spellings of the same mode', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': snapshot(', invalidate_hard_deletes=true') },
        head: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': snapshot(", hard_deletes='invalidate'") },
      }),
    ).toEqual([]);
  });

  it('does not escalate a renamed snapshot file, or one moved into another file with the same name', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': snapshot('') },
        head: { 'dbt_project.yml': project, 'snapshots/orders/orders_snapshot.sql': snapshot('') },
        renames: { 'snapshots/orders/orders_snapshot.sql': 'snapshots/orders_snapshot.sql' },
      }),
    ).toEqual([]);
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'snapshots/snaps.sql': snapshot('') },
        head: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': snapshot('') },
      }),
    ).toEqual([]);
  });

  it('does not escalate a new snapshot, other config changes, or a commented config', async () => {
    expect(await detect({ base: { 'dbt_project.yml': project }, head: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': snapshot(', invalidate_hard_deletes=True') } })).toEqual([]);
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': snapshot('') },
        head: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': snapshot('').replace("strategy='timestamp', updated_at='updated_at'", "strategy='check', check_cols='all'") },
      }),
    ).toEqual([]);
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': snapshot('') },
        head: { 'dbt_project.yml': project, 'snapshots/orders_snapshot.sql': '{# invalidate_hard_deletes=True once approved #}\n' + snapshot('') },
      }),
    ).toEqual([]);
  });
});
