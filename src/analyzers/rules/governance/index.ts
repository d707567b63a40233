// The governance rules (PII, credentials, retention, ownership), in catalogue order.
import type { Rule } from '../../rule.js';

export const governanceRules: readonly Rule[] = [];
