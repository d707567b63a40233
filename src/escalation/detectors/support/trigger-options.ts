// The default options of each escalation trigger, copied from the agent definition
// (agents/data-engineer.md, "Options" of each trigger). They are copied rather than read from the
// agent file at run time because detectors run before and without the agent definition (the
// engine hands them no definition, and a run with the LLM switched off never loads it), and a
// detector must produce a complete escalation on its own. tests/escalation/detectors/
// trigger-options.test.ts fails when this copy and the bundled agent file drift apart.
// Detectors that know something sharper (materialization names, the tool being introduced) put
// their own options first and keep these as the general frame.
import type { EscalationTrigger } from '../detector.js';

export const DEFAULT_OPTIONS: Readonly<Record<EscalationTrigger, readonly string[]>> = {
  'data-architecture': [
    'Warehouse only — simplest to operate and govern, strong SQL performance; compute cost grows with usage and raw or semi-structured data is costlier to keep.',
    'Data lake with a query engine — cheap storage and open formats; more engineering for governance, performance tuning and schema management.',
    'Lakehouse (open table format plus warehouse-grade engine) — one copy of data for BI and data science; newer tooling and more moving parts to run.',
  ],
  'etl-tool-selection': [
    'Managed connectors (e.g. Fivetran) — fastest to set up and little maintenance; per-row or per-connector cost and limited control.',
    'Open-source ingestion (e.g. Airbyte, Meltano) — no licence cost and extensible; hosting and upgrades fall on the team.',
    'Custom code in the orchestrator — full control for unusual sources; most development and maintenance effort.',
  ],
  'etl-vs-elt': [
    'ELT in the warehouse (e.g. dbt) — transformations versioned as SQL and close to the data; warehouse compute cost grows with volume.',
    'ETL before loading — less data stored and warehouse cost kept down; logic spread into pipeline code that is harder to test and trace.',
    'Hybrid (light cleaning before load, modelling in the warehouse) — balances cost and traceability; two places to maintain.',
  ],
  'batch-vs-streaming': [
    'Batch — simple, cheap and easy to backfill; data is as old as the schedule interval.',
    'Streaming — data available within seconds; more complex to build, test and operate, and higher infrastructure cost.',
    'Hybrid — streaming for the few metrics that need it, batch for the rest; balanced latency but two paths to keep consistent.',
  ],
  'streaming-architecture': [
    'Managed streaming service (e.g. Kinesis, Confluent Cloud, Pub/Sub) — little operational work; usage-based cost and provider lock-in.',
    'Self-hosted Kafka with Flink or Spark — full control and portable; significant operational effort and expertise needed.',
    'Warehouse-native streaming ingestion (e.g. Snowpipe Streaming, BigQuery streaming inserts) — few components; limited processing logic and per-volume cost.',
  ],
  'data-retention': [
    'Short retention with automatic expiry — lowest storage cost and compliance risk; history is lost for later analysis.',
    'Long retention of raw data — full history for reprocessing and audits; higher storage cost and more personal data exposure.',
    'Tiered retention (detailed data short, aggregated or anonymised data long) — balances cost and analysis; more pipelines to maintain.',
  ],
  'bi-platform': [
    'Governed enterprise BI (e.g. Looker, Power BI) — strong semantic layer and access control; licence cost and modelling effort.',
    'Self-service visual analytics (e.g. Tableau) — rich visualisation for analysts; metric consistency harder to enforce and licence cost.',
    'Open-source BI (e.g. Metabase, Superset) — low cost and quick to start; fewer governance features and self-hosting effort.',
  ],
  'data-modeling': [
    'Dimensional star schema (Kimball) — intuitive for BI and well supported; conformed dimensions need upkeep when sources change.',
    'Data Vault — auditable and resilient to source change; many more tables and a presentation layer still needed on top.',
    'One big table — simplest queries and fast dashboards on columnar engines; duplication and harder maintenance as use cases grow.',
  ],
  'data-quality-thresholds': [
    'Fail fast — bad data never reaches consumers; pipelines stop more often and need someone on call.',
    'Warn and continue — data stays fresh and pipelines keep running; consumers may read wrong data until someone reacts.',
    'Tiered thresholds (block on critical checks, warn on the rest) — balances trust and availability; thresholds must be agreed and maintained.',
  ],
  'performance-vs-cost': [
    'Optimise the queries and models first — lowest running cost; engineering time and limited gains for some workloads.',
    'Scale compute up or out — quick improvement with no code change; recurring cost that grows with use.',
    'Precompute and cache results — fast reads at predictable cost; more storage and freshness trade-offs.',
  ],
  'warehouse-selection': [
    'Snowflake — elastic scaling and strong performance; usage cost can climb quickly without controls.',
    'BigQuery — serverless and pay per query or slot; ties the platform to Google Cloud.',
    'Redshift or Synapse — integrates with an existing AWS or Azure estate; more capacity planning and tuning.',
    'PostgreSQL or DuckDB — low cost and simple for modest volumes; limited scale for large or concurrent workloads.',
  ],
  'lake-storage-format': [
    'Plain Parquet files — simple and widely readable; no transactions, schema evolution or efficient updates.',
    'Open table format (Iceberg, Delta Lake, Hudi) — transactions, time travel and schema evolution; catalog and maintenance jobs to operate.',
    'Engine-specific managed tables — best performance inside one engine; reduced portability.',
  ],
  'incremental-vs-full-refresh': [
    'Full refresh — always correct and simple to reason about; cost and run time grow with the table.',
    'Incremental with a lookback window — cheap and fast on large tables; late or changed records outside the window are missed.',
    'Incremental with periodic full refresh — cheap runs with regular correction; scheduling and compute spikes to plan.',
  ],
  'orchestration-tool': [
    'Airflow — mature and widely known with many providers; heavier to operate and test.',
    'Dagster — asset-centric with strong typing and testing; smaller ecosystem and migration effort.',
    'Prefect — lightweight Python-first flows; fewer built-in data lineage features.',
    'Managed scheduling (dbt Cloud jobs, cloud schedulers) — least operational work; limited for pipelines beyond SQL.',
  ],
};
