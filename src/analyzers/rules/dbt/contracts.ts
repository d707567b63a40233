// What the contract rules share: whether a model's effective config enforces a contract.
import type { ResolvedModelConfig } from '../../dbt/project.js';

/** `contract: {enforced: true}` (a Jinja expression is given the benefit of the doubt). */
export function contractEnforced(config: ResolvedModelConfig): boolean {
  const contract = config['contract']?.value;
  if (contract?.kind === 'expr') return true;
  if (contract?.kind !== 'dict') return false;
  const enforced = contract.entries['enforced'];
  return (enforced?.kind === 'boolean' && enforced.value) || enforced?.kind === 'expr';
}
