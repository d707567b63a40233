// Data volume for an escalation, from dbt's catalog.json when the workflow provides one
// (`dbt docs generate` writes it with the warehouse's table statistics). Statistic names
// differ by adapter, so every known spelling is read; anything unrecognised is left out
// rather than guessed.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface RelationVolume {
  rows?: number;
  bytes?: number;
}

export type VolumeCatalog = ReadonlyMap<string, RelationVolume>;

/** A catalog file larger than this is not read: a review must not stall on an artifact. */
const MAX_CATALOG_BYTES = 200 * 1024 * 1024;

// Snowflake: row_count, bytes · BigQuery: num_rows, num_bytes · Redshift: rows, size (MB) ·
// Databricks/Spark: rows, bytes (in `stats` under the same ids as the others in recent dbt).
const ROW_KEYS = ['row_count', 'num_rows', 'rows'];
const BYTE_KEYS = ['bytes', 'num_bytes'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function statValue(stats: Record<string, unknown>, keys: readonly string[]): number | undefined {
  for (const key of keys) {
    const entry = stats[key];
    const value = isRecord(entry) ? entry['value'] : undefined;
    const include = isRecord(entry) ? entry['include'] : undefined;
    if (include === false) continue;
    const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    if (Number.isFinite(number) && number >= 0) return number;
  }
  return undefined;
}

/** Reads the volumes per relation name (the model's name, lower case) from catalog.json text. */
export function parseCatalog(text: string): Map<string, RelationVolume> {
  const volumes = new Map<string, RelationVolume>();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return volumes;
  }
  if (!isRecord(json)) return volumes;
  for (const group of ['nodes', 'sources']) {
    const nodes = json[group];
    if (!isRecord(nodes)) continue;
    for (const [id, node] of Object.entries(nodes)) {
      if (!isRecord(node) || !isRecord(node['stats'])) continue;
      const rows = statValue(node['stats'], ROW_KEYS);
      const bytes = statValue(node['stats'], BYTE_KEYS);
      if (rows === undefined && bytes === undefined) continue;
      const name = id.split('.').at(-1)?.toLowerCase();
      if (!name) continue;
      volumes.set(name, { ...(rows !== undefined ? { rows } : {}), ...(bytes !== undefined ? { bytes } : {}) });
    }
  }
  return volumes;
}

/** Loads `<dir>/catalog.json` (or the file itself); a missing or unreadable file gives an explanation. */
export async function loadCatalog(location: string): Promise<{ catalog?: VolumeCatalog; problem?: string }> {
  const file = location.endsWith('.json') ? location : path.join(location, 'catalog.json');
  try {
    const info = await stat(file);
    if (info.size > MAX_CATALOG_BYTES) return { problem: `${file} is larger than ${MAX_CATALOG_BYTES / 1024 / 1024} MB and was not read` };
    const catalog = parseCatalog(await readFile(file, 'utf8'));
    if (catalog.size === 0) return { problem: `${file} holds no table statistics` };
    return { catalog };
  } catch (error) {
    return { problem: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
}

function humanBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** "fct_orders: 41,200,000 rows, 3.2 GB (dbt catalog)", or undefined when the catalog does not know it. */
export function describeVolume(subject: string, catalog: VolumeCatalog | undefined): string | undefined {
  const volume = catalog?.get(subject.toLowerCase());
  if (!volume) return undefined;
  const parts = [
    ...(volume.rows !== undefined ? [`${Math.round(volume.rows).toLocaleString('en-US')} rows`] : []),
    ...(volume.bytes !== undefined ? [humanBytes(volume.bytes)] : []),
  ];
  return `${subject}: ${parts.join(', ')} (dbt catalog)`;
}
