// GOV-003: a credential written into the repository: a secret-named key with a literal value in
// profiles.yml, dbt_project.yml, properties or any other YAML of the data project; a password,
// secret key or token given literally in SQL (`create user … password '…'`, `credentials =
// (aws_secret_key = '…')`, a `key=value` credentials string) or in a Jinja call or `set`; a
// connection URI with a password in it. A `{{ env_var('…') }}` lookup, another Jinja expression
// or an obvious placeholder (`${VAR}`, `<password>`, `****`) is not a credential. Anchors:
// detect-secrets KeywordDetector, secretlint.
//
// The secret itself never appears in the finding: the message names the key and the line, the
// snippet is redacted. The files are read from their text (YAML tree, SQL/Jinja lexer), so a
// file that does not parse as SQL is still checked.
import { tokenizeExpression } from '../../dbt/config.js';
import { isPlaceholder, isSecretKey, secretPairsIn, uriWithPassword } from '../../governance/secrets.js';
import { lexSql } from '../../governance/sql-lexer.js';
import type { SqlToken } from '../../governance/sql-lexer.js';
import type { Rule, RuleContext } from '../../rule.js';
import { parseYaml } from '../../yaml.js';
import type { YamlNode } from '../../yaml.js';

const extension = (path: string): string => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
};

const FIX = "Read it from the environment instead (`{{ env_var('DBT_ENV_SECRET_…') }}` in dbt, a secrets backend or connection in Airflow) and rotate the exposed value: it stays in the git history.";

function reportKey(ctx: RuleContext, key: string, line: number): void {
  ctx.report({ line, message: `\`${key}\` on line ${line} holds a literal credential. ${FIX}`, snippet: `${key}: <redacted>` });
}

function reportUri(ctx: RuleContext, scheme: string, line: number): void {
  ctx.report({ line, message: `A \`${scheme}://\` connection string on line ${line} carries a literal password. ${FIX}`, snippet: `${scheme}://<user>:<redacted>@…` });
}

function checkYaml(ctx: RuleContext, root: YamlNode | undefined): void {
  const visit = (node: YamlNode | undefined, depth: number): void => {
    if (!node || depth > 50) return;
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        const value = entry.value;
        const literal =
          value.kind === 'scalar' && ((typeof value.value === 'string' && !isPlaceholder(value.value)) || typeof value.value === 'number');
        if (literal && isSecretKey(entry.key)) reportKey(ctx, entry.key, entry.keyLine);
        else visit(value, depth + 1);
      }
    } else if (node.kind === 'seq') {
      for (const item of node.items) visit(item, depth + 1);
    } else if (typeof node.value === 'string') {
      const scheme = uriWithPassword(node.value);
      if (scheme) reportUri(ctx, scheme, node.line);
    }
  };
  visit(root, 0);
}

const SQL_SEPARATORS = new Set(['=', ':', '>']);

/** The string token a key word is given: `password 'x'`, `password = 'x'`, `password => 'x'`. */
function valueAfter(tokens: readonly SqlToken[], index: number): SqlToken | undefined {
  let i = index + 1;
  while (tokens[i]?.kind === 'punct' && SQL_SEPARATORS.has(tokens[i]?.text ?? '') && i < index + 3) i++;
  const token = tokens[i];
  return token?.kind === 'string' ? token : undefined;
}

function checkStringValue(ctx: RuleContext, value: string, line: number): void {
  const scheme = uriWithPassword(value);
  if (scheme) {
    reportUri(ctx, scheme, line);
    return;
  }
  for (const key of secretPairsIn(value)) reportKey(ctx, key, line);
}

/** `password='x'`, `{'token': 'x'}`, `set db_password = 'x'` inside a Jinja tag. */
function checkJinja(ctx: RuleContext, tag: SqlToken): void {
  const tokens = tokenizeExpression(tag.text);
  const lineAt = (offset: number): number => tag.line + (tag.text.slice(0, offset).split('\n').length - 1);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const separator = tokens[i + 1];
    const value = tokens[i + 2];
    const named = (token.kind === 'name' || token.kind === 'string') && isSecretKey(token.text);
    if (named && separator?.kind === 'punct' && (separator.text === '=' || separator.text === ':') && value?.kind === 'string' && !isPlaceholder(value.text)) {
      reportKey(ctx, token.text, lineAt(value.start));
      i += 2;
      continue;
    }
    if (token.kind === 'string') checkStringValue(ctx, token.text, lineAt(token.start));
  }
}

function checkSql(ctx: RuleContext): void {
  const tokens = lexSql(ctx.head);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as SqlToken;
    if (token.kind === 'jinja-expression' || token.kind === 'jinja-statement') {
      checkJinja(ctx, token);
      continue;
    }
    if (token.kind === 'string') {
      checkStringValue(ctx, token.text, token.line);
      continue;
    }
    if (token.kind !== 'word') continue;
    const word = token.text;
    const lower = word.toLowerCase();
    // `token` alone is too common a column name in queries to read as a credential in SQL.
    const keyword = (isSecretKey(word) && lower !== 'token') || (lower === 'by' && tokens[i - 1]?.text.toLowerCase() === 'identified');
    if (!keyword) continue;
    const value = valueAfter(tokens, i);
    if (value && !isPlaceholder(value.text)) {
      reportKey(ctx, lower === 'by' ? 'identified by' : word, value.line);
      i = tokens.indexOf(value);
    }
  }
}

export const credentialInCode: Rule = {
  meta: {
    id: 'GOV-003',
    title: 'Credential in code instead of env_var()',
    domain: 'governance',
    checklist: ['GOV-02', 'GOV-08', 'CODE-06'],
    severity: 'error',
    rationale:
      'A password, token or private key committed to the repository is readable by everyone with access to it, copied to ' +
      'every clone and fork, and kept in the git history after it is deleted. Credentials belong in the environment or a ' +
      'secrets manager, read at run time with `env_var()`.',
    examples: {
      bad: 'shop:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      user: loader\n      password: "s3cr3t-Pa55"',
      good: "shop:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      user: loader\n      password: \"{{ env_var('DBT_ENV_SECRET_PASSWORD') }}\"",
    },
    appliesTo: ['dbt-project', 'dbt-properties', 'dbt-other', 'dbt-model', 'dbt-snapshot', 'dbt-macro', 'dbt-analysis', 'dbt-test', 'sql-script', 'airflow-other'],
  },
  check(ctx) {
    const ext = extension(ctx.file.path);
    if (ext === 'yml' || ext === 'yaml') {
      const parsed = ctx.yaml ?? parseYaml(ctx.head);
      if (parsed.ok) checkYaml(ctx, parsed.root);
    } else if (ext === 'sql') {
      checkSql(ctx);
    }
  },
};
