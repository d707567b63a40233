// Reading a rule's options: the value the repository config set for this file, else the
// default the rule declares in `meta.options`. A value of the wrong type (the config parser
// validates, so only a hand-built context can hold one) falls back to the default.
import type { RuleContext, RuleMeta } from '../rule.js';

function declared(meta: RuleMeta, name: string): unknown {
  return meta.options?.[name]?.default;
}

export function stringListOption(ctx: RuleContext, meta: RuleMeta, name: string): string[] {
  const value = ctx.options?.[name] ?? declared(meta, name);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
