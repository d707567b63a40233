// A catalogue of the tools and platforms whose adoption is a decision (orchestrators, ingestion
// and transformation tools, streaming platforms, BI tools, lake table formats and catalogs,
// modelling packages) and the signals that show a repository uses one: a dependency or
// container image, a Python import or operator, a project file, a Terraform resource, a dbt
// package, a dbt exposure's URL. Signals are read per file and side, so detectors can tell
// what a change brings in from what the repository already had.
import type { Side } from '../../../model.js';
import { parseYaml, yamlGet, yamlItems, yamlString } from '../../../analyzers/yaml.js';
import type { DetectorContext, EscalationTrigger } from '../detector.js';
import { isManifestPath, readManifest } from './dependencies.js';
import { basename, extension, isYamlPath, readText } from './files.js';
import { memo } from './memo.js';
import { pythonFacts } from './python-facts.js';

export interface Technology {
  id: string;
  label: string;
  trigger: EscalationTrigger;
  /** Normalised Python requirement names. */
  packages?: RegExp;
  /** Container image names (without tag). */
  images?: RegExp;
  /** Python modules (`from x.y import z` is checked as `x.y` and `x.y.z`). */
  imports?: RegExp;
  /** Python callee names, last segment (`FivetranOperator`). */
  calls?: RegExp;
  /** Python attribute names (`readStream`). */
  attributes?: RegExp;
  /** boto3 service names passed to `client()` / `resource()`. */
  awsServices?: RegExp;
  /** Paths of files that only this tool uses. */
  files?: RegExp;
  /** Terraform resource types (`resource "fivetran_connector"`). */
  terraform?: RegExp;
  /** dbt packages (packages.yml `package:` or `git:`). */
  dbtPackages?: RegExp;
  /** Hosts of dbt exposure URLs. */
  exposureHosts?: RegExp;
  /** Files (by path) whose text holds all of these patterns; the first one's line is the evidence. */
  content?: { path: RegExp; patterns: readonly RegExp[] };
  /**
   * Lower-case words one of which any Python or Terraform file using the tool contains; a file
   * without them is not parsed when the base repository is searched. Default: the id.
   */
  hints?: readonly string[];
}

export const TECHNOLOGIES: readonly Technology[] = [
  // --- orchestration-tool ----------------------------------------------------------------------
  {
    id: 'airflow',
    label: 'Airflow',
    trigger: 'orchestration-tool',
    packages: /^apache-airflow$/,
    images: /(^|\/)(apache\/airflow|astro-runtime|ap-airflow)$|^astrocrpublic\.azurecr\.io\/runtime$/,
    imports: /^airflow(\.|$)/,
  },
  {
    id: 'dagster',
    label: 'Dagster',
    trigger: 'orchestration-tool',
    packages: /^dagster(-[\w-]+)?$/,
    imports: /^dagster(_[\w]+)?(\.|$)/,
    files: /(^|\/)(dagster|dagster_cloud)\.ya?ml$/,
  },
  { id: 'prefect', label: 'Prefect', trigger: 'orchestration-tool', packages: /^prefect(-[\w-]+)?$/, imports: /^prefect(_[\w]+)?(\.|$)/, files: /(^|\/)prefect\.ya?ml$/ },
  {
    id: 'cosmos',
    hints: ['cosmos', 'dbtdag', 'dbttaskgroup'],
    label: 'Astronomer Cosmos (dbt run by Airflow)',
    trigger: 'orchestration-tool',
    packages: /^astronomer-cosmos$/,
    imports: /^cosmos(\.|$)/,
    calls: /^(DbtDag|DbtTaskGroup)$/,
  },
  {
    id: 'dbt-cloud',
    hints: ['dbt', 'dbtcloud', 'execute_steps'],
    label: 'dbt Cloud jobs',
    trigger: 'orchestration-tool',
    packages: /^(dbt-cloud-cli|dbtc|dbt-jobs-as-code|apache-airflow-providers-dbt-cloud)$/,
    imports: /^airflow\.providers\.dbt\.cloud(\.|$)/,
    calls: /^DbtCloud\w*(Operator|Sensor)$/,
    files: /(^|\/)dbt_cloud\.ya?ml$/,
    terraform: /^dbtcloud_job$/,
    // dbt-jobs-as-code job definitions and exported dbt Cloud jobs.
    content: { path: /\.(ya?ml|json)$/, patterns: [/\bexecute_steps\b/, /\benvironment_id\b/] },
  },
  { id: 'luigi', label: 'Luigi', trigger: 'orchestration-tool', packages: /^luigi$/, imports: /^luigi(\.|$)/ },
  { id: 'mage', label: 'Mage', trigger: 'orchestration-tool', packages: /^mage-ai$/, imports: /^mage_ai(\.|$)/ },
  // --- etl-tool-selection ----------------------------------------------------------------------
  {
    id: 'fivetran',
    hints: ['fivetran'],
    label: 'Fivetran',
    trigger: 'etl-tool-selection',
    packages: /^(airflow-provider-fivetran(-async)?|fivetran-connector-sdk|apache-airflow-providers-fivetran)$/,
    imports: /^(fivetran_provider(_async)?|fivetran_connector_sdk)(\.|$)/,
    calls: /^Fivetran\w*(Operator|Sensor)$/,
    terraform: /^fivetran_/,
  },
  {
    id: 'airbyte',
    hints: ['airbyte'],
    label: 'Airbyte',
    trigger: 'etl-tool-selection',
    packages: /^(airbyte(-cdk|-api)?|apache-airflow-providers-airbyte)$/,
    imports: /^(airbyte|airbyte_cdk|airbyte_api|airflow\.providers\.airbyte)(\.|$)/,
    calls: /^Airbyte\w*(Operator|Sensor)$/,
    terraform: /^airbyte_/,
    images: /^airbyte\//,
  },
  { id: 'meltano', label: 'Meltano', trigger: 'etl-tool-selection', packages: /^meltano$/, files: /(^|\/)meltano\.ya?ml$/ },
  { id: 'dlt', label: 'dlt (data load tool)', trigger: 'etl-tool-selection', packages: /^dlt$/, imports: /^dlt(\.|$)/, files: /(^|\/)\.dlt\/(config|secrets)\.toml$/ },
  { id: 'singer', label: 'Singer taps', trigger: 'etl-tool-selection', packages: /^(singer-python|singer-sdk|pipelinewise-[\w-]+)$/, imports: /^(singer|singer_sdk)(\.|$)/ },
  { id: 'sling', label: 'Sling', trigger: 'etl-tool-selection', packages: /^sling$/, imports: /^sling(\.|$)/ },
  {
    id: 'spark',
    hints: ['spark'],
    label: 'Apache Spark jobs',
    trigger: 'etl-tool-selection',
    packages: /^(pyspark|apache-airflow-providers-apache-spark)$/,
    imports: /^(pyspark|airflow\.providers\.apache\.spark)(\.|$)/,
    calls: /^Spark(Submit|Sql|JDBC)Operator$/,
  },
  { id: 'glue', label: 'AWS Glue jobs', trigger: 'etl-tool-selection', imports: /^awsglue(\.|$)/, calls: /^Glue(Job|Crawler)Operator$/, terraform: /^aws_glue_(job|crawler)$/, hints: ['glue'] },
  {
    id: 'beam',
    hints: ['beam', 'dataflow'],
    label: 'Apache Beam / Dataflow',
    trigger: 'etl-tool-selection',
    packages: /^apache-beam$/,
    imports: /^apache_beam(\.|$)/,
    calls: /^(BeamRun\w*|Dataflow\w*)Operator$/,
  },
  { id: 'dbt', label: 'dbt', trigger: 'etl-tool-selection', packages: /^dbt-core$/, files: /(^|\/)dbt_project\.yml$/ },
  // --- streaming-architecture ------------------------------------------------------------------
  {
    id: 'kafka',
    hints: ['kafka', 'faust', 'quixstreams', 'topic', 'msk'],
    label: 'Kafka',
    trigger: 'streaming-architecture',
    packages: /^(confluent-kafka|kafka-python|kafka-python-ng|aiokafka|faust|faust-streaming|quixstreams|apache-airflow-providers-apache-kafka)$/,
    imports: /^(confluent_kafka|kafka|aiokafka|faust|quixstreams|airflow\.providers\.apache\.kafka)(\.|$)/,
    calls: /^(ProduceToTopic|ConsumeFromTopic|AwaitMessage)\w*$/,
    terraform: /^(confluent_kafka_\w+|kafka_topic|aws_msk_\w+)$/,
    images: /(confluentinc\/cp-kafka|bitnami\/kafka|apache\/kafka|redpandadata\/redpanda|vectorized\/redpanda)$/,
  },
  {
    id: 'kinesis',
    hints: ['kinesis', 'firehose'],
    label: 'Amazon Kinesis',
    trigger: 'streaming-architecture',
    packages: /^(amazon-kinesis-client|aws-kinesis-agg)$/,
    imports: /^airflow\.providers\.amazon\.aws\.\w+\.kinesis(\w*)(\.|$)/,
    awsServices: /^(kinesis|firehose|kinesisanalyticsv2)$/,
    terraform: /^aws_kinesis_\w+$/,
  },
  {
    id: 'pubsub',
    hints: ['pubsub'],
    label: 'Google Pub/Sub',
    trigger: 'streaming-architecture',
    packages: /^google-cloud-pubsub$/,
    imports: /^(google\.cloud\.pubsub(_v1)?|airflow\.providers\.google\.cloud\.\w+\.pubsub)(\.|$)/,
    calls: /^PubSub\w*(Operator|Sensor)$/,
    terraform: /^google_pubsub_\w+$/,
  },
  { id: 'flink', label: 'Apache Flink', trigger: 'streaming-architecture', packages: /^(apache-flink|pyflink)$/, imports: /^pyflink(\.|$)/, images: /(^|\/)flink$/ },
  { id: 'spark-streaming', label: 'Spark Structured Streaming', trigger: 'streaming-architecture', attributes: /^(readStream|writeStream)$/, hints: ['readstream', 'writestream'] },
  { id: 'pulsar', label: 'Apache Pulsar', trigger: 'streaming-architecture', packages: /^pulsar-client$/, imports: /^pulsar(\.|$)/ },
  { id: 'eventhubs', label: 'Azure Event Hubs', trigger: 'streaming-architecture', packages: /^azure-eventhub$/, imports: /^azure\.eventhub(\.|$)/, terraform: /^azurerm_eventhub\w*$/, hints: ['eventhub'] },
  // --- bi-platform -----------------------------------------------------------------------------
  { id: 'looker', label: 'Looker', trigger: 'bi-platform', files: /\.(lkml|lookml)$/, exposureHosts: /(^|\.)looker\.com$/ },
  { id: 'looker-studio', label: 'Looker Studio', trigger: 'bi-platform', exposureHosts: /^(lookerstudio|datastudio)\.google\.com$/ },
  { id: 'power-bi', label: 'Power BI', trigger: 'bi-platform', files: /\.(pbix|pbit|pbip|pbir|tmdl)$|\.SemanticModel\/|\.Report\//, exposureHosts: /(^|\.)powerbi\.com$/ },
  { id: 'tableau', label: 'Tableau', trigger: 'bi-platform', files: /\.(twb|twbx|tds|tdsx)$/, exposureHosts: /(^|[.-])tableau([.-]|$)/ },
  {
    id: 'superset',
    label: 'Apache Superset',
    trigger: 'bi-platform',
    packages: /^apache-superset$/,
    images: /(^|\/)superset$/,
    files: /(^|\/)superset_config\.py$/,
    exposureHosts: /(^|[.-])superset([.-]|$)|(^|\.)preset\.io$/,
  },
  { id: 'metabase', label: 'Metabase', trigger: 'bi-platform', images: /(^|\/)metabase$/, exposureHosts: /(^|[.-])metabase([.-]|$)/ },
  { id: 'lightdash', label: 'Lightdash', trigger: 'bi-platform', files: /(^|\/)lightdash(\.config)?\.ya?ml$/, exposureHosts: /(^|[.-])lightdash([.-]|$)/ },
  { id: 'mode', label: 'Mode', trigger: 'bi-platform', exposureHosts: /(^|\.)mode\.com$/ },
  { id: 'hex', label: 'Hex', trigger: 'bi-platform', exposureHosts: /(^|\.)hex\.tech$/ },
  { id: 'sigma', label: 'Sigma', trigger: 'bi-platform', exposureHosts: /(^|\.)sigmacomputing\.com$/ },
  { id: 'thoughtspot', label: 'ThoughtSpot', trigger: 'bi-platform', files: /\.tml$/, exposureHosts: /(^|[.-])thoughtspot([.-]|$)/ },
  { id: 'quicksight', label: 'Amazon QuickSight', trigger: 'bi-platform', terraform: /^aws_quicksight_\w+$/, exposureHosts: /^quicksight\.aws\.amazon\.com$|\.quicksight\.aws\.amazon\.com$/, hints: ['quicksight'] },
  { id: 'redash', label: 'Redash', trigger: 'bi-platform', images: /(^|\/)redash$/, exposureHosts: /(^|[.-])redash([.-]|$)/ },
  { id: 'streamlit', label: 'Streamlit', trigger: 'bi-platform', packages: /^streamlit$/ },
  // --- lake formats and catalogs ---------------------------------------------------------------
  { id: 'iceberg', label: 'Apache Iceberg', trigger: 'lake-storage-format', packages: /^pyiceberg$/, imports: /^pyiceberg(\.|$)/, terraform: /^(aws_s3tables_\w+|snowflake_external_volume)$/, hints: ['iceberg', 's3tables', 'external_volume'] },
  { id: 'delta', label: 'Delta Lake', trigger: 'lake-storage-format', packages: /^(deltalake|delta-spark)$/, imports: /^(deltalake|delta\.tables)(\.|$)/, hints: ['delta'] },
  { id: 'hudi', label: 'Apache Hudi', trigger: 'lake-storage-format', packages: /hudi/ },
  {
    id: 'lake-catalog',
    hints: ['glue', 'lakeformation', 'databricks'],
    label: 'a data lake catalog (Glue, Lake Formation or Unity Catalog)',
    trigger: 'data-architecture',
    terraform: /^(aws_glue_catalog_\w+|aws_lakeformation_\w+|databricks_catalog|databricks_external_location|databricks_metastore\w*)$/,
  },
  { id: 'dbt-catalogs', label: 'dbt catalogs (external table catalogs)', trigger: 'data-architecture', files: /(^|\/)catalogs\.ya?ml$/ },
  { id: 'external-tables', label: 'external tables (dbt-external-tables)', trigger: 'data-architecture', dbtPackages: /dbt[_-]external[_-]tables/ },
  // --- data-modeling ---------------------------------------------------------------------------
  { id: 'data-vault', label: 'Data Vault', trigger: 'data-modeling', dbtPackages: /automate[_-]dv|dbtvault|datavault4dbt/ },
];

export interface Signal {
  technology: string;
  file: string;
  line: number;
  /** What shows it, for evidence (`import dagster`, `apache-airflow==2.9.1`). */
  text: string;
  /** How strong the signal is: a declared dependency, image or project file is enough on its own. */
  declared: boolean;
}

const IGNORED = new Set(['node_modules', '.venv', 'venv', 'dbt_packages', 'dbt_modules', 'site-packages', '.git', 'target']);
export const ignoredPath = (path: string): boolean => path.split('/').some((part) => IGNORED.has(part));

function urlHost(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url.trim());
  return match?.[1]?.toLowerCase();
}

function exposureSignals(text: string, file: string): Signal[] {
  const parsed = parseYaml(text);
  if (!parsed.ok) return [];
  const out: Signal[] = [];
  for (const exposure of yamlItems(yamlGet(parsed.root, 'exposures'))) {
    const url = yamlGet(exposure, 'url');
    const host = urlHost(yamlString(url) ?? '');
    if (!host || !url) continue;
    const name = yamlString(yamlGet(exposure, 'name')) ?? 'exposure';
    for (const technology of TECHNOLOGIES) {
      if (technology.exposureHosts?.test(host)) out.push({ technology: technology.id, file, line: url.line, text: `exposure ${name} url on ${host}`, declared: true });
    }
  }
  return out;
}

function dbtPackageSignals(text: string, file: string): Signal[] {
  const parsed = parseYaml(text);
  if (!parsed.ok) return [];
  const out: Signal[] = [];
  for (const item of yamlItems(yamlGet(parsed.root, 'packages'))) {
    const node = yamlGet(item, 'package') ?? yamlGet(item, 'git');
    const name = yamlString(node);
    if (!name || !node) continue;
    for (const technology of TECHNOLOGIES) {
      if (technology.dbtPackages?.test(name.toLowerCase())) out.push({ technology: technology.id, file, line: node.line, text: `dbt package ${name}`, declared: true });
    }
  }
  return out;
}

function terraformSignals(text: string, file: string): Signal[] {
  const out: Signal[] = [];
  text.split('\n').forEach((line, index) => {
    const match = /^\s*resource\s+"([\w-]+)"\s+"([\w-]+)"/.exec(line);
    if (!match) return;
    for (const technology of TECHNOLOGIES) {
      if (technology.terraform?.test(match[1] as string)) out.push({ technology: technology.id, file, line: index + 1, text: `resource ${match[1]}.${match[2]}`, declared: true });
    }
  });
  return out;
}

/** The python-module names an import statement brings in: `x.y` and each `x.y.name`. */
const importedModules = (module: string, names: readonly string[]): string[] => [module, ...names.map((name) => `${module}.${name}`)];

async function pythonSignals(ctx: DetectorContext, side: Side, path: string): Promise<Signal[]> {
  const facts = await pythonFacts(ctx, side, path);
  const out: Signal[] = [];
  for (const technology of TECHNOLOGIES) {
    if (technology.imports) {
      for (const item of facts.imports) {
        if (importedModules(item.module, item.names).some((module) => technology.imports?.test(module))) {
          out.push({ technology: technology.id, file: path, line: item.line, text: item.names.length > 0 ? `from ${item.module} import ${item.names.join(', ')}` : `import ${item.module}`, declared: false });
        }
      }
    }
    if (technology.calls) {
      for (const call of facts.calls) {
        const last = call.name.slice(call.name.lastIndexOf('.') + 1);
        if (technology.calls.test(last)) out.push({ technology: technology.id, file: path, line: call.line, text: `${last}(…)`, declared: false });
      }
    }
    if (technology.attributes) {
      for (const attribute of facts.attributes) {
        if (technology.attributes.test(attribute.name)) out.push({ technology: technology.id, file: path, line: attribute.line, text: `.${attribute.name}`, declared: false });
      }
    }
    if (technology.awsServices) {
      for (const call of facts.calls) {
        const last = call.name.slice(call.name.lastIndexOf('.') + 1);
        if ((last === 'client' || last === 'resource') && call.firstString !== undefined && technology.awsServices.test(call.firstString)) {
          out.push({ technology: technology.id, file: path, line: call.line, text: `${last}('${call.firstString}')`, declared: false });
        }
      }
    }
  }
  return out;
}

export interface SignalOptions {
  /** Paths of dbt model files (their Python is dbt's, not pipeline code). */
  isDbtModel?: (path: string) => boolean;
  /** Paths of dbt properties files (where exposures live). */
  isDbtProperties?: (path: string) => boolean;
}

/** Every technology signal in one file at one side. */
export function signalsOf(ctx: DetectorContext, side: Side, path: string | undefined, options: SignalOptions = {}): Promise<Signal[]> {
  if (path === undefined || ignoredPath(path)) return Promise.resolve([]);
  return memo(ctx.changeSet, `signals:${side}:${path}`, async () => {
    const out: Signal[] = [];
    for (const technology of TECHNOLOGIES) {
      if (technology.files?.test(path)) out.push({ technology: technology.id, file: path, line: 1, text: `file ${path}`, declared: true });
    }
    const ext = extension(path);
    const name = basename(path);
    const withContent = TECHNOLOGIES.filter((technology) => technology.content?.path.test(path));
    const needsText =
      isManifestPath(path) || ext === 'tf' || name === 'packages.yml' || name === 'dependencies.yml' || withContent.length > 0 || (isYamlPath(path) && (options.isDbtProperties?.(path) ?? false));
    if (ext === 'py' && !(options.isDbtModel?.(path) ?? false)) out.push(...(await pythonSignals(ctx, side, path)));
    if (!needsText) return out;
    const text = await readText(ctx.changeSet.contents, side, path);
    if (text === undefined) return out;
    if (isManifestPath(path)) {
      const manifest = readManifest(path, text);
      for (const technology of TECHNOLOGIES) {
        for (const requirement of manifest.requirements) {
          if (technology.packages?.test(requirement.name)) out.push({ technology: technology.id, file: path, line: requirement.line, text: `${requirement.name}${requirement.spec}`, declared: true });
        }
        for (const image of manifest.images) {
          if (technology.images?.test(image.image)) out.push({ technology: technology.id, file: path, line: image.line, text: `image ${image.image}:${image.tag}`, declared: true });
        }
      }
    }
    if (ext === 'tf') out.push(...terraformSignals(text, path));
    for (const technology of withContent) {
      const patterns = technology.content?.patterns ?? [];
      if (patterns.length === 0 || !patterns.every((pattern) => pattern.test(text))) continue;
      const first = patterns[0] as RegExp;
      const index = text.split('\n').findIndex((line) => first.test(line));
      out.push({ technology: technology.id, file: path, line: index + 1, text: `job definition ${path}`, declared: true });
    }
    if (name === 'packages.yml' || name === 'dependencies.yml') out.push(...dbtPackageSignals(text, path));
    if (isYamlPath(path) && (options.isDbtProperties?.(path) ?? false) && text.includes('exposures')) out.push(...exposureSignals(text, path));
    return out;
  });
}

/** Whether a base file can show the technology (and so is worth reading when searching for it). */
export function canShow(technology: Technology, path: string, options: SignalOptions): boolean {
  const ext = extension(path);
  const name = basename(path);
  if (ext === 'py') return !(options.isDbtModel?.(path) ?? false) && Boolean(technology.imports ?? technology.calls ?? technology.attributes ?? technology.awsServices);
  if (ext === 'tf') return technology.terraform !== undefined;
  if (name === 'packages.yml' || name === 'dependencies.yml') return technology.dbtPackages !== undefined;
  if (technology.content?.path.test(path)) return true;
  return isYamlPath(path) && technology.exposureHosts !== undefined && (options.isDbtProperties?.(path) ?? false);
}

export const technologyById = (id: string): Technology | undefined => TECHNOLOGIES.find((technology) => technology.id === id);
