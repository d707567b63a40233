// What a credential looks like in configuration and SQL: a key named like a secret holding a
// literal (not a `{{ env_var(...) }}` lookup, not a placeholder), a connection URI with a
// password in it, or `key=value` pairs with secret keys inside a string (Redshift's
// `CREDENTIALS 'aws_access_key_id=…;aws_secret_access_key=…'`). After detect-secrets'
// KeywordDetector, matched on whole key tokens so `token_uri`, `private_key_path` or
// `password_env` (where to find a secret) are not secrets themselves.
import { nameTokens } from './pii-names.js';

// A last token that names a secret (`db_password`, `api_token`, `client_secret`).
const SECRET_LAST = new Set(['password', 'passwd', 'pwd', 'passphrase', 'token', 'apikey', 'secret']);
// Two last tokens that do (`private_key`, `api_key`, `secret_key`, `aws_secret_access_key`).
const SECRET_PAIRS = new Set(['private key', 'api key', 'secret key', 'access key secret', 'secret access key', 'sas token', 'account key', 'master key', 'signing key', 'encryption key']);

const SECRET_WORD_PART = /pass|pwd|token|key|secret/i;

/** Whether a configuration key names a secret. A bare `secret` is left out: it usually names a secret object, not its value. */
export function isSecretKey(key: string): boolean {
  // GOV-003 asks this of every word of every SQL file. Each word that can end a secret name
  // (SECRET_LAST, SECRET_PAIRS) contains one of these, and a name's tokens are lower-case pieces
  // of it, so a name without any of them cannot match: an exact shortcut, not a heuristic.
  if (!SECRET_WORD_PART.test(key)) return false;
  const tokens = nameTokens(key);
  const last = tokens[tokens.length - 1];
  if (last === undefined) return false;
  if (last === 'secret' && tokens.length === 1) return false;
  if (SECRET_LAST.has(last)) return true;
  const lastTwo = tokens.slice(-2).join(' ');
  const lastThree = tokens.slice(-3).join(' ');
  return SECRET_PAIRS.has(lastTwo) || SECRET_PAIRS.has(lastThree);
}

/** A value that is a reference or a placeholder rather than a secret. */
export function isPlaceholder(value: string): boolean {
  const text = value.trim();
  if (text === '') return true;
  if (text.includes('{{') || text.includes('{%')) return true;
  if (/^\$\{[^}]*\}$|^\$[A-Z_][A-Z0-9_]*$|^%\([^)]*\)s$|^<[^>]*>$|^\[[^\]]*\]$/.test(text)) return true;
  if (/^(.)\1*$/.test(text)) return true; // `****`, `xxxx`
  return ['null', 'none', '~', 'redacted', 'secret', 'password', 'changeme_in_env', 'your_password', 'your-password'].includes(text.toLowerCase());
}

/** The scheme of a URI whose user-info holds a literal password (`postgres://user:pw@host`), if any. */
export function uriWithPassword(value: string): string | undefined {
  const match = findUriWithPassword(value, { wordBoundary: true });
  if (!match || isPlaceholder(match.password)) return undefined;
  return match.scheme;
}

const isSchemeChar = (ch: string): boolean => /[a-z0-9+.-]/i.test(ch);
const isLetter = (ch: string): boolean => /[a-z]/i.test(ch);
const isWordChar = (ch: string): boolean => /\w/.test(ch);
// After `://`: the user, a colon, the password (group 1), an at sign. Neither part can hold the
// character that ends it, so this never backtracks more than once over its input.
const USER_INFO = /[^\s:/@]+:([^\s@/]+)@/y;

/**
 * The first `scheme://user:password@` in a text: what /\b?([a-z][a-z0-9+.-]*):\/\/[^\s:/@]+:([^\s@/]+)@/i
 * finds (with `\b` when `wordBoundary`), without its cost. That expression retries the scheme
 * from every position of a long run of letters (or `a.a.a…`), which is quadratic: a 1 MB
 * string literal held the review for minutes (found by tests/fuzz/python.test.ts). Here each
 * `://` is found once, its scheme read backwards, and the user-info matched from there.
 */
export function findUriWithPassword(text: string, options: { wordBoundary: boolean }): { index: number; scheme: string; password: string } | undefined {
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 1)) {
    let runStart = at;
    while (runStart > 0 && isSchemeChar(text.charAt(runStart - 1))) runStart--;
    // The leftmost position the expression could start from: a letter (after a non-word character, with \b).
    let start = runStart;
    while (start < at && !(isLetter(text.charAt(start)) && (!options.wordBoundary || start === 0 || !isWordChar(text.charAt(start - 1))))) start++;
    if (start === at) continue;
    USER_INFO.lastIndex = at + 3;
    const match = USER_INFO.exec(text);
    if (match?.[1] !== undefined) return { index: start, scheme: text.slice(start, at), password: match[1] };
  }
  return undefined;
}

/** Secret keys given a literal value inside a string of `key=value` pairs (`;`, `,`, `&` or space separated). */
export function secretPairsIn(value: string): string[] {
  const keys: string[] = [];
  for (const match of value.matchAll(/(?:^|[;,&\s])([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*([^;,&\s]+)/g)) {
    const key = match[1] as string;
    const literal = match[2] as string;
    if (isSecretKey(key) && !isPlaceholder(literal)) keys.push(key);
  }
  return keys;
}
