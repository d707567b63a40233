// Which rules read a changed file and how it is parsed, from its domain (decided by the path
// classifier) and, for dbt, from the project index (model paths, test paths…).
import type { Domain } from '../model.js';
import type { DbtIndex } from './dbt/project.js';
import type { FileKind } from './rule.js';

const extension = (path: string): string => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
};

/** The file's kind; undefined for files outside the data domains. */
export function fileKindOf(path: string, domain: Domain, dbt: DbtIndex | undefined): FileKind | undefined {
  switch (domain) {
    case 'sql':
      return 'sql-script';
    case 'airflow': {
      // SQL templates next to DAGs (`dags/sql/load.sql`, with `{{ ds }}`) are SQL scripts.
      const ext = extension(path);
      return ext === 'py' ? 'airflow-python' : ext === 'sql' ? 'sql-script' : 'airflow-other';
    }
    case 'dbt': {
      const kind = dbt?.fileKind(path);
      switch (kind) {
        case 'model':
          return 'dbt-model';
        case 'snapshot':
          return 'dbt-snapshot';
        case 'test':
          return 'dbt-test';
        case 'macro':
          return 'dbt-macro';
        case 'analysis':
          return 'dbt-analysis';
        case 'properties':
          return 'dbt-properties';
        case 'project':
          return 'dbt-project';
        default:
          return 'dbt-other';
      }
    }
    case 'other':
      return undefined;
  }
}

const SQL_KINDS: ReadonlySet<FileKind> = new Set(['sql-script', 'dbt-model', 'dbt-snapshot', 'dbt-analysis', 'dbt-test']);
const YAML_KINDS: ReadonlySet<FileKind> = new Set(['dbt-properties', 'dbt-project']);

/** How the engine parses a file of this kind. */
export function parseModeOf(path: string, kind: FileKind): 'sql' | 'yaml' | 'python' | 'none' {
  const ext = extension(path);
  if (SQL_KINDS.has(kind) && ext === 'sql') return 'sql';
  if (YAML_KINDS.has(kind) || (kind === 'dbt-other' && (ext === 'yml' || ext === 'yaml'))) return 'yaml';
  if (kind === 'airflow-python' || (kind === 'dbt-model' && ext === 'py')) return 'python';
  return 'none';
}

const LABELS: Readonly<Record<FileKind, string>> = {
  'sql-script': 'SQL scripts',
  'dbt-model': 'dbt models',
  'dbt-snapshot': 'dbt snapshots',
  'dbt-test': 'dbt singular tests',
  'dbt-macro': 'dbt macros',
  'dbt-analysis': 'dbt analyses',
  'dbt-properties': 'dbt properties files',
  'dbt-project': 'dbt_project.yml',
  'dbt-other': 'this kind of dbt file',
  'airflow-python': 'Airflow Python files',
  'airflow-other': 'this kind of Airflow file',
};

export function kindLabel(kind: FileKind): string {
  return LABELS[kind];
}
