// AF-013: credentials written into a DAG file: a string literal bound to a secret-looking name
// (`password=`, `'api_key':`, `DB_TOKEN = …`) or shaped like a credential (a URI with
// `user:password@`, an AWS access key id, a private key, a GitHub / Slack / Google token). Anchors:
// Airflow best practices (Connections and the secrets backend), detect-secrets, secretlint.
//
// The message names the argument or the kind of credential, never the value, and the snippet has
// every string literal on the line replaced by '***' (no snippet when a multi-line literal is
// involved). Applies to every Python file under the DAG folders, DAG or helper.
import { findSecrets, redactedLine } from '../../airflow/secrets.js';
import type { Rule } from '../../rule.js';

export const hardCodedSecrets: Rule = {
  meta: {
    id: 'AF-013',
    title: 'Hard-coded secret in a DAG file',
    domain: 'airflow',
    checklist: ['GOV-02', 'GOV-08', 'CODE-06'],
    severity: 'error',
    rationale:
      'A credential committed to a DAG file is readable by everyone with access to the repository, its forks, CI logs and the ' +
      'Airflow UI\'s code view, and stays in git history after it is removed. Airflow Connections, Variables backed by a secrets ' +
      'backend, or environment variables keep it out of the code and let it be rotated without a deploy.',
    examples: {
      bad: "load = PostgresOperator(task_id='load', sql='load.sql', postgres_conn_id='dwh')\nAPI_TOKEN = 'tok_live_8f2a9c1e5b'",
      good: "load = PostgresOperator(task_id='load', sql='load.sql', postgres_conn_id='dwh')\nAPI_TOKEN = '{{ conn.partner_api.password }}'",
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    for (const hit of findSecrets(tree.root)) {
      const snippet = redactedLine(ctx.head, tree.root, hit.line);
      ctx.report({
        line: hit.line,
        message:
          `Hard-coded secret: ${hit.what} is written in the file. Anyone with read access to the repository can use it, and it stays in git history. ` +
          'Store it in an Airflow Connection or a secrets backend and read it at run time (for example `{{ conn.<conn_id>.password }}` or a hook); rotate the exposed value.',
        ...(snippet !== undefined ? { snippet } : {}),
      });
    }
  },
};
