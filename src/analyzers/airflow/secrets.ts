// Hard-coded credentials in Python string literals. Two signals, both read from the tree:
//   - the name a literal is bound to (a keyword argument, a dict key, an assigned variable or a
//     parameter default) says it is a secret: `password=`, `api_key`, `DB_TOKEN`…, and the value
//     looks like one (not a template, a path, an empty string or a placeholder);
//   - the literal's own value has a credential's shape: a URI with `user:password@`, an AWS access
//     key id, a private key block, a GitHub / Slack / Google API token. These shapes are matched
//     with regular expressions over ONE literal's value at a time, never over the source text.
// Nothing here returns the secret itself: callers get a name and a kind, and snippets are redacted.
import { findUriWithPassword } from '../governance/secrets.js';
import { stringLiteral } from './python.js';
import type { SyntaxNode } from './python.js';

export interface SecretHit {
  /** The string literal holding the secret. */
  node: SyntaxNode;
  /** The line of the secret (for a multi-line literal, the line of the matching part). */
  line: number;
  /** What was found, without the value: "a value for `password`", "a URI with an embedded password". */
  what: string;
}

/** Lower-case word tokens of an identifier or key: `awsSecretAccessKey` → aws, secret, access, key. */
function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter((token) => token !== '')
    .map((token) => token.toLowerCase());
}

const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'credential', 'credentials']);
const KEY_QUALIFIERS = new Set(['api', 'secret', 'private', 'access', 'signing', 'encryption', 'auth', 'client', 'master']);

const SECRET_NAME_PART = /pass|pwd|secret|token|key|credential/i;

/** Whether a name says its value is a secret: judged on its last word (`password_file` is a path, not a password). */
export function isSecretName(name: string): boolean {
  // Every SECRET_WORDS entry and `key` contain one of these; a name's tokens are lower-case
  // pieces of it, so a name without any cannot match (exact, and cheap for the common case).
  if (!SECRET_NAME_PART.test(name)) return false;
  const tokens = nameTokens(name);
  const last = tokens[tokens.length - 1];
  if (last === undefined) return false;
  if (SECRET_WORDS.has(last)) return true;
  const previous = tokens[tokens.length - 2];
  return last === 'key' && previous !== undefined && KEY_QUALIFIERS.has(previous);
}

/** Whether a value bound to a secret name is plausibly the secret itself rather than a reference to it. */
function looksLikeSecretValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length < 4) return false;
  // Templates and references resolved elsewhere: Jinja, ${ENV}, $ENV, %(name)s.
  if (/\{\{|\{%|\$\{|^\$[A-Z_]|%\(/.test(trimmed)) return false;
  // Placeholders: one repeated character (`****`, `xxxx`), `<your-token>`.
  if (/^(.)\1*$/.test(trimmed) || /^<.*>$/.test(trimmed)) return false;
  // Paths and URLs point at where the secret lives (`/run/secrets/db`, `secrets/api.json`, `https://vault/...`).
  if (/^(\/|\.\.?\/|~\/)/.test(trimmed) || /\.(json|pem|key|txt|ya?ml|cfg|ini|env)$/i.test(trimmed) || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return false;
  return true;
}

// Credential shapes, matched on one literal's value.
const SHAPES: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/, what: 'an AWS access key id' },
  { pattern: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/, what: 'a private key' },
  { pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, what: 'a GitHub token' },
  { pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
  { pattern: /\bAIza[0-9A-Za-z_-]{35}\b/, what: 'a Google API key' },
];

/** The name a literal is bound to: keyword argument, dict key, assignment target or parameter default. */
function boundName(node: SyntaxNode): string | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case 'keyword_argument':
      return parent.childForFieldName('value')?.id === node.id ? parent.childForFieldName('name')?.text : undefined;
    case 'default_parameter':
    case 'typed_default_parameter':
      return parent.childForFieldName('value')?.id === node.id ? parent.childForFieldName('name')?.text : undefined;
    case 'pair':
      return parent.childForFieldName('value')?.id === node.id ? stringLiteral(parent.childForFieldName('key')) : undefined;
    case 'assignment': {
      if (parent.childForFieldName('right')?.id !== node.id) return undefined;
      const left = parent.childForFieldName('left');
      if (left?.type === 'identifier') return left.text;
      if (left?.type === 'attribute') return left.childForFieldName('attribute')?.text;
      if (left?.type === 'subscript') return stringLiteral(left.childForFieldName('subscript'));
      return undefined;
    }
    default:
      return undefined;
  }
}

const lineAt = (node: SyntaxNode, offset: number): number => node.startPosition.row + 1 + (node.text.slice(0, offset).match(/\n/g)?.length ?? 0);

/** Secrets hard-coded in the file's string literals (f-strings with interpolations are skipped). */
export function findSecrets(root: SyntaxNode): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const node of root.descendantsOfType('string')) {
    if (!node) continue;
    const value = stringLiteral(node);
    if (value === undefined) continue;
    const name = boundName(node);
    if (name !== undefined && isSecretName(name) && looksLikeSecretValue(value)) {
      hits.push({ node, line: node.startPosition.row + 1, what: `a value for \`${name}\`` });
      continue;
    }
    const uri = findUriWithPassword(node.text, { wordBoundary: false });
    const password = uri?.password;
    if (uri && password !== undefined && !/^\{|\{\{|^\*+$|^\$/.test(password)) {
      hits.push({ node, line: lineAt(node, uri.index), what: 'a URI with an embedded password' });
      continue;
    }
    for (const shape of SHAPES) {
      const match = shape.pattern.exec(node.text);
      if (!match) continue;
      hits.push({ node, line: lineAt(node, match.index), what: shape.what });
      break;
    }
  }
  return hits;
}

/**
 * The line as a snippet with every string literal on it (dict keys aside) replaced by `'***'`,
 * or undefined when a literal spanning several lines touches it (the snippet could then still
 * show a secret).
 */
export function redactedLine(text: string, root: SyntaxNode, line: number): string | undefined {
  const index = stringsByRow(text, root);
  const source = index.lines[line - 1];
  if (source === undefined) return undefined;
  const strings = index.rows.get(line - 1) ?? [];
  if (strings.some((node) => node.startPosition.row !== node.endPosition.row)) return undefined;
  let redacted = source;
  for (const node of [...strings].sort((a, b) => b.startPosition.column - a.startPosition.column)) {
    redacted = `${redacted.slice(0, node.startPosition.column)}'***'${redacted.slice(node.endPosition.column)}`;
  }
  return redacted.trim();
}

interface StringIndex {
  text: string;
  lines: string[];
  /** Row → the string literals (outermost, dict keys aside) that touch it. */
  rows: Map<number, SyntaxNode[]>;
}

// One index per tree: a file with tens of thousands of secrets asked for a snippet per secret,
// and each request walked every string of the file (quadratic: minutes on a 1 MB DAG file,
// found by tests/fuzz/python.test.ts).
const stringIndexes = new WeakMap<SyntaxNode, StringIndex>();

function stringsByRow(text: string, root: SyntaxNode): StringIndex {
  const cached = stringIndexes.get(root);
  if (cached && cached.text === text) return cached;
  const insideString = (node: SyntaxNode): boolean => {
    for (let current = node.parent; current; current = current.parent) if (current.type === 'string') return true;
    return false;
  };
  // Dict keys stay readable (`{'password': '***'}`): they name the value, they are not one.
  const isKey = (node: SyntaxNode): boolean => node.parent?.type === 'pair' && node.parent.childForFieldName('key')?.id === node.id;
  const rows = new Map<number, SyntaxNode[]>();
  for (const node of root.descendantsOfType('string')) {
    if (!node || insideString(node) || isKey(node)) continue;
    for (let row = node.startPosition.row; row <= node.endPosition.row; row++) {
      const list = rows.get(row) ?? [];
      list.push(node);
      rows.set(row, list);
    }
  }
  const index = { text, lines: text.split('\n'), rows };
  stringIndexes.set(root, index);
  return index;
}
