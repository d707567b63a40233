"""Refreshes payments every hour so finance sees settled amounts the same day."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG(
    dag_id="payments_hourly",
    schedule="@hourly",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    tags=["dbt", "payments"],
) as dag:
    refresh = BashOperator(
        task_id="dbt_run_payments",
        bash_command="dbt run --select stg_payments --target prod",
    )
