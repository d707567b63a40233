// dbt connection profiles (profiles.yml): each profile's targets with their adapter `type` and
// their other settings, with lines. Values rendered by Jinja (`{{ env_var('WH') }}`) are kept as
// expressions and compare equal only to the same expression.
import type { Side } from '../../../model.js';
import type { LiteralValue } from '../../../analyzers/values.js';
import { fromPlain } from '../../../analyzers/values.js';
import { parseYaml, yamlGet, yamlPlain } from '../../../analyzers/yaml.js';
import type { DetectorContext } from '../detector.js';
import { basename, readText } from './files.js';
import { memo } from './memo.js';

export interface ProfileSetting {
  value: LiteralValue;
  line: number;
}

export interface ProfileTarget {
  profile: string;
  target: string;
  file: string;
  line: number;
  /** The adapter type, lower-cased, when it is a literal. */
  type?: { value: string; line: number };
  settings: Record<string, ProfileSetting>;
}

export const isProfilesPath = (path: string): boolean => /^profiles\.ya?ml$/.test(basename(path));

export function readProfiles(text: string, file: string): ProfileTarget[] {
  const parsed = parseYaml(text);
  if (!parsed.ok || parsed.root?.kind !== 'map') return [];
  const targets: ProfileTarget[] = [];
  for (const profile of parsed.root.entries) {
    if (profile.key === 'config') continue;
    const outputs = yamlGet(profile.value, 'outputs');
    if (outputs?.kind !== 'map') continue;
    for (const output of outputs.entries) {
      if (output.value.kind !== 'map') continue;
      const settings: Record<string, ProfileSetting> = {};
      for (const entry of output.value.entries) {
        const raw = yamlPlain(entry.value);
        const value: LiteralValue = typeof raw === 'string' && raw.includes('{{') ? { kind: 'expr', text: raw } : fromPlain(raw);
        settings[entry.key] = { value, line: entry.keyLine };
      }
      const type = settings['type'];
      targets.push({
        profile: profile.key,
        target: output.key,
        file,
        line: output.keyLine,
        ...(type?.value.kind === 'string' ? { type: { value: type.value.value.trim().toLowerCase(), line: type.line } } : {}),
        settings,
      });
    }
  }
  return targets;
}

const MAX_PROFILE_FILES = 20;

/** Every profiles.yml of one side, read once per change. */
export function repositoryProfiles(ctx: DetectorContext, side: Side): Promise<ProfileTarget[]> {
  return memo(ctx.changeSet, `profiles:${side}`, async () => {
    let files: string[];
    try {
      files = await ctx.changeSet.contents.listFiles(side);
    } catch {
      files = [];
    }
    const targets: ProfileTarget[] = [];
    for (const path of files.filter(isProfilesPath).sort().slice(0, MAX_PROFILE_FILES)) {
      const text = await readText(ctx.changeSet.contents, side, path);
      if (text !== undefined) targets.push(...readProfiles(text, path));
    }
    return targets;
  });
}
