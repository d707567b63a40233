// The Airflow rules, in catalogue order.
import type { Rule } from '../../rule.js';
import { noRetries } from './af-006.js';

export const airflowRules: readonly Rule[] = [noRetries];
