// The governance rules (PII, credentials, retention, ownership), in catalogue order.
import type { Rule } from '../../rule.js';
import { piiWithoutClassification } from './gov-001.js';
import { piiExposedUnmasked } from './gov-002.js';
import { credentialInCode } from './gov-003.js';
import { piiWithoutRetention } from './gov-004.js';
import { requiredMetaKeys } from './gov-005.js';

export const governanceRules: readonly Rule[] = [piiWithoutClassification, piiExposedUnmasked, credentialInCode, piiWithoutRetention, requiredMetaKeys];
