// Escalates a hard-coded date floor added to a dbt model's WHERE clause (`where created_at >=
// '2024-01-01'`), or an existing floor moved later: the model silently stops carrying history
// before that date, which is a retention decision taken in SQL.
// The floors are read from the parsed SQL (the Jinja-neutralised model parsed with sqlparser):
// comparisons `column >= / > <date>` (and `<date> <= column`, `column between <date> and …`)
// anywhere in a WHERE clause, the date being a quoted ISO date, `date '…'`, `timestamp '…'`,
// `cast('…' as date)` or `to_date('…')`/`date('…')`. Only existing models are compared (a new
// model sets its scope from the start), floors are matched by column so moving one into a CTE
// or reformatting it raises nothing, and a floor inside any `{% if %}` block is ignored (dev-only
// limits such as `{% if target.name == 'dev' %}` and `{% if is_incremental() %}` filters are not
// retention). When the SQL does not parse on either side, both sides are read with a lexical
// approximation of the same comparisons instead.
import type { DraftEscalation, Evidence } from '../../model.js';
import { neutraliseJinja } from '../../analyzers/dbt/jinja.js';
import { isRecord, variantOf } from '../../analyzers/sql/ast.js';
import { parseSql } from '../../analyzers/sql/parser.js';
import type { SqlDialect } from '../../analyzers/sql/parser.js';
import type { Detector } from './detector.js';
import { arrow, escalation } from './support/escalation.js';
import { basePathOf, extension, headPathOf, readBoth } from './support/files.js';

export const DETECTOR_ID = 'history-date-floor';

export interface DateFloor {
  column: string;
  /** ISO date (`2024-01-01`). */
  date: string;
  line: number;
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})/;

/** Lines inside `{% if %}…{% endif %}` blocks of a template. */
function conditionalLines(text: string): Set<number> {
  const lines = new Set<number>();
  const stack: number[] = [];
  let line = 1;
  const tag = /\{%-?\s*(if|endif)\b[^%]*-?%\}|\n/g;
  for (const match of text.matchAll(tag)) {
    if (match[0] === '\n') {
      if (stack.length > 0) lines.add(line);
      line++;
      continue;
    }
    if (match[1] === 'if') stack.push(line);
    else stack.pop();
    if (stack.length > 0 || match[1] === 'endif') lines.add(line);
  }
  return lines;
}

function spanLine(node: unknown): number | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = spanLine(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isRecord(node)) return undefined;
  const span = node['span'];
  if (isRecord(span) && isRecord(span['start']) && typeof span['start']['line'] === 'number' && span['start']['line'] > 0) return span['start']['line'];
  for (const value of Object.values(node)) {
    const found = spanLine(value);
    if (found !== undefined) return found;
  }
  return undefined;
}

function columnOf(expr: unknown): string | undefined {
  const variant = variantOf(expr);
  if (!variant) return undefined;
  if (variant.tag === 'Identifier' && isRecord(variant.payload) && typeof variant.payload['value'] === 'string') return variant.payload['value'].toLowerCase();
  if (variant.tag === 'CompoundIdentifier' && Array.isArray(variant.payload)) {
    const last = variant.payload[variant.payload.length - 1];
    return isRecord(last) && typeof last['value'] === 'string' ? last['value'].toLowerCase() : undefined;
  }
  if (variant.tag === 'Nested') return columnOf(variant.payload);
  // `cast(col as date)`, `date(col)`: the column inside a conversion.
  if (variant.tag === 'Cast' && isRecord(variant.payload)) return columnOf(variant.payload['expr']);
  if (variant.tag === 'Function') {
    const args = functionArgs(variant.payload);
    return args.length === 1 ? columnOf(args[0]) : undefined;
  }
  return undefined;
}

/** The argument expressions of a Function node (`{ args: { List: { args: [{ Unnamed: { Expr: … } }] } } }`). */
function functionArgs(payload: unknown): unknown[] {
  if (!isRecord(payload)) return [];
  const list = variantOf(payload['args']);
  const args = list && isRecord(list.payload) ? list.payload['args'] : undefined;
  const out: unknown[] = [];
  for (const arg of Array.isArray(args) ? args : []) {
    const unnamed = variantOf(arg);
    const inner = unnamed ? variantOf(unnamed.payload) : undefined;
    if (inner?.tag === 'Expr') out.push(inner.payload);
  }
  return out;
}

function functionName(payload: unknown): string {
  if (!isRecord(payload) || !Array.isArray(payload['name'])) return '';
  return payload['name']
    .map((part) => {
      const variant = variantOf(part);
      const ident = variant?.tag === 'Identifier' ? variant.payload : part;
      return isRecord(ident) && typeof ident['value'] === 'string' ? ident['value'] : '';
    })
    .join('.');
}

function stringOf(value: unknown): string | undefined {
  // `{ value: { SingleQuotedString: '…' }, span }` in current releases, a bare variant in older ones.
  const inner = isRecord(value) && 'value' in value ? value['value'] : value;
  const variant = variantOf(inner);
  return variant && typeof variant.payload === 'string' && /QuotedString$/.test(variant.tag) ? variant.payload : undefined;
}

function dateOf(expr: unknown): string | undefined {
  const variant = variantOf(expr);
  if (!variant || !isRecord(variant.payload)) return undefined;
  const payload = variant.payload;
  let text: string | undefined;
  if (variant.tag === 'Value') text = stringOf(payload);
  else if (variant.tag === 'TypedString') text = stringOf(payload['value']);
  else if (variant.tag === 'Cast') text = dateOf(payload['expr']);
  else if (variant.tag === 'Nested') text = dateOf(payload);
  else if (variant.tag === 'Function' && /^(to_date|date|to_timestamp|timestamp|parse_date)$/i.test(functionName(payload))) {
    for (const arg of functionArgs(payload)) {
      const found = dateOf(arg);
      if (found) return found;
    }
  }
  return text !== undefined ? ISO_DATE.exec(text.trim())?.[1] : undefined;
}

/** Floors in a WHERE clause subtree. */
function floorsIn(node: unknown, out: DateFloor[]): void {
  if (Array.isArray(node)) {
    for (const item of node) floorsIn(item, out);
    return;
  }
  if (!isRecord(node)) return;
  const variant = variantOf(node);
  if (variant?.tag === 'BinaryOp' && isRecord(variant.payload)) {
    const { left, op, right } = variant.payload;
    const pair =
      op === 'Gt' || op === 'GtEq' ? { column: columnOf(left), date: dateOf(right), at: right } : op === 'Lt' || op === 'LtEq' ? { column: columnOf(right), date: dateOf(left), at: left } : undefined;
    if (pair?.column && pair.date) out.push({ column: pair.column, date: pair.date, line: spanLine(pair.at) ?? spanLine(node) ?? 1 });
  } else if (variant?.tag === 'Between' && isRecord(variant.payload) && variant.payload['negated'] !== true) {
    const column = columnOf(variant.payload['expr']);
    const date = dateOf(variant.payload['low']);
    if (column && date) out.push({ column, date, line: spanLine(variant.payload['low']) ?? 1 });
  }
  for (const value of Object.values(node)) floorsIn(value, out);
}

/** Every WHERE clause of the statements, wherever it is (CTEs, subqueries, unions). */
function whereClauses(node: unknown, out: unknown[]): void {
  if (Array.isArray(node)) {
    for (const item of node) whereClauses(item, out);
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'selection' && value !== null) out.push(value);
    whereClauses(value, out);
  }
}

const LEXICAL = /\b([A-Za-z_][\w]*)\s*(>=|>)\s*(?:date\s+|timestamp\s+|cast\s*\(\s*|to_date\s*\(\s*)?'(\d{4}-\d{2}-\d{2})[^']*'/gi;

/** The lexical approximation, for SQL the parser does not read. */
function lexicalFloors(sql: string): DateFloor[] {
  const out: DateFloor[] = [];
  sql.split('\n').forEach((raw, index) => {
    const line = raw.replace(/--.*$/, '');
    for (const match of line.matchAll(LEXICAL)) out.push({ column: (match[1] as string).toLowerCase(), date: match[3] as string, line: index + 1 });
  });
  return out;
}

const DIALECTS: readonly SqlDialect[] = ['generic', 'snowflake', 'bigquery', 'databricks'];

async function parsedFloors(sql: string, preferred: SqlDialect | undefined): Promise<DateFloor[] | undefined> {
  // The run's dialect first: the grammar the engine already read the model with.
  const dialects = preferred ? [preferred, ...DIALECTS.filter((dialect) => dialect !== preferred)] : DIALECTS;
  for (const dialect of dialects) {
    const result = await parseSql(sql, dialect);
    if (!result.ok) continue;
    const clauses: unknown[] = [];
    whereClauses(result.statements.map((statement) => statement.raw), clauses);
    const floors: DateFloor[] = [];
    for (const clause of clauses) floorsIn(clause, floors);
    return floors;
  }
  return undefined;
}

/** Date floors of a model on both sides, read the same way on both. */
export async function dateFloors(baseText: string, headText: string, dialect?: SqlDialect): Promise<{ base: DateFloor[]; head: DateFloor[] }> {
  const read = async (text: string): Promise<{ parsed?: DateFloor[]; sql: string; conditional: Set<number> }> => {
    const sql = neutraliseJinja(text).sql;
    const parsed = await parsedFloors(sql, dialect);
    return { ...(parsed ? { parsed } : {}), sql, conditional: conditionalLines(text) };
  };
  const [base, head] = await Promise.all([read(baseText), read(headText)]);
  const lexical = !base.parsed || !head.parsed;
  const floors = (side: typeof base): DateFloor[] => (lexical ? lexicalFloors(side.sql) : (side.parsed as DateFloor[])).filter((floor) => !side.conditional.has(floor.line));
  return { base: floors(base), head: floors(head) };
}

export const historyDateFloor: Detector = {
  id: DETECTOR_ID,
  triggers: ['data-retention'],
  async detect(ctx) {
    if (!ctx.dbt) return [];
    const escalations: DraftEscalation[] = [];
    for (const file of ctx.changeSet.files) {
      const basePath = basePathOf(file);
      const headPath = headPathOf(file);
      if (basePath === undefined || headPath === undefined || extension(headPath) !== 'sql') continue;
      const model = ctx.dbt.head.model(headPath);
      if (!model || ctx.dbt.head.fileKind(headPath) !== 'model') continue;
      const texts = await readBoth(ctx.changeSet.contents, file);
      if (texts.base === undefined || texts.head === undefined) continue;
      // Cheap filter: no quoted date on the head side means no floor to find.
      if (!/'\d{4}-\d{2}-\d{2}/.test(texts.head)) continue;
      const { base, head } = await dateFloors(texts.base, texts.head, ctx.dialect);
      const evidence: Evidence[] = [];
      for (const column of new Set(head.map((floor) => floor.column))) {
        const latest = (floors: readonly DateFloor[]): DateFloor | undefined =>
          floors.filter((floor) => floor.column === column).reduce<DateFloor | undefined>((best, floor) => (!best || floor.date > best.date ? floor : best), undefined);
        const before = latest(base);
        const after = latest(head) as DateFloor;
        // A floor kept or moved earlier keeps at least the history it kept before.
        if (before && before.date >= after.date) continue;
        evidence.push({ file: headPath, line: after.line, text: `history floor on ${column}: ${arrow(before ? `>= ${before.date}` : 'none', `>= ${after.date}`)}` });
      }
      if (evidence.length === 0) continue;
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: 'data-retention',
          subject: model.name,
          title: `${model.name} drops history before a hard-coded date`,
          problem:
            `The WHERE clause of dbt model \`${model.name}\` gains a hard-coded date floor (${evidence.map((item) => item.text.replace(/^history floor on /, '')).join('; ')}). ` +
            'Rows before that date silently disappear from the model — and, for a table or an incremental model rebuilt with --full-refresh, from the warehouse. ' +
            'How much history a model keeps is a retention decision that should be made deliberately, not as a side effect of a filter.',
          evidence,
          options: ['Keep the full history in this model and filter in the consumers that need less.', 'Apply the floor as an explicit, documented retention policy (with the date in a variable or config).'],
        }),
      );
    }
    return escalations;
  },
};
