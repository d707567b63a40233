// What the names of a DAG file refer to, read from its import statements: `from datetime import
// datetime` makes `datetime.now` mean `datetime.datetime.now`, `import pendulum as pm` makes
// `pm.now` mean `pendulum.now`. Rules compare qualified names, so aliases do not hide a call and
// a local function that happens to be called `now` is not mistaken for one.
//
// Approximation: scopes are not told apart (an import inside a function counts for the whole
// file) and a name re-bound by assignment keeps its imported meaning. DAG files import at the
// top and rarely shadow module names, so this holds in practice.
import type { SyntaxNode } from './python.js';
import { dottedName } from './python.js';

export interface ImportedModule {
  /** The module or name the statement loads: `pandas`, `airflow.operators.subdag.SubDagOperator`. */
  qualified: string;
  /** The import statement. */
  statement: SyntaxNode;
  line: number;
}

function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null);
}

function moduleNameOf(statement: SyntaxNode): string | undefined {
  const module = statement.childForFieldName('module_name');
  if (!module) return undefined;
  // `from . import x` / `from .utils import y`: relative imports are the project's own modules.
  if (module.type === 'relative_import') return undefined;
  return module.text;
}

/** Local name → qualified name, for every name an import statement binds. */
export function importAliases(root: SyntaxNode): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const statement of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
    if (!statement) continue;
    const from = statement.type === 'import_from_statement' ? moduleNameOf(statement) : undefined;
    if (statement.type === 'import_from_statement' && from === undefined) continue;
    for (const item of statement.childrenForFieldName('name')) {
      if (!item) continue;
      if (item.type === 'dotted_name') {
        if (from !== undefined) aliases.set(item.text, `${from}.${item.text}`);
        // `import os.path` binds `os`, which means the module `os`.
        else {
          const first = item.text.split('.')[0];
          if (first !== undefined) aliases.set(first, first);
        }
      } else if (item.type === 'aliased_import') {
        const name = item.childForFieldName('name')?.text;
        const alias = item.childForFieldName('alias')?.text;
        if (name !== undefined && alias !== undefined) aliases.set(alias, from !== undefined ? `${from}.${name}` : name);
      }
    }
  }
  return aliases;
}

/** A dotted name with its first segment replaced by what it was imported as (unchanged when not imported). */
export function qualify(name: string | undefined, aliases: ReadonlyMap<string, string>): string | undefined {
  if (name === undefined) return undefined;
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  const resolved = aliases.get(head);
  if (resolved === undefined) return name;
  return dot < 0 ? resolved : `${resolved}${name.slice(dot)}`;
}

/** The qualified name of a call's callee: `pm.now()` with `import pendulum as pm` → `pendulum.now`. */
export function qualifiedCallee(call: SyntaxNode, aliases: ReadonlyMap<string, string>): string | undefined {
  return qualify(dottedName(call.childForFieldName('function')), aliases);
}

/** Every module or name an import statement loads, with its statement (relative imports excluded). */
export function importedModules(root: SyntaxNode): ImportedModule[] {
  const out: ImportedModule[] = [];
  for (const statement of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
    if (!statement) continue;
    const line = statement.startPosition.row + 1;
    if (statement.type === 'import_statement') {
      for (const item of statement.childrenForFieldName('name')) {
        const name = item?.type === 'aliased_import' ? item.childForFieldName('name')?.text : item?.text;
        if (name !== undefined) out.push({ qualified: name, statement, line });
      }
      continue;
    }
    const from = moduleNameOf(statement);
    if (from === undefined) continue;
    const names = statement.childrenForFieldName('name').filter((item): item is SyntaxNode => item !== null);
    // `from x import *` loads the module itself.
    if (names.length === 0 || namedChildren(statement).some((child) => child.type === 'wildcard_import')) out.push({ qualified: from, statement, line });
    for (const item of names) {
      const name = item.type === 'aliased_import' ? item.childForFieldName('name')?.text : item.text;
      if (name !== undefined) out.push({ qualified: `${from}.${name}`, statement, line });
    }
  }
  return out;
}

/** The last `count` segments of a dotted name, joined: `suffix('a.b.c', 2)` → `b.c`. */
export function suffix(name: string, count: number): string {
  return name.split('.').slice(-count).join('.');
}
