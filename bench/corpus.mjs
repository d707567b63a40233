// Deterministic corpus generator for the benchmarks: a dbt project plus an Airflow DAG folder of
// N reviewable files, committed as a git repository with a base commit and a head commit whose
// change touches every one of the N files (the "3,000-file refactor" case).
//
// The mix (about 60% SQL models, 20% properties YAML, 20% DAGs) and the shapes (CTE-style models
// of 40–120 lines with ref/source/config/is_incremental/for loops; properties files with
// columns and tests; DAGs with default_args, several operators and embedded SQL strings) follow
// what real dbt + Airflow repositories look like. Same seed and N → byte-identical files.
//
// Usage as a script: node bench/corpus.mjs N [DIR]   (prints the repo path, base and head)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast and good enough for picking names and shapes. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENTITIES = ['orders', 'customers', 'payments', 'refunds', 'sessions', 'events', 'invoices', 'products', 'shipments', 'subscriptions', 'accounts', 'campaigns', 'leads', 'tickets', 'inventory'];
const COLUMNS = ['status', 'amount', 'currency', 'country', 'channel', 'region', 'plan', 'category', 'source_system', 'email', 'quantity', 'discount', 'tax', 'price', 'created_by'];
const SOURCES = ['raw_shop', 'raw_crm', 'raw_billing', 'raw_web'];

/** Splits N into (models, properties, dags), every kind present from N = 10 on. */
export function composition(n) {
  const dags = Math.max(1, Math.round(n * 0.2));
  const props = Math.max(1, Math.round(n * 0.2));
  return { models: n - dags - props, props, dags };
}

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function pickSome(r, list, count) {
  const copy = [...list];
  const out = [];
  while (out.length < count && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]);
  return out;
}

function modelName(i) {
  const layer = i % 3 === 0 ? 'stg' : i % 3 === 1 ? 'int' : 'fct';
  return `${layer}_${ENTITIES[i % ENTITIES.length]}_${i}`;
}

function modelDir(i) {
  const layer = i % 3 === 0 ? 'staging' : i % 3 === 1 ? 'intermediate' : 'marts';
  return `models/${layer}/${ENTITIES[i % ENTITIES.length]}`;
}

/** A CTE-style dbt model. `head` adds a column, widens a filter and renames a CTE. */
function model(i, head, r) {
  const entity = ENTITIES[i % ENTITIES.length];
  const cols = pickSome(r, COLUMNS, 4 + Math.floor(r() * 6));
  const incremental = i % 4 === 0;
  const lines = [];
  lines.push(incremental
    ? `{{ config(materialized='incremental', unique_key='${entity}_id', on_schema_change='append_new_columns') }}`
    : `{{ config(materialized='${i % 3 === 2 ? 'table' : 'view'}', tags=['${entity}']) }}`);
  lines.push('');
  lines.push(`{% set metrics = [${cols.slice(0, 3).map((c) => `'${c}'`).join(', ')}] %}`);
  lines.push('');
  lines.push('with');
  lines.push('');
  const upstream = i < 3 ? null : modelName(i - 1 - Math.floor(r() * Math.min(i, 20)) - (i % 3 === 0 ? 0 : 0));
  lines.push(`source_rows as (`);
  lines.push('');
  if (i % 3 === 0 || !upstream) {
    lines.push(`    select * from {{ source('${SOURCES[i % SOURCES.length]}', '${entity}') }}`);
  } else {
    lines.push(`    select * from {{ ref('${upstream}') }}`);
  }
  if (incremental) {
    lines.push('    {% if is_incremental() %}');
    lines.push(`    where updated_at > (select max(updated_at) from {{ this }})`);
    lines.push('    {% endif %}');
  }
  lines.push('');
  lines.push('),');
  lines.push('');
  const renamedCte = head ? 'cleaned' : 'renamed';
  lines.push(`${renamedCte} as (`);
  lines.push('');
  lines.push('    select');
  lines.push(`        ${entity}_id,`);
  lines.push('        customer_id,');
  for (const c of cols) lines.push(`        cast(${c} as ${c === 'amount' || c === 'price' || c === 'tax' ? 'numeric(18, 2)' : 'varchar'}) as ${c},`);
  if (head) lines.push(`        coalesce(updated_by, 'system') as updated_by,`);
  lines.push('        created_at,');
  lines.push('        updated_at');
  lines.push('    from source_rows');
  lines.push(`    where ${entity}_id is not null`);
  if (head) lines.push(`      and coalesce(is_deleted, false) = false`);
  lines.push('');
  lines.push('),');
  lines.push('');
  const extraCtes = 1 + Math.floor(r() * 4);
  let previous = renamedCte;
  for (let k = 0; k < extraCtes; k++) {
    const name = `step_${k}`;
    lines.push(`${name} as (`);
    lines.push('');
    const kind = (i + k) % 4;
    if (kind === 0) {
      lines.push('    select');
      lines.push('        customer_id,');
      lines.push('        {% for m in metrics %}');
      lines.push(`        count(distinct {{ m }}) as distinct_{{ m }},`);
      lines.push('        {% endfor %}');
      lines.push(`        count(*) as row_count,`);
      lines.push(`        max(updated_at) as updated_at`);
      lines.push(`    from ${previous}`);
      lines.push('    group by customer_id');
    } else if (kind === 1) {
      lines.push('    select');
      lines.push(`        ${previous}.*,`);
      lines.push(`        row_number() over (partition by customer_id order by updated_at desc) as recency_rank`);
      lines.push(`    from ${previous}`);
    } else if (kind === 2) {
      const other = modelName(Math.max(0, i - 2));
      lines.push('    select');
      lines.push(`        ${previous}.*,`);
      lines.push(`        dim.${pick(r, COLUMNS)} as dim_attribute`);
      lines.push(`    from ${previous}`);
      lines.push(`    left join {{ ref('${other}') }} as dim`);
      lines.push(`        on ${previous}.customer_id = dim.customer_id`);
    } else {
      lines.push('    select');
      lines.push(`        ${previous}.*,`);
      lines.push(`        case`);
      lines.push(`            when updated_at >= dateadd('day', -${head ? 30 : 7}, current_date) then 'recent'`);
      lines.push(`            when updated_at >= dateadd('day', -90, current_date) then 'active'`);
      lines.push(`            else 'dormant'`);
      lines.push(`        end as lifecycle_stage`);
      lines.push(`    from ${previous}`);
      lines.push(`    where updated_at is not null`);
    }
    lines.push('');
    lines.push('),');
    lines.push('');
    previous = name;
  }
  lines.push('final as (');
  lines.push('');
  lines.push(`    select * from ${previous}`);
  lines.push('');
  lines.push(')');
  lines.push('');
  lines.push('select * from final');
  lines.push('');
  return lines.join('\n');
}

/** A properties file documenting up to 8 models; `head` adds a test and a description. */
function properties(j, modelIndexes, head, r) {
  const lines = ['version: 2', '', 'models:'];
  for (const i of modelIndexes) {
    const entity = ENTITIES[i % ENTITIES.length];
    lines.push(`  - name: ${modelName(i)}`);
    lines.push(`    description: "${head ? 'Cleaned' : 'Renamed'} ${entity} rows, one per ${entity} id."`);
    lines.push('    config:');
    lines.push(`      tags: ["${entity}"]`);
    lines.push('    columns:');
    lines.push(`      - name: ${entity}_id`);
    lines.push(`        description: "Primary key of ${entity}."`);
    lines.push('        data_tests:');
    lines.push('          - unique');
    lines.push('          - not_null');
    lines.push('      - name: customer_id');
    lines.push('        data_tests:');
    lines.push('          - not_null');
    if (head) {
      lines.push('          - relationships:');
      lines.push(`              to: ref('${modelName(Math.max(0, i - 1))}')`);
      lines.push('              field: customer_id');
    }
    for (const c of pickSome(r, COLUMNS, 2)) {
      lines.push(`      - name: ${c}`);
      lines.push(`        description: "The ${c.replace(/_/g, ' ')}."`);
    }
  }
  if (j % 4 === 0) {
    lines.push('', 'sources:');
    lines.push(`  - name: ${SOURCES[j % SOURCES.length]}`);
    lines.push(`    schema: ${SOURCES[j % SOURCES.length]}`);
    lines.push('    freshness:');
    lines.push(`      warn_after: {count: ${head ? 6 : 12}, period: hour}`);
    lines.push('    loaded_at_field: _loaded_at');
    lines.push('    tables:');
    for (const e of pickSome(r, ENTITIES, 3)) lines.push(`      - name: ${e}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** An Airflow DAG with default_args, a few operators and SQL strings; `head` changes retries and the SQL. */
function dag(k, head, r) {
  const entity = ENTITIES[k % ENTITIES.length];
  const col = pick(r, COLUMNS);
  const tasks = 2 + Math.floor(r() * 4);
  const lines = [];
  lines.push(`"""Loads ${entity} for pipeline ${k} and builds its dbt models."""`);
  lines.push('from datetime import datetime, timedelta');
  lines.push('');
  lines.push('from airflow import DAG');
  lines.push('from airflow.operators.bash import BashOperator');
  lines.push('from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator');
  lines.push('');
  lines.push('default_args = {');
  lines.push('    "owner": "data-platform",');
  lines.push(`    "retries": ${head ? 3 : 2},`);
  lines.push(`    "retry_delay": timedelta(minutes=${head ? 5 : 10}),`);
  lines.push('}');
  lines.push('');
  lines.push(`LOAD_SQL = """`);
  lines.push(`delete from analytics.${entity}_daily where load_date = '{{ ds }}';`);
  lines.push(`insert into analytics.${entity}_daily (load_date, ${col}, row_count)`);
  lines.push(`select '{{ ds }}', ${col}, count(*)`);
  lines.push(`from raw.${entity}`);
  lines.push(`where updated_at::date = '{{ ds }}'${head ? ` and ${col} is not null` : ''}`);
  lines.push(`group by ${col};`);
  lines.push('"""');
  lines.push('');
  lines.push('with DAG(');
  lines.push(`    dag_id="${entity}_pipeline_${k}",`);
  lines.push(`    schedule="${k % 24} ${head ? 4 : 5} * * *",`);
  lines.push('    start_date=datetime(2026, 1, 1),');
  lines.push('    catchup=False,');
  lines.push('    default_args=default_args,');
  lines.push(`    tags=["${entity}", "dbt"],`);
  lines.push(') as dag:');
  lines.push('    load = SQLExecuteQueryOperator(');
  lines.push(`        task_id="load_${entity}",`);
  lines.push('        conn_id="warehouse",');
  lines.push('        sql=LOAD_SQL,');
  lines.push('    )');
  let previous = 'load';
  for (let t = 0; t < tasks; t++) {
    const name = `step_${t}`;
    if (t % 2 === 0) {
      lines.push(`    ${name} = BashOperator(`);
      lines.push(`        task_id="${name}",`);
      lines.push(`        bash_command="dbt build --select ${modelName(k * 3 + t)}+ --target prod",`);
      lines.push('    )');
    } else {
      lines.push(`    ${name} = SQLExecuteQueryOperator(`);
      lines.push(`        task_id="${name}",`);
      lines.push('        conn_id="warehouse",');
      lines.push(`        sql="select count(*) from analytics.${entity}_daily where load_date = '{{ ds }}'",`);
      lines.push('    )');
    }
    lines.push(`    ${previous} >> ${name}`);
    previous = name;
  }
  lines.push('');
  return lines.join('\n');
}

const PROJECT = `name: bench
version: "1.0.0"
config-version: 2
profile: bench

model-paths: ["models"]

models:
  bench:
    staging:
      +materialized: view
    marts:
      +materialized: table
`;

const PROFILES = `bench:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      password: "{{ env_var('SNOWFLAKE_PASSWORD') }}"
      database: analytics
      warehouse: transforming
      schema: bench
      threads: 8
`;

/** Every file of the corpus at one side of the change: [relative path, text][]. */
export function corpusFiles(n, head, seed = 7) {
  const { models, props, dags } = composition(n);
  const files = [];
  for (let i = 0; i < models; i++) files.push([`${modelDir(i)}/${modelName(i)}.sql`, model(i, head, rng(seed * 1_000_003 + i))]);
  const perProps = Math.max(1, Math.ceil(models / props));
  for (let j = 0; j < props; j++) {
    const indexes = [];
    for (let i = j * perProps; i < Math.min(models, (j + 1) * perProps) && indexes.length < 8; i++) indexes.push(i);
    if (!indexes.length) indexes.push(j % models);
    files.push([`models/properties/_props_${j}.yml`, properties(j, indexes, head, rng(seed * 2_000_003 + j))]);
  }
  for (let k = 0; k < dags; k++) files.push([`dags/pipeline_${k}.py`, dag(k, head, rng(seed * 3_000_017 + k))]);
  return files;
}

function git(dir, args) {
  return execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
  }).toString().trim();
}

function writeAll(dir, files) {
  for (const [rel, text] of files) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

/**
 * Builds the repository for N files in a fresh folder under os.tmpdir() (or `dir`).
 * Returns { dir, base, head, files: the N changed paths, sqlFiles: the model paths }.
 */
export function buildCorpus(n, { seed = 7, dir } = {}) {
  const repo = dir ?? mkdtempSync(path.join(tmpdir(), `der-bench-${n}-`));
  if (dir) {
    rmSync(repo, { recursive: true, force: true });
    mkdirSync(repo, { recursive: true });
  }
  git(repo, ['init', '-q', '-b', 'main']);
  writeFileSync(path.join(repo, 'dbt_project.yml'), PROJECT);
  writeFileSync(path.join(repo, 'profiles.yml'), PROFILES);
  const baseFiles = corpusFiles(n, false, seed);
  writeAll(repo, baseFiles);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'base']);
  const base = git(repo, ['rev-parse', 'HEAD']);
  const headFiles = corpusFiles(n, true, seed);
  writeAll(repo, headFiles);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'head: touch every file']);
  const head = git(repo, ['rev-parse', 'HEAD']);
  return { dir: repo, base, head, files: headFiles.map(([p]) => p), sqlFiles: headFiles.filter(([p]) => p.endsWith('.sql')).map(([p]) => p) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 10);
  const built = buildCorpus(n, process.argv[3] ? { dir: process.argv[3] } : {});
  const changed = git(built.dir, ['diff', '--name-only', built.base, built.head]).split('\n').filter(Boolean).length;
  console.log(JSON.stringify({ dir: built.dir, base: built.base, head: built.head, files: built.files.length, changed, ...composition(n) }));
}
