import { describe, expect, it } from 'vitest';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { infrastructureSettings } from '../../../src/escalation/detectors/infrastructure-settings.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(infrastructureSettings, spec);

const lifecycle = (days: number, extra = ''): string =>
  [
    'resource "aws_s3_bucket_lifecycle_configuration" "raw" {',
    '  bucket = aws_s3_bucket.raw.id',
    '  rule {',
    '    id     = "expire-raw"',
    '    status = "Enabled"',
    '    expiration {',
    `      days = ${days}`,
    '    }',
    '  }',
    extra,
    '}',
    '',
  ].join('\n');

const warehouse = (size: string): string => ['resource "snowflake_warehouse" "transform" {', '  name           = "TRANSFORM"', `  warehouse_size = "${size}"`, '  auto_suspend   = 60', '}', ''].join('\n');

describe('infrastructure-settings', () => {
  it('is registered', () => {
    expect(detectors).toContain(infrastructureSettings);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates a bucket lifecycle expiration shortened in Terraform', async () => {
    const escalations = await detect({ base: { 'infra/s3.tf': lifecycle(365) }, head: { 'infra/s3.tf': lifecycle(30) } });
    expect(escalations).toMatchObject([
      {
        trigger: 'data-retention',
        subject: 'aws_s3_bucket_lifecycle_configuration.raw',
        title: 'days of aws_s3_bucket_lifecycle_configuration.raw changes',
        evidence: [{ file: 'infra/s3.tf', line: 7, text: 'days: 365 → 30' }],
        detector: 'infrastructure-settings',
      },
    ]);
  });

  it('escalates a warehouse resized in Terraform as performance-vs-cost', async () => {
    const escalations = await detect({ base: { 'infra/snowflake.tf': warehouse('XSMALL') }, head: { 'infra/snowflake.tf': warehouse('LARGE') } });
    expect(escalations).toMatchObject([{ trigger: 'performance-vs-cost', subject: 'snowflake_warehouse.transform', evidence: [{ line: 3, text: 'warehouse_size: xsmall → large' }] }]);
  });

  it('escalates time travel set in a SQL script and ClickHouse TTL changed', async () => {
    const escalations = await detect({
      base: { 'sql/setup.sql': 'create table raw.events (id int);\n', 'sql/clickhouse.sql': 'CREATE TABLE e (d Date) ENGINE = MergeTree ORDER BY d TTL d + INTERVAL 90 DAY;\n' },
      head: {
        'sql/setup.sql': 'create table raw.events (id int);\nalter table raw.events set DATA_RETENTION_TIME_IN_DAYS = 0;\n',
        'sql/clickhouse.sql': 'CREATE TABLE e (d Date) ENGINE = MergeTree ORDER BY d TTL d + INTERVAL 30 DAY;\n',
      },
    });
    expect(escalations.map((e) => [e.trigger, e.subject, evidenceTexts([e])]).sort()).toEqual([
      ['data-retention', 'sql/clickhouse.sql', ['TTL: d + interval 90 day → d + interval 30 day']],
      ['data-retention', 'sql/setup.sql', ['data_retention_time_in_days: (not set) → 0']],
    ]);
  });

  it('escalates Kafka topic retention in YAML as streaming-architecture', async () => {
    const topic = (ms: number): string => `topics:\n  - name: orders\n    partitions: 6\n    config:\n      retention.ms: ${ms}\n`;
    const escalations = await detect({ base: { 'kafka/topics.yml': topic(604800000) }, head: { 'kafka/topics.yml': topic(86400000) } });
    expect(escalations).toMatchObject([{ trigger: 'streaming-architecture', evidence: [{ file: 'kafka/topics.yml', line: 5, text: 'retention.ms: 604800000 → 86400000' }] }]);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate a resource moved to another file or reformatted', async () => {
    expect(
      await detect({
        base: { 'infra/main.tf': lifecycle(30) + warehouse('XSMALL') },
        head: { 'infra/main.tf': warehouse('XSMALL').replace('warehouse_size = "XSMALL"', "warehouse_size = \"xsmall\"  # sized for dev"), 'infra/s3.tf': lifecycle(30).replace('      days = 30', '      days=30') },
      }),
    ).toEqual([]);
  });

  it('does not escalate generic names outside their block, comments, or a reverted change', async () => {
    expect(await detect({ base: { 'infra/dns.tf': 'resource "aws_route53_record" "www" {\n  ttl = 300\n}\n' }, head: { 'infra/dns.tf': 'resource "aws_route53_record" "www" {\n  ttl = 60\n}\n' } })).toEqual([]);
    expect(await detect({ base: { 'config/app.yml': 'cache:\n  days: 3\n' }, head: { 'config/app.yml': 'cache:\n  days: 1\n' } })).toEqual([]);
    expect(await detect({ base: { 'infra/s3.tf': lifecycle(30) }, head: { 'infra/s3.tf': lifecycle(30, '  # expiration { days = 7 } once approved') } })).toEqual([]);
    expect(await detect({ base: { 'sql/a.sql': 'select 1;\n' }, head: { 'sql/a.sql': 'select 1;\n-- alter table t set data_retention_time_in_days = 0;\n' } })).toEqual([]);
  });

  it('does not read dbt models or properties (the dbt detectors do)', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': 'name: shop\n', 'models/orders.yml': 'version: 2\nmodels:\n  - name: orders\n    config:\n      partition_expiration_days: 365\n' },
        head: { 'dbt_project.yml': 'name: shop\n', 'models/orders.yml': 'version: 2\nmodels:\n  - name: orders\n    config:\n      partition_expiration_days: 30\n' },
      }),
    ).toEqual([]);
  });
});
