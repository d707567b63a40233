// Secret-shaped strings are replaced before any text of a review leaves the process: a
// credential committed in a pull request is already exposed by that pull request, and the
// review must not repeat it in a comment, an issue, the log, the JSON report or SARIF.
//
// Pattern-based, so an approximation: it catches the credential formats their issuers publish
// (fixed prefixes and lengths) and passwords written into connection URLs; a secret that looks
// like ordinary text is not recognised (SECURITY.md says so).

export const REDACTED = '[redacted secret]';

const SECRET_PATTERNS: readonly RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}/g, // GitHub tokens: personal, OAuth, user-to-server, server, refresh
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g, // GitHub fine-grained personal tokens
  /\bsk-ant-[A-Za-z0-9_-]{10,}/g, // Anthropic API keys
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, // AWS access key ids (long-term and temporary)
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, // Slack bot, user, app and refresh tokens
  /\bAIza[0-9A-Za-z_-]{35}/g, // Google API keys
  /\b[sr]k_live_[0-9A-Za-z]{16,}/g, // Stripe live secret and restricted keys
  /\bglpat-[0-9A-Za-z_-]{20,}/g, // GitLab personal access tokens
  /\bnpm_[A-Za-z0-9]{36}\b/g, // npm tokens
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, // JSON Web Tokens
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, // PEM private keys, even cut off
];

// `scheme://user:password@host`: the password goes, the rest (which says where the data is) stays.
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)(@)/gi;

export function redactSecrets(text: string): string {
  let result = text;
  for (const pattern of SECRET_PATTERNS) result = result.replace(pattern, REDACTED);
  return result.replace(URL_PASSWORD, (_match, prefix: string, _password: string, at: string) => `${prefix}${REDACTED}${at}`);
}
