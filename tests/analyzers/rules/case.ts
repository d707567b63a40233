// The shape of a rule's test cases: repository trees at base and head, and the findings the
// rule must report (file and line). An empty `expect` is a case the rule must not report.
import type { Tree } from '../support/change.js';

export interface RuleCase {
  name: string;
  base?: Tree;
  head: Tree;
  renames?: Record<string, string>;
  dialect?: string;
  fullFileReview?: boolean;
  expect: { file: string; line: number }[];
  /** Text every reported message must contain. */
  messageIncludes?: string;
  /** The severity the findings must have when it differs from the rule's default (e.g. a token-based fallback). */
  severity?: 'error' | 'warning' | 'info';
}
