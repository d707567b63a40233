// Calls whose value differs every time they run: the wall clock, random numbers, UUIDs and
// Airflow's `days_ago`. In a DAG or task argument they are evaluated on each parse of the file;
// inside a task they make a rerun or a backfill process something else than the first run did.
// Names are compared after import resolution (imports.ts), on their last segments, so
// `datetime.datetime.now`, `dt.datetime.now` and `from datetime import datetime; datetime.now`
// are one call; `datetime(2024, 1, 1)` and `pendulum.datetime(...)` are fixed values and are not.
import { qualifiedCallee, suffix } from './imports.js';
import type { SyntaxNode } from './python.js';

export type VaryingKind = 'clock' | 'epoch' | 'random' | 'uuid' | 'days_ago';

export interface VaryingCall {
  kind: VaryingKind;
  /** The callee as written in the file, for messages. */
  written: string;
  call: SyntaxNode;
}

// Last two segments of the qualified callee.
const CLOCK = new Set([
  'datetime.now',
  'datetime.utcnow',
  'datetime.today',
  'date.today',
  'pendulum.now',
  'pendulum.today',
  'pendulum.yesterday',
  'pendulum.tomorrow',
  'DateTime.now',
  'DateTime.utcnow',
  'DateTime.today',
  'Timestamp.now',
  'Timestamp.today',
  'Timestamp.utcnow',
  'timezone.utcnow',
]);
const EPOCH = new Set(['time.time', 'time.time_ns']);
const UUID = new Set(['uuid.uuid1', 'uuid.uuid4']);
const RANDOM_MODULES = new Set(['random', 'secrets']);

/** The kind of a call whose value varies from run to run, or undefined. */
export function varyingCall(call: SyntaxNode, aliases: ReadonlyMap<string, string>): VaryingCall | undefined {
  const name = qualifiedCallee(call, aliases);
  if (name === undefined) return undefined;
  const written = call.childForFieldName('function')?.text ?? name;
  const lastTwo = suffix(name, 2);
  const segments = name.split('.');
  let kind: VaryingKind | undefined;
  if (CLOCK.has(lastTwo)) kind = 'clock';
  else if (EPOCH.has(lastTwo)) kind = 'epoch';
  else if (UUID.has(lastTwo)) kind = 'uuid';
  else if (segments[segments.length - 1] === 'days_ago') kind = 'days_ago';
  // `random.randint`, `numpy.random.rand`, `secrets.token_hex`: a function of a random module.
  else if (segments.length >= 2 && segments.slice(0, -1).some((segment) => RANDOM_MODULES.has(segment)) && segments[0] !== 'self') kind = 'random';
  return kind ? { kind, written, call } : undefined;
}

/**
 * The varying calls inside an expression, not descending into lambdas or nested function
 * definitions (their bodies run later, at task time).
 */
export function varyingCallsIn(node: SyntaxNode, aliases: ReadonlyMap<string, string>): VaryingCall[] {
  const found: VaryingCall[] = [];
  const visit = (current: SyntaxNode): void => {
    if (current.type === 'lambda' || current.type === 'function_definition') return;
    if (current.type === 'call') {
      const hit = varyingCall(current, aliases);
      if (hit) found.push(hit);
    }
    for (const child of current.namedChildren) if (child) visit(child);
  };
  visit(node);
  return found;
}
