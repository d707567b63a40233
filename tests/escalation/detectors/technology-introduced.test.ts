import { describe, expect, it } from 'vitest';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { technologyIntroduced } from '../../../src/escalation/detectors/technology-introduced.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(technologyIntroduced, spec);

const airflowDag = (task: string, imports = ''): string =>
  ['from airflow import DAG', 'from airflow.operators.bash import BashOperator', imports, 'with DAG("orders", schedule="@daily") as dag:', `    ${task}`, ''].join('\n');
const repo = { 'requirements.txt': 'apache-airflow==2.9.1\n', 'dags/orders.py': airflowDag('BashOperator(task_id="load", bash_command="python load.py")') };

describe('technology-introduced', () => {
  it('is registered', () => {
    expect(detectors).toContain(technologyIntroduced);
  });

  // --- orchestration-tool --------------------------------------------------------------------
  it('escalates Dagster added next to Airflow', async () => {
    const escalations = await detect({
      base: repo,
      head: { ...repo, 'requirements.txt': 'apache-airflow==2.9.1\ndagster==1.7.0\n', 'orchestration/assets.py': 'from dagster import asset, Definitions\n\n@asset\ndef orders():\n    return 1\n' },
    });
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({
      trigger: 'orchestration-tool',
      subject: 'Dagster',
      title: 'Dagster is introduced as an orchestrator (or a new way of running dbt)',
      evidence: [
        { file: 'orchestration/assets.py', line: 1, text: 'Dagster: not used → from dagster import asset, Definitions' },
        { file: 'requirements.txt', line: 2, text: 'Dagster: not used → dagster==1.7.0' },
      ],
      detector: 'technology-introduced',
    });
    expect(escalations[0]?.options[0]).toBe('Keep Airflow for this job instead of adding Dagster.');
  });

  it('escalates dbt run through Cosmos in an existing DAG', async () => {
    const escalations = await detect({
      base: repo,
      head: { ...repo, 'dags/orders.py': airflowDag('DbtTaskGroup(group_id="dbt", project_config=config)', 'from cosmos import DbtTaskGroup') },
    });
    expect(escalations.map((e) => [e.trigger, e.subject])).toEqual([['orchestration-tool', 'Astronomer Cosmos (dbt run by Airflow)']]);
    expect(evidenceTexts(escalations)).toEqual([
      'Astronomer Cosmos (dbt run by Airflow): not used → from cosmos import DbtTaskGroup',
      'Astronomer Cosmos (dbt run by Airflow): not used → DbtTaskGroup(…)',
    ]);
  });

  it('escalates dbt Cloud job definitions (dbt-jobs-as-code) in a repository that ran dbt from Airflow', async () => {
    const jobs = 'jobs:\n  nightly:\n    account_id: 1\n    project_id: 2\n    environment_id: 3\n    name: Nightly\n    execute_steps:\n      - dbt build\n';
    const escalations = await detect({ base: repo, head: { ...repo, 'dbt_cloud/jobs.yml': jobs } });
    expect(escalations.map((e) => [e.subject, evidenceTexts([e])])).toEqual([['dbt Cloud jobs', ['dbt Cloud jobs: not used → job definition dbt_cloud/jobs.yml']]]);
    expect(escalations[0]?.evidence[0]?.line).toBe(7);
  });

  // --- etl-tool-selection --------------------------------------------------------------------
  it('escalates a Fivetran operator and a Meltano project as new ingestion tools', async () => {
    const escalations = await detect({
      base: repo,
      head: {
        ...repo,
        'dags/orders.py': airflowDag('FivetranOperator(task_id="sync", connector_id="abc")', 'from fivetran_provider_async.operators import FivetranOperator'),
        'meltano/meltano.yml': 'project_id: x\nplugins:\n  extractors: []\n',
      },
    });
    expect(escalations.map((e) => [e.trigger, e.subject]).sort()).toEqual([
      ['etl-tool-selection', 'Fivetran'],
      ['etl-tool-selection', 'Meltano'],
    ]);
  });

  // --- streaming-architecture ----------------------------------------------------------------
  it('escalates a Kafka consumer in a new file and a Kinesis stream in Terraform', async () => {
    const escalations = await detect({
      base: repo,
      head: {
        ...repo,
        'ingest/orders_consumer.py': 'from confluent_kafka import Consumer\n\nconsumer = Consumer({"group.id": "orders"})\n',
        'infra/streams.tf': 'resource "aws_kinesis_stream" "clicks" {\n  name = "clicks"\n}\n',
      },
    });
    expect(escalations.map((e) => [e.trigger, e.subject, e.evidence[0]?.text]).sort()).toEqual([
      ['streaming-architecture', 'Amazon Kinesis', 'Amazon Kinesis: not used → resource aws_kinesis_stream.clicks'],
      ['streaming-architecture', 'Kafka', 'Kafka: not used → from confluent_kafka import Consumer'],
    ]);
  });

  // --- bi-platform, lake, modelling ----------------------------------------------------------
  it('escalates a LookML project and an exposure on a new BI host', async () => {
    const exposures = (url: string): string =>
      `version: 2\nexposures:\n  - name: revenue\n    type: dashboard\n    url: ${url}\n    owner: {name: Finance}\n    depends_on: [ref('orders')]\n`;
    const base = { 'dbt_project.yml': 'name: shop\n', 'models/orders.sql': 'select 1 as id\n', 'models/exposures.yml': exposures('https://acme.metabaseapp.com/dashboard/1') };
    const escalations = await detect({
      base,
      head: { ...base, 'models/exposures.yml': exposures('https://app.powerbi.com/groups/me/reports/1'), 'looker/orders.view.lkml': 'view: orders {}\n' },
    });
    expect(escalations.map((e) => [e.trigger, e.subject, evidenceTexts([e])]).sort()).toEqual([
      ['bi-platform', 'Looker', ['Looker: not used → file looker/orders.view.lkml']],
      ['bi-platform', 'Power BI', ['Power BI: not used → exposure revenue url on app.powerbi.com']],
    ]);
  });

  it('escalates a Data Vault package and an Iceberg library', async () => {
    const escalations = await detect({
      base: { ...repo, 'packages.yml': 'packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.1.1\n' },
      head: { ...repo, 'packages.yml': 'packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.1.1\n  - package: Datavault-UK/automate_dv\n    version: 0.11.0\n', 'requirements.txt': 'apache-airflow==2.9.1\npyiceberg[glue]\n' },
    });
    expect(escalations.map((e) => [e.trigger, e.subject]).sort()).toEqual([
      ['data-modeling', 'Data Vault'],
      ['lake-storage-format', 'Apache Iceberg'],
    ]);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate a tool the repository already uses elsewhere', async () => {
    const base = { ...repo, 'dags/sync.py': airflowDag('FivetranOperator(task_id="sync", connector_id="a")', 'from fivetran_provider_async.operators import FivetranOperator') };
    expect(
      await detect({
        base,
        head: { ...base, 'dags/sync_more.py': airflowDag('FivetranOperator(task_id="sync2", connector_id="b")', 'from fivetran_provider_async.operators import FivetranOperator') },
      }),
    ).toEqual([]);
    // A new DAG in an Airflow repository is not "Airflow introduced".
    expect(await detect({ base: repo, head: { ...repo, 'dags/customers.py': airflowDag('BashOperator(task_id="x", bash_command="true")') } })).toEqual([]);
  });

  it('does not escalate a renamed file, a version bump or a reformatted manifest', async () => {
    const base = { ...repo, 'requirements.txt': 'apache-airflow==2.9.1\nconfluent-kafka==2.3.0\n', 'ingest/consumer.py': 'from confluent_kafka import Consumer\n' };
    expect(
      await detect({
        base,
        head: { ...repo, 'requirements.txt': 'apache-airflow==2.9.1\nconfluent_kafka>=2.4  # bumped\n', 'ingest/orders_consumer.py': 'from confluent_kafka import Consumer\n' },
        renames: { 'ingest/orders_consumer.py': 'ingest/consumer.py' },
      }),
    ).toEqual([]);
  });

  it('does not escalate tools named only in comments, docstrings or documentation', async () => {
    expect(
      await detect({
        base: repo,
        head: {
          ...repo,
          'dags/orders.py': airflowDag('BashOperator(task_id="load", bash_command="python load.py")', '# from dagster import asset  (evaluated, not adopted)\n"""We might move to Prefect."""'),
          'docs/tools.md': 'We compared Dagster, Prefect and Fivetran.\n',
          'requirements.txt': 'apache-airflow==2.9.1\n# prefect==2.0\n',
        },
      }),
    ).toEqual([]);
  });
});
