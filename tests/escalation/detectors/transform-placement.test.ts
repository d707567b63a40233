import { describe, expect, it } from 'vitest';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { transformPlacement } from '../../../src/escalation/detectors/transform-placement.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(transformPlacement, spec);

const project = 'name: shop\n';
const loader = (body: string): string =>
  ['import pandas as pd', 'from airflow.decorators import task', '', '@task', 'def build_orders():', '    orders = pd.read_parquet("s3://raw/orders")', body, '    return orders', ''].join('\n');
const transformed = loader('    customers = pd.read_parquet("s3://raw/customers")\n    orders = orders.merge(customers, on="customer_id")\n    orders = orders.groupby("customer_id").agg({"amount": "sum"})');
const model = "select customer_id, sum(amount) as amount from {{ ref('stg_orders') }} group by 1\n";

describe('transform-placement', () => {
  it('is registered', () => {
    expect(detectors).toContain(transformPlacement);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates pandas joins added to a DAG while the dbt model is removed (ELT → ETL)', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/customer_revenue.sql': model, 'dags/orders.py': loader('') },
      head: { 'dbt_project.yml': project, 'dags/orders.py': transformed },
    });
    expect(escalations).toMatchObject([
      {
        trigger: 'etl-vs-elt',
        subject: 'transformations between pipeline code and dbt',
        title: 'Transformations move from dbt into pipeline code (customer_revenue removed)',
        evidence: [
          { file: 'dags/orders.py', line: 8, text: 'DataFrame transformations in dags/orders.py: none → 3 (agg, groupby, merge)' },
          { file: 'models/customer_revenue.sql', line: 1, text: 'dbt model customer_revenue: present → removed' },
        ],
        detector: 'transform-placement',
      },
    ]);
  });

  it('escalates pandas transformations removed while a dbt model is added (ETL → ELT)', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/stg_orders.sql': 'select 1\n', 'dags/orders.py': transformed },
      head: { 'dbt_project.yml': project, 'models/stg_orders.sql': 'select 1\n', 'models/customer_revenue.sql': model, 'dags/orders.py': loader('') },
    });
    expect(escalations.map((e) => e.title)).toEqual(['Transformations move from pipeline code into dbt (customer_revenue added)']);
  });

  it('escalates a new PySpark job replacing a removed model', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/daily_sales.sql': model },
      head: { 'dbt_project.yml': project, 'jobs/daily_sales.py': 'from pyspark.sql import functions as F\n\ndef run(df):\n    return df.groupBy("day").agg(F.sum("amount"))\n' },
    });
    expect(evidenceTexts(escalations)).toEqual(['DataFrame transformations in jobs/daily_sales.py: none → 2 (agg, groupBy)', 'dbt model daily_sales: present → removed']);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate pandas transformations without a model moving, or a model removed alone', async () => {
    expect(await detect({ base: { 'dbt_project.yml': project, 'models/a.sql': 'select 1\n', 'dags/orders.py': loader('') }, head: { 'dbt_project.yml': project, 'models/a.sql': 'select 2\n', 'dags/orders.py': transformed } })).toEqual([]);
    expect(await detect({ base: { 'dbt_project.yml': project, 'models/a.sql': 'select 1\n', 'dags/orders.py': loader('') }, head: { 'dbt_project.yml': project, 'dags/orders.py': loader('') + '\n' } })).toEqual([]);
  });

  it('does not escalate a renamed model or a renamed DAG file with the same code', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/customer_revenue.sql': model, 'dags/orders.py': transformed },
        head: { 'dbt_project.yml': project, 'models/fct_customer_revenue.sql': model, 'dags/orders_v2.py': transformed },
        renames: { 'models/fct_customer_revenue.sql': 'models/customer_revenue.sql', 'dags/orders_v2.py': 'dags/orders.py' },
      }),
    ).toEqual([]);
  });

  it('does not count string joins, comments or files without a DataFrame library', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/customer_revenue.sql': model, 'dags/report.py': 'def f(xs):\n    return ",".join(xs)\n' },
        head: { 'dbt_project.yml': project, 'dags/report.py': 'import pandas as pd\n# df.merge(other) later\ndef f(xs):\n    return ",".join(sorted(xs))\n' },
      }),
    ).toEqual([]);
  });
});
