// Calls that cost something when they run at parse time (scope.ts): look-ups in Airflow's
// metadata database or secrets backend, network and database calls, subprocesses. Matching is by
// qualified callee name (imports.ts) against short allow-lists, so an unknown call is never
// reported: precision over recall.
import type { DagFile } from './dag-facts.js';
import { qualifiedCallee, suffix } from './imports.js';
import { calleeName, keywordArguments, stringLiteral } from './python.js';
import type { SyntaxNode } from './python.js';
import { runsAtParse } from './scope.js';

/**
 * `Variable.get`, `BaseHook.get_connection` (any `…Hook.get_connection`), `Connection.get` and
 * `Connection.get_connection_from_secrets`: each one is a query to the metadata database or the
 * secrets backend. Returns the call as written, or undefined.
 */
export function metadataLookup(call: SyntaxNode, aliases: ReadonlyMap<string, string>): string | undefined {
  const name = qualifiedCallee(call, aliases);
  if (name === undefined) return undefined;
  const [owner, method] = suffix(name, 2).split('.');
  if (owner === undefined || method === undefined) return undefined;
  const hit =
    (owner === 'Variable' && (method === 'get' || method === 'get_variable_from_secrets')) ||
    (owner.endsWith('Hook') && method === 'get_connection') ||
    (owner === 'Connection' && (method === 'get' || method === 'get_connection_from_secrets'));
  return hit ? (call.childForFieldName('function')?.text ?? name) : undefined;
}

const HTTP_MODULES = new Set(['requests', 'httpx', 'urllib3']);
const HTTP_FUNCTIONS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'urlopen', 'stream']);
const DB_DRIVERS = new Set(['psycopg2', 'psycopg', 'pymysql', 'MySQLdb', 'mysql', 'snowflake', 'cx_Oracle', 'oracledb', 'pyodbc', 'pymssql', 'sqlite3', 'duckdb', 'trino', 'databricks', 'redshift_connector', 'clickhouse_driver', 'vertica_python', 'teradatasql']);
// Last two segments of client constructors that open connections or sessions.
const CLIENTS = new Set([
  'bigquery.Client',
  'storage.Client',
  'pubsub.PublisherClient',
  'boto3.client',
  'boto3.resource',
  'pymongo.MongoClient',
  'redis.Redis',
  'redis.StrictRedis',
  'clickhouse_connect.get_client',
  'kafka.KafkaConsumer',
  'kafka.KafkaProducer',
  'elasticsearch.Elasticsearch',
]);
const SQL_READS = new Set(['read_sql', 'read_sql_query', 'read_sql_table', 'read_gbq', 'read_database']);
// DB-API hook methods that run a query.
const HOOK_QUERIES = new Set(['get_records', 'get_first', 'get_pandas_df', 'get_df', 'get_conn']);
const PROCESS = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen', 'os.system', 'os.popen', 'time.sleep']);
const OPENERS = new Set(['open', 'io.open', 'fsspec.open', 'smart_open.open']);

/** A path that is on another machine: a URL (`s3://`, `https://`) or a UNC path (`//host/share`). */
function isNetworkPath(path: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.startsWith('//') || path.startsWith('\\\\');
}

/**
 * What a call does that should not happen at parse time (a network request, a query, a client
 * connection, a subprocess, a sleep), as a short description; undefined for anything else.
 */
export function sideEffect(call: SyntaxNode, aliases: ReadonlyMap<string, string>): string | undefined {
  const name = qualifiedCallee(call, aliases);
  if (name === undefined) {
    // `SomeHook(...).get_records(...)`: the callee is an attribute of a call, not a dotted name.
    const fn = call.childForFieldName('function');
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
    return method !== undefined && HOOK_QUERIES.has(method) ? `a database query (\`.${method}()\`)` : undefined;
  }
  const segments = name.split('.');
  const first = segments[0] ?? '';
  const last = segments[segments.length - 1] ?? '';
  const written = call.childForFieldName('function')?.text ?? name;
  if ((HTTP_MODULES.has(first) && HTTP_FUNCTIONS.has(last)) || name === 'urllib.request.urlopen') return `a network request (\`${written}()\`)`;
  if (DB_DRIVERS.has(first) && last === 'connect') return `a database connection (\`${written}()\`)`;
  if (CLIENTS.has(suffix(name, 2))) return `a client connection (\`${written}()\`)`;
  if (SQL_READS.has(last) && segments.length >= 2) return `a database query (\`${written}()\`)`;
  if (HOOK_QUERIES.has(last) && segments.length >= 2) return `a database query (\`${written}()\`)`;
  if (PROCESS.has(name)) return name === 'time.sleep' ? `a sleep (\`${written}()\`)` : `a subprocess (\`${written}()\`)`;
  if (OPENERS.has(name)) {
    const args = call.childForFieldName('arguments');
    const first = args?.namedChildren.find((arg) => arg !== null && arg.type !== 'keyword_argument');
    const path = stringLiteral(first);
    if (path !== undefined && isNetworkPath(path)) return `a read over the network (\`${written}('${path.replace(/\/\/[^/@]*@/, '//…@')}')\`)`;
  }
  return undefined;
}

const isDagName = (name: string | undefined): boolean => name?.split('.').pop() === 'DAG';
const isGroupName = (name: string | undefined): boolean => /(^|\.)(TaskGroup|task_group)$/.test(name ?? '');
const isDecoratorName = (name: string | undefined): boolean => /(^|\.)(dag|task)(\.\w+)?$/.test(name ?? '') || isGroupName(name);

/**
 * When a node sits in the arguments of a DAG, a task (operator or `@task(...)`), a TaskGroup or
 * a `@dag(...)` decorator: a label for that owner (`DAG \`orders\``, `task \`load\``).
 */
export function constructorOwner(node: SyntaxNode, file: DagFile): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'argument_list') continue;
    const call = current.parent;
    if (call?.type !== 'call') continue;
    const name = calleeName(call);
    if (isDagName(name)) {
      const dag = file.dags.find((candidate) => candidate.call?.id === call.id);
      return dag?.dagId ? `DAG \`${dag.dagId}\`` : 'the DAG';
    }
    const taskId = keywordArguments(call).get('task_id');
    if (taskId) {
      const id = stringLiteral(taskId);
      return id !== undefined ? `task \`${id}\`` : `the ${name ?? 'operator'} task`;
    }
    if (isGroupName(name)) return 'the TaskGroup';
    if (call.parent?.type === 'decorator' && isDecoratorName(name)) return `the \`@${name}\` decorator`;
  }
  return undefined;
}

export interface ParseTimeLookup {
  call: SyntaxNode;
  /** The callee as written. */
  written: string;
  /** The DAG, task or decorator whose arguments hold the call; undefined for plain module code. */
  owner: string | undefined;
}

/**
 * Metadata look-ups that run when the scheduler parses the file, in a file that defines at least
 * one DAG (helper modules are not judged: whether they are imported at parse time is unknown).
 */
export function parseTimeLookups(root: SyntaxNode, file: DagFile, aliases: ReadonlyMap<string, string>): ParseTimeLookup[] {
  if (file.dags.length === 0) return [];
  const lookups: ParseTimeLookup[] = [];
  for (const call of root.descendantsOfType('call')) {
    if (!call) continue;
    const written = metadataLookup(call, aliases);
    if (written === undefined || !runsAtParse(call)) continue;
    lookups.push({ call, written, owner: constructorOwner(call, file) });
  }
  return lookups;
}

/** Where the look-ups' values can be read instead, for messages. */
export const TEMPLATE_HINT = 'a Jinja template (`{{ var.value.<key> }}`, `{{ conn.<conn_id>.host }}`) in a templated field';
