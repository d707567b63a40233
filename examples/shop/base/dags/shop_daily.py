"""Builds the shop dbt project once a day."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator

default_args = {
    "owner": "data-platform",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
}

with DAG(
    dag_id="shop_daily",
    schedule="0 5 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    default_args=default_args,
    tags=["dbt", "shop"],
) as dag:
    dbt_build = BashOperator(
        task_id="dbt_build",
        bash_command="dbt build --project-dir /opt/shop --target prod",
    )
