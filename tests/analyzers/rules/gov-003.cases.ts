import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const profile = (password: string): string =>
  ['shop:', '  target: prod', '  outputs:', '    prod:', '      type: snowflake', '      account: ab12345', '      user: loader', `      password: ${password}`, '      warehouse: load_wh', ''].join('\n');
const SECRET = 'Sup3r-S3cret-Value';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'literal password in profiles.yml, and the secret is not in the message',
    base: project,
    head: { ...project, 'profiles.yml': profile(`"${SECRET}"`) },
    expect: [{ file: 'profiles.yml', line: 8 }],
    messageIncludes: '`password`',
  },
  {
    name: 'private_key inside a BigQuery keyfile_json block',
    base: project,
    head: {
      ...project,
      'profiles.yml': [
        'shop:',
        '  outputs:',
        '    prod:',
        '      type: bigquery',
        '      method: service-account-json',
        '      keyfile_json:',
        '        type: service_account',
        '        private_key_id: abc123',
        '        private_key: "-----BEGIN PRIVATE KEY-----\\nMIIEv\\n-----END PRIVATE KEY-----\\n"',
        '        token_uri: https://oauth2.googleapis.com/token',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'profiles.yml', line: 9 }],
  },
  {
    name: 'a var holding an API token in dbt_project.yml',
    base: project,
    head: { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nvars:\n  slack_api_token: xoxb-1234-5678\n" },
    expect: [{ file: 'dbt_project.yml', line: 5 }],
  },
  {
    name: 'SQL: create user with a password literal and a Redshift credentials string',
    base: project,
    head: {
      ...project,
      'sql/admin/setup.sql': [
        "create user loader password 'Hunter2-Loader';",
        "copy raw.events from 's3://bucket/events/'",
        "credentials 'aws_access_key_id=AKIAEXAMPLE;aws_secret_access_key=wJalrEXAMPLEKEY';",
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'sql/admin/setup.sql', line: 1 },
      { file: 'sql/admin/setup.sql', line: 3 },
    ],
  },
  {
    name: 'Jinja: a literal in a set statement of a macro, and a connection URI with a password',
    base: project,
    head: {
      ...project,
      'macros/export.sql': [
        '{% macro export_orders() %}',
        "  {% set api_key = 'k-live-1234567890' %}",
        "  {% set target_url = 'postgresql://exporter:pa55word@db.internal:5432/shop' %}",
        '  select 1',
        '{% endmacro %}',
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'macros/export.sql', line: 2 },
      { file: 'macros/export.sql', line: 3 },
    ],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'env_var() lookups in profiles.yml',
    base: project,
    head: { ...project, 'profiles.yml': profile(`"{{ env_var('DBT_ENV_SECRET_PASSWORD') }}"`) },
    expect: [],
  },
  {
    name: 'near misses: keys that say where a secret is, placeholders, and booleans',
    base: project,
    head: {
      ...project,
      'profiles.yml': [
        'shop:',
        '  outputs:',
        '    prod:',
        '      type: snowflake',
        '      private_key_path: /secrets/rsa_key.p8',
        '      private_key_passphrase: "{{ env_var(\'SNOWFLAKE_PASSPHRASE\') }}"',
        '      token_uri: https://oauth2.googleapis.com/token',
        '      password: "<your password>"',
        "      authenticator: externalbrowser",
        '      use_token: true',
        '      secret: airflow-snowflake-connection',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'SQL: a string that mentions a password, a comment, and a password column compared to a bind parameter',
    base: project,
    head: {
      ...project,
      'sql/reports/logins.sql': [
        "-- password 'not-here' in a comment",
        "select user_id, 'reset your password' as hint",
        'from app.users',
        'where password_reset_token = :token',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'pre-existing literal on a line the change did not touch',
    base: { ...project, 'profiles.yml': profile('"old-literal-value"') },
    head: { ...project, 'profiles.yml': profile('"old-literal-value"').replace('load_wh', 'load_wh_xl') },
    expect: [],
  },
];
