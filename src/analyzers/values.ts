// The literal values our parsers can read from source code without executing it: Jinja
// `config(...)` arguments, dbt YAML configs and Python literals all reduce to this one shape,
// so config layers coming from different files can be merged and compared.

export type LiteralValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'none' }
  | { kind: 'list'; items: LiteralValue[] }
  | { kind: 'dict'; entries: Record<string, LiteralValue> }
  /** Anything that needs evaluation (a call such as `var('x')`, an operator, a name): kept as source text. */
  | { kind: 'expr'; text: string };

/** Converts a plain JS value (as produced by a YAML parser) into a LiteralValue. */
export function fromPlain(value: unknown): LiteralValue {
  if (value === null || value === undefined) return { kind: 'none' };
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (Array.isArray(value)) return { kind: 'list', items: value.map(fromPlain) };
  if (typeof value === 'object') {
    const entries: Record<string, LiteralValue> = {};
    for (const [key, item] of Object.entries(value)) entries[key] = fromPlain(item);
    return { kind: 'dict', entries };
  }
  return { kind: 'expr', text: String(value) };
}

/** The string a value holds, when it is a string literal. */
export function stringValue(value: LiteralValue | undefined): string | undefined {
  return value?.kind === 'string' ? value.value : undefined;
}

/** A short human rendering, for messages and evidence. */
export function renderValue(value: LiteralValue): string {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
      return String(value.value);
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'none':
      return 'none';
    case 'list':
      return `[${value.items.map(renderValue).join(', ')}]`;
    case 'dict':
      return `{${Object.entries(value.entries)
        .map(([k, v]) => `${k}: ${renderValue(v)}`)
        .join(', ')}}`;
    case 'expr':
      return value.text;
  }
}
