// The properties entry of a dbt model as a positioned YAML map, for rules that judge a model's
// SQL against what its YAML says (column classification, masking, access, meta). The dbt index
// keeps a summary of each entry (name, columns, tests, config); this reads the whole entry from
// the same file, which the index has already read through the shared cached reader.
import type { ContentReader } from '../../model.js';
import type { DbtIndex } from '../dbt/project.js';
import { parseYaml, yamlEntry, yamlGet, yamlItems, yamlString } from '../yaml.js';
import type { YamlNode, YamlParse } from '../yaml.js';

/** Parsed properties files by path, shared across the models of one analysis. */
export type PropertiesCache = Map<string, Promise<YamlParse | undefined>>;

/** The `models:` item for the model at `path`, if the index knows a properties entry for it. Never throws. */
export async function loadModelProperties(reader: ContentReader, index: DbtIndex, path: string, cache: PropertiesCache): Promise<YamlNode | undefined> {
  const model = index.model(path);
  if (!model) return undefined;
  const entry = index.properties('model', model.name, model.project);
  if (!entry) return undefined;
  let pending = cache.get(entry.file);
  if (!pending) {
    pending = (async () => {
      try {
        const content = await reader.read(index.side, entry.file);
        return content.kind === 'text' ? parseYaml(content.text) : undefined;
      } catch {
        return undefined;
      }
    })();
    cache.set(entry.file, pending);
  }
  const parsed = await pending;
  if (!parsed?.ok) return undefined;
  return yamlItems(yamlGet(parsed.root, 'models')).find(
    (item) => yamlString(yamlGet(item, 'name')) === entry.name && (yamlEntry(item, 'name')?.keyLine ?? item.line) === entry.line,
  );
}
