import { describe, expect, it } from 'vitest';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { streamingPipeline } from '../../../src/escalation/detectors/streaming-pipeline.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(streamingPipeline, spec);

const batchLoader = 'import pandas as pd\n\ndef load():\n    return pd.read_csv("s3://raw/orders.csv")\n';
const kafkaLoader =
  'import pandas as pd\nfrom confluent_kafka import Consumer\n\ndef load():\n    consumer = Consumer({"group.id": "orders"})\n    consumer.subscribe(["orders"])\n    return consumer.poll(1.0)\n';
const sparkJob = (read: string): string => `from pyspark.sql import SparkSession\n\nspark = SparkSession.builder.getOrCreate()\ndf = spark.${read}.format("kafka").load()\n`;

describe('streaming-pipeline', () => {
  it('is registered', () => {
    expect(detectors).toContain(streamingPipeline);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates an existing loader that starts consuming Kafka', async () => {
    const escalations = await detect({ base: { 'pipelines/orders.py': batchLoader }, head: { 'pipelines/orders.py': kafkaLoader } });
    expect(escalations).toMatchObject([
      {
        trigger: 'batch-vs-streaming',
        subject: 'pipelines/orders.py',
        title: 'pipelines/orders.py moves from batch to streaming (Kafka)',
        evidence: [{ file: 'pipelines/orders.py', line: 2, text: 'streaming in pipelines/orders.py: batch only → from confluent_kafka import Consumer' }],
        detector: 'streaming-pipeline',
      },
    ]);
  });

  it('escalates a Spark job switched from read to readStream', async () => {
    const escalations = await detect({ base: { 'jobs/orders.py': sparkJob('read') }, head: { 'jobs/orders.py': sparkJob('readStream') } });
    expect(evidenceTexts(escalations)).toEqual(['streaming in jobs/orders.py: batch only → .readStream']);
  });

  it('escalates a DAG that starts publishing to Pub/Sub and one that drops Kinesis', async () => {
    const dag = (task: string, extra = ''): string => `from airflow import DAG\n${extra}\nwith DAG("d", schedule="@daily") as dag:\n    ${task}\n`;
    const escalations = await detect({
      base: { 'dags/publish.py': dag('x = 1'), 'dags/clicks.py': dag('client = boto3.client("kinesis")', 'import boto3') },
      head: {
        'dags/publish.py': dag('PubSubPublishMessageOperator(task_id="p", project_id="x", topic="t", messages=[])', 'from airflow.providers.google.cloud.operators.pubsub import PubSubPublishMessageOperator'),
        'dags/clicks.py': dag('client = boto3.client("s3")', 'import boto3'),
      },
    });
    expect(escalations.map((e) => e.title).sort()).toEqual(['dags/clicks.py moves from streaming back to batch', 'dags/publish.py moves from batch to streaming (Google Pub/Sub)']);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate a new streaming file (another consumer is not a change of mode)', async () => {
    expect(await detect({ base: { 'pipelines/orders.py': batchLoader }, head: { 'pipelines/orders.py': batchLoader, 'pipelines/clicks.py': kafkaLoader } })).toEqual([]);
  });

  it('does not escalate a renamed streaming file, an edited consumer, or a reverted change', async () => {
    expect(await detect({ base: { 'pipelines/orders.py': kafkaLoader }, head: { 'pipelines/orders_stream.py': kafkaLoader }, renames: { 'pipelines/orders_stream.py': 'pipelines/orders.py' } })).toEqual([]);
    expect(await detect({ base: { 'pipelines/orders.py': kafkaLoader }, head: { 'pipelines/orders.py': kafkaLoader.replace('poll(1.0)', 'poll(5.0)') } })).toEqual([]);
    expect(await detect({ base: { 'pipelines/orders.py': batchLoader }, head: { 'pipelines/orders.py': batchLoader + '\n' } })).toEqual([]);
  });

  it('does not escalate streaming named in comments or strings only', async () => {
    expect(
      await detect({
        base: { 'pipelines/orders.py': batchLoader },
        head: { 'pipelines/orders.py': '# TODO: from confluent_kafka import Consumer\n' + batchLoader.replace('"s3://raw/orders.csv"', '"s3://raw/kafka_export.csv"') },
      }),
    ).toEqual([]);
  });
});
