// Comparing config values read from different places (a Jinja config() call, a properties
// YAML, dbt_project.yml, a Python literal) without being fooled by how they are written:
// quotes, spacing, key order, a one-item list for a scalar, letter case where the value is a
// keyword. A value that needs evaluation (`var('x')`) is only equal to the same expression;
// against a literal it is "unknown", and detectors do not guess on unknowns.
import type { LiteralValue } from '../../../analyzers/values.js';
import { renderValue } from '../../../analyzers/values.js';

export interface NormaliseOptions {
  /** Compare strings without regard to letter case (keywords such as strategies or formats). */
  caseInsensitive?: boolean;
}

/** A canonical text of a value: equal texts mean equal values. */
export function canonical(value: LiteralValue | undefined, options: NormaliseOptions = {}): string {
  if (value === undefined) return '∅';
  switch (value.kind) {
    case 'string': {
      const text = value.value.trim().replace(/\s+/g, ' ');
      return `s:${options.caseInsensitive ? text.toLowerCase() : text}`;
    }
    case 'number':
      return `n:${value.value}`;
    case 'boolean':
      return `b:${value.value}`;
    case 'none':
      return 'none';
    case 'list': {
      // `unique_key='id'` and `unique_key=['id']` mean the same thing to dbt.
      if (value.items.length === 1) return canonical(value.items[0], options);
      return `[${value.items.map((item) => canonical(item, options)).join(',')}]`;
    }
    case 'dict': {
      const keys = Object.keys(value.entries).sort();
      return `{${keys.map((key) => `${key.toLowerCase()}=${canonical(value.entries[key], options)}`).join(',')}}`;
    }
    case 'expr':
      return `e:${value.text.replace(/\s+/g, '').replace(/"/g, "'")}`;
  }
}

export type Comparison = 'same' | 'different' | 'unknown';

const needsEvaluation = (value: LiteralValue | undefined): boolean => {
  if (value === undefined) return false;
  if (value.kind === 'expr') return true;
  if (value.kind === 'list') return value.items.some(needsEvaluation);
  if (value.kind === 'dict') return Object.values(value.entries).some(needsEvaluation);
  return false;
};

/** Whether two values are the same; `unknown` when one needs evaluation and the texts differ. */
export function compareValues(a: LiteralValue | undefined, b: LiteralValue | undefined, options: NormaliseOptions = {}): Comparison {
  if (canonical(a, options) === canonical(b, options)) return 'same';
  return needsEvaluation(a) || needsEvaluation(b) ? 'unknown' : 'different';
}

/** The value at a nested path of dicts (`meta` → `retention_days`). */
export function valueAt(value: LiteralValue | undefined, path: readonly string[]): LiteralValue | undefined {
  let current = value;
  for (const part of path) {
    if (current?.kind !== 'dict') return undefined;
    current = current.entries[part];
  }
  return current;
}

/** A value for evidence text; undefined stays undefined (rendered as "(not set)"). */
export function display(value: LiteralValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = renderValue(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** A value read as a boolean (YAML and Jinja booleans, and their common string spellings). */
export function asBoolean(value: LiteralValue | undefined): boolean | undefined {
  if (value?.kind === 'boolean') return value.value;
  if (value?.kind === 'string') {
    const text = value.value.trim().toLowerCase();
    if (text === 'true' || text === 'yes') return true;
    if (text === 'false' || text === 'no') return false;
  }
  return undefined;
}

/** A value read as a lower-cased string. */
export function asKeyword(value: LiteralValue | undefined): string | undefined {
  return value?.kind === 'string' ? value.value.trim().toLowerCase() : undefined;
}
