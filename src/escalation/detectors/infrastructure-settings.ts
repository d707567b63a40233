// Escalates retention, stream and compute settings changed outside dbt: in Terraform/HCL, in
// SQL scripts (DDL run by hand or by the orchestrator), in YAML/JSON configuration and as
// keyword arguments in Python (CDK, Pulumi, DAG operators).
//  - data-retention: time travel and expiration (`data_retention_time_in_days`,
//    `default_table_expiration_ms`, `partition_expiration_days`, `max_time_travel_hours`, Delta
//    retention properties, ClickHouse `TTL`), bucket lifecycle expiration (`expiration { days }`,
//    `noncurrent_version_expiration`, GCS `lifecycle_rule { condition { age } }`, Azure
//    `delete_after_days_…`);
//  - streaming-architecture: retention and partitions of streams (Kafka `retention.ms`, Kinesis
//    `retention_period`, Pub/Sub `message_retention_duration`, topic `partitions_count`);
//  - performance-vs-cost: warehouse and cluster sizing (`warehouse_size`, `max_cluster_count`,
//    `auto_suspend`, `slot_capacity`, `num_workers`, `node_type_id`…), `maximum_bytes_billed`.
//    Generic names (`num_workers`, `days`, `age`…) count only inside Terraform where their block
//    or resource says what they size; elsewhere they mean too many other things.
// Settings are compared over all changed files together: in HCL by their block path (resource
// address and nested blocks), elsewhere by name, so a resource moved between files, a
// reformatted value or a comment raises nothing. dbt's own files are left to the dbt detectors.
// The HCL and SQL readers are line-based approximations (one attribute or option per match;
// comments removed); values are compared as written, with quotes and case ignored.
import type { ChangedFile, DraftEscalation, Evidence } from '../../model.js';
import { parseYaml } from '../../analyzers/yaml.js';
import type { YamlNode } from '../../analyzers/yaml.js';
import type { Detector, DetectorContext, EscalationTrigger } from './detector.js';
import { dbtFileKinds } from './support/dbt-sides.js';
import { arrow, escalation } from './support/escalation.js';
import { basename, basePathOf, extension, headLineFor, headPathOf, readText } from './support/files.js';
import { pythonFacts } from './support/python-facts.js';
import { display } from './support/values.js';

export const DETECTOR_ID = 'infrastructure-settings';

type Format = 'hcl' | 'sql' | 'other';

interface Spec {
  trigger: EscalationTrigger;
  /** In HCL, the setting counts only inside a block of one of these names. */
  within?: RegExp;
  /** In HCL, only inside a resource of one of these types. */
  resource?: RegExp;
  /** Only read from these formats (a generic name means too many other things elsewhere). */
  formats?: readonly Format[];
}

const HCL: readonly Format[] = ['hcl'];

const SPECS: Readonly<Record<string, Spec>> = {
  // ClickHouse `TTL <expression>`, read by the SQL reader only.
  ttl: { trigger: 'data-retention', formats: ['sql'] },
  data_retention_time_in_days: { trigger: 'data-retention' },
  max_data_extension_time_in_days: { trigger: 'data-retention' },
  partition_expiration_days: { trigger: 'data-retention' },
  default_table_expiration_ms: { trigger: 'data-retention' },
  default_partition_expiration_ms: { trigger: 'data-retention' },
  expiration_ms: { trigger: 'data-retention' },
  max_time_travel_hours: { trigger: 'data-retention' },
  'delta.logretentionduration': { trigger: 'data-retention' },
  'delta.deletedfileretentionduration': { trigger: 'data-retention' },
  days: { trigger: 'data-retention', within: /^(expiration|noncurrent_version_expiration)$/, formats: HCL },
  noncurrent_days: { trigger: 'data-retention', within: /^noncurrent_version_expiration$/, formats: HCL },
  expired_object_delete_marker: { trigger: 'data-retention', within: /^expiration$/, formats: HCL },
  age: { trigger: 'data-retention', within: /^condition$/, formats: HCL },
  delete_after_days_since_modification_greater_than: { trigger: 'data-retention' },
  delete_after_days_since_creation_greater_than: { trigger: 'data-retention' },
  'retention.ms': { trigger: 'streaming-architecture' },
  retention_ms: { trigger: 'streaming-architecture' },
  'retention.bytes': { trigger: 'streaming-architecture' },
  message_retention_duration: { trigger: 'streaming-architecture' },
  retention_period: { trigger: 'streaming-architecture', resource: /kinesis/, formats: HCL },
  partitions_count: { trigger: 'streaming-architecture', formats: HCL },
  shard_count: { trigger: 'streaming-architecture', resource: /kinesis/, formats: HCL },
  warehouse_size: { trigger: 'performance-vs-cost' },
  max_cluster_count: { trigger: 'performance-vs-cost', formats: HCL },
  min_cluster_count: { trigger: 'performance-vs-cost', formats: HCL },
  scaling_policy: { trigger: 'performance-vs-cost', formats: HCL },
  auto_suspend: { trigger: 'performance-vs-cost', formats: HCL },
  slot_capacity: { trigger: 'performance-vs-cost', formats: HCL },
  baseline_slot_capacity: { trigger: 'performance-vs-cost', formats: HCL },
  max_slots: { trigger: 'performance-vs-cost', formats: HCL },
  cluster_size: { trigger: 'performance-vs-cost', formats: HCL },
  max_num_clusters: { trigger: 'performance-vs-cost', formats: HCL },
  num_workers: { trigger: 'performance-vs-cost', formats: HCL },
  node_type_id: { trigger: 'performance-vs-cost', formats: HCL },
  driver_node_type_id: { trigger: 'performance-vs-cost', formats: HCL },
  number_of_nodes: { trigger: 'performance-vs-cost', formats: HCL },
  maximum_bytes_billed: { trigger: 'performance-vs-cost' },
};

/** Any setting name (or `TTL`) in a text, before a file is parsed. */
const SETTING_HINT = new RegExp(`\\b(${[...Object.keys(SPECS), 'ttl'].map((key) => key.replace(/\./g, '\\.')).join('|')})\\b`, 'i');

const WHY: Readonly<Partial<Record<EscalationTrigger, string>>> = {
  'data-retention': 'They decide how long data (or its recoverable history) is kept before it is deleted: a balance of legal obligations, storage cost and analytical needs.',
  'streaming-architecture': 'They decide how long a stream keeps its events and how far it scales: replay, ordering and cost of the streaming platform.',
  'performance-vs-cost': 'They decide how much compute is paid for: faster or more concurrent work against recurring spend.',
};

interface Setting {
  /** What the setting belongs to across files: the HCL block path, else the setting name. */
  identity: string;
  key: string;
  value: string;
  line: number;
  /** The resource address (HCL) or file, for the decision's subject. */
  owner: string;
}

const normaliseValue = (value: string): string => value.trim().replace(/,$/, '').replace(/^["'`]|["'`]$/g, '').replace(/\s+/g, ' ').toLowerCase();

function specFor(key: string, format: Format): Spec | undefined {
  const spec = SPECS[key.toLowerCase()];
  if (!spec || (spec.formats && !spec.formats.includes(format))) return undefined;
  return spec;
}

/** The spec of a setting already read (whatever its format). */
const specOf = (key: string): Spec => SPECS[key.toLowerCase()] as Spec;

/** Cuts a line at the first comment marker outside quotes (an approximation of each language). */
function stripComments(line: string, markers: readonly string[]): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (markers.some((marker) => line.startsWith(marker, i))) return line.slice(0, i);
  }
  return line;
}

function hclSettings(text: string, file: string): Setting[] {
  const out: Setting[] = [];
  const stack: { name: string; address?: string }[] = [];
  const counts = new Map<string, number>();
  const open = (name: string, labels: string[]): void => {
    const parent = stack.map((frame) => frame.name).join('/');
    const key = `${parent}/${name}${labels.join('.')}`;
    const index = counts.get(key) ?? 0;
    counts.set(key, index + 1);
    const address = name === 'resource' && labels.length >= 2 ? labels.join('.') : undefined;
    stack.push({ name: `${name}${labels.length > 0 ? `.${labels.join('.')}` : ''}${index > 0 ? `[${index}]` : ''}`, ...(address ? { address } : {}) });
  };
  const attribute = (key: string, value: string, line: number): void => {
    const spec = specFor(key, 'hcl');
    if (!spec) return;
    const blockNames = stack.map((frame) => frame.name.replace(/[.[].*$/, ''));
    if (spec.within && !spec.within.test(blockNames[blockNames.length - 1] ?? '')) return;
    const address = [...stack].reverse().find((frame) => frame.address)?.address;
    if (spec.resource && !(address && spec.resource.test(address))) return;
    out.push({ identity: `${stack.map((frame) => frame.name).join('/')}/${key}`, key, value: normaliseValue(value), line, owner: address ?? file });
  };
  text.split('\n').forEach((raw, index) => {
    const line = stripComments(raw, ['#', '//', '/*']).trim();
    if (line === '') return;
    const inline = /^([\w-]+)((?:\s+"[^"]*")*)\s*\{\s*([\w.-]+)\s*=\s*(.+?)\s*\}$/.exec(line);
    if (inline) {
      open(inline[1] as string, [...(inline[2] ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1] as string));
      attribute(inline[3] as string, inline[4] as string, index + 1);
      stack.pop();
      return;
    }
    const block = /^([\w-]+)((?:\s+"[^"]*")*)\s*\{$/.exec(line) ?? /^([\w-]+)\s*=\s*\{$/.exec(line);
    if (block) {
      open(block[1] as string, [...(block[2] ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1] as string));
      return;
    }
    if (/^\}/.test(line)) {
      stack.pop();
      return;
    }
    const assignment = /^"?([\w.-]+)"?\s*=\s*(.+)$/.exec(line);
    if (assignment) attribute(assignment[1] as string, assignment[2] as string, index + 1);
  });
  return out;
}

const SQL_OPTION = /["'`]?\b([a-z_]+(?:\.[a-z_]+)?)\b["'`]?\s*=\s*('[^']*'|"[^"]*"|[\w.-]+)/gi;
const SQL_TTL = /\bTTL\s+(.+?)(?=\s+SETTINGS\b|;|$)/gi;

function sqlSettings(text: string, file: string): Setting[] {
  const out: Setting[] = [];
  let inBlockComment = false;
  text.split('\n').forEach((raw, index) => {
    let line = raw;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end < 0) return;
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    line = line.replace(/\/\*.*?\*\//g, ' ');
    const start = line.indexOf('/*');
    if (start >= 0) {
      line = line.slice(0, start);
      inBlockComment = true;
    }
    line = stripComments(line, ['--']);
    for (const match of line.matchAll(SQL_OPTION)) {
      const key = (match[1] as string).toLowerCase();
      if (key !== 'ttl' && specFor(key, 'sql')) out.push({ identity: key, key, value: normaliseValue(match[2] as string), line: index + 1, owner: file });
    }
    for (const match of line.matchAll(SQL_TTL)) out.push({ identity: 'ttl', key: 'TTL', value: normaliseValue(match[1] as string), line: index + 1, owner: file });
  });
  return out;
}

function yamlSettings(text: string, file: string): Setting[] {
  const parsed = parseYaml(text);
  if (!parsed.ok || !parsed.root) return [];
  const out: Setting[] = [];
  const visit = (node: YamlNode, path: string): void => {
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        if (entry.value.kind === 'scalar' && specFor(entry.key, 'other')) {
          out.push({ identity: entry.key.toLowerCase(), key: entry.key, value: normaliseValue(String(entry.value.value)), line: entry.keyLine, owner: file });
        } else {
          visit(entry.value, `${path}/${entry.key}`);
        }
      }
    } else if (node.kind === 'seq') {
      node.items.forEach((item) => visit(item, path));
    }
  };
  visit(parsed.root, '');
  return out;
}

async function settingsOf(ctx: DetectorContext, side: 'base' | 'head', path: string | undefined): Promise<Setting[]> {
  if (path === undefined) return [];
  const ext = extension(path);
  if (ext === 'py') {
    const facts = await pythonFacts(ctx, side, path);
    return facts.calls.flatMap((call) =>
      Object.entries(call.keywords).flatMap(([key, value]) =>
        specFor(key, 'other') ? [{ identity: key.toLowerCase(), key, value: normaliseValue(display(value) ?? ''), line: call.line, owner: path }] : [],
      ),
    );
  }
  const text = await readText(ctx.changeSet.contents, side, path);
  // Most files name none of the settings: they are not parsed at all (lock files, large JSON).
  if (text === undefined || !SETTING_HINT.test(text)) return [];
  if (ext === 'tf' || ext === 'hcl' || ext === 'tfvars') return hclSettings(text, path);
  if (ext === 'sql') return sqlSettings(text, path);
  if (ext === 'yml' || ext === 'yaml' || ext === 'json') return yamlSettings(text, path);
  return [];
}

interface Occurrence {
  setting: Setting;
  file: ChangedFile;
}

export const infrastructureSettings: Detector = {
  id: DETECTOR_ID,
  triggers: ['data-retention', 'streaming-architecture', 'performance-vs-cost'],
  async detect(ctx) {
    const candidates = ctx.changeSet.files.filter((file) => ['tf', 'hcl', 'tfvars', 'sql', 'yml', 'yaml', 'json', 'py'].includes(extension(file.path)));
    if (candidates.length === 0) return [];
    const kinds = await dbtFileKinds(ctx);
    const before: Occurrence[] = [];
    const after: Occurrence[] = [];
    for (const file of candidates) {
      const basePath = basePathOf(file);
      const headPath = headPathOf(file);
      // dbt's own files (models, properties, dbt_project.yml, profiles) belong to the dbt detectors.
      if ([basePath, headPath].some((path) => path !== undefined && (kinds.fileKind(path) !== 'other' || /^profiles\.ya?ml$/.test(basename(path))))) continue;
      const [base, head] = await Promise.all([settingsOf(ctx, 'base', basePath), settingsOf(ctx, 'head', headPath)]);
      before.push(...base.map((setting) => ({ setting, file })));
      after.push(...head.map((setting) => ({ setting, file })));
    }
    const identities = new Set([...before, ...after].map((item) => item.setting.identity));
    const findings: { trigger: EscalationTrigger; subject: string; evidence: Evidence }[] = [];
    for (const identity of identities) {
      const was = before.filter((item) => item.setting.identity === identity);
      const now = after.filter((item) => item.setting.identity === identity);
      const removed = [...was];
      const added: Occurrence[] = [];
      for (const item of now) {
        const index = removed.findIndex((old) => old.setting.value === item.setting.value);
        if (index >= 0) removed.splice(index, 1);
        else added.push(item);
      }
      for (const item of added) {
        const previous = removed.shift();
        const spec = specOf(item.setting.key);
        findings.push({
          trigger: spec.trigger,
          subject: item.setting.owner,
          evidence: { file: item.file.path, line: item.setting.line, text: `${item.setting.key}: ${arrow(previous?.setting.value, item.setting.value)}` },
        });
      }
      for (const item of removed) {
        const spec = specOf(item.setting.key);
        const location = item.file.status === 'removed' ? { file: item.file.path, line: item.setting.line } : { file: item.file.path, line: headLineFor(item.file, item.setting.line) };
        findings.push({ trigger: spec.trigger, subject: item.setting.owner, evidence: { ...location, text: `${item.setting.key}: ${arrow(item.setting.value, undefined)}` } });
      }
    }
    const groups = new Map<string, typeof findings>();
    for (const finding of findings) {
      const key = `${finding.trigger}\0${finding.subject}`;
      groups.set(key, [...(groups.get(key) ?? []), finding]);
    }
    const escalations: DraftEscalation[] = [];
    for (const group of groups.values()) {
      const first = group[0] as (typeof findings)[number];
      const keys = [...new Set(group.map((finding) => finding.evidence.text.slice(0, finding.evidence.text.indexOf(':'))))];
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: first.trigger,
          subject: first.subject,
          title: `${keys.join(', ')} of ${first.subject} change${keys.length === 1 ? 's' : ''}`,
          problem: `The change sets, changes or removes ${keys.map((key) => `\`${key}\``).join(', ')} on ${first.subject}. ${WHY[first.trigger] ?? ''} A human should take this decision deliberately.`,
          evidence: group.map((finding) => finding.evidence).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
        }),
      );
    }
    return escalations;
  },
};
