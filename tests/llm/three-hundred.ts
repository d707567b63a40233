// A 300-file change for the LLM budget scenario: dbt models with their YAML, DAGs and plain SQL,
// 40 lines or so each, so that the whole change is larger than one call and than the run cap.
export type Tree = Record<string, string>;

export const PROJECT: Tree = { 'dbt_project.yml': "name: big\nversion: '1.0'\nprofile: big\n" };

function model(i: number): string {
  const columns = Array.from({ length: 36 }, (_, c) => `    amount_${c} * ${i + 1} as measure_${String(c).padStart(2, '0')}_of_model_${i},`);
  return ["{{ config(materialized='view') }}", 'select', '    id,', ...columns, `    'm${i}' as source_tag`, "from {{ ref('stg_events') }}", ''].join('\n');
}

function properties(i: number): string {
  const columns = Array.from({ length: 12 }, (_, c) => [`      - name: measure_${String(c).padStart(2, '0')}_of_model_${i}`, `        description: Measure ${c} of model ${i}, summed per day.`]).flat();
  return ['version: 2', 'models:', `  - name: m_${i}`, `    description: Model ${i}.`, '    columns:', ...columns, ''].join('\n');
}

function dag(i: number): string {
  const tasks = Array.from({ length: 8 }, (_, t) => [
    `    step_${t} = BashOperator(task_id="step_${t}", bash_command="dbt run --select m_${i} --vars '{day: {{ ds }}}'", retries=2)`,
    `    step_${t}.doc_md = "Step ${t} of pipeline ${i}: rebuilds one day of model m_${i}."`,
  ]).flat();
  return [
    'from datetime import datetime',
    'from airflow import DAG',
    'from airflow.operators.bash import BashOperator',
    '',
    `with DAG(dag_id="pipeline_${i}", schedule="@daily", start_date=datetime(2025, 1, 1), catchup=False) as dag:`,
    ...tasks,
    '    step_0 >> step_1 >> step_2 >> step_3 >> step_4 >> step_5 >> step_6 >> step_7',
    '',
  ].join('\n');
}

function report(i: number): string {
  const columns = Array.from({ length: 30 }, (_, c) => `    sum(measure_${String(c).padStart(2, '0')}_of_model_${i}) as total_${c},`);
  return ['select', '    day,', ...columns, '    count(1) as row_count', `from analytics.m_${i}`, 'group by day', ''].join('\n');
}

/** The head tree: 150 models, 50 properties files, 50 DAGs and 50 reports, all added. */
export function threeHundredFiles(): Tree {
  const head: Tree = { ...PROJECT };
  for (let i = 0; i < 150; i++) head[`models/marts/m_${String(i).padStart(3, '0')}.sql`] = model(i);
  for (let i = 0; i < 50; i++) head[`models/marts/_m_${String(i).padStart(3, '0')}.yml`] = properties(i);
  for (let i = 0; i < 50; i++) head[`dags/pipeline_${String(i).padStart(3, '0')}.py`] = dag(i);
  for (let i = 0; i < 50; i++) head[`sql/reports/report_${String(i).padStart(3, '0')}.sql`] = report(i);
  return head;
}
