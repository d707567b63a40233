import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3286);
// The local entry: the same review over any git range, with no GitHub and, without a key, no
// network. Exit codes: 0 reviewed and passing, 1 fail-on met, 2 usage error, 3 the review
// could not run.



process.exitCode = await (0,_cli_run_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .a)(process.argv.slice(2), {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'),
    writeFile: (path, text) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text, 'utf8'),
    parseArgs: node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3286:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/platform/assets.ts
// Locates files that ship beside the bundle (WASM parsers, the bundled agent definition).
// The same code runs from src/ under vitest, from dist/index.js (the action) and from
// dist/cli/index.js (the CLI), so it searches upwards from this module's own folder instead
// of assuming one layout.



const here = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
/** Finds `relative` in this module's folder or one of its first five ancestors. */
function findUpwards(relative, from = here) {
    let dir = from;
    for (let depth = 0; depth < 6; depth++) {
        const candidate = external_node_path_default().join(dir, relative);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}
/**
 * Resolves a vendored runtime file: `dist/vendor/<vendorPath>` in a build, else the same
 * file inside node_modules during development and tests.
 */
function vendorFile(vendorPath, nodeModulesPath) {
    const found = findUpwards(external_node_path_default().join('vendor', vendorPath)) ?? findUpwards(external_node_path_default().join('node_modules', nodeModulesPath));
    if (!found)
        throw new Error(`Cannot find the bundled file ${vendorPath}; the installation is incomplete.`);
    return found;
}
/**
 * Imports an ES module by file path at run time, hidden from the bundler so that it is
 * loaded as the real file (see scripts/build.mjs for why).
 */
async function importRuntime(file) {
    const url = (0,external_node_url_namespaceObject.pathToFileURL)(file).href;
    return (await import(/* webpackIgnore: true */ url));
}
/** The agent definition shipped with the product. */
function bundledAgentPath() {
    const found = findUpwards(external_node_path_default().join('agents', 'data-engineer.md'));
    if (!found)
        throw new Error('Cannot find the bundled agent definition agents/data-engineer.md.');
    return found;
}

;// CONCATENATED MODULE: ./src/agent/definition.ts
// The parsed form of an agent definition file (agents/data-engineer.md). Findings, config and
// docs name checklist items and escalation triggers by the ids declared here.
/** The escalation triggers every agent definition must describe, no more and no fewer. */
const TRIGGER_IDS = [
    'data-architecture',
    'etl-tool-selection',
    'etl-vs-elt',
    'batch-vs-streaming',
    'streaming-architecture',
    'data-retention',
    'bi-platform',
    'data-modeling',
    'data-quality-thresholds',
    'performance-vs-cost',
    'warehouse-selection',
    'lake-storage-format',
    'incremental-vs-full-refresh',
    'orchestration-tool',
];
function isTriggerId(value) {
    return TRIGGER_IDS.includes(value);
}
/** The fields of an escalation to a human, in the order they are presented. */
const TEMPLATE_FIELDS = [
    'agent',
    'task',
    'problem',
    'attempted',
    'options',
    'impact',
    'constitutional_impact',
    'data_volume',
    'cost_impact',
];
function isTemplateFieldKey(value) {
    return TEMPLATE_FIELDS.includes(value);
}
/** Checklist ids look like `DQ-03`: a section prefix and a two-digit number. */
const CHECKLIST_ID_PATTERN = /^[A-Z]{2,5}-\d{2}$/;
const NO_FALLBACK_ID_PATTERN = /^NF-\d{2}$/;
const PRINCIPLE_ID_PATTERN = /^P-[a-z][a-z0-9-]*$/;
/** A refusal to load an agent file; the message names the file and, when known, the line. */
class AgentDefinitionError extends Error {
    file;
    line;
    reason;
    name = 'AgentDefinitionError';
    constructor(file, line, reason) {
        super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/agent/frontMatter.ts
// Reads and checks the YAML front matter of an agent file. The `yaml` package keeps source
// offsets for every node, so each refusal can name the line it is about.


const NAME_PATTERN = /^[a-z][a-z0-9-]*$/;
const VERSION_PATTERN = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;
const MODEL_KEYS = new Set(['prefer', 'id']);
const ESCALATION_POLICIES = ['mandatory', 'advisory'];
/** Finds the `---` delimited block at the very start of the file. */
function locateFrontMatter(lines, file) {
    if (lines[0]?.trim() !== '---') {
        throw new AgentDefinitionError(file, 1, 'missing front matter: the file must start with a line "---"');
    }
    for (let index = 1; index < lines.length; index++) {
        const text = lines[index]?.trim();
        if (text === '---' || text === '...') {
            return { yaml: lines.slice(1, index).join('\n'), firstLine: 2, bodyStartLine: index + 2 };
        }
    }
    throw new AgentDefinitionError(file, 1, 'the front matter opened here is never closed by a line "---"');
}
function parseFrontMatter(block, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(block.yaml, { lineCounter, prettyErrors: true });
    const fileLine = (offset) => block.firstLine + lineCounter.linePos(offset).line - 1;
    const firstError = doc.errors[0];
    if (firstError) {
        const line = firstError.linePos ? block.firstLine + firstError.linePos[0].line - 1 : block.firstLine;
        const reason = firstError.message.split('\n')[0] ?? firstError.message;
        throw new AgentDefinitionError(file, line, `invalid front matter: ${reason}`);
    }
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        throw new AgentDefinitionError(file, block.firstLine, 'invalid front matter: expected a mapping of keys such as name, version, description');
    }
    const fields = new Fields(doc.contents.items, file, block.firstLine - 1, fileLine);
    const name = fields.requiredString('name');
    if (!NAME_PATTERN.test(name.value)) {
        throw new AgentDefinitionError(file, name.line, `invalid front matter: name "${name.value}" must be lower-case words joined by hyphens`);
    }
    const version = fields.requiredString('version', 'a quoted string such as "1.0.0"');
    if (!VERSION_PATTERN.test(version.value)) {
        throw new AgentDefinitionError(file, version.line, `invalid front matter: version "${version.value}" is not a semantic version such as 1.0.0`);
    }
    const description = fields.requiredString('description');
    return {
        name: name.value,
        version: version.value,
        description: description.value.trim(),
        model: fields.modelHints(),
        escalation: fields.escalation(),
    };
}
/** Typed access to the top-level keys, with the line of each for messages. */
class Fields {
    pairs;
    file;
    headerLine;
    fileLine;
    constructor(pairs, file, headerLine, fileLine) {
        this.pairs = pairs;
        this.file = file;
        this.headerLine = headerLine;
        this.fileLine = fileLine;
    }
    find(key) {
        for (const pair of this.pairs) {
            if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key)
                return { pair, line: this.lineOf(pair.value) ?? this.lineOf(pair.key) ?? this.headerLine };
        }
        return undefined;
    }
    lineOf(node) {
        const range = node?.range;
        return range ? this.fileLine(range[0]) : undefined;
    }
    requiredString(key, expected = 'a non-empty string') {
        const found = this.find(key);
        if (!found)
            throw new AgentDefinitionError(this.file, this.headerLine, `invalid front matter: missing "${key}"`);
        const value = (0,dist/* isScalar */.jn)(found.pair.value) ? found.pair.value.value : undefined;
        if (typeof value !== 'string' || value.trim() === '') {
            throw new AgentDefinitionError(this.file, found.line, `invalid front matter: "${key}" must be ${expected}`);
        }
        return { value, line: found.line };
    }
    modelHints() {
        const found = this.find('model');
        if (!found)
            return {};
        const node = found.pair.value;
        if (!(0,dist/* isMap */.jh)(node)) {
            throw new AgentDefinitionError(this.file, found.line, 'invalid front matter: "model" must be a mapping such as {prefer: sonnet}');
        }
        const hints = {};
        for (const pair of node.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            const line = this.lineOf(pair.key) ?? found.line;
            if (!MODEL_KEYS.has(key)) {
                throw new AgentDefinitionError(this.file, line, `invalid front matter: unknown model hint "${key}" (known: ${[...MODEL_KEYS].join(', ')})`);
            }
            const value = (0,dist/* isScalar */.jn)(pair.value) ? pair.value.value : undefined;
            if (typeof value !== 'string' || value.trim() === '') {
                throw new AgentDefinitionError(this.file, line, `invalid front matter: model.${key} must be a non-empty string`);
            }
            if (key === 'prefer')
                hints.prefer = value.trim();
            else
                hints.id = value.trim();
        }
        return hints;
    }
    escalation() {
        const found = this.find('escalation');
        if (!found)
            return 'mandatory';
        const value = (0,dist/* isScalar */.jn)(found.pair.value) ? found.pair.value.value : undefined;
        const policy = ESCALATION_POLICIES.find((p) => p === value);
        if (!policy) {
            throw new AgentDefinitionError(this.file, found.line, `invalid front matter: "escalation" must be one of ${ESCALATION_POLICIES.join(', ')}`);
        }
        return policy;
    }
}

;// CONCATENATED MODULE: ./src/agent/outline.ts
// A purpose-built, line-based reader for the Markdown layout of our own agent files: headings,
// top-level bullets with nested bullets, and plain text. It is not a general Markdown parser:
// it knows nothing of emphasis, links, tables or HTML, and only needs to keep every line's
// number so that refusals can point at it.
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;
const TOP_BULLET = /^[-*]\s+(.*)$/;
const NESTED_BULLET = /^(\s{2,})[-*]\s+(.*)$/;
/**
 * Splits lines into sections at headings of exactly `level`. Text before the first such
 * heading is returned as the preamble. Headings inside fenced code blocks are not headings.
 */
function splitSections(lines, level) {
    const preamble = [];
    const sections = [];
    let fence;
    for (const source of lines) {
        const fenceMatch = FENCE.exec(source.text);
        if (fenceMatch?.[1]) {
            const marker = fenceMatch[1];
            if (fence === undefined)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
        }
        else if (fence === undefined) {
            const heading = HEADING.exec(source.text);
            if (heading?.[1] && heading[1].length === level) {
                sections.push({ title: (heading[2] ?? '').trim(), line: source.line, body: [] });
                continue;
            }
        }
        const current = sections[sections.length - 1];
        (current ? current.body : preamble).push(source);
    }
    return { preamble, sections };
}
/**
 * Reads the bullets of a block. A top-level bullet starts at column 0; lines indented by two
 * or more spaces that start with `- ` are its children; other indented lines continue the
 * bullet (or its last child). Unindented paragraphs are not bullets and are skipped: callers
 * use `strayText` to decide whether such text is allowed.
 */
function readBullets(lines) {
    const bullets = [];
    const strayText = [];
    let current;
    let lastWasBlank = false;
    for (const source of lines) {
        const text = source.text;
        if (text.trim() === '') {
            lastWasBlank = true;
            continue;
        }
        const top = TOP_BULLET.exec(text);
        if (top) {
            current = { text: (top[1] ?? '').trim(), line: source.line, children: [] };
            bullets.push(current);
            lastWasBlank = false;
            continue;
        }
        const nested = NESTED_BULLET.exec(text);
        if (nested && current) {
            current.children.push({ text: (nested[2] ?? '').trim(), line: source.line, children: [] });
            lastWasBlank = false;
            continue;
        }
        if (/^\s+\S/.test(text) && current && !lastWasBlank) {
            const target = current.children[current.children.length - 1] ?? current;
            target.text = `${target.text} ${text.trim()}`;
            continue;
        }
        current = undefined;
        strayText.push(source);
        lastWasBlank = false;
    }
    return { bullets, strayText };
}
/** `` `ID` **Title** — text `` (an em dash, en dash or hyphen separates title and text). */
function parseIdentifiedBullet(text) {
    const match = /^`([^`]+)`\s+\*\*(.+?)\*\*\s*[—–-]\s*(\S.*)$/.exec(text);
    if (!match)
        return undefined;
    return { id: (match[1] ?? '').trim(), title: (match[2] ?? '').trim(), text: (match[3] ?? '').trim() };
}
/** `` `key` — meaning ``. */
function parseKeyedBullet(text) {
    const match = /^`([^`]+)`\s*[—–-]\s*(\S.*)$/.exec(text);
    if (!match)
        return undefined;
    return { key: (match[1] ?? '').trim(), text: (match[2] ?? '').trim() };
}
/** `**Label:** text` (the colon may sit inside or outside the bold markers). */
function parseLabelledBullet(text) {
    const match = /^\*\*([^*]+?):?\*\*:?\s*(.*)$/.exec(text);
    if (!match)
        return undefined;
    return { label: (match[1] ?? '').trim(), text: (match[2] ?? '').trim() };
}
/** Section text as written, with surrounding blank lines removed. */
function joinText(lines) {
    return lines
        .map((l) => l.text)
        .join('\n')
        .replace(/^\s*\n/, '')
        .trimEnd();
}

;// CONCATENATED MODULE: ./src/agent/loader.ts
// Loads an agent definition and refuses one that other parts of the product could not trust:
// every id a finding, a config entry or an issue may name must be well-formed, unique and,
// for triggers, one of the known set. Each refusal names the file and line.






const SECTION_KEYS = {
    role: 'role',
    checklist: 'checklist',
    'no fallbacks': 'noFallbacks',
    'escalation triggers': 'triggers',
    'escalation template': 'template',
};
const REQUIRED_SECTIONS = ['role', 'checklist', 'triggers', 'template'];
const SECTION_TITLES = {
    role: 'Role',
    checklist: 'Checklist',
    noFallbacks: 'No fallbacks',
    triggers: 'Escalation triggers',
    template: 'Escalation template',
};
const TRIGGER_ID_PATTERN = /^[a-z][a-z0-9-]*$/;
const CHECKLIST_SECTION_HEADING = /^([A-Z]{2,5})\s+[—–-]\s+(\S.*)$/;
const TRIGGER_HEADING = /^`([^`]+)`\s*[—–-]\s*(\S.*)$/;
/** Reads the agent file at `file`, or the bundled one. */
async function loadAgentDefinition(file) {
    const resolved = file ?? bundledAgentPath();
    const shown = displayName(resolved);
    let text;
    try {
        text = await (0,promises_.readFile)(resolved, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new AgentDefinitionError(shown, undefined, `cannot read the agent definition${code ? ` (${code})` : ''}`);
    }
    return parseAgentDefinition(text, shown);
}
/** A path relative to the working directory when it lies inside it, for shorter messages. */
function displayName(file) {
    const relative = external_node_path_default().relative(process.cwd(), external_node_path_default().resolve(file));
    return relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative) ? relative.split((external_node_path_default()).sep).join('/') : file;
}
function parseAgentDefinition(text, sourceName) {
    const file = sourceName;
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const block = locateFrontMatter(lines, file);
    const front = parseFrontMatter(block, file);
    const body = lines.slice(block.bodyStartLine - 1).map((t, i) => ({ text: t, line: block.bodyStartLine + i }));
    const sections = indexSections(splitSections(body, 1).sections, file);
    const eof = lines.length;
    for (const key of REQUIRED_SECTIONS) {
        if (!sections.has(key))
            throw new AgentDefinitionError(file, eof, `missing section "# ${SECTION_TITLES[key]}"`);
    }
    const section = (key) => sections.get(key); // presence checked above
    const { role, principles } = readRole(section('role'), file);
    const noFallbacksSection = sections.get('noFallbacks');
    return {
        name: front.name,
        version: front.version,
        description: front.description,
        model: front.model,
        escalation: front.escalation,
        role,
        principles,
        checklist: readChecklist(section('checklist'), file),
        noFallbacks: noFallbacksSection ? readNoFallbacks(noFallbacksSection, file) : [],
        triggers: readTriggers(section('triggers'), file),
        templateFields: readTemplate(section('template'), file),
        source: file,
    };
}
function indexSections(sections, file) {
    const byKey = new Map();
    for (const section of sections) {
        const key = SECTION_KEYS[section.title.toLowerCase()];
        // Other top-level sections (notes for humans) are allowed and ignored.
        if (key === undefined)
            continue;
        const first = byKey.get(key);
        if (first)
            throw new AgentDefinitionError(file, section.line, `duplicate section "# ${section.title}" (first at line ${first.line})`);
        byKey.set(key, section);
    }
    return byKey;
}
/** Remembers where each id was first seen, to refuse a second one. */
class IdRegistry {
    file;
    kind;
    seen = new Map();
    constructor(file, kind) {
        this.file = file;
        this.kind = kind;
    }
    add(id, line) {
        const first = this.seen.get(id);
        if (first !== undefined)
            throw new AgentDefinitionError(this.file, line, `duplicate ${this.kind} id ${id} (first at line ${first})`);
        this.seen.set(id, line);
    }
    has(id) {
        return this.seen.has(id);
    }
}
function readRole(section, file) {
    const { preamble, sections } = splitSections(section.body, 2);
    const roleLines = [...preamble];
    let principles = [];
    for (const sub of sections) {
        if (sub.title.toLowerCase() === 'principles') {
            principles = readIdentifiedItems(sub.body, file, 'principle', PRINCIPLE_ID_PATTERN, '`P-name`');
        }
        else {
            roleLines.push({ text: `## ${sub.title}`, line: sub.line }, ...sub.body);
        }
    }
    const role = joinText(roleLines);
    if (role === '')
        throw new AgentDefinitionError(file, section.line, 'the "# Role" section is empty');
    return { role, principles };
}
function readIdentifiedItems(lines, file, kind, pattern, idShape) {
    const registry = new IdRegistry(file, kind);
    const items = [];
    for (const bullet of readBullets(lines).bullets) {
        const parsed = parseIdentifiedBullet(bullet.text);
        if (!parsed)
            throw new AgentDefinitionError(file, bullet.line, `malformed ${kind}: expected "- ${idShape} **Title** — text"`);
        if (!pattern.test(parsed.id))
            throw new AgentDefinitionError(file, bullet.line, `malformed ${kind} id "${parsed.id}" (expected ${idShape})`);
        registry.add(parsed.id, bullet.line);
        items.push({ ...parsed, line: bullet.line });
    }
    return items;
}
function readChecklist(section, file) {
    const { preamble, sections } = splitSections(section.body, 2);
    const stray = readBullets(preamble).bullets[0];
    if (stray)
        throw new AgentDefinitionError(file, stray.line, 'checklist item outside a "## PREFIX — title" section');
    const registry = new IdRegistry(file, 'checklist');
    const prefixes = new Map();
    const items = [];
    for (const sub of sections) {
        const heading = CHECKLIST_SECTION_HEADING.exec(sub.title);
        if (!heading?.[1] || !heading[2]) {
            throw new AgentDefinitionError(file, sub.line, `malformed checklist section heading "## ${sub.title}" (expected "## PREFIX — title", e.g. "## DQ — Data quality")`);
        }
        const prefix = heading[1];
        const sectionTitle = heading[2].trim();
        const firstPrefix = prefixes.get(prefix);
        if (firstPrefix !== undefined)
            throw new AgentDefinitionError(file, sub.line, `duplicate checklist section ${prefix} (first at line ${firstPrefix})`);
        prefixes.set(prefix, sub.line);
        for (const bullet of readBullets(sub.body).bullets) {
            const parsed = parseIdentifiedBullet(bullet.text);
            if (!parsed)
                throw new AgentDefinitionError(file, bullet.line, 'malformed checklist item: expected "- `ID` **Title** — what a reviewer checks"');
            if (!CHECKLIST_ID_PATTERN.test(parsed.id)) {
                throw new AgentDefinitionError(file, bullet.line, `malformed checklist id "${parsed.id}" (expected 2–5 capitals, a hyphen and two digits, e.g. DQ-03)`);
            }
            if (!parsed.id.startsWith(`${prefix}-`)) {
                throw new AgentDefinitionError(file, bullet.line, `checklist id ${parsed.id} is in section ${prefix} (line ${sub.line}); its prefix must be ${prefix}`);
            }
            registry.add(parsed.id, bullet.line);
            items.push({ ...parsed, prefix, section: sectionTitle, line: bullet.line });
        }
    }
    if (items.length === 0)
        throw new AgentDefinitionError(file, section.line, 'the checklist has no items');
    return items;
}
function readNoFallbacks(section, file) {
    return readIdentifiedItems(section.body, file, 'no-fallback', NO_FALLBACK_ID_PATTERN, '`NF-01`');
}
function readTriggers(section, file) {
    const { sections } = splitSections(section.body, 2);
    const registry = new IdRegistry(file, 'trigger');
    const triggers = [];
    for (const sub of sections) {
        const heading = TRIGGER_HEADING.exec(sub.title);
        if (!heading?.[1] || !heading[2]) {
            throw new AgentDefinitionError(file, sub.line, `malformed trigger heading "## ${sub.title}" (expected "## \`trigger-id\` — title")`);
        }
        const id = heading[1].trim();
        if (!TRIGGER_ID_PATTERN.test(id))
            throw new AgentDefinitionError(file, sub.line, `malformed trigger id "${id}" (expected lower-case words joined by hyphens)`);
        if (!isTriggerId(id))
            throw new AgentDefinitionError(file, sub.line, `unknown trigger id ${id} (known: ${TRIGGER_IDS.join(', ')})`);
        registry.add(id, sub.line);
        triggers.push({ id, title: heading[2].trim(), ...readTriggerBody(sub, id, file), line: sub.line });
    }
    const missing = TRIGGER_IDS.filter((id) => !registry.has(id));
    if (missing.length > 0) {
        throw new AgentDefinitionError(file, section.line, `missing trigger ${missing.length === 1 ? 'id' : 'ids'}: ${missing.join(', ')}`);
    }
    return triggers;
}
function readTriggerBody(sub, id, file) {
    const found = {};
    const seenAt = new Map();
    for (const bullet of readBullets(sub.body).bullets) {
        const labelled = parseLabelledBullet(bullet.text);
        const field = labelled ? triggerField(labelled.label) : undefined;
        if (!labelled || !field) {
            throw new AgentDefinitionError(file, bullet.line, `unexpected bullet in trigger ${id}: expected "**Decide:**", "**Signals in a pull request:**" or "**Options:**"`);
        }
        const first = seenAt.get(field);
        if (first !== undefined)
            throw new AgentDefinitionError(file, bullet.line, `duplicate "${labelled.label}" in trigger ${id} (first at line ${first})`);
        seenAt.set(field, bullet.line);
        if (field === 'options') {
            const options = bullet.children.map((child) => child.text).filter((t) => t !== '');
            if (options.length === 0)
                throw new AgentDefinitionError(file, bullet.line, `trigger ${id} has no options: list them as nested bullets under "**Options:**"`);
            found.options = options;
        }
        else {
            if (labelled.text === '')
                throw new AgentDefinitionError(file, bullet.line, `"${labelled.label}" of trigger ${id} is empty`);
            found[field] = labelled.text;
        }
    }
    if (found.decide === undefined)
        throw new AgentDefinitionError(file, sub.line, `trigger ${id} has no "**Decide:**" bullet`);
    if (found.signals === undefined)
        throw new AgentDefinitionError(file, sub.line, `trigger ${id} has no "**Signals in a pull request:**" bullet`);
    if (found.options === undefined)
        throw new AgentDefinitionError(file, sub.line, `trigger ${id} has no options`);
    return { decide: found.decide, signals: found.signals, options: found.options };
}
function triggerField(label) {
    const normalised = label.toLowerCase();
    if (normalised === 'decide')
        return 'decide';
    if (normalised === 'signals' || normalised.startsWith('signals '))
        return 'signals';
    if (normalised === 'options')
        return 'options';
    return undefined;
}
function readTemplate(section, file) {
    const fields = [];
    const seen = new Map();
    for (const bullet of readBullets(section.body).bullets) {
        const parsed = parseKeyedBullet(bullet.text);
        if (!parsed)
            throw new AgentDefinitionError(file, bullet.line, 'malformed template field: expected "- `field` — meaning"');
        if (!isTemplateFieldKey(parsed.key)) {
            throw new AgentDefinitionError(file, bullet.line, `unknown template field ${parsed.key} (known: ${TEMPLATE_FIELDS.join(', ')})`);
        }
        const first = seen.get(parsed.key);
        if (first !== undefined)
            throw new AgentDefinitionError(file, bullet.line, `duplicate template field ${parsed.key} (first at line ${first})`);
        seen.set(parsed.key, bullet.line);
        fields.push({ key: parsed.key, meaning: parsed.text });
    }
    const missing = TEMPLATE_FIELDS.filter((key) => !seen.has(key));
    if (missing.length > 0) {
        throw new AgentDefinitionError(file, section.line, `missing template ${missing.length === 1 ? 'field' : 'fields'}: ${missing.join(', ')}`);
    }
    return fields;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/changes/git-process.ts
// Running git as a child process: the environment it gets, whole-output runs for small answers
// and a line stream for `git diff`, whose output can be far larger than any buffer we would pick.

/**
 * The environment for every git we start. Variables that point git at another repository or
 * index (set, for instance, when we run inside a git hook) are removed; prompts are off; messages
 * are in English so the errors we pass on read the same everywhere; and a read-only run takes
 * no optional locks.
 */
function gitEnvironment() {
    const env = { ...process.env };
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX']) {
        delete env[name];
    }
    env.GIT_TERMINAL_PROMPT = '0';
    env.GIT_OPTIONAL_LOCKS = '0';
    env.LC_ALL = 'C';
    return env;
}
function spawnGit(args) {
    return (0,external_node_child_process_.spawn)('git', args, { env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
}
/** Runs git to completion and collects its output; rejects only when git cannot be started. */
function runGit(args) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => reject(startError(error)));
        child.on('close', (code) => {
            resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() });
        });
    });
}
/**
 * Runs git and hands each line of its stdout (decoded as UTF-8, without the line break) to
 * `onLine` as the output arrives. Resolves with the exit code and stderr once git is done.
 */
function streamGitLines(args, onLine) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
        const err = [];
        // Lines are split on the byte 0x0A before decoding, so a multi-byte character cut across
        // two chunks is never decoded in halves.
        let pending = [];
        let failure;
        const emit = (bytes) => {
            if (failure !== undefined)
                return;
            try {
                onLine(bytes.toString('utf8'));
            }
            catch (error) {
                failure = error;
                child.kill();
            }
        };
        child.stdout.on('data', (chunk) => {
            let start = 0;
            let newline = chunk.indexOf(0x0a, start);
            while (newline !== -1) {
                const piece = chunk.subarray(start, newline);
                if (pending.length > 0) {
                    pending.push(piece);
                    emit(Buffer.concat(pending));
                    pending = [];
                }
                else {
                    emit(piece);
                }
                start = newline + 1;
                newline = chunk.indexOf(0x0a, start);
            }
            if (start < chunk.length)
                pending.push(chunk.subarray(start));
        });
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => reject(startError(error)));
        child.on('close', (code) => {
            if (pending.length > 0)
                emit(Buffer.concat(pending));
            if (failure !== undefined)
                reject(failure);
            else
                resolve({ code: code ?? 1, stderr: Buffer.concat(err).toString('utf8').trim() });
        });
    });
}
function startError(error) {
    if (error.code === 'ENOENT')
        return new Error('git is not installed or not on PATH; the local source needs it.');
    return new Error(`Could not start git: ${error.message}`);
}

;// CONCATENATED MODULE: ./src/changes/cat-file.ts

const FOUND = /^([0-9a-f]{40,64}) (\S+) (\d+)$/;
/**
 * Reads objects by name (`<commit>:<path>` or an object id). Objects larger than `maxBytes` are
 * reported by their size and their body is drained without being kept: `--batch` sends the body
 * after the header whatever we want, and the one portable way to skip it is to read past it.
 * Names must not contain a line break (the protocol is one name per line).
 */
class CatFileBatch {
    gitArgs;
    maxBytes;
    child;
    queue = [];
    buffered = Buffer.alloc(0);
    /** The object body being read; `request` is absent once answered (a drained body). */
    body;
    stderr = '';
    closed = false;
    constructor(gitArgs, maxBytes) {
        this.gitArgs = gitArgs;
        this.maxBytes = maxBytes;
    }
    read(objectName) {
        if (this.closed)
            return Promise.reject(new Error('The git content reader is closed.'));
        if (/[\r\n]/.test(objectName))
            return Promise.reject(new Error('cat-file --batch cannot read a name with a line break.'));
        return new Promise((resolve, reject) => {
            let child;
            try {
                child = this.process();
            }
            catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
                return;
            }
            this.queue.push({ resolve, reject });
            this.setKeepAlive(true);
            child.stdin?.write(`${objectName}\n`);
        });
    }
    /** Ends the git process; pending reads still get their answers first. */
    close() {
        this.closed = true;
        const child = this.child;
        if (!child || child.exitCode !== null || child.signalCode !== null)
            return Promise.resolve();
        // Waiting for the exit must hold node open, or a caller awaiting close() never resumes.
        this.setKeepAlive(true);
        return new Promise((resolve) => {
            child.once('close', () => resolve());
            child.stdin?.end();
        });
    }
    process() {
        if (this.child)
            return this.child;
        const child = spawnGit([...this.gitArgs, 'cat-file', '--batch']);
        this.child = child;
        this.buffered = Buffer.alloc(0);
        this.body = undefined;
        this.stderr = '';
        child.stdout?.on('data', (chunk) => this.onData(chunk));
        child.stderr?.on('data', (chunk) => {
            this.stderr = (this.stderr + chunk.toString('utf8')).slice(-2000);
        });
        // Writing to a git that already died raises EPIPE on stdin; the 'close' handler reports it.
        child.stdin?.on('error', () => { });
        child.on('error', (error) => this.fail(startError(error)));
        child.on('close', (code, signal) => {
            if (this.child === child)
                this.child = undefined;
            const why = this.stderr.trim() || `exit ${code ?? signal ?? 'unknown'}`;
            this.fail(new Error(`git cat-file stopped: ${why}`));
        });
        this.setKeepAlive(false);
        return child;
    }
    fail(error) {
        const pending = this.queue.splice(0);
        if (this.body?.request)
            pending.unshift(this.body.request);
        this.body = undefined;
        for (const request of pending)
            request.reject(error);
        this.setKeepAlive(false);
    }
    onData(chunk) {
        this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
        for (;;) {
            if (this.body) {
                if (!this.consumeBody())
                    return;
                continue;
            }
            const newline = this.buffered.indexOf(0x0a);
            if (newline === -1)
                return;
            const header = this.buffered.subarray(0, newline).toString('utf8');
            this.buffered = this.buffered.subarray(newline + 1);
            const request = this.queue.shift();
            if (!request)
                continue; // output nobody asked for; cannot happen with a well-behaved git
            const found = FOUND.exec(header);
            if (!found) {
                request.resolve({ kind: 'missing' }); // `<name> missing` or `<name> ambiguous`
                this.idleCheck();
                continue;
            }
            const type = found[2] ?? '';
            const size = Number(found[3]);
            const keep = type === 'blob' && size <= this.maxBytes;
            if (keep) {
                this.body = { request, size, keep, chunks: [], received: 0 };
            }
            else {
                // Answer now; the body that follows is drained by consumeBody without being kept.
                request.resolve(type === 'blob' ? { kind: 'too-large', size } : { kind: 'not-blob', type });
                this.body = { size, keep, chunks: [], received: 0 };
            }
        }
    }
    /** Moves body bytes (plus the LF that ends each object) out of the buffer; true once complete. */
    consumeBody() {
        const body = this.body;
        if (!body)
            return true;
        const wanted = body.size + 1 - body.received;
        const take = Math.min(wanted, this.buffered.length);
        if (take > 0) {
            if (body.keep)
                body.chunks.push(this.buffered.subarray(0, take));
            body.received += take;
            this.buffered = this.buffered.subarray(take);
        }
        if (body.received < body.size + 1)
            return false;
        this.body = undefined;
        if (body.request) {
            const all = Buffer.concat(body.chunks);
            body.request.resolve({ kind: 'blob', bytes: all.subarray(0, body.size) });
        }
        this.idleCheck();
        return true;
    }
    idleCheck() {
        if (this.queue.length === 0 && !this.body)
            this.setKeepAlive(false);
    }
    /**
     * An idle cat-file must not keep node running (a CLI that forgets close() still exits), but a
     * pending read must: otherwise node could exit while a caller awaits the answer.
     */
    setKeepAlive(alive) {
        const child = this.child;
        if (!child)
            return;
        // The stdio of a spawned process are net.Sockets at run time; the typings only say stream.
        const streams = [child.stdin, child.stdout, child.stderr];
        if (alive) {
            child.ref();
            for (const stream of streams)
                stream?.ref?.();
        }
        else {
            child.unref();
            for (const stream of streams)
                stream?.unref?.();
        }
    }
}

;// CONCATENATED MODULE: ./src/changes/content.ts
const DEFAULT_MAX_FILE_BYTES = 1_000_000;
/** Git's own heuristic (`buffer_is_binary`): a NUL byte in the first 8000 bytes. */
const BINARY_SNIFF_BYTES = 8000;
function looksBinary(bytes) {
    const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (let i = 0; i < end; i++)
        if (bytes[i] === 0)
            return true;
    return false;
}
// Not fatal: invalid UTF-8 becomes U+FFFD instead of an exception. A leading BOM is dropped so
// parsers see the first statement at column 1.
const utf8 = new TextDecoder('utf-8', { fatal: false });
/** Classifies a file body: binary, too large, or text decoded as UTF-8. */
function contentFromBytes(bytes, maxFileBytes) {
    if (bytes.length > maxFileBytes)
        return { kind: 'too-large', bytes: bytes.length };
    if (looksBinary(bytes))
        return { kind: 'binary' };
    return { kind: 'text', text: utf8.decode(bytes) };
}
/**
 * Memoises reads per side and path. Text is kept up to a total budget (oldest evicted first)
 * so a 5,000-file change does not pin every file in memory; other results are tiny and kept.
 */
class ContentCache {
    budgetChars;
    entries = new Map();
    sizes = new Map();
    total = 0;
    constructor(budgetChars = 64 * 1024 * 1024) {
        this.budgetChars = budgetChars;
    }
    get(side, path, load) {
        const key = `${side}\0${path}`;
        const cached = this.entries.get(key);
        if (cached)
            return cached;
        const pending = load();
        this.entries.set(key, pending);
        pending.then((content) => {
            if (content.kind === 'text')
                this.account(key, content.text.length);
        }, 
        // A failed read is not remembered: the next caller may try again.
        () => this.entries.delete(key));
        return pending;
    }
    account(key, size) {
        if (!this.entries.has(key))
            return;
        this.sizes.set(key, size);
        this.total += size;
        for (const [oldKey, oldSize] of this.sizes) {
            if (this.total <= this.budgetChars)
                break;
            if (oldKey === key)
                continue;
            this.sizes.delete(oldKey);
            this.entries.delete(oldKey);
            this.total -= oldSize;
        }
    }
}

;// CONCATENATED MODULE: ./src/changes/diff.ts
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** Parses GitHub's `patch` field: hunks only, no file headers. */
function parsePatch(patch) {
    const parser = new HunkCollector();
    for (const line of splitLines(patch)) {
        if (!parser.accept(line))
            parser.startIfHeader(line);
    }
    return parser.hunks;
}
/** Parses the full output of `git diff` (two trees, not combined diffs). */
function parseGitDiff(text) {
    const parser = new GitDiffParser();
    for (const line of splitLines(text))
        parser.push(line);
    return parser.finish();
}
/**
 * Incremental form of parseGitDiff: feed it one line at a time (without the line break) so a
 * very large diff can be parsed while it streams out of git, never held as one string.
 */
class GitDiffParser {
    files = [];
    current;
    push(rawLine) {
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        const file = this.current;
        // Inside a hunk, lines are consumed by count first: a deleted SQL comment `-- x` shows up
        // as `--- x` and must not be mistaken for a file header.
        if (file && file.hunks.accept(line))
            return;
        if (line.startsWith('diff --git ')) {
            this.flush();
            this.current = newFileInProgress(line.slice('diff --git '.length));
            return;
        }
        if (!file)
            return; // preamble or garbage before the first file header
        if (file.hunks.startIfHeader(line))
            return;
        readExtendedHeader(file, line);
    }
    finish() {
        this.flush();
        return this.files;
    }
    flush() {
        if (this.current) {
            const done = completeFile(this.current);
            if (done)
                this.files.push(done);
        }
        this.current = undefined;
    }
}
/** Builds a ChangedFile, deriving the added and commentable RIGHT-side lines from the hunks. */
function changedFileFrom(input) {
    const addedLines = new Set();
    const commentableLines = new Set();
    let additions = 0;
    let deletions = 0;
    for (const hunk of input.hunks) {
        for (const line of hunk.lines) {
            if (line.kind === 'del') {
                deletions++;
                continue;
            }
            if (line.newLine === undefined)
                continue;
            commentableLines.add(line.newLine);
            if (line.kind === 'add') {
                additions++;
                addedLines.add(line.newLine);
            }
        }
    }
    const file = {
        path: input.path,
        status: input.status,
        hunks: input.hunks,
        addedLines,
        commentableLines,
        additions: input.additions ?? additions,
        deletions: input.deletions ?? deletions,
    };
    if (input.previousPath !== undefined)
        file.previousPath = input.previousPath;
    if (input.patchUnavailable !== undefined)
        file.patchUnavailable = input.patchUnavailable;
    return file;
}
/** A ChangedFile from one file of `git diff`: binary files are kept, marked as such. */
function changedFileFromGit(parsed) {
    const input = { path: parsed.path, status: parsed.status, hunks: parsed.hunks };
    if (parsed.previousPath !== undefined)
        input.previousPath = parsed.previousPath;
    if (parsed.binary)
        input.patchUnavailable = 'binary';
    return changedFileFrom(input);
}
// ---------------------------------------------------------------------------------------------
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    // A trailing line break does not start another (empty) line.
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** Collects hunks, consuming body lines by the counts in each hunk header. */
class HunkCollector {
    hunks = [];
    open;
    /** Starts a hunk if `line` is a hunk header; false otherwise. */
    startIfHeader(line) {
        const match = HUNK_HEADER.exec(line);
        if (!match)
            return false;
        const oldStart = Number(match[1]);
        const oldLines = match[2] === undefined ? 1 : Number(match[2]);
        const newStart = Number(match[3]);
        const newLines = match[4] === undefined ? 1 : Number(match[4]);
        const hunk = { oldStart, oldLines, newStart, newLines, header: line, lines: [] };
        this.hunks.push(hunk);
        // A side with zero lines names the line *before* the hunk, so counting starts one further.
        this.open = {
            hunk,
            oldLeft: oldLines,
            newLeft: newLines,
            oldNext: oldLines === 0 ? oldStart + 1 : oldStart,
            newNext: newLines === 0 ? newStart + 1 : newStart,
        };
        return true;
    }
    /** Consumes `line` as part of the open hunk; false when it does not belong to one. */
    accept(line) {
        const open = this.open;
        if (!open)
            return false;
        const marker = line.charAt(0);
        if (marker === '\\') {
            // "\ No newline at end of file" qualifies the line before it; nothing to record.
            if (open.hunk.lines.length > 0)
                return true;
        }
        if (open.oldLeft <= 0 && open.newLeft <= 0) {
            this.open = undefined;
            return false;
        }
        let entry;
        if (marker === '+' && open.newLeft > 0) {
            entry = { kind: 'add', text: line.slice(1), newLine: open.newNext++ };
            open.newLeft--;
        }
        else if (marker === '-' && open.oldLeft > 0) {
            entry = { kind: 'del', text: line.slice(1), oldLine: open.oldNext++ };
            open.oldLeft--;
        }
        else if ((marker === ' ' || line === '') && open.oldLeft > 0 && open.newLeft > 0) {
            // An empty line is a context line whose leading space was stripped by some tool.
            entry = { kind: 'context', text: line.slice(1), oldLine: open.oldNext++, newLine: open.newNext++ };
            open.oldLeft--;
            open.newLeft--;
        }
        else {
            // The counts and the body disagree: the hunk is truncated or malformed. Close it and
            // let the caller decide what this line is (a new hunk header, a file header...).
            this.open = undefined;
            return false;
        }
        open.hunk.lines.push(entry);
        return true;
    }
}
function newFileInProgress(headerRest) {
    return { headerPaths: parseHeaderPaths(headerRest), isNew: false, isDeleted: false, binary: false, hunks: new HunkCollector() };
}
function readExtendedHeader(file, line) {
    const value = (prefix) => (line.startsWith(prefix) ? line.slice(prefix.length) : undefined);
    let v;
    if ((v = value('new file mode ')) !== undefined) {
        file.isNew = true;
        file.newMode = v.trim();
    }
    else if ((v = value('deleted file mode ')) !== undefined) {
        file.isDeleted = true;
        file.oldMode = v.trim();
    }
    else if ((v = value('old mode ')) !== undefined)
        file.oldMode = v.trim();
    else if ((v = value('new mode ')) !== undefined)
        file.newMode = v.trim();
    else if ((v = value('rename from ')) !== undefined)
        file.renameFrom = unquotePath(v);
    else if ((v = value('rename to ')) !== undefined)
        file.renameTo = unquotePath(v);
    else if ((v = value('copy from ')) !== undefined)
        file.copyFrom = unquotePath(v);
    else if ((v = value('copy to ')) !== undefined)
        file.copyTo = unquotePath(v);
    else if ((v = value('--- ')) !== undefined)
        file.minusPath = headerFilePath(v, 'a/');
    else if ((v = value('+++ ')) !== undefined)
        file.plusPath = headerFilePath(v, 'b/');
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
        file.binary = true;
    // `index`, `similarity index`, `dissimilarity index` and anything unknown: nothing we need.
}
function completeFile(file) {
    const oldPath = file.renameFrom ?? file.copyFrom ?? nonNull(file.minusPath) ?? file.headerPaths.a;
    const newPath = file.renameTo ?? file.copyTo ?? nonNull(file.plusPath) ?? file.headerPaths.b;
    let status;
    let path;
    let previousPath;
    if (file.isNew || file.minusPath === null || file.copyTo !== undefined) {
        // A copy is a new file in the repository: GitHub reports copies as added too.
        status = 'added';
        path = newPath ?? oldPath;
    }
    else if (file.isDeleted || file.plusPath === null) {
        status = 'removed';
        path = oldPath ?? newPath;
    }
    else if (file.renameTo !== undefined || (oldPath !== undefined && newPath !== undefined && oldPath !== newPath)) {
        status = 'renamed';
        path = newPath;
        previousPath = oldPath;
    }
    else {
        status = 'modified';
        path = newPath ?? oldPath;
    }
    if (path === undefined)
        return undefined; // an unreadable header: nothing to attach the hunks to
    const parsed = { path, status, binary: file.binary, hunks: file.hunks.hunks };
    if (previousPath !== undefined)
        parsed.previousPath = previousPath;
    if (file.oldMode !== undefined && file.newMode !== undefined) {
        parsed.oldMode = file.oldMode;
        parsed.newMode = file.newMode;
    }
    return parsed;
}
function nonNull(value) {
    return value === null ? undefined : value;
}
/** `--- a/path`: returns the path, or null for /dev/null. */
function headerFilePath(rest, prefix) {
    // Git appends a tab to names that contain a space, so that patch(1) can find where they end.
    // A quoted name can be followed by that tab too.
    let raw = rest.startsWith('"') ? rest.slice(0, quotedEnd(rest)) : rest.replace(/\t.*$/, '');
    if (raw === '/dev/null')
        return null;
    raw = unquotePath(raw);
    return raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
}
/**
 * The two paths of `diff --git a/X b/Y`. Unquoted paths may contain spaces, which makes the
 * line ambiguous in general; git only writes different names here for renames and copies, whose
 * `rename from/to` lines are authoritative, so splitting an unquoted line in its middle is right
 * whenever it matters.
 */
function parseHeaderPaths(rest) {
    const strip = (p, prefix) => (p.startsWith(prefix) ? p.slice(prefix.length) : p);
    if (rest.startsWith('"')) {
        const end = quotedEnd(rest);
        const first = unquotePath(rest.slice(0, end));
        const second = rest.slice(end).trimStart();
        return { a: strip(first, 'a/'), b: strip(unquotePath(second), 'b/') };
    }
    const quotedSecond = rest.indexOf(' "');
    if (quotedSecond > 0 && rest.endsWith('"')) {
        return { a: strip(rest.slice(0, quotedSecond), 'a/'), b: strip(unquotePath(rest.slice(quotedSecond + 1)), 'b/') };
    }
    if (rest.length % 2 === 1) {
        const half = (rest.length - 1) / 2;
        const first = rest.slice(0, half);
        const second = rest.slice(half + 1);
        if (first.startsWith('a/') && second.startsWith('b/') && first.slice(2) === second.slice(2)) {
            return { a: first.slice(2), b: second.slice(2) };
        }
    }
    const split = rest.indexOf(' b/');
    if (split > 0)
        return { a: strip(rest.slice(0, split), 'a/'), b: rest.slice(split + 3) };
    return {};
}
/** Index just past the closing quote of the C-style string that starts `text`. */
function quotedEnd(text) {
    for (let i = 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"')
            return i + 1;
    }
    return text.length;
}
const SIMPLE_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * Decodes git's C-style quoted path (`"a/caf\303\251.sql"`): octal escapes are raw bytes of the
 * UTF-8 name, so the name is rebuilt as bytes and decoded once. Unquoted input is returned as is.
 */
function unquotePath(text) {
    if (!(text.length >= 2 && text.startsWith('"') && text.endsWith('"')))
        return text;
    const bytes = [];
    const encoder = new TextEncoder();
    const body = text.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const ch = body.charAt(i);
        if (ch !== '\\') {
            const code = body.codePointAt(i) ?? 0;
            const char = String.fromCodePoint(code);
            bytes.push(...encoder.encode(char));
            i += char.length - 1;
            continue;
        }
        const next = body.charAt(i + 1);
        const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
        if (octal) {
            bytes.push(parseInt(octal[0], 8) & 0xff);
            i += 3;
        }
        else if (next in SIMPLE_ESCAPES) {
            bytes.push(SIMPLE_ESCAPES[next] ?? 0);
            i += 1;
        }
        else {
            bytes.push(92); // a lone backslash: keep it
        }
    }
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

;// CONCATENATED MODULE: ./src/changes/git.ts
// The local source: a ChangeSet from a git range, read straight from the object database. It
// never needs a work tree (bare clones work) and never checks anything out.






/**
 * Builds the ChangeSet for `base...head` in `repo`: one `git diff` from the merge base to the
 * head, and contents through one `git cat-file --batch`. Rejects with a readable Error for a
 * path that is not a repository or a revision that does not name a commit.
 */
async function localGitChangeSet(options) {
    const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const repo = external_node_path_default().resolve(options.repo);
    const gitDir = await findGitDir(repo);
    const git = (...args) => [`--git-dir=${gitDir}`, ...args];
    const baseTip = await resolveCommit(git, repo, options.base);
    const head = await resolveCommit(git, repo, options.head);
    const base = (await mergeBase(git, baseTip, head)) ?? baseTip;
    const files = await diffFiles(git, base, head);
    const contents = new GitContentReader(gitDir, { base, head }, maxFileBytes);
    return { base, head, baseTip, files, contents, close: () => contents.close() };
}
async function findGitDir(repo) {
    const info = await (0,promises_.stat)(repo).catch(() => undefined);
    if (!info?.isDirectory())
        throw new Error(`Not a git repository: ${repo} (no such directory)`);
    const result = await runGit(['-C', repo, 'rev-parse', '--absolute-git-dir']);
    const gitDir = result.stdout.toString('utf8').trim();
    if (result.code !== 0 || gitDir === '') {
        throw new Error(`Not a git repository: ${repo}${result.stderr ? ` (${firstLine(result.stderr)})` : ''}`);
    }
    return gitDir;
}
async function resolveCommit(git, repo, revision) {
    // A revision that starts with '-' would be read as an option; no real revision does.
    if (revision.trim() === '' || revision.startsWith('-') || /[\r\n\0]/.test(revision)) {
        throw new Error(`Unknown revision '${revision}' in ${repo}`);
    }
    const result = await runGit(git('rev-parse', '--verify', '--quiet', `${revision}^{commit}`));
    const sha = result.stdout.toString('utf8').trim();
    if (result.code !== 0 || !/^[0-9a-f]{40,64}$/.test(sha))
        throw new Error(`Unknown revision '${revision}' in ${repo}`);
    return sha;
}
/** The merge base, or undefined when the histories are unrelated. */
async function mergeBase(git, base, head) {
    const result = await runGit(git('merge-base', base, head));
    const sha = result.stdout.toString('utf8').trim().split('\n')[0] ?? '';
    if (result.code === 0 && sha !== '')
        return sha;
    if (result.code === 1)
        return undefined;
    throw new Error(`git merge-base failed: ${firstLine(result.stderr) || `exit ${result.code}`}`);
}
async function diffFiles(git, base, head) {
    const parser = new GitDiffParser();
    // Every option that user configuration could change is pinned: colour, external diff
    // drivers, textconv filters, the a/ b/ prefixes, path quoting.
    const args = git('-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--src-prefix=a/', '--dst-prefix=b/', base, head, '--');
    const result = await streamGitLines(args, (line) => parser.push(line));
    if (result.code !== 0)
        throw new Error(`git diff failed: ${firstLine(result.stderr) || `exit ${result.code}`}`);
    return parser.finish().map(changedFileFromGit);
}
class GitContentReader {
    gitDir;
    commits;
    maxFileBytes;
    batch;
    cache = new ContentCache();
    listings = new Map();
    constructor(gitDir, commits, maxFileBytes) {
        this.gitDir = gitDir;
        this.commits = commits;
        this.maxFileBytes = maxFileBytes;
        this.batch = new CatFileBatch([`--git-dir=${gitDir}`], maxFileBytes);
    }
    read(side, filePath) {
        return this.cache.get(side, filePath, () => this.load(side, filePath));
    }
    listFiles(side) {
        let listing = this.listings.get(side);
        if (!listing) {
            listing = this.lsTree(this.commits[side]);
            this.listings.set(side, listing);
            listing.catch(() => this.listings.delete(side));
        }
        return listing;
    }
    close() {
        return this.batch.close();
    }
    async load(side, filePath) {
        const normalised = normaliseRepoPath(filePath);
        if (normalised === undefined)
            return { kind: 'absent' };
        const commit = this.commits[side];
        let objectName = `${commit}:${normalised}`;
        if (/[\r\n]/.test(normalised)) {
            // The batch protocol is line-based; such a rare name is looked up on its own.
            const blob = await this.blobId(commit, normalised);
            if (blob === undefined)
                return { kind: 'absent' };
            objectName = blob;
        }
        const result = await this.batch.read(objectName);
        switch (result.kind) {
            case 'missing':
            case 'not-blob': // a directory or a submodule: not a file we can read
                return { kind: 'absent' };
            case 'too-large':
                return { kind: 'too-large', bytes: result.size };
            case 'blob':
                return contentFromBytes(result.bytes, this.maxFileBytes);
        }
    }
    async blobId(commit, filePath) {
        const result = await runGit([`--git-dir=${this.gitDir}`, 'ls-tree', '-z', '--full-tree', commit, '--', filePath]);
        const entry = result.stdout.toString('utf8').split('\0')[0] ?? '';
        const match = /^\d+ blob ([0-9a-f]+)\t/.exec(entry);
        return match?.[1];
    }
    async lsTree(commit) {
        const result = await runGit([`--git-dir=${this.gitDir}`, 'ls-tree', '-r', '-z', '--full-tree', commit]);
        if (result.code !== 0)
            throw new Error(`git ls-tree failed: ${firstLine(result.stderr) || `exit ${result.code}`}`);
        const paths = [];
        // Entries are `<mode> <type> <id>\t<path>`; only blobs are files (submodules are commits).
        for (const entry of result.stdout.toString('utf8').split('\0')) {
            const tab = entry.indexOf('\t');
            if (tab === -1)
                continue;
            const [, type] = entry.slice(0, tab).split(' ');
            if (type === 'blob')
                paths.push(entry.slice(tab + 1));
        }
        return paths;
    }
}
/** `a/./b` → `a/b`; paths that leave the repository or name its root are undefined. */
function normaliseRepoPath(filePath) {
    const parts = filePath.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.length === 0 || parts.includes('..'))
        return undefined;
    return parts.join('/');
}
function firstLine(text) {
    return text.split('\n')[0]?.trim() ?? '';
}

;// CONCATENATED MODULE: ./src/config/repo-config.ts
// The repository's own configuration file (`.github/data-engineer-review.yml` by default).
// It is read at the pull request's BASE commit so that a PR cannot weaken its own review.
// Validation is by hand against the same keys as docs/config.schema.json (a test keeps the
// two in step) because every error must name the key and the line it is on.

const FAIL_ON_VALUES = ['error', 'warning', 'escalation', 'never'];
const LLM_MODES = ['optional', 'required', 'off'];
const RULE_SETTINGS = ['off', 'info', 'warning', 'error'];
class ConfigError extends Error {
    file;
    line;
    constructor(file, line, detail) {
        super(`${file}:${line}: ${detail}`);
        this.file = file;
        this.line = line;
        this.name = 'ConfigError';
    }
}
/** The keys the file accepts, with their documentation; docs/config.schema.json mirrors this. */
const CONFIG_KEYS = {
    'fail-on': 'When the review fails the check: error | warning | escalation | never.',
    dialect: 'SQL dialect for the parser (snowflake, bigquery, redshift, postgres, databricks, spark, duckdb, generic).',
    llm: 'optional (default): run the LLM pass when a key is present; required: a missing key or failed LLM pass fails the run; off: never call the model.',
    paths: 'Globs per domain (dbt, airflow, sql) replacing the defaults; one list each.',
    rules: 'Per-rule setting: off | info | warning | error, keyed by rule id.',
    instructions: 'Extra review instructions appended to the agent prompt.',
    'full-file-review': 'Report problems anywhere in changed files, not only on changed lines.',
};
function parseRepoConfig(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const lineOf = (node) => {
        const range = node && 'range' in node ? node.range : node && 'key' in node && (0,dist/* isScalar */.jn)(node.key) ? node.key.range : undefined;
        return range ? lineCounter.linePos(range[0]).line : 1;
    };
    const first = doc.errors[0];
    if (first) {
        throw new ConfigError(file, lineCounter.linePos(first.pos[0]).line, `invalid YAML: ${first.message.split('\n')[0]}`);
    }
    const config = {};
    if (doc.contents === null || ((0,dist/* isScalar */.jn)(doc.contents) && doc.contents.value === null))
        return config;
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new ConfigError(file, lineOf(doc.contents), 'the configuration must be a mapping of keys to values');
    const stringOf = (node, key, line) => {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            return node.value;
        throw new ConfigError(file, line, `'${key}' must be a string`);
    };
    const oneOf = (node, key, line, allowed) => {
        const value = stringOf(node, key, line);
        if (allowed.includes(value))
            return value;
        throw new ConfigError(file, line, `'${key}' must be one of ${allowed.join(', ')} (got '${value}')`);
    };
    const globList = (node, key, line) => {
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map((item) => stringOf(item, key, lineOf(item)));
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            return [node.value];
        throw new ConfigError(file, line, `'${key}' must be a list of globs`);
    };
    for (const pair of doc.contents.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const line = lineOf(pair.key);
        const value = pair.value;
        switch (key) {
            case 'fail-on':
                config.failOn = oneOf(value, key, line, FAIL_ON_VALUES);
                break;
            case 'dialect':
                config.dialect = stringOf(value, key, line);
                break;
            case 'llm':
                config.llm = oneOf(value, key, line, LLM_MODES);
                break;
            case 'instructions':
                config.instructions = stringOf(value, key, line);
                break;
            case 'full-file-review':
                if (!(0,dist/* isScalar */.jn)(value) || typeof value.value !== 'boolean')
                    throw new ConfigError(file, line, `'${key}' must be true or false`);
                config.fullFileReview = value.value;
                break;
            case 'paths': {
                if (!(0,dist/* isMap */.jh)(value))
                    throw new ConfigError(file, line, `'paths' must be a mapping with keys dbt, airflow, sql`);
                config.paths = {};
                for (const item of value.items) {
                    const domain = (0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : '';
                    const itemLine = lineOf(item.key);
                    if (domain !== 'dbt' && domain !== 'airflow' && domain !== 'sql') {
                        throw new ConfigError(file, itemLine, `unknown key 'paths.${domain}' (expected dbt, airflow or sql)`);
                    }
                    config.paths[domain] = globList(item.value, `paths.${domain}`, itemLine);
                }
                break;
            }
            case 'rules': {
                if (!(0,dist/* isMap */.jh)(value))
                    throw new ConfigError(file, line, `'rules' must be a mapping of rule id to off | info | warning | error`);
                config.rules = {};
                for (const item of value.items) {
                    const id = (0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : '';
                    config.rules[id] = oneOf(item.value, `rules.${id}`, lineOf(item.key), RULE_SETTINGS);
                }
                break;
            }
            default:
                throw new ConfigError(file, line, `unknown key '${key}' (known keys: ${Object.keys(CONFIG_KEYS).join(', ')})`);
        }
    }
    return config;
}

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */


/* c8 ignore stop */
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/changes/classify.ts
// The path gate: which files of a change are dbt, Airflow or SQL, and whether the change calls
// for a review at all. Globs decide first; a detected dbt project's own layout (read from its
// dbt_project.yml) adds what the globs cannot know, such as models kept in `src/`.


const DBT_CONFIG_FILES = ['dbt_project.yml', 'profiles.yml', 'packages.yml', 'dependencies.yml', 'selectors.yml'];
const README = '!**/readme.{md,markdown,rst,txt}';
/**
 * Defaults, chosen to avoid firing on folders that merely share a name with a dbt or Airflow
 * concept:
 * - dbt: the project's config files anywhere, and SQL/YAML (plus CSV seeds) under the folder
 *   names dbt uses by default. `tests/` and `analyses/`, Python models and Markdown doc blocks
 *   count as dbt only inside a detected project (see findDbtProjects): `tests/` and `models/*.py`
 *   are just as common in Python applications, and `docs/models/*.md` in documentation.
 * - airflow: code and config under a `dags/` folder, plugins of an `airflow/` folder, and
 *   Airflow's own config files. A folder named `airflow` alone (`docs/airflow/`) is not enough.
 * - sql: any `.sql` file.
 * A README is never a trigger. Matching ignores case.
 */
const DEFAULT_PATHS = {
    dbt: [
        ...DBT_CONFIG_FILES.map((name) => `**/${name}`),
        '**/models/**/*.{sql,yml,yaml}',
        '**/macros/**/*.{sql,yml,yaml}',
        '**/snapshots/**/*.{sql,yml,yaml}',
        '**/seeds/**/*.{csv,yml,yaml}',
        README,
    ],
    airflow: ['**/dags/**/*.{py,sql,yml,yaml,json}', '**/airflow/plugins/**/*.py', '**/airflow.cfg', '**/airflow_settings.yaml', README],
    sql: ['**/*.sql', README],
};
/**
 * Reads a multi-line action input into globs: one per line, blank lines and `#` comments
 * ignored, `!glob` kept as a negation (applied in order, the last matching line wins, as in
 * .gitignore). A leading `/` or `./` is dropped: globs are relative to the repository root.
 */
function parseGlobList(input) {
    const globs = [];
    for (const raw of input.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const negated = line.startsWith('!');
        const body = (negated ? line.slice(1).trim() : line).replace(/^(\.\/|\/)+/, '');
        if (body === '')
            continue;
        globs.push(negated ? `!${body}` : body);
    }
    return globs;
}
/** A compiled glob list; `undefined` from test() means no line matched. */
class GlobList {
    rules;
    constructor(globs) {
        // matchBase: a glob without a slash (`*.sql`) matches at any depth, as in .gitignore.
        // nocase: `QUERY.SQL` is SQL too, and repositories live on case-insensitive disks as well.
        this.rules = globs.map((glob) => {
            const negated = glob.startsWith('!');
            return { negated, matcher: new Minimatch(negated ? glob.slice(1) : glob, { dot: true, matchBase: true, nocase: true }) };
        });
    }
    test(path) {
        let verdict;
        for (const rule of this.rules)
            if (rule.matcher.match(path))
                verdict = !rule.negated;
        return verdict;
    }
}
/** Whether `path` is selected by `globs` (negations applied in order). */
function matchesGlobList(path, globs) {
    return new GlobList(globs).test(path) === true;
}
/** dbt's keys, their pre-1.0 names, and dbt's defaults. */
const LAYOUT_KEYS = [
    { key: 'modelPaths', yaml: 'model-paths', legacy: 'source-paths', fallback: 'models' },
    { key: 'macroPaths', yaml: 'macro-paths', fallback: 'macros' },
    { key: 'snapshotPaths', yaml: 'snapshot-paths', fallback: 'snapshots' },
    { key: 'seedPaths', yaml: 'seed-paths', legacy: 'data-paths', fallback: 'seeds' },
    { key: 'testPaths', yaml: 'test-paths', fallback: 'tests' },
    { key: 'analysisPaths', yaml: 'analysis-paths', fallback: 'analyses' },
];
/** Installed dbt packages are someone else's code, not projects of this repository. */
const VENDORED = /(^|\/)(dbt_packages|dbt_modules)\//;
/**
 * Finds every dbt project of the head tree by its dbt_project.yml and reads its layout. Never
 * throws: a project file that cannot be read or parsed yields dbt's defaults and `problems`.
 */
async function findDbtProjects(headPaths, read) {
    const projectFiles = headPaths.filter((path) => (path === 'dbt_project.yml' || path.endsWith('/dbt_project.yml')) && !VENDORED.test(path)).sort();
    return Promise.all(projectFiles.map(async (file) => {
        const root = file === 'dbt_project.yml' ? '' : file.slice(0, -'/dbt_project.yml'.length);
        let text;
        try {
            text = await read(file);
        }
        catch (error) {
            return defaultLayout(root, `${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (text === undefined)
            return defaultLayout(root, `${file} could not be read`);
        return parseDbtProject(root, text, file);
    }));
}
/** The layout a dbt_project.yml describes; `root` is its folder. */
function parseDbtProject(root, text, fileName = 'dbt_project.yml') {
    const problems = [];
    let data;
    try {
        const doc = (0,dist/* parseDocument */.Tp)(text);
        if (doc.errors.length > 0) {
            const first = doc.errors[0];
            const where = first?.linePos?.[0] ? ` at line ${first.linePos[0].line}` : '';
            const message = (first?.message.split('\n')[0] ?? 'unknown error').replace(/ at line \d+, column \d+:?$/, '');
            return defaultLayout(root, `${fileName} is not valid YAML${where}: ${message}`);
        }
        data = doc.toJS();
    }
    catch (error) {
        return defaultLayout(root, `${fileName} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (data === null || data === undefined)
        return defaultLayout(root, `${fileName} is empty`);
    if (typeof data !== 'object' || Array.isArray(data))
        return defaultLayout(root, `${fileName} is not a mapping`);
    const config = data;
    const layout = defaultLayout(root);
    if (typeof config['name'] === 'string')
        layout.name = config['name'];
    for (const { key, yaml, legacy, fallback } of LAYOUT_KEYS) {
        const yamlKey = yaml in config ? yaml : legacy !== undefined && legacy in config ? legacy : undefined;
        if (yamlKey === undefined)
            continue;
        const folders = readFolderList(config[yamlKey], `${fileName}: ${yamlKey}`, problems);
        layout[key] = folders ?? [fallback];
    }
    if (problems.length > 0)
        layout.problems = problems.join('; ');
    return layout;
}
function readFolderList(value, label, problems) {
    // dbt wants a list; a single string is taken as a list of one rather than dropped.
    const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
    if (!items) {
        problems.push(`${label} should be a list of folders`);
        return undefined;
    }
    const folders = [];
    for (const item of items) {
        const folder = typeof item === 'string' ? normaliseFolder(item) : undefined;
        if (folder === undefined)
            problems.push(`${label} has an entry that is not a folder inside the project: ${JSON.stringify(item)}`);
        else
            folders.push(folder);
    }
    return folders.length > 0 ? folders : undefined;
}
/** `./models/` → `models`; `.` → '' (the project folder itself); outside the project → undefined. */
function normaliseFolder(folder) {
    if (folder.includes('{{') || folder.startsWith('/') || /^[A-Za-z]:[\\/]/.test(folder))
        return undefined;
    const parts = folder.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        return undefined;
    return parts.join('/');
}
function defaultLayout(root, problems) {
    const layout = {
        root,
        modelPaths: ['models'],
        macroPaths: ['macros'],
        snapshotPaths: ['snapshots'],
        seedPaths: ['seeds'],
        testPaths: ['tests'],
        analysisPaths: ['analyses'],
    };
    if (problems !== undefined)
        layout.problems = problems;
    return layout;
}
/** Which extensions dbt reads from each kind of folder (doc blocks are Markdown). */
const LAYOUT_EXTENSIONS = {
    modelPaths: ['sql', 'py', 'yml', 'yaml', 'md'],
    macroPaths: ['sql', 'yml', 'yaml', 'md'],
    snapshotPaths: ['sql', 'py', 'yml', 'yaml', 'md'],
    seedPaths: ['csv', 'yml', 'yaml', 'md'],
    testPaths: ['sql', 'yml', 'yaml'],
    analysisPaths: ['sql', 'yml', 'yaml', 'md'],
};
const README_NAME = /(^|\/)readme\.[^/]*$/i;
/** Whether `path` is a file dbt reads from one of the project's configured folders. */
function inDbtProject(path, project) {
    if (README_NAME.test(path))
        return false;
    const prefix = project.root === '' ? '' : `${project.root}/`;
    if (!path.startsWith(prefix))
        return false;
    const inner = path.slice(prefix.length);
    if (VENDORED.test(inner))
        return false;
    const extension = /\.([^./]+)$/.exec(inner)?.[1]?.toLowerCase();
    if (extension === undefined)
        return false;
    for (const key of Object.keys(LAYOUT_EXTENSIONS)) {
        if (!LAYOUT_EXTENSIONS[key].includes(extension))
            continue;
        for (const folder of project[key]) {
            if (folder === '' || inner.startsWith(`${folder}/`))
                return true;
        }
    }
    return false;
}
// ---------------------------------------------------------------------------------------------
// Classification
const PRECEDENCE = ['dbt', 'airflow', 'sql', 'other'];
/** Classifies one path by the compiled settings and the detected projects. */
class PathClassifier {
    projects;
    dbt;
    airflow;
    sql;
    constructor(settings, projects = []) {
        this.projects = projects;
        this.dbt = new GlobList(settings.dbt);
        this.airflow = new GlobList(settings.airflow);
        this.sql = new GlobList(settings.sql);
    }
    domainOf(path) {
        const dbt = this.dbt.test(path);
        // A project's layout adds files to dbt, but an explicit `!glob` in the settings still wins.
        if (dbt === true || (dbt === undefined && this.projects.some((project) => inDbtProject(path, project))))
            return 'dbt';
        if (this.airflow.test(path) === true)
            return 'airflow';
        if (this.sql.test(path) === true)
            return 'sql';
        return 'other';
    }
    /** The most specific domain of a file's current and previous path. */
    domainOfFile(file) {
        const domains = [this.domainOf(file.path)];
        if (file.previousPath !== undefined && file.previousPath !== file.path)
            domains.push(this.domainOf(file.previousPath));
        return mostSpecific(domains);
    }
}
function mostSpecific(domains) {
    return PRECEDENCE.find((domain) => domains.includes(domain)) ?? 'other';
}
/**
 * Gives every changed file a domain (keyed by its path) and says whether the change touches
 * dbt, Airflow or SQL at all. Precedence is dbt > airflow > sql > other; a renamed file counts
 * by both of its paths, so moving a model out of `models/` still reviews as dbt. A removed file
 * is classified by the path it had.
 */
function classifyChange(files, settings, projects) {
    const classifier = new PathClassifier(settings, projects);
    const domains = new Map();
    let triggered = false;
    for (const file of files) {
        const domain = classifier.domainOfFile(file);
        domains.set(file.path, domain);
        if (domain !== 'other')
            triggered = true;
    }
    return { domains, triggered };
}

;// CONCATENATED MODULE: ./src/config/settings.ts
// One resolved set of settings for a run. Precedence: an explicitly given action input or CLI
// flag, then the repository's config file (read at the base commit), then built-in defaults.

const DEFAULT_CONFIG_PATH = '.github/data-engineer-review.yml';


function resolveSettings(explicit, repo = {}) {
    const paths = {
        dbt: explicit.paths?.dbt ?? repo.paths?.dbt ?? DEFAULT_PATHS.dbt,
        airflow: explicit.paths?.airflow ?? repo.paths?.airflow ?? DEFAULT_PATHS.airflow,
        sql: explicit.paths?.sql ?? repo.paths?.sql ?? DEFAULT_PATHS.sql,
    };
    const settings = {
        failOn: explicit.failOn ?? repo.failOn ?? 'escalation',
        llm: repo.llm ?? 'optional',
        paths,
        ruleSeverity: new Map(Object.entries(repo.rules ?? {})),
        fullFileReview: repo.fullFileReview ?? false,
        maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    };
    const dialect = explicit.dialect ?? repo.dialect;
    if (dialect)
        settings.dialect = dialect;
    if (repo.instructions)
        settings.instructions = repo.instructions;
    return settings;
}

;// CONCATENATED MODULE: ./src/llm/models.ts
/**
 * The default: the newest Sonnet-class model the installed SDK lists (1.14.0 lists
 * claude-sonnet-5-5 first among Sonnets; it is not in the SDK's deprecation table).
 */
const DEFAULT_MODEL = 'claude-sonnet-5-5';
/** The newest id of each class the agent file may `prefer`. */
const MODEL_BY_CLASS = {
    sonnet: DEFAULT_MODEL,
    opus: 'claude-opus-5-5',
    haiku: 'claude-haiku-5-5',
};
/**
 * The model to call: the configured id if any, else the agent file's exact id, else the newest
 * model of its preferred class, else the default. Unknown classes fall back to the default.
 */
function resolveModel(configured, hints = {}) {
    const explicit = configured?.trim();
    if (explicit)
        return explicit;
    if (hints.id)
        return hints.id;
    const preferred = hints.prefer?.toLowerCase();
    if (preferred && preferred in MODEL_BY_CLASS)
        return MODEL_BY_CLASS[preferred];
    return DEFAULT_MODEL;
}

;// CONCATENATED MODULE: ./src/report/json.ts
function countFindings(review) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const finding of review.findings)
        counts[finding.severity]++;
    return { ...counts, escalations: review.escalations.length };
}
function buildReport(review) {
    return { ...review, counts: countFindings(review) };
}
function renderJsonReport(review) {
    return `${JSON.stringify(buildReport(review), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/publish/markers.ts
// Hidden HTML-comment markers that let a later run find what an earlier run wrote: the summary
// comment, each escalation issue and each inline finding. GitHub does not render HTML comments,
// so the markers cost the reader nothing.
//
// A marker is only a claim. Anyone who can comment on a pull request can paste
// `<!-- data-engineer-review:summary -->` into their own comment; if we trusted it we would
// overwrite (or fail to overwrite) someone else's text, skip posting real findings, or treat
// a stranger's issue as the escalation record. So every lookup here accepts a marker only from
// an item authored by the bot account that writes our comments, whenever that login is known.
const MARKER_NAMESPACE = 'data-engineer-review';
/** The login the default workflow token (GITHUB_TOKEN) posts as. */
const DEFAULT_BOT_LOGIN = 'github-actions[bot]';
const SUMMARY_MARKER = `<!-- ${MARKER_NAMESPACE}:summary -->`;
// Fingerprints are hex digests in practice. The encoding below keeps any other string from
// ending the HTML comment early (`-->`, `--`) or smuggling spaces into the marker.
function encodeFingerprint(fingerprint) {
    return fingerprint
        .replace(/[^A-Za-z0-9._:-]/g, (char) => encodeURIComponent(char).replace(/-/g, '%2D'))
        .replace(/-(?=-)/g, '%2D');
}
function decodeFingerprint(encoded) {
    try {
        return decodeURIComponent(encoded);
    }
    catch {
        return undefined;
    }
}
const ESCALATION_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:escalation ([A-Za-z0-9._:%-]+) -->`, 'g');
const FINDING_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:finding ([A-Za-z0-9._:%-]+) -->`, 'g');
function summaryMarker() {
    return SUMMARY_MARKER;
}
function escalationMarker(fingerprint) {
    return `<!-- ${MARKER_NAMESPACE}:escalation ${encodeFingerprint(fingerprint)} -->`;
}
function findingMarker(fingerprint) {
    return `<!-- ${MARKER_NAMESPACE}:finding ${encodeFingerprint(fingerprint)} -->`;
}
function hasSummaryMarker(body) {
    return typeof body === 'string' && body.includes(SUMMARY_MARKER);
}
function fingerprintsIn(body, pattern) {
    if (typeof body !== 'string')
        return [];
    const found = [];
    for (const match of body.matchAll(pattern)) {
        const decoded = match[1] === undefined ? undefined : decodeFingerprint(match[1]);
        if (decoded !== undefined)
            found.push(decoded);
    }
    return found;
}
function escalationFingerprintsIn(body) {
    return fingerprintsIn(body, ESCALATION_PATTERN);
}
function findingFingerprintsIn(body) {
    return fingerprintsIn(body, FINDING_PATTERN);
}
/**
 * Whether an item may be believed when it carries one of our markers. `botLogin` null means
 * the author is unknown (e.g. a personal token whose login was not looked up): then any
 * author is accepted, which is the best we can do and is said so here rather than hidden.
 */
function isTrustedAuthor(item, botLogin) {
    if (botLogin === null)
        return true;
    const login = item.user?.login;
    return typeof login === 'string' && login.toLowerCase() === botLogin.toLowerCase();
}
/** The earliest trusted item carrying the summary marker. */
function findSummaryItem(items, botLogin) {
    return items.find((item) => isTrustedAuthor(item, botLogin) && hasSummaryMarker(item.body));
}
/** The earliest trusted item carrying the escalation marker for `fingerprint`. */
function findEscalationItem(items, fingerprint, botLogin) {
    return items.find((item) => isTrustedAuthor(item, botLogin) && escalationFingerprintsIn(item.body).includes(fingerprint));
}
/** Every finding fingerprint that trusted items already carry. */
function collectFindingFingerprints(items, botLogin) {
    const fingerprints = new Set();
    for (const item of items) {
        if (!isTrustedAuthor(item, botLogin))
            continue;
        for (const fingerprint of findingFingerprintsIn(item.body))
            fingerprints.add(fingerprint);
    }
    return fingerprints;
}
// ---- the decision loop's markers on an escalation issue --------------------------------------
const PR_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:pr (\\d+) -->`);
const EVIDENCE_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:evidence ([0-9a-f]+) -->`);
const DECISION_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:decision (approved|rejected) ([0-9a-f]+) -->`);
/** The pull request an escalation issue belongs to: decisions are per pull request. */
function pullRequestMarker(number) {
    return `<!-- ${MARKER_NAMESPACE}:pr ${number} -->`;
}
function pullRequestNumberIn(body) {
    const match = typeof body === 'string' ? PR_PATTERN.exec(body) : null;
    return match ? Number(match[1]) : undefined;
}
/** The digest of the evidence the issue currently shows. */
function evidenceMarker(digest) {
    return `<!-- ${MARKER_NAMESPACE}:evidence ${digest} -->`;
}
function evidenceDigestIn(body) {
    const match = typeof body === 'string' ? EVIDENCE_PATTERN.exec(body) : null;
    return match?.[1];
}
/** Starts the decision section of an issue body: the verdict and the evidence it was taken on. */
function decisionMarker(verdict, evidenceDigest) {
    return `<!-- ${MARKER_NAMESPACE}:decision ${verdict} ${evidenceDigest} -->`;
}
function decisionIn(body) {
    const match = typeof body === 'string' ? DECISION_PATTERN.exec(body) : null;
    if (!match)
        return undefined;
    return { verdict: match[1], evidence: match[2], index: match.index };
}
/** The trusted escalation issue of one pull request for `fingerprint`. */
function findPullRequestEscalation(items, fingerprint, pullNumber, botLogin) {
    return items.find((item) => isTrustedAuthor(item, botLogin) && pullRequestNumberIn(item.body) === pullNumber && escalationFingerprintsIn(item.body).includes(fingerprint));
}

// EXTERNAL MODULE: ./src/model.ts
var model = __nccwpck_require__(182);
;// CONCATENATED MODULE: ./src/publish/render/neutralise.ts
// Makes untrusted text (from the pull request or the model) safe to put in a GitHub comment,
// issue or title. Whoever wrote a PR, or steered the model through it, must not be able to
// make our bot ping people, inject HTML (hidden text, images, fake <details>), forge one of
// our hidden markers, or repeat a secret that slipped into a diff.
//
// The escaping is deliberately blunt: it applies inside code spans too. Recognising code spans
// exactly as GitHub's Markdown does (backslash escapes, unbalanced backticks) is where
// sanitisers go wrong; the cost here is that `a<b` inside backticks shows as `a&lt;b`.
const REDACTED = '[redacted secret]';
// Shapes of credentials that must never be echoed back, as published by their issuers.
const SECRET_PATTERNS = [
    /\bgh[pousr]_[A-Za-z0-9]{20,}/g, // GitHub tokens: personal, OAuth, user-to-server, server, refresh
    /\bgithub_pat_[A-Za-z0-9_]{20,}/g, // GitHub fine-grained personal tokens
    /\bsk-ant-[A-Za-z0-9_-]{10,}/g, // Anthropic API keys
    /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, // AWS access key ids (long-term and temporary)
];
// Bidirectional overrides can make the rendered text differ from what reviewers think they
// read ("Trojan Source"); zero-width characters can hide text. Neither has a place in a review.
// The zero-width joiner is removed too, so that only the ones we insert remain.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const ZERO_WIDTH_JOINER = '\u200D';
function redactSecrets(text) {
    let result = text;
    for (const pattern of SECRET_PATTERNS)
        result = result.replace(pattern, REDACTED);
    return result;
}
// A mention is `@` + a login (or org/team). Only an `@` right after a letter or digit is left
// alone: that is an e-mail address, which GitHub does not link either. The joiner breaks the
// link and is invisible to the reader.
function breakMentions(text) {
    return text.replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, `$1@${ZERO_WIDTH_JOINER}`);
}
/**
 * Neutralises untrusted text for any place Markdown renders: mentions no longer ping, HTML
 * tags and comments (hence forged markers) are escaped, secrets are redacted, invisible
 * characters dropped. Line breaks are kept.
 */
function neutralise(text) {
    // Invisible characters go first: inside a token they would hide it from the redaction.
    let result = redactSecrets(String(text).replace(INVISIBLE, ''));
    // `<` only opens a tag, a comment or a declaration when a letter, `/`, `!` or `?` follows;
    // `x < 3` and `a <= b` stay readable.
    result = result.replace(/<(?=[A-Za-z/!?])/g, '&lt;');
    return breakMentions(result);
}
/**
 * Neutralises text for one line of Markdown (a list item, a heading): line breaks become
 * spaces. `maxLength` cuts long text with an ellipsis.
 */
function neutralise_neutraliseLine(text, maxLength) {
    return cutTo(neutralise(text).replace(/\s*[\r\n]+\s*/g, ' ').trim(), maxLength);
}
/** Like neutraliseLine, for a table cell: `|` cannot end the cell. */
function neutraliseInline(text, maxLength) {
    return neutralise_neutraliseLine(text, maxLength).replace(/\|/g, '\\|');
}
/**
 * Neutralises an issue title. GitHub shows titles as plain text, so HTML needs no escaping
 * there (an escape would show as `&lt;`); secrets, invisible characters and mentions are
 * still handled.
 */
function neutraliseTitle(text, maxLength) {
    const cleaned = breakMentions(redactSecrets(String(text).replace(INVISIBLE, '')))
        .replace(/\s+/g, ' ')
        .trim();
    return cutTo(cleaned, maxLength);
}
function cutTo(text, maxLength) {
    if (maxLength === undefined || text.length <= maxLength)
        return text;
    // Never cut inside an escape we inserted (`&lt;`) or leave half a surrogate pair.
    const cut = text
        .slice(0, Math.max(0, maxLength - 1))
        .replace(/&[a-z]{0,3}$/, '')
        .replace(/[\uD800-\uDBFF]$/, '');
    return `${cut}…`;
}
/**
 * An identifier we show in a code span (rule id, checklist id, trigger id). These come from
 * our own definitions but may be echoed from the model: anything but a plain id is dropped so
 * a backtick cannot end the span.
 */
function safeId(text) {
    return String(text).replace(/[^A-Za-z0-9._:/-]/g, '').slice(0, 100) || 'unknown';
}
/** Text for the label of a Markdown link: neutralised, on one line, brackets escaped. */
function linkLabel(text, maxLength) {
    return neutraliseInline(text, maxLength).replace(/([[\]])/g, '\\$1');
}

;// CONCATENATED MODULE: ./src/publish/render/format.ts

const SEVERITY_BADGES = {
    error: '🔴 Error',
    warning: '🟠 Warning',
    info: '🔵 Info',
};
function severityBadge(severity) {
    return SEVERITY_BADGES[severity] ?? SEVERITY_BADGES.info;
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** Checklist ids as code spans, or a dash when there are none. */
function checklistText(ids) {
    return ids.length === 0 ? '—' : ids.map((id) => `\`${safeId(id)}\``).join(', ');
}
function lineRange(line, endLine) {
    if (!Number.isInteger(line) || line < 1)
        return '';
    return endLine !== undefined && Number.isInteger(endLine) && endLine > line ? `${line}-${endLine}` : `${line}`;
}
/**
 * A link to exact lines at the head commit, `repoUrl/blob/sha/path#Lstart-Lend`; the plain
 * location when no repository URL is known. Path segments are URL-encoded so a file name
 * cannot break out of the link.
 */
function locationLink(location, ctx) {
    const range = lineRange(location.line, location.endLine);
    const label = linkLabel(range ? `${location.file}:${range}` : location.file, 200);
    if (!ctx.repoUrl)
        return label;
    const encodedPath = location.file.split('/').map(encodeURIComponent).join('/');
    const anchor = range ? `#L${range.replace('-', '-L')}` : '';
    const repoUrl = ctx.repoUrl.replace(/\/+$/, '');
    return `[${label}](${repoUrl}/blob/${encodeURIComponent(ctx.headSha)}/${encodedPath}${anchor})`;
}
/** Cuts multi-line text to `maxLength` characters, saying so. */
function truncateText(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    const cut = text.slice(0, maxLength).replace(/&[a-z]{0,3}$/, '').replace(/[\uD800-\uDBFF]$/, '');
    return `${cut}… _(cut at ${maxLength} characters)_`;
}
/**
 * Untrusted text shown as code on one line. The fence is one backtick longer than the longest
 * run inside, as CommonMark requires, so the text cannot end the span early.
 */
function codeSpan(text, maxLength) {
    const line = neutraliseLine(text, maxLength);
    if (line === '')
        return '';
    const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = longestRun > 0 ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/publish/render/summary.ts




/** GitHub refuses comment bodies above 65,536 characters. */
const COMMENT_BODY_LIMIT = 65_536;
// Room kept for the truncation note and for characters GitHub may count differently.
const SAFETY_MARGIN = 1_000;
const MAX_LISTED_FILES = 30;
const MAX_LISTED_ESCALATIONS = 50;
const MAX_LISTED_REJECTIONS = 20;
const MESSAGE_CELL_LIMIT = 400;
function bySeverityThenPlace(a, b) {
    return model/* SEVERITY_RANK */.f[b.severity] - model/* SEVERITY_RANK */.f[a.severity] || a.file.localeCompare(b.file) || a.line - b.line;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const finding of findings)
        counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    return counts;
}
function headline(review) {
    if (!review.triggered)
        return 'No dbt, Airflow or SQL files changed: nothing was reviewed.';
    const counts = countBySeverity(review.findings);
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`];
    const escalations = review.escalations.length;
    const decisions = escalations === 0 ? 'no escalation' : `${plural(escalations, 'escalation')} needing a human decision`;
    const prefix = review.findings.length === 0 ? 'No findings from the checks that ran' : 'Findings';
    return `**${prefix}:** ${parts.join(' · ')} · ${decisions}`;
}
function llmLine(review) {
    if (!review.triggered)
        return undefined;
    const reason = review.llm.error ? `: ${neutraliseInline(review.llm.error, 500)}` : '';
    switch (review.llm.status) {
        case 'ok':
            return undefined;
        case 'skipped':
            return `> [!WARNING]\n> **The LLM review did not run**${reason}. Only the deterministic rules were applied.`;
        case 'failed':
            return `> [!WARNING]\n> **The LLM review failed**${reason}. Only the deterministic rules' findings are shown.`;
        case 'invalid':
            return `> [!WARNING]\n> **The LLM review returned an unusable answer, which was discarded**${reason}. Only the deterministic rules' findings are shown.`;
        default:
            return `> [!WARNING]\n> **The LLM review ended in an unknown state**${reason}.`;
    }
}
function rejectedLines(review) {
    const rejected = review.llm.rejected;
    if (rejected.length === 0)
        return [];
    const lines = [`<details><summary>${plural(rejected.length, 'part')} of the model's answer dropped</summary>`, ''];
    for (const reason of rejected.slice(0, MAX_LISTED_REJECTIONS))
        lines.push(`- ${neutraliseInline(reason, 300)}`);
    if (rejected.length > MAX_LISTED_REJECTIONS)
        lines.push(`- …and ${rejected.length - MAX_LISTED_REJECTIONS} more`);
    lines.push('', '</details>');
    return lines;
}
function partialAnalysisLines(review) {
    // Files outside the data domains are skipped by design; listing them would bury the files
    // whose analysis really fell short.
    const limited = review.files.filter((file) => file.analysed === 'partial' || (file.analysed === 'skipped' && file.domain !== 'other'));
    if (limited.length === 0)
        return [];
    const lines = [`> [!WARNING]\n> **${plural(limited.length, 'file was', 'files were')} not fully analysed:**`];
    for (const file of limited.slice(0, MAX_LISTED_FILES)) {
        const how = file.analysed === 'partial' ? 'partly analysed' : 'not analysed';
        const reason = file.reason ? `: ${neutraliseInline(file.reason, 300)}` : '';
        lines.push(`> - ${neutraliseInline(file.path, 200)}: ${how}${reason}`);
    }
    if (limited.length > MAX_LISTED_FILES)
        lines.push(`> - …and ${limited.length - MAX_LISTED_FILES} more (see the report file)`);
    return [lines.join('\n')];
}
function escalationLines(escalations, ctx) {
    const links = ctx.escalationLinks;
    if (escalations.length === 0)
        return [];
    const lines = [
        '### Needs human decision',
        '',
        'These choices are not the reviewer\'s to make. Each issue lists the options and how to record the decision; until then this pull request is held.',
        '',
    ];
    for (const escalation of escalations.slice(0, MAX_LISTED_ESCALATIONS)) {
        const link = links.get(escalation.fingerprint) ?? escalation.issue;
        const missing = ctx.local
            ? '_on a pull request, an issue is opened for it_'
            : ctx.dryRun
                ? '_dry run: no issue opened_'
                : '_issue not created (see the run log)_';
        const where = link ? `[#${link.number}](${link.url})` : missing;
        lines.push(`- **${linkLabel(escalation.title, 200)}** · trigger \`${safeId(escalation.trigger)}\` · ${where}`);
    }
    if (escalations.length > MAX_LISTED_ESCALATIONS)
        lines.push(`- …and ${escalations.length - MAX_LISTED_ESCALATIONS} more (see the report file)`);
    return lines;
}
function findingRow(finding, ctx) {
    const location = locationLink(finding, ctx);
    const message = neutraliseInline(`${finding.title}: ${finding.message}`, MESSAGE_CELL_LIMIT);
    const source = finding.source === 'llm' ? ' (LLM)' : '';
    return `| ${location} | ${severityBadge(finding.severity)} | \`${safeId(finding.rule)}\`${source} | ${checklistText(finding.checklist)} | ${message} |`;
}
function footer(review, headSha) {
    const agent = `${neutraliseInline(review.agent.name, 100)} ${neutraliseInline(review.agent.version, 50)}`;
    const model = review.llm.used && review.llm.model ? ` · model ${neutraliseInline(review.llm.model, 100)}` : '';
    return `<sub>Data Engineer Review ${neutraliseInline(review.version, 50)} · agent ${agent}${model} · commit ${neutraliseInline(headSha.slice(0, 12), 12)}</sub>`;
}
function renderSummary(review, ctx) {
    const unanchored = [...ctx.unanchored].sort(bySeverityThenPlace);
    const unanchoredIds = new Set(unanchored.map((finding) => finding.fingerprint));
    const shownInline = review.findings.filter((finding) => !unanchoredIds.has(finding.fingerprint)).length;
    const head = [summaryMarker(), '## Data Engineer Review', '', headline(review), ''];
    if (ctx.dryRun)
        head.push('_Dry run: nothing was posted to GitHub._', '');
    const llm = llmLine(review);
    if (llm)
        head.push(llm, '');
    for (const notice of ctx.publishNotices ?? [])
        head.push(`> [!WARNING]\n> ${neutraliseInline(notice, 1000)}`, '');
    const partial = partialAnalysisLines(review);
    if (partial.length > 0)
        head.push(...partial, '');
    const escalations = escalationLines(review.escalations, ctx);
    if (escalations.length > 0)
        head.push(...escalations, '');
    const tail = [];
    if (shownInline > 0)
        tail.push(`${shownInline === 1 ? '1 finding is posted as an inline comment' : `${shownInline} findings are posted as inline comments`} on the changed lines.`, '');
    const rejected = rejectedLines(review);
    if (rejected.length > 0)
        tail.push(...rejected, '');
    if (review.notices.length > 0) {
        tail.push('### Notes', '');
        for (const notice of review.notices.slice(0, 50))
            tail.push(`- ${neutraliseInline(notice, 500)}`);
        tail.push('');
    }
    tail.push(footer(review, ctx.headSha));
    const table = [];
    if (unanchored.length > 0) {
        table.push(ctx.local ? `### Findings (${unanchored.length})` : `### Findings not shown inline (${unanchored.length})`, '', '| Location | Severity | Rule | Checklist | Message |', '|---|---|---|---|---|');
    }
    const fixedLength = [...head, ...table, ...tail].join('\n').length;
    let budget = COMMENT_BODY_LIMIT - SAFETY_MARGIN - fixedLength;
    let listed = 0;
    for (const finding of unanchored) {
        const row = findingRow(finding, ctx);
        if (row.length + 1 > budget)
            break;
        table.push(row);
        budget -= row.length + 1;
        listed++;
    }
    if (listed < unanchored.length) {
        table.push('', `_${plural(unanchored.length - listed, 'more finding was', 'more findings were')} cut from this table to stay under GitHub's comment size limit; every finding is in the report file._`);
    }
    if (table.length > 0)
        table.push('');
    const body = [...head, ...table, ...tail].join('\n');
    // The lists above are capped, so this only guards against pathological inputs.
    return body.length <= COMMENT_BODY_LIMIT ? body : `${body.slice(0, COMMENT_BODY_LIMIT - 100)}\n\n_(cut to fit GitHub's comment size limit)_`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts


function renderMarkdownReport(review, options = {}) {
    const escalationLinks = new Map(review.escalations.flatMap((e) => (e.issue ? [[e.fingerprint, e.issue]] : [])));
    const body = renderSummary(review, {
        unanchored: review.findings,
        headSha: options.headSha ?? review.head,
        escalationLinks,
        ...(options.local ? { local: true } : {}),
        ...(options.dryRun ? { dryRun: true } : {}),
        ...(options.repoUrl ? { repoUrl: options.repoUrl } : {}),
    });
    const withoutMarker = body.replace(summaryMarker(), '').replace(/^\s*\n/, '');
    return withoutMarker.endsWith('\n') ? withoutMarker : `${withoutMarker}\n`;
}

;// CONCATENATED MODULE: ./src/version.ts
// The product version written into reports and SARIF; kept in step with package.json by a test.
const VERSION = '0.1.0';
const TOOL_NAME = 'data-engineer-review';

;// CONCATENATED MODULE: ./src/report/sarif.ts

const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
function renderSarif(review, ruleInfo) {
    const rules = new Map();
    const ruleFor = (id, title, checklist, help) => {
        if (!rules.has(id)) {
            const info = ruleInfo.get(id);
            const rule = {
                id,
                name: info?.title ?? title,
                shortDescription: { text: info?.title ?? title },
                properties: { tags: [...(info?.checklist ?? checklist)] },
            };
            const helpText = info?.rationale ?? help;
            if (helpText)
                rule.help = { text: helpText };
            rules.set(id, rule);
        }
        return [...rules.keys()].indexOf(id);
    };
    const results = review.findings.map((finding) => ({
        ruleId: finding.rule,
        ruleIndex: ruleFor(finding.rule, finding.title, finding.checklist),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' },
                    region: { startLine: Math.max(1, finding.line), endLine: Math.max(finding.line, finding.endLine, 1) },
                },
            },
        ],
        partialFingerprints: { 'dataEngineerReview/v1': finding.fingerprint },
        properties: { source: finding.source, checklist: finding.checklist },
    }));
    for (const escalation of review.escalations) {
        const id = `escalation/${escalation.trigger}`;
        const first = escalation.evidence[0];
        results.push({
            ruleId: id,
            ruleIndex: ruleFor(id, `Needs human decision: ${escalation.trigger}`, [escalation.trigger], 'An architectural decision that a person must make before this change merges.'),
            level: 'warning',
            message: { text: `Needs human decision: ${escalation.title}` },
            locations: first
                ? [
                    {
                        physicalLocation: {
                            artifactLocation: { uri: first.file, uriBaseId: '%SRCROOT%' },
                            region: { startLine: Math.max(1, first.line), endLine: Math.max(1, first.line) },
                        },
                    },
                ]
                : [],
            partialFingerprints: { 'dataEngineerReview/v1': escalation.fingerprint },
            properties: { source: escalation.source, checklist: [escalation.trigger] },
        });
    }
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: VERSION,
                        rules: [...rules.values()],
                    },
                },
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/analyzers/airflow/python.ts

let loading;
/** Loads the runtime and the grammar once; later calls share the parser. */
function loadPythonParser() {
    loading ??= (async () => {
        const ts = await importRuntime(vendorFile('web-tree-sitter/web-tree-sitter.js', 'web-tree-sitter/web-tree-sitter.js'));
        await ts.Parser.init();
        const language = await ts.Language.load(vendorFile('tree-sitter-python/tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'));
        const parser = new ts.Parser();
        parser.setLanguage(language);
        return parser;
    })();
    loading.catch(() => {
        loading = undefined;
    });
    return loading;
}
/** Parses Python source; never throws. */
async function parsePython(text) {
    let parser;
    try {
        parser = await loadPythonParser();
    }
    catch (error) {
        return { ok: false, error: `the Python parser could not load: ${error instanceof Error ? error.message : String(error)}` };
    }
    let tree;
    try {
        tree = parser.parse(text);
    }
    catch (error) {
        return { ok: false, error: `the Python parser failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!tree)
        return { ok: false, error: 'the Python parser returned no tree' };
    const root = tree.rootNode;
    const hasErrors = root.hasError;
    const firstError = hasErrors ? findFirstError(root) : undefined;
    const parsed = tree;
    return {
        ok: true,
        tree: {
            tree: parsed,
            root,
            hasErrors,
            ...(firstError ? { firstErrorLine: lineOf(firstError) } : {}),
            dispose: () => parsed.delete(),
        },
    };
}
function findFirstError(node) {
    if (node.type === 'ERROR' || node.isMissing)
        return node;
    for (const child of node.children) {
        if (child && (child.hasError || child.isMissing)) {
            const found = findFirstError(child);
            if (found)
                return found;
        }
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Small readers.
const lineOf = (node) => node.startPosition.row + 1;
const endLineOf = (node) => node.endPosition.row + 1;
function named(node) {
    return node.namedChildren.filter((child) => child !== null);
}
/** Dotted name of a call's callee or a decorator expression: `DAG`, `airflow.DAG`, `task.python`. */
function python_dottedName(node) {
    if (!node)
        return undefined;
    if (node.type === 'identifier')
        return node.text;
    if (node.type === 'attribute') {
        const object = python_dottedName(node.childForFieldName('object'));
        const attribute = node.childForFieldName('attribute')?.text;
        return object !== undefined && attribute !== undefined ? `${object}.${attribute}` : undefined;
    }
    return undefined;
}
function calleeName(call) {
    return python_dottedName(call.childForFieldName('function'));
}
const lastSegment = (name) => name?.slice(name.lastIndexOf('.') + 1);
/** Keyword arguments of a call, by name (the value nodes). */
function keywordArguments(call) {
    const out = new Map();
    const args = call.childForFieldName('arguments');
    if (!args)
        return out;
    for (const arg of named(args)) {
        if (arg.type !== 'keyword_argument')
            continue;
        const name = arg.childForFieldName('name')?.text;
        const value = arg.childForFieldName('value');
        if (name !== undefined && value)
            out.set(name, value);
    }
    return out;
}
/** Whether a call spreads `**kwargs` (its keyword arguments are then not all visible). */
function hasKeywordSplat(call) {
    const args = call.childForFieldName('arguments');
    return args ? named(args).some((arg) => arg.type === 'dictionary_splat') : false;
}
/** The value of a plain string literal (no f-string interpolation, no implicit concatenation). */
function stringLiteral(node) {
    if (node?.type !== 'string')
        return undefined;
    const parts = named(node);
    if (parts.some((part) => part.type === 'interpolation'))
        return undefined;
    return parts
        .filter((part) => part.type === 'string_content')
        .map((part) => part.text)
        .join('');
}
/** A Python literal as a LiteralValue; anything that needs evaluation is an `expr`. */
function pythonLiteral(node) {
    switch (node.type) {
        case 'integer': {
            const value = Number(node.text.replace(/_/g, ''));
            return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'expr', text: node.text };
        }
        case 'float':
            return { kind: 'number', value: Number(node.text.replace(/_/g, '')) };
        case 'true':
            return { kind: 'boolean', value: true };
        case 'false':
            return { kind: 'boolean', value: false };
        case 'none':
            return { kind: 'none' };
        case 'string': {
            const value = stringLiteral(node);
            return value === undefined ? { kind: 'expr', text: node.text } : { kind: 'string', value };
        }
        case 'unary_operator': {
            const operand = node.childForFieldName('argument');
            const operator = node.childForFieldName('operator')?.text;
            const inner = operand ? pythonLiteral(operand) : undefined;
            if (inner?.kind === 'number' && (operator === '-' || operator === '+'))
                return { kind: 'number', value: operator === '-' ? -inner.value : inner.value };
            return { kind: 'expr', text: node.text };
        }
        case 'parenthesized_expression': {
            const inner = named(node)[0];
            return inner ? pythonLiteral(inner) : { kind: 'expr', text: node.text };
        }
        case 'list':
        case 'tuple':
            return { kind: 'list', items: named(node).map(pythonLiteral) };
        case 'dictionary': {
            const entries = {};
            for (const pair of named(node)) {
                if (pair.type !== 'pair')
                    return { kind: 'expr', text: node.text };
                const key = stringLiteral(pair.childForFieldName('key'));
                const value = pair.childForFieldName('value');
                if (key === undefined || !value)
                    return { kind: 'expr', text: node.text };
                entries[key] = pythonLiteral(value);
            }
            return { kind: 'dict', entries };
        }
        default:
            return { kind: 'expr', text: node.text };
    }
}
/**
 * Indexes the file's assignments. Scopes are not told apart (a name assigned once anywhere
 * is taken as that value): an approximation that holds for DAG files, where `default_args`
 * is a module constant, and that turns into "unknown" as soon as a name is assigned twice.
 */
function indexAssignments(root) {
    const values = new Map();
    const subscripts = new Map();
    const mutated = new Set();
    for (const assignment of root.descendantsOfType('assignment')) {
        if (!assignment)
            continue;
        const left = assignment.childForFieldName('left');
        const right = assignment.childForFieldName('right');
        if (!left || !right)
            continue;
        if (left.type === 'identifier') {
            const list = values.get(left.text) ?? [];
            list.push(right);
            values.set(left.text, list);
        }
        else if (left.type === 'subscript') {
            const target = left.childForFieldName('value');
            if (target?.type !== 'identifier')
                continue;
            const list = subscripts.get(target.text) ?? [];
            list.push({ key: stringLiteral(left.childForFieldName('subscript')), value: right });
            subscripts.set(target.text, list);
        }
        else if (left.type === 'pattern_list' || left.type === 'tuple_pattern') {
            for (const name of named(left))
                if (name.type === 'identifier')
                    mutated.add(name.text);
        }
    }
    for (const augmented of root.descendantsOfType('augmented_assignment')) {
        const left = augmented?.childForFieldName('left');
        const target = left?.type === 'subscript' ? left.childForFieldName('value') : left;
        if (target?.type === 'identifier')
            mutated.add(target.text);
    }
    for (const call of root.descendantsOfType('call')) {
        const fn = call?.childForFieldName('function');
        if (fn?.type !== 'attribute')
            continue;
        const object = fn.childForFieldName('object');
        const method = fn.childForFieldName('attribute')?.text;
        if (object?.type === 'identifier' && (method === 'update' || method === 'setdefault' || method === 'pop' || method === '__setitem__'))
            mutated.add(object.text);
    }
    return { values, subscripts, mutated };
}
const MAX_NAME_DEPTH = 5;
/**
 * The value of `key` in the dict an expression evaluates to: a dict literal, `dict(k=v)`, or a
 * name assigned one of those (with later `name['key'] = v` applied). Spreads (`**base`) are
 * followed the same way. Anything else is `unknown`: we do not guess.
 */
function lookupDictKey(expression, key, assignments, depth = 0) {
    if (!expression)
        return { state: 'absent' };
    if (depth > MAX_NAME_DEPTH)
        return { state: 'unknown', reason: 'too many indirections' };
    if (expression.type === 'identifier') {
        const name = expression.text;
        if (assignments.mutated.has(name))
            return { state: 'unknown', reason: `${name} is modified after its definition` };
        const defs = assignments.values.get(name) ?? [];
        if (defs.length !== 1)
            return { state: 'unknown', reason: defs.length === 0 ? `${name} is not defined in this file` : `${name} is assigned more than once` };
        const writes = assignments.subscripts.get(name) ?? [];
        for (let i = writes.length - 1; i >= 0; i--) {
            const write = writes[i];
            if (!write)
                continue;
            if (write.key === undefined)
                return { state: 'unknown', reason: `${name}[…] is assigned with a computed key` };
            if (write.key === key)
                return { state: 'known', value: pythonLiteral(write.value), node: write.value };
        }
        return lookupDictKey(defs[0], key, assignments, depth + 1);
    }
    if (expression.type === 'dictionary') {
        let found = { state: 'absent' };
        // Later entries win in a dict display, spreads included.
        for (const item of named(expression)) {
            if (item.type === 'pair') {
                const keyNode = item.childForFieldName('key');
                const itemKey = stringLiteral(keyNode);
                const value = item.childForFieldName('value');
                if (itemKey === undefined)
                    found = { state: 'unknown', reason: 'a key is computed' };
                else if (itemKey === key && value)
                    found = { state: 'known', value: pythonLiteral(value), node: value };
            }
            else if (item.type === 'dictionary_splat') {
                const spread = lookupDictKey(named(item)[0], key, assignments, depth + 1);
                if (spread.state !== 'absent')
                    found = spread;
            }
        }
        return found;
    }
    if (expression.type === 'call' && calleeName(expression) === 'dict') {
        const kwargs = keywordArguments(expression);
        const value = kwargs.get(key);
        if (value)
            return { state: 'known', value: pythonLiteral(value), node: value };
        if (hasKeywordSplat(expression))
            return { state: 'unknown', reason: 'dict(**…) spreads other values' };
        const args = expression.childForFieldName('arguments');
        const positional = args ? named(args).filter((arg) => arg.type !== 'keyword_argument') : [];
        return positional.length === 0 ? { state: 'absent' } : lookupDictKey(positional[0], key, assignments, depth + 1);
    }
    return { state: 'unknown', reason: `${expression.text.slice(0, 40)} is not a dict literal` };
}
const isDagCallee = (name) => lastSegment(name) === 'DAG';
const isDagDecorator = (name) => name === 'dag' || (name?.endsWith('.dag') ?? false);
// `@task`, `@task.python`, `@task.bash`, `@task.virtualenv`… but not `@task_group`.
const isTaskDecorator = (name) => name === 'task' || (name?.startsWith('task.') ?? false) || (name?.endsWith('.task') ?? false);
function decoratorParts(decorator) {
    const expression = named(decorator)[0];
    if (expression?.type === 'call')
        return { name: calleeName(expression), call: expression };
    return { name: python_dottedName(expression) };
}
/** DAG constructions in the file, in source order. */
function findDags(root) {
    const dags = [];
    for (const call of root.descendantsOfType('call')) {
        if (!call || !isDagCallee(calleeName(call)))
            continue;
        const dagId = stringLiteral(keywordArguments(call).get('dag_id') ?? named(call.childForFieldName('arguments') ?? call)[0]);
        const base = { node: call, call, line: lineOf(call), endLine: endLineOf(call), ...(dagId !== undefined ? { dagId } : {}) };
        const parent = call.parent;
        const withItem = parent?.type === 'with_item' ? parent : parent?.type === 'as_pattern' && parent.parent?.type === 'with_item' ? parent.parent : undefined;
        if (withItem) {
            const statement = withItem.parent?.parent;
            const alias = parent?.type === 'as_pattern' ? parent.childForFieldName('alias') : null;
            const variable = alias ? named(alias)[0]?.text ?? alias.text : undefined;
            const body = statement?.type === 'with_statement' ? statement.childForFieldName('body') : null;
            dags.push({ kind: 'with', ...base, ...(variable !== undefined ? { variable } : {}), ...(body ? { body } : {}) });
            continue;
        }
        const variable = parent?.type === 'assignment' && parent.childForFieldName('left')?.type === 'identifier' ? parent.childForFieldName('left')?.text : undefined;
        dags.push({ kind: 'call', ...base, ...(variable !== undefined ? { variable } : {}) });
    }
    for (const decorator of root.descendantsOfType('decorator')) {
        if (!decorator)
            continue;
        const { name, call } = decoratorParts(decorator);
        if (!isDagDecorator(name))
            continue;
        const definition = decorator.parent?.type === 'decorated_definition' ? decorator.parent.childForFieldName('definition') : null;
        const functionName = definition?.childForFieldName('name')?.text;
        const body = definition?.childForFieldName('body');
        const dagId = call ? stringLiteral(keywordArguments(call).get('dag_id')) : undefined;
        dags.push({
            kind: 'decorator',
            node: decorator,
            ...(call ? { call } : {}),
            ...(functionName !== undefined ? { variable: functionName } : {}),
            ...(body ? { body } : {}),
            dagId: dagId ?? functionName ?? '',
            line: lineOf(decorator),
            endLine: endLineOf(decorator),
        });
    }
    return dags.sort((a, b) => a.node.startIndex - b.node.startIndex);
}
/** Tasks in the file: calls with `task_id=` (operators, `.partial()`), and `@task` functions. */
function findTasks(root) {
    const tasks = [];
    for (const call of root.descendantsOfType('call')) {
        if (!call)
            continue;
        const name = calleeName(call);
        if (isDagCallee(name))
            continue;
        const kwargs = keywordArguments(call);
        const taskIdNode = kwargs.get('task_id');
        if (!taskIdNode)
            continue;
        // `@task(task_id=...)` is handled with the decorated function below.
        if (call.parent?.type === 'decorator')
            continue;
        const taskId = stringLiteral(taskIdNode);
        tasks.push({ kind: 'operator', node: call, call, operator: name ?? call.childForFieldName('function')?.text ?? 'call', ...(taskId !== undefined ? { taskId } : {}), line: lineOf(call), endLine: endLineOf(call) });
    }
    for (const decorator of root.descendantsOfType('decorator')) {
        if (!decorator)
            continue;
        const { name, call } = decoratorParts(decorator);
        if (!isTaskDecorator(name))
            continue;
        const definition = decorator.parent;
        if (definition?.type !== 'decorated_definition')
            continue;
        const explicitId = call ? stringLiteral(keywordArguments(call).get('task_id')) : undefined;
        const taskId = explicitId ?? definition.childForFieldName('definition')?.childForFieldName('name')?.text;
        tasks.push({ kind: 'taskflow', node: definition, ...(call ? { call } : {}), operator: `@${name ?? 'task'}`, ...(taskId !== undefined ? { taskId } : {}), line: lineOf(decorator), endLine: lineOf(decorator) });
    }
    return tasks.sort((a, b) => a.node.startIndex - b.node.startIndex);
}
const contains = (outer, inner) => outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
/**
 * The DAG a task belongs to: named by its `dag=` argument, else the innermost DAG block or
 * `@dag` function around it, else the file's only DAG. Undefined when that is ambiguous.
 */
function dagOfTask(task, dags) {
    const explicit = task.call ? keywordArguments(task.call).get('dag') : undefined;
    if (explicit?.type === 'identifier') {
        const byName = dags.filter((dag) => dag.variable === explicit.text);
        if (byName.length === 1)
            return byName[0];
    }
    let innermost;
    for (const dag of dags) {
        if (dag.body && contains(dag.body, task.node) && (!innermost?.body || contains(innermost.body, dag.body)))
            innermost = dag;
    }
    if (innermost)
        return innermost;
    return dags.length === 1 ? dags[0] : undefined;
}
/**
 * Calls of the `with` blocks around a node that are not DAGs (e.g. `with TaskGroup(...)`),
 * innermost first: a TaskGroup's `default_args` apply to the tasks inside it.
 */
function enclosingWithCalls(node) {
    const calls = [];
    for (let current = node.parent; current; current = current.parent) {
        if (current.type !== 'with_statement')
            continue;
        for (const item of current.descendantsOfType('with_item')) {
            if (!item || item.parent?.parent?.id !== current.id)
                continue;
            const value = item.childForFieldName('value');
            const call = value?.type === 'as_pattern' ? named(value)[0] : value;
            if (call?.type === 'call' && !isDagCallee(calleeName(call)))
                calls.push(call);
        }
    }
    return calls;
}

;// CONCATENATED MODULE: ./src/analyzers/airflow/dag-facts.ts

/** Positional arguments of a call (not keyword arguments, not splats). */
function positionalArguments(call) {
    const args = call.childForFieldName('arguments');
    if (!args)
        return [];
    return args.namedChildren.filter((arg) => arg !== null && arg.type !== 'keyword_argument' && arg.type !== 'dictionary_splat' && arg.type !== 'list_splat' && arg.type !== 'comment');
}
/** A keyword argument of the DAG (`DAG(...)` or `@dag(...)`); `unknown` when `**kwargs` could hold it. */
function dagArgument(dag, name) {
    if (!dag.call)
        return { state: 'absent' };
    const node = keywordArguments(dag.call).get(name);
    if (node)
        return { state: 'present', node };
    return hasKeywordSplat(dag.call) ? { state: 'unknown' } : { state: 'absent' };
}
/** A key of the DAG's `default_args`: absent when there are none, unknown when they cannot be read. */
function defaultArgsKey(call, key, assignments) {
    if (!call)
        return { state: 'absent' };
    const defaults = keywordArguments(call).get('default_args');
    if (!defaults)
        return hasKeywordSplat(call) ? { state: 'unknown', reason: '**kwargs may carry default_args' } : { state: 'absent' };
    return lookupDictKey(defaults, key, assignments);
}
/**
 * How the DAG is triggered: `unscheduled` for `schedule=None` / `'@once'` and asset- or
 * dataset-triggered lists (no intervals to catch up on or time out against), `scheduled` for a
 * cron string, a preset, a timedelta or a timetable, `implicit` when no schedule argument is given.
 */
function scheduleState(dag) {
    if (dag.call && positionalArguments(dag.call).length >= 3)
        return 'unknown';
    for (const name of ['schedule', 'schedule_interval', 'timetable']) {
        const argument = dagArgument(dag, name);
        if (argument.state === 'unknown')
            return 'unknown';
        if (argument.state !== 'present')
            continue;
        const value = pythonLiteral(argument.node);
        if (value.kind === 'none' || (value.kind === 'string' && value.value === '@once') || value.kind === 'list')
            return 'unscheduled';
        // Asset/Dataset expressions (`Asset('a') | Asset('b')`) are event-driven too.
        if (argument.node.type === 'call' && /(^|\.)(Asset|Dataset)(Any|All)?$/.test(calleeName(argument.node) ?? ''))
            return 'unscheduled';
        if (argument.node.type === 'binary_operator')
            return 'unknown';
        return 'scheduled';
    }
    return 'implicit';
}
/** `DAG \`orders\`` or `This DAG`, for messages. */
function dagLabel(dag) {
    return dag.dagId ? `DAG \`${dag.dagId}\`` : 'This DAG';
}
function touches(first, last, lines) {
    for (let line = first; line <= last; line++)
        if (lines.has(line))
            return true;
    return false;
}
/** Whether the change added a line in [first, last] (always true when the whole file is reviewed). */
function linesTouched(ctx, first, last) {
    return ctx.fullFileReview || touches(first, last, ctx.file.addedLines);
}
/**
 * Line ranges that define a DAG: its `DAG(...)` call or `@dag(...)` decorator (with the `def`
 * line), and its `default_args` when they are a module variable (the assignment and any
 * `default_args['k'] = v` after it), since that is where owner, alerting and defaults are set.
 */
function dagDefinitionRanges(dag, assignments) {
    const ranges = [[dag.line, dag.endLine]];
    if (dag.kind === 'decorator') {
        const definition = dag.node.parent?.childForFieldName('definition');
        if (definition)
            ranges.push([lineOf(definition), lineOf(definition)]);
    }
    const defaults = dag.call ? keywordArguments(dag.call).get('default_args') : undefined;
    if (defaults?.type === 'identifier') {
        for (const value of assignments.values.get(defaults.text) ?? []) {
            const statement = value.parent ?? value;
            ranges.push([lineOf(statement), endLineOf(statement)]);
        }
        for (const write of assignments.subscripts.get(defaults.text) ?? []) {
            const statement = write.value.parent ?? write.value;
            ranges.push([lineOf(statement), endLineOf(statement)]);
        }
    }
    return ranges;
}
/**
 * Whether the change added or edited the DAG's definition (see dagDefinitionRanges); always true
 * when the whole file is under review. A new file's lines are all added lines.
 */
function dagTouched(ctx, dag, assignments) {
    if (ctx.fullFileReview)
        return true;
    return dagDefinitionRanges(dag, assignments).some(([first, last]) => touches(first, last, ctx.file.addedLines));
}
/** The calls of `@task_group(...)` decorators around a node, innermost first. */
function enclosingTaskGroupDecorators(node) {
    const calls = [];
    for (let current = node.parent; current; current = current.parent) {
        if (current.type !== 'decorated_definition')
            continue;
        for (const decorator of current.children) {
            if (decorator?.type !== 'decorator')
                continue;
            const expression = decorator.namedChildren[0];
            if (expression?.type === 'call' && /(^|\.)task_group$/.test(calleeName(expression) ?? ''))
                calls.push(expression);
        }
    }
    return calls;
}
/** The TaskGroups around a task (with-blocks and `@task_group(...)` functions), innermost first. */
function enclosingGroups(node) {
    const groups = [...enclosingWithCalls(node), ...enclosingTaskGroupDecorators(node)];
    return groups.sort((a, b) => b.startIndex - a.startIndex);
}
/**
 * Where a task gets a setting from: its own keyword argument, else the `default_args` of an
 * enclosing TaskGroup, else those of its DAG. A `None` value counts as unset. `**kwargs` on the
 * task or unreadable default_args make it `unknown`.
 */
function taskSetting(task, dag, key, assignments) {
    if (task.call) {
        const own = keywordArguments(task.call).get(key);
        if (own)
            return own.type === 'none' ? { state: 'unset' } : { state: 'set', node: own, from: 'task' };
        if (hasKeywordSplat(task.call))
            return { state: 'unknown' };
    }
    const layers = [...enclosingGroups(task.node).map((call) => [call, 'group']), [dag?.call, 'dag']];
    for (const [call, from] of layers) {
        const lookup = defaultArgsKey(call, key, assignments);
        if (lookup.state === 'unknown')
            return { state: 'unknown' };
        if (lookup.state === 'known')
            return lookup.value.kind === 'none' ? { state: 'unset' } : { state: 'set', node: lookup.node, from };
    }
    return { state: 'unset' };
}
function readDagFile(root) {
    const dags = findDags(root);
    const tasks = findTasks(root);
    const tasksOf = new Map(dags.map((dag) => [dag, []]));
    for (const task of tasks) {
        const dag = dagOfTask(task, dags);
        if (dag)
            tasksOf.get(dag)?.push(task);
    }
    return { dags, tasks, tasksOf, assignments: indexAssignments(root) };
}
/** `Task \`load\` (PythonOperator)` or `This PythonOperator task`, for messages. */
function taskLabel(task) {
    return task.taskId !== undefined ? `Task \`${task.taskId}\` (${task.operator})` : `This ${task.operator} task`;
}
/** The name of a keyword argument's owner call (`DAG`, `PythonOperator`…), for messages. */
function ownerName(call) {
    return dottedName(call.childForFieldName('function')) ?? 'call';
}

;// CONCATENATED MODULE: ./src/analyzers/rule.ts
/** The line of `text` at a 1-based line number, trimmed, for snippets. */
function lineText(text, line) {
    let start = 0;
    for (let current = 1; current < line; current++) {
        const next = text.indexOf('\n', start);
        if (next < 0)
            return '';
        start = next + 1;
    }
    const end = text.indexOf('\n', start);
    return text.slice(start, end < 0 ? text.length : end).trim();
}

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-001.ts
// AF-001: a DAG that does not say when it runs. Without `schedule` (or the legacy
// `schedule_interval` / `timetable`), Airflow 2 runs the DAG daily and Airflow 3 never runs it on
// its own: the same file means two different things depending on the deployment. Anchor: ruff
// AIR002 (airflow-dag-no-schedule-argument). `schedule=None` is an explicit choice and passes.
//
// DAG-level: reported on the DAG's first line, only when the change added or edited the DAG.


const dagWithoutSchedule = {
    meta: {
        id: 'AF-001',
        title: 'DAG without an explicit schedule',
        domain: 'airflow',
        checklist: ['STD-06', 'MON-02'],
        severity: 'error',
        rationale: 'The schedule decides how fresh the data is. A DAG that leaves it out inherits a version-dependent default: ' +
            'daily on Airflow 2, never (manual only) on Airflow 3, so an upgrade silently stops or starts the pipeline. ' +
            'Saying `schedule=...` (or `schedule=None` for a triggered DAG) makes the intent reviewable.',
        examples: {
            bad: "with DAG('orders', start_date=pendulum.datetime(2024, 1, 1, tz='UTC')) as dag:\n    ...",
            good: "with DAG('orders', schedule='0 3 * * *', start_date=pendulum.datetime(2024, 1, 1, tz='UTC'), catchup=False) as dag:\n    ...",
        },
        appliesTo: ['airflow-python'],
        scope: 'changed-objects',
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const file = readDagFile(tree.root);
        for (const dag of file.dags) {
            if (scheduleState(dag) !== 'implicit' || !dagTouched(ctx, dag, file.assignments))
                continue;
            ctx.report({
                line: dag.line,
                message: `${dagLabel(dag)} has no \`schedule\`: it runs daily on Airflow 2 and never on its own on Airflow 3. ` +
                    "Set `schedule=` explicitly (a cron expression, a preset such as `'@daily'`, or `None` for a DAG that is only triggered).",
                snippet: lineText(ctx.head, dag.line),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/airflow/imports.ts

function namedChildren(node) {
    return node.namedChildren.filter((child) => child !== null);
}
function moduleNameOf(statement) {
    const module = statement.childForFieldName('module_name');
    if (!module)
        return undefined;
    // `from . import x` / `from .utils import y`: relative imports are the project's own modules.
    if (module.type === 'relative_import')
        return undefined;
    return module.text;
}
/** Local name → qualified name, for every name an import statement binds. */
function importAliases(root) {
    const aliases = new Map();
    for (const statement of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
        if (!statement)
            continue;
        const from = statement.type === 'import_from_statement' ? moduleNameOf(statement) : undefined;
        if (statement.type === 'import_from_statement' && from === undefined)
            continue;
        for (const item of statement.childrenForFieldName('name')) {
            if (!item)
                continue;
            if (item.type === 'dotted_name') {
                if (from !== undefined)
                    aliases.set(item.text, `${from}.${item.text}`);
                // `import os.path` binds `os`, which means the module `os`.
                else {
                    const first = item.text.split('.')[0];
                    if (first !== undefined)
                        aliases.set(first, first);
                }
            }
            else if (item.type === 'aliased_import') {
                const name = item.childForFieldName('name')?.text;
                const alias = item.childForFieldName('alias')?.text;
                if (name !== undefined && alias !== undefined)
                    aliases.set(alias, from !== undefined ? `${from}.${name}` : name);
            }
        }
    }
    return aliases;
}
/** A dotted name with its first segment replaced by what it was imported as (unchanged when not imported). */
function qualify(name, aliases) {
    if (name === undefined)
        return undefined;
    const dot = name.indexOf('.');
    const head = dot < 0 ? name : name.slice(0, dot);
    const resolved = aliases.get(head);
    if (resolved === undefined)
        return name;
    return dot < 0 ? resolved : `${resolved}${name.slice(dot)}`;
}
/** The qualified name of a call's callee: `pm.now()` with `import pendulum as pm` → `pendulum.now`. */
function qualifiedCallee(call, aliases) {
    return qualify(python_dottedName(call.childForFieldName('function')), aliases);
}
/** Every module or name an import statement loads, with its statement (relative imports excluded). */
function importedModules(root) {
    const out = [];
    for (const statement of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
        if (!statement)
            continue;
        const line = statement.startPosition.row + 1;
        if (statement.type === 'import_statement') {
            for (const item of statement.childrenForFieldName('name')) {
                const name = item?.type === 'aliased_import' ? item.childForFieldName('name')?.text : item?.text;
                if (name !== undefined)
                    out.push({ qualified: name, statement, line });
            }
            continue;
        }
        const from = moduleNameOf(statement);
        if (from === undefined)
            continue;
        const names = statement.childrenForFieldName('name').filter((item) => item !== null);
        // `from x import *` loads the module itself.
        if (names.length === 0 || namedChildren(statement).some((child) => child.type === 'wildcard_import'))
            out.push({ qualified: from, statement, line });
        for (const item of names) {
            const name = item.type === 'aliased_import' ? item.childForFieldName('name')?.text : item.text;
            if (name !== undefined)
                out.push({ qualified: `${from}.${name}`, statement, line });
        }
    }
    return out;
}
/** The last `count` segments of a dotted name, joined: `suffix('a.b.c', 2)` → `b.c`. */
function suffix(name, count) {
    return name.split('.').slice(-count).join('.');
}

;// CONCATENATED MODULE: ./src/analyzers/airflow/varying-calls.ts
// Calls whose value differs every time they run: the wall clock, random numbers, UUIDs and
// Airflow's `days_ago`. In a DAG or task argument they are evaluated on each parse of the file;
// inside a task they make a rerun or a backfill process something else than the first run did.
// Names are compared after import resolution (imports.ts), on their last segments, so
// `datetime.datetime.now`, `dt.datetime.now` and `from datetime import datetime; datetime.now`
// are one call; `datetime(2024, 1, 1)` and `pendulum.datetime(...)` are fixed values and are not.

// Last two segments of the qualified callee.
const CLOCK = new Set([
    'datetime.now',
    'datetime.utcnow',
    'datetime.today',
    'date.today',
    'pendulum.now',
    'pendulum.today',
    'pendulum.yesterday',
    'pendulum.tomorrow',
    'DateTime.now',
    'DateTime.utcnow',
    'DateTime.today',
    'Timestamp.now',
    'Timestamp.today',
    'Timestamp.utcnow',
    'timezone.utcnow',
]);
const EPOCH = new Set(['time.time', 'time.time_ns']);
const UUID = new Set(['uuid.uuid1', 'uuid.uuid4']);
const RANDOM_MODULES = new Set(['random', 'secrets']);
/** The kind of a call whose value varies from run to run, or undefined. */
function varyingCall(call, aliases) {
    const name = qualifiedCallee(call, aliases);
    if (name === undefined)
        return undefined;
    const written = call.childForFieldName('function')?.text ?? name;
    const lastTwo = suffix(name, 2);
    const segments = name.split('.');
    let kind;
    if (CLOCK.has(lastTwo))
        kind = 'clock';
    else if (EPOCH.has(lastTwo))
        kind = 'epoch';
    else if (UUID.has(lastTwo))
        kind = 'uuid';
    else if (segments[segments.length - 1] === 'days_ago')
        kind = 'days_ago';
    // `random.randint`, `numpy.random.rand`, `secrets.token_hex`: a function of a random module.
    else if (segments.length >= 2 && segments.slice(0, -1).some((segment) => RANDOM_MODULES.has(segment)) && segments[0] !== 'self')
        kind = 'random';
    return kind ? { kind, written, call } : undefined;
}
/**
 * The varying calls inside an expression, not descending into lambdas or nested function
 * definitions (their bodies run later, at task time).
 */
function varyingCallsIn(node, aliases) {
    const found = [];
    const visit = (current) => {
        if (current.type === 'lambda' || current.type === 'function_definition')
            return;
        if (current.type === 'call') {
            const hit = varyingCall(current, aliases);
            if (hit)
                found.push(hit);
        }
        for (const child of current.namedChildren)
            if (child)
                visit(child);
    };
    visit(node);
    return found;
}

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-002.ts
// AF-002: a value that changes on every evaluation (`datetime.now()`, `pendulum.today()`,
// `time.time()`, `uuid4()`, `random.*`, `days_ago()`) in the arguments of a DAG, an operator or a
// `@task(...)` decorator, in `default_args`, or in a module constant one of those arguments names.
// Those arguments are evaluated every time the scheduler parses the file: a moving `start_date`
// confuses scheduling, and a moving parameter makes each parse a different DAG. Anchors: ruff
// AIR304 (non-static start_date), airflint (days_ago), AIR301 (days_ago removed in Airflow 3).
//
// Lambdas and nested functions are skipped: their bodies run at task time (AF-014's concern).





const MAX_DEPTH = 4;
/** The argument or dict key a node sits in, below `root`: `start_date`, `op_kwargs`… */
function argumentName(node, root) {
    for (let current = node; current && current.id !== root.id; current = current.parent) {
        if (current.type === 'keyword_argument')
            return current.childForFieldName('name')?.text;
        if (current.type === 'pair') {
            const key = stringLiteral(current.childForFieldName('key'));
            if (key !== undefined)
                return key;
        }
    }
    return undefined;
}
/** Whether an assigned value is itself a DAG or a task (scanned on its own, not through a name). */
function isDagOrTask(node) {
    if (node.type !== 'call')
        return false;
    const name = calleeName(node);
    return name?.split('.').pop() === 'DAG' || keywordArguments(node).has('task_id');
}
function scan(root, aliases, assignments, seen, hits, argument, via, depth) {
    for (const found of varyingCallsIn(root, aliases)) {
        if (hits.has(found.call.id))
            continue;
        hits.set(found.call.id, { found, argument: argumentName(found.call, root) ?? argument, via });
    }
    if (depth >= MAX_DEPTH)
        return;
    // Names used in the arguments: follow module constants assigned once (`start_date=START`).
    const visit = (node) => {
        if (node.type === 'lambda' || node.type === 'function_definition')
            return;
        const parent = node.parent;
        const isKeywordName = parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === node.id;
        if (node.type === 'identifier' && !isKeywordName && parent?.type !== 'attribute') {
            const defs = assignments.values.get(node.text) ?? [];
            const only = defs.length === 1 ? defs[0] : undefined;
            if (only && !isDagOrTask(only) && !seen.has(only.id)) {
                seen.add(only.id);
                scan(only, aliases, assignments, seen, hits, argumentName(node, root) ?? argument ?? node.text, via ?? node.text, depth + 1);
            }
            for (const write of assignments.subscripts.get(node.text) ?? []) {
                if (seen.has(write.value.id))
                    continue;
                seen.add(write.value.id);
                scan(write.value, aliases, assignments, seen, hits, write.key ?? argument, via ?? node.text, depth + 1);
            }
        }
        for (const child of node.namedChildren)
            if (child)
                visit(child);
    };
    visit(root);
}
function advice(hit) {
    const { kind } = hit.found;
    if (hit.argument === 'start_date' || hit.argument === 'end_date')
        return "Use a fixed date instead, such as `pendulum.datetime(2024, 1, 1, tz='UTC')`.";
    if (kind === 'random' || kind === 'uuid')
        return 'Derive it from the run instead (`{{ run_id }}`), or generate it inside the task.';
    return 'Use a template that Airflow fills per run instead, such as `{{ data_interval_start }}` or `{{ ds }}`.';
}
const runtimeVaryingArguments = {
    meta: {
        id: 'AF-002',
        title: 'Runtime-varying value in DAG or task arguments',
        domain: 'airflow',
        checklist: ['STD-04', 'CODE-03'],
        severity: 'error',
        rationale: 'DAG and task arguments are evaluated each time the scheduler parses the file, every few seconds. ' +
            '`datetime.now()` or `days_ago()` as a start_date moves the DAG\'s start on every parse and confuses scheduling; ' +
            'a timestamp, UUID or random value in a parameter makes every parse a different DAG and every rerun process different data.',
        examples: {
            bad: "with DAG('orders', schedule='@daily', start_date=days_ago(1)) as dag:\n    export = BashOperator(task_id='export', bash_command=f'export.sh {datetime.now():%Y-%m-%d}')",
            good: "with DAG('orders', schedule='@daily', start_date=pendulum.datetime(2024, 1, 1, tz='UTC')) as dag:\n    export = BashOperator(task_id='export', bash_command='export.sh {{ ds }}')",
        },
        appliesTo: ['airflow-python'],
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const file = readDagFile(tree.root);
        const aliases = importAliases(tree.root);
        const hits = new Map();
        const seen = new Set();
        const owners = [];
        for (const dag of file.dags)
            if (dag.call)
                owners.push([dag.call, dag.dagId ? `DAG \`${dag.dagId}\`` : 'the DAG']);
        for (const task of file.tasks)
            if (task.call)
                owners.push([task.call, task.taskId !== undefined ? `task \`${task.taskId}\`` : `the ${task.operator} task`]);
        const ownerOf = new Map();
        for (const [call, label] of owners) {
            const args = call.childForFieldName('arguments');
            if (!args)
                continue;
            const before = new Set(hits.keys());
            scan(args, aliases, file.assignments, seen, hits, undefined, undefined, 0);
            for (const id of hits.keys())
                if (!before.has(id))
                    ownerOf.set(id, label);
        }
        for (const [id, hit] of hits) {
            const line = lineOf(hit.found.call);
            const where = hit.argument !== undefined ? `\`${hit.argument}\`` : 'an argument';
            const through = hit.via !== undefined && hit.via !== hit.argument ? ` (through \`${hit.via}\`)` : '';
            ctx.report({
                line,
                message: `\`${hit.found.written}()\` in ${where}${through} of ${ownerOf.get(id) ?? 'a DAG or task'} is evaluated every time the scheduler parses this file, ` +
                    `so its value changes from one parse to the next. ${advice(hit)}`,
                snippet: lineText(ctx.head, line),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/airflow/scope.ts

const scope_contains = (outer, inner) => outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
/** `if __name__ == '__main__':` (a local test run) or `if TYPE_CHECKING:` (never at runtime). */
function isSkippedGuard(condition) {
    if (!condition)
        return false;
    const name = python_dottedName(condition);
    if (name === 'TYPE_CHECKING' || name === 'typing.TYPE_CHECKING')
        return true;
    if (condition.type !== 'comparison_operator')
        return false;
    const operands = condition.namedChildren.filter((child) => child !== null);
    const [left, right] = operands;
    if (!left || !right || operands.length !== 2 || !condition.children.some((child) => child?.type === '=='))
        return false;
    const main = (node) => node.type === 'string' && node.text.slice(1, -1) === '__main__';
    return (left.text === '__name__' && main(right)) || (right.text === '__name__' && main(left));
}
/**
 * The innermost function or lambda whose body holds `node` (its parameters' defaults and its
 * decorators run where the function is defined, so they do not count), if any.
 */
function enclosingFunctionBody(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type === 'function_definition' || current.type === 'lambda') {
            const body = current.childForFieldName('body');
            if (body && scope_contains(body, node))
                return current;
        }
    }
    return undefined;
}
/**
 * Whether `node` runs when the scheduler imports the file: not inside a function or lambda body,
 * not under `if __name__ == '__main__':` or `if TYPE_CHECKING:`. Class bodies run at import.
 */
function runsAtParse(node) {
    if (enclosingFunctionBody(node))
        return false;
    for (let current = node.parent; current; current = current.parent) {
        if (current.type !== 'if_statement')
            continue;
        const consequence = current.childForFieldName('consequence');
        if (consequence && scope_contains(consequence, node) && isSkippedGuard(current.childForFieldName('condition')))
            return false;
    }
    return true;
}
/**
 * Whether two nodes can never both run: they sit in different branches of one `if`/`elif`/`else`
 * chain, or one in a `try` body and the other in its `except` handler.
 */
function mutuallyExclusive(a, b) {
    for (let current = a.parent; current; current = current.parent) {
        if (!scope_contains(current, b))
            continue;
        // `current` is the lowest common ancestor.
        if (current.type !== 'if_statement' && current.type !== 'try_statement')
            return false;
        const branches = current.namedChildren.filter((child) => child !== null && ['block', 'elif_clause', 'else_clause', 'except_clause'].includes(child.type));
        const branchOf = (node) => branches.find((branch) => scope_contains(branch, node));
        const first = branchOf(a);
        const second = branchOf(b);
        if (!first || !second || first.id === second.id)
            return false;
        // try / else both run on success; try / except do not.
        if (current.type === 'try_statement')
            return first.type === 'except_clause' || second.type === 'except_clause';
        return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/analyzers/airflow/parse-time.ts



/**
 * `Variable.get`, `BaseHook.get_connection` (any `…Hook.get_connection`), `Connection.get` and
 * `Connection.get_connection_from_secrets`: each one is a query to the metadata database or the
 * secrets backend. Returns the call as written, or undefined.
 */
function metadataLookup(call, aliases) {
    const name = qualifiedCallee(call, aliases);
    if (name === undefined)
        return undefined;
    const [owner, method] = suffix(name, 2).split('.');
    if (owner === undefined || method === undefined)
        return undefined;
    const hit = (owner === 'Variable' && (method === 'get' || method === 'get_variable_from_secrets')) ||
        (owner.endsWith('Hook') && method === 'get_connection') ||
        (owner === 'Connection' && (method === 'get' || method === 'get_connection_from_secrets'));
    return hit ? (call.childForFieldName('function')?.text ?? name) : undefined;
}
const HTTP_MODULES = new Set(['requests', 'httpx', 'urllib3']);
const HTTP_FUNCTIONS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'urlopen', 'stream']);
const DB_DRIVERS = new Set(['psycopg2', 'psycopg', 'pymysql', 'MySQLdb', 'mysql', 'snowflake', 'cx_Oracle', 'oracledb', 'pyodbc', 'pymssql', 'sqlite3', 'duckdb', 'trino', 'databricks', 'redshift_connector', 'clickhouse_driver', 'vertica_python', 'teradatasql']);
// Last two segments of client constructors that open connections or sessions.
const CLIENTS = new Set([
    'bigquery.Client',
    'storage.Client',
    'pubsub.PublisherClient',
    'boto3.client',
    'boto3.resource',
    'pymongo.MongoClient',
    'redis.Redis',
    'redis.StrictRedis',
    'clickhouse_connect.get_client',
    'kafka.KafkaConsumer',
    'kafka.KafkaProducer',
    'elasticsearch.Elasticsearch',
]);
const SQL_READS = new Set(['read_sql', 'read_sql_query', 'read_sql_table', 'read_gbq', 'read_database']);
// DB-API hook methods that run a query.
const HOOK_QUERIES = new Set(['get_records', 'get_first', 'get_pandas_df', 'get_df', 'get_conn']);
const PROCESS = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen', 'os.system', 'os.popen', 'time.sleep']);
const OPENERS = new Set(['open', 'io.open', 'fsspec.open', 'smart_open.open']);
/** A path that is on another machine: a URL (`s3://`, `https://`) or a UNC path (`//host/share`). */
function isNetworkPath(path) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.startsWith('//') || path.startsWith('\\\\');
}
/**
 * What a call does that should not happen at parse time (a network request, a query, a client
 * connection, a subprocess, a sleep), as a short description; undefined for anything else.
 */
function sideEffect(call, aliases) {
    const name = qualifiedCallee(call, aliases);
    if (name === undefined) {
        // `SomeHook(...).get_records(...)`: the callee is an attribute of a call, not a dotted name.
        const fn = call.childForFieldName('function');
        const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
        return method !== undefined && HOOK_QUERIES.has(method) ? `a database query (\`.${method}()\`)` : undefined;
    }
    const segments = name.split('.');
    const first = segments[0] ?? '';
    const last = segments[segments.length - 1] ?? '';
    const written = call.childForFieldName('function')?.text ?? name;
    if ((HTTP_MODULES.has(first) && HTTP_FUNCTIONS.has(last)) || name === 'urllib.request.urlopen')
        return `a network request (\`${written}()\`)`;
    if (segments.length >= 2 && HTTP_MODULES.has(first) && (last === 'Session' || last === 'Client'))
        return `an HTTP client (\`${written}()\`)`;
    if (DB_DRIVERS.has(first) && last === 'connect')
        return `a database connection (\`${written}()\`)`;
    if (CLIENTS.has(suffix(name, 2)))
        return `a client connection (\`${written}()\`)`;
    if (SQL_READS.has(last) && segments.length >= 2)
        return `a database query (\`${written}()\`)`;
    if (HOOK_QUERIES.has(last) && segments.length >= 2)
        return `a database query (\`${written}()\`)`;
    if (PROCESS.has(name))
        return name === 'time.sleep' ? `a sleep (\`${written}()\`)` : `a subprocess (\`${written}()\`)`;
    if (OPENERS.has(name)) {
        const args = call.childForFieldName('arguments');
        const first = args?.namedChildren.find((arg) => arg !== null && arg.type !== 'keyword_argument');
        const path = stringLiteral(first);
        if (path !== undefined && isNetworkPath(path))
            return `a read over the network (\`${written}('${path.replace(/\/\/[^/@]*@/, '//…@')}')\`)`;
    }
    return undefined;
}
const isDagName = (name) => name?.split('.').pop() === 'DAG';
const isGroupName = (name) => /(^|\.)(TaskGroup|task_group)$/.test(name ?? '');
const isDecoratorName = (name) => /(^|\.)(dag|task)(\.\w+)?$/.test(name ?? '') || isGroupName(name);
/**
 * When a node sits in the arguments of a DAG, a task (operator or `@task(...)`), a TaskGroup or
 * a `@dag(...)` decorator: a label for that owner (`DAG \`orders\``, `task \`load\``).
 */
function constructorOwner(node, file) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type !== 'argument_list')
            continue;
        const call = current.parent;
        if (call?.type !== 'call')
            continue;
        const name = calleeName(call);
        if (isDagName(name)) {
            const dag = file.dags.find((candidate) => candidate.call?.id === call.id);
            return dag?.dagId ? `DAG \`${dag.dagId}\`` : 'the DAG';
        }
        const taskId = keywordArguments(call).get('task_id');
        if (taskId) {
            const id = stringLiteral(taskId);
            return id !== undefined ? `task \`${id}\`` : `the ${name ?? 'operator'} task`;
        }
        if (isGroupName(name))
            return 'the TaskGroup';
        if (call.parent?.type === 'decorator' && isDecoratorName(name))
            return `the \`@${name}\` decorator`;
    }
    return undefined;
}
/**
 * Metadata look-ups that run when the scheduler parses the file, in a file that defines at least
 * one DAG (helper modules are not judged: whether they are imported at parse time is unknown).
 */
function parseTimeLookups(root, file, aliases) {
    if (file.dags.length === 0)
        return [];
    const lookups = [];
    for (const call of root.descendantsOfType('call')) {
        if (!call)
            continue;
        const written = metadataLookup(call, aliases);
        if (written === undefined || !runsAtParse(call))
            continue;
        lookups.push({ call, written, owner: constructorOwner(call, file) });
    }
    return lookups;
}
/** Where the look-ups' values can be read instead, for messages. */
const TEMPLATE_HINT = 'a Jinja template (`{{ var.value.<key> }}`, `{{ conn.<conn_id>.host }}`) in a templated field';

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-003.ts
// AF-003: `Variable.get()`, `BaseHook.get_connection()` / `Connection.get()` in module code of a
// DAG file (a constant, a `with DAG` body, a module-level default_args). Each call is a query to
// the metadata database or the secrets backend, repeated on every parse of the file, and a
// secrets-backend outage then breaks DAG parsing. Anchors: ruff AIR003, pylint-airflow W8300
// (basehook-top-level), Airflow best practices "Top level Python code".
//
// The catalogue gives this check two severities, so it has two ids: a look-up written directly in
// the arguments of a DAG, an operator, a `@task(...)`/`@dag(...)` decorator or a TaskGroup is
// AF-017 (warning), where a template is the usual one-line fix. Calls inside function bodies run
// at task time, the recommended place, and are never reported.





const moduleLevelLookup = {
    meta: {
        id: 'AF-003',
        title: 'Variable or connection look-up at module level',
        domain: 'airflow',
        checklist: ['PERF-03', 'CODE-06'],
        severity: 'error',
        rationale: 'The scheduler re-imports every DAG file every few seconds. A `Variable.get()` or `get_connection()` in module code ' +
            'queries the metadata database (or the secrets backend) on each of those parses, slows every DAG in the deployment, ' +
            'and turns a secrets-backend hiccup into DAG import errors. Read them inside the task, or through templates.',
        examples: {
            bad: "BUCKET = Variable.get('export_bucket')\nwith DAG('export', schedule='@daily') as dag:\n    ...",
            good: "with DAG('export', schedule='@daily') as dag:\n" +
                "    upload = BashOperator(task_id='upload', bash_command='aws s3 cp out.csv s3://{{ var.value.export_bucket }}/')",
        },
        appliesTo: ['airflow-python'],
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        for (const lookup of parseTimeLookups(tree.root, readDagFile(tree.root), importAliases(tree.root))) {
            if (lookup.owner !== undefined)
                continue;
            const line = lineOf(lookup.call);
            ctx.report({
                line,
                message: `\`${lookup.written}()\` runs at module level, so the scheduler queries the metadata database or secrets backend every time it parses this file. ` +
                    `Move the call into the task's callable, or use ${TEMPLATE_HINT}.`,
                snippet: lineText(ctx.head, line),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-004.ts
// AF-004: work with side effects in the parse-time code of a DAG file: network requests, database
// queries and connections (`requests.get`, `pd.read_sql`, `psycopg2.connect`, `bigquery.Client()`,
// `SomeHook(...).get_records(...)`), subprocesses, sleeps and `open()` of a network path. The
// scheduler runs that code on every parse. Anchor: Airflow best practices "Top level Python code".
//
// Only files that define a DAG are judged, and only calls on short allow-lists (parse-time.ts):
// a call we do not recognise is never reported. Metadata look-ups (Variable.get…) are AF-003/017.






const parseTimeSideEffects = {
    meta: {
        id: 'AF-004',
        title: 'Side effects in top-level DAG code',
        domain: 'airflow',
        checklist: ['PERF-03', 'CODE-05'],
        severity: 'warning',
        rationale: 'Module code of a DAG file runs on the scheduler every time the file is parsed, every few seconds, whether or not the DAG runs. ' +
            'A network request or database query there slows parsing for the whole deployment, hammers the remote system, ' +
            'and fails the DAG import whenever that system is down. Do the work inside a task.',
        examples: {
            bad: "TABLES = pd.read_sql('select name from etl.tables', engine)['name']\nwith DAG('copy', schedule='@daily') as dag:\n    ...",
            good: "with DAG('copy', schedule='@daily') as dag:\n    @task\n    def list_tables():\n        return PostgresHook('etl').get_records('select name from etl.tables')",
        },
        appliesTo: ['airflow-python'],
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        if (readDagFile(tree.root).dags.length === 0)
            return;
        const aliases = importAliases(tree.root);
        for (const call of tree.root.descendantsOfType('call')) {
            if (!call)
                continue;
            const effect = sideEffect(call, aliases);
            if (effect === undefined || !runsAtParse(call))
                continue;
            const line = lineOf(call);
            ctx.report({
                line,
                message: `${effect.charAt(0).toUpperCase()}${effect.slice(1)} runs in top-level code, so the scheduler performs it every time it parses this file. Move it into a task (or a function the task calls).`,
                snippet: lineText(ctx.head, line),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-005.ts
// AF-005: a heavy library (pandas, numpy, torch, tensorflow, sklearn, pyspark…) imported by the
// parse-time code of a DAG file. Importing it takes from a few hundred milliseconds to seconds and
// the scheduler pays that on every parse. Anchor: Airflow best practices "Top level Python code"
// (import inside the callable). `if TYPE_CHECKING:` imports and imports inside functions pass.
//
// Only files that define a DAG are judged: a helper module may well be imported only by tasks.




const HEAVY = new Set([
    'pandas',
    'numpy',
    'torch',
    'tensorflow',
    'keras',
    'sklearn',
    'scipy',
    'pyspark',
    'polars',
    'dask',
    'matplotlib',
    'seaborn',
    'plotly',
    'statsmodels',
    'xgboost',
    'lightgbm',
    'transformers',
    'jax',
    'spacy',
    'nltk',
    'great_expectations',
    'cv2',
]);
const heavyTopLevelImports = {
    meta: {
        id: 'AF-005',
        title: 'Expensive import at the top of a DAG file',
        domain: 'airflow',
        checklist: ['PERF-03', 'PERF-06'],
        severity: 'warning',
        rationale: 'The scheduler imports each DAG file again every few seconds. Libraries such as pandas, numpy, torch or pyspark take ' +
            'hundreds of milliseconds to seconds to import, and that cost lands on every parse, slowing scheduling for every DAG ' +
            'and risking parse timeouts. Import them inside the task callable that uses them.',
        examples: {
            bad: "import pandas as pd\n\n@task\ndef summarise(path):\n    return pd.read_parquet(path).describe()",
            good: "@task\ndef summarise(path):\n    import pandas as pd\n\n    return pd.read_parquet(path).describe()",
        },
        appliesTo: ['airflow-python'],
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        if (readDagFile(tree.root).dags.length === 0)
            return;
        const reported = new Set();
        for (const imported of importedModules(tree.root)) {
            const root = imported.qualified.split('.')[0] ?? '';
            if (!HEAVY.has(root) || reported.has(imported.statement.id) || !runsAtParse(imported.statement))
                continue;
            reported.add(imported.statement.id);
            ctx.report({
                line: imported.line,
                message: `\`${root}\` is imported at the top of this DAG file, so the scheduler pays its import time on every parse. Import it inside the task callable that uses it.`,
                snippet: lineText(ctx.head, imported.line),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-006.ts
// AF-006: tasks that will not retry. A task retries when its own `retries=` is ≥ 1, else when
// the `default_args` of an enclosing TaskGroup or of its DAG sets `retries` ≥ 1 (a dict literal,
// `dict(...)`, or a variable assigned one of those). Anchors: daglint retry_configuration,
// dagruff DAG010.
//
// Precision over recall: when a value is not a literal we can read (`retries=RETRIES`,
// `default_args=load_defaults()`, `**common`), the task is not reported. The deployment's
// `default_task_retries` setting (airflow.cfg) is invisible from a pull request and is not
// considered: a DAG that relies on it should say so in its own code.


function verdictOf(lookup) {
    if (lookup.state === 'absent')
        return undefined;
    if (lookup.state === 'unknown')
        return { retries: 'unknown' };
    const value = lookup.value;
    if (value.kind === 'number')
        return value.value >= 1 ? { retries: true } : { retries: false, explicitZero: true };
    // `retries=None` falls back to the deployment default, which is 0 unless configured.
    if (value.kind === 'none')
        return { retries: false, explicitZero: false };
    return { retries: 'unknown' };
}
/** `retries` in the `default_args` of a call (a DAG or a TaskGroup); undefined when it does not say. */
function defaultArgsRetries(call, assignments) {
    if (!call)
        return undefined;
    const defaultArgs = keywordArguments(call).get('default_args');
    if (!defaultArgs)
        return hasKeywordSplat(call) ? { retries: 'unknown' } : undefined;
    return verdictOf(lookupDictKey(defaultArgs, 'retries', assignments));
}
function taskVerdict(task, dag, assignments) {
    if (task.call) {
        const own = keywordArguments(task.call).get('retries');
        if (own)
            return verdictOf({ state: 'known', value: ownRetries(own, assignments), node: own }) ?? { retries: 'unknown' };
        if (hasKeywordSplat(task.call))
            return { retries: 'unknown' };
    }
    for (const group of enclosingWithCalls(task.node)) {
        const verdict = defaultArgsRetries(group, assignments);
        if (verdict)
            return verdict;
    }
    return defaultArgsRetries(dag.call, assignments) ?? { retries: false, explicitZero: false };
}
/** A task's own `retries=` value, followed through a module constant (`retries=RETRIES`) when it is one. */
function ownRetries(node, assignments, depth = 0) {
    if (node.type === 'identifier' && depth < 5) {
        const defs = assignments.values.get(node.text) ?? [];
        const only = defs.length === 1 && !assignments.mutated.has(node.text) ? defs[0] : undefined;
        return only ? ownRetries(only, assignments, depth + 1) : { kind: 'expr', text: node.text };
    }
    return pythonLiteral(node);
}
const noRetries = {
    meta: {
        id: 'AF-006',
        title: 'Task without retries',
        domain: 'airflow',
        checklist: ['CODE-05', 'STD-05'],
        severity: 'error',
        rationale: 'Most task failures in data pipelines are transient: a warehouse timeout, a throttled API, a node restart. ' +
            'Without retries, each one fails the DAG run and pages someone or leaves data stale until a manual rerun. ' +
            'Set `retries` (and `retry_delay`) in `default_args` or on the task.',
        examples: {
            bad: "with DAG('orders', schedule='@daily') as dag:\n    load = PythonOperator(task_id='load', python_callable=load)",
            good: "default_args = {'retries': 2, 'retry_delay': timedelta(minutes=5)}\n" +
                "with DAG('orders', schedule='@daily', default_args=default_args) as dag:\n" +
                "    load = PythonOperator(task_id='load', python_callable=load)",
        },
        appliesTo: ['airflow-python'],
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const dags = findDags(tree.root);
        if (dags.length === 0)
            return;
        const assignments = indexAssignments(tree.root);
        const tasksByDag = new Map();
        for (const task of findTasks(tree.root)) {
            // A task we cannot place in a DAG is not judged: we would not know its default_args.
            const dag = dagOfTask(task, dags);
            if (!dag)
                continue;
            tasksByDag.set(dag, [...(tasksByDag.get(dag) ?? []), task]);
        }
        for (const dag of dags) {
            const tasks = tasksByDag.get(dag) ?? [];
            const dagName = dag.dagId ? `DAG \`${dag.dagId}\`` : 'This DAG';
            if (tasks.length === 0) {
                const verdict = defaultArgsRetries(dag.call, assignments) ?? { retries: false, explicitZero: false };
                if (verdict.retries !== false)
                    continue;
                ctx.report({
                    line: dag.line,
                    endLine: dag.endLine,
                    message: `${dagName} sets no \`retries\` in its default_args, so its tasks will not retry after a transient failure. Add \`'retries': 2\` (and a \`retry_delay\`) to default_args.`,
                    snippet: lineText(ctx.head, dag.line),
                });
                continue;
            }
            for (const task of tasks) {
                const verdict = taskVerdict(task, dag, assignments);
                if (verdict.retries !== false)
                    continue;
                const name = task.taskId ? `Task \`${task.taskId}\`` : 'This task';
                const why = verdict.explicitZero
                    ? 'sets `retries` to 0'
                    : `has no retries: neither the task nor the default_args of ${dag.dagId ? `DAG \`${dag.dagId}\`` : 'its DAG'} sets \`retries\` ≥ 1`;
                ctx.report({
                    line: task.line,
                    endLine: task.endLine,
                    message: `${name} (${task.operator}) ${why}, so one transient failure fails the run. Set \`retries\` (with a \`retry_delay\`) in default_args or on the task.`,
                    snippet: lineText(ctx.head, task.line),
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-007.ts
// AF-007: a DAG with no failure alerting: no `on_failure_callback` on the DAG or in its
// default_args, no `email` with `email_on_failure` left on, and not every task carrying its own
// `on_failure_callback`. Anchor: dagruff (alerting checks), Airflow docs on callbacks and email.
//
// What cannot be read (default_args from a helper, `**kwargs`) counts as "maybe alerting": the
// DAG is not reported. Deployment-wide alerting (a cluster policy or a listener plugin) is
// invisible from a pull request; a DAG that relies on it can say so with a suppression comment.



/** Whether a looked-up value is set to something (not absent, not None, not an empty literal). */
function isSet(lookup) {
    if (lookup.state === 'unknown')
        return 'unknown';
    if (lookup.state === 'absent')
        return 'no';
    const value = lookup.value;
    if (value.kind === 'none' || (value.kind === 'string' && value.value.trim() === '') || (value.kind === 'list' && value.items.length === 0))
        return 'no';
    return 'yes';
}
const any = (...answers) => (answers.includes('yes') ? 'yes' : answers.includes('unknown') ? 'unknown' : 'no');
const noFailureAlerting = {
    meta: {
        id: 'AF-007',
        title: 'DAG without failure alerting',
        domain: 'airflow',
        checklist: ['STD-05', 'MON-03', 'DQ-08'],
        severity: 'error',
        rationale: 'A pipeline that fails silently leaves stale or missing data until a consumer notices, often days later. ' +
            'Airflow only tells someone when the DAG says how: an `on_failure_callback` (Slack, PagerDuty, a notifier) on the DAG ' +
            'or in default_args, or an `email` with `email_on_failure`. Without one, failures are only visible in the UI.',
        examples: {
            bad: "with DAG('orders', schedule='@daily', default_args={'retries': 2}) as dag:\n    ...",
            good: "default_args = {'retries': 2, 'on_failure_callback': notify_slack}\n" +
                "with DAG('orders', schedule='@daily', default_args=default_args) as dag:\n    ...",
        },
        appliesTo: ['airflow-python'],
        scope: 'changed-objects',
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const file = readDagFile(tree.root);
        const { assignments } = file;
        for (const dag of file.dags) {
            if (!dagTouched(ctx, dag, assignments))
                continue;
            const own = dagArgument(dag, 'on_failure_callback');
            const dagCallback = own.state === 'unknown' ? 'unknown' : own.state === 'absent' ? 'no' : own.node.type === 'none' ? 'no' : 'yes';
            const defaultCallback = isSet(defaultArgsKey(dag.call, 'on_failure_callback', assignments));
            const email = isSet(defaultArgsKey(dag.call, 'email', assignments));
            const onFailure = defaultArgsKey(dag.call, 'email_on_failure', assignments);
            // email_on_failure defaults to True: an address alone is enough, unless it is switched off.
            const emailOff = onFailure.state === 'known' && onFailure.value.kind === 'boolean' && !onFailure.value.value;
            const emailAlerting = emailOff ? 'no' : email;
            const tasks = file.tasksOf.get(dag) ?? [];
            const everyTask = tasks.length > 0 && tasks.every((task) => task.call !== undefined && keywordArguments(task.call).has('on_failure_callback')) ? 'yes' : 'no';
            if (any(dagCallback, defaultCallback, emailAlerting, everyTask) !== 'no')
                continue;
            ctx.report({
                line: dag.line,
                message: `${dagLabel(dag)} has no failure alerting: no \`on_failure_callback\` on the DAG or in its default_args, and no \`email\` with \`email_on_failure\`. ` +
                    'A failed run would go unnoticed until someone opens the UI. Add an `on_failure_callback` (for example a Slack or PagerDuty notifier) to default_args.',
                snippet: lineText(ctx.head, dag.line),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-008.ts
// AF-008: `catchup` set inside `default_args`. default_args are handed to the tasks, and catchup
// is a DAG argument, so the setting is silently ignored and the DAG catches up (or not) by the
// deployment's default. Anchors: apache/airflow #47354 (Airflow 3 default False), cal-itp #5425.
//
// The catalogue gives catchup two severities, so an implicit catchup (no argument on the DAG at
// all) is AF-018, a warning. Reported on the `catchup` entry itself; the dicts checked are the
// default_args of the file's DAGs and TaskGroups (followed through variables and `**` spreads)
// and any module variable named `default_args`.



const catchupInDefaultArgs = {
    meta: {
        id: 'AF-008',
        title: '`catchup` inside default_args (ignored)',
        domain: 'airflow',
        checklist: ['STD-04', 'CODE-03'],
        severity: 'error',
        rationale: '`catchup` is an argument of the DAG, not of its tasks. Inside default_args it is silently ignored, so the DAG follows ' +
            'the deployment default instead (True on Airflow 2, False on Airflow 3): a new or re-enabled DAG may backfill every ' +
            'interval since its start_date, or never backfill, against what its author wrote.',
        examples: {
            bad: "default_args = {'owner': 'data', 'catchup': False}\nwith DAG('orders', schedule='@daily', default_args=default_args) as dag:\n    ...",
            good: "default_args = {'owner': 'data'}\nwith DAG('orders', schedule='@daily', catchup=False, default_args=default_args) as dag:\n    ...",
        },
        appliesTo: ['airflow-python'],
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const file = readDagFile(tree.root);
        const { assignments } = file;
        const expressions = [];
        for (const call of tree.root.descendantsOfType('call')) {
            if (!call)
                continue;
            const name = calleeName(call)?.split('.').pop();
            if (name !== 'DAG' && name !== 'TaskGroup' && name !== 'dag' && name !== 'task_group')
                continue;
            const defaults = keywordArguments(call).get('default_args');
            if (defaults)
                expressions.push(defaults);
        }
        for (const [name, values] of assignments.values) {
            if (name.toLowerCase() !== 'default_args')
                continue;
            const only = values.length === 1 ? values[0] : undefined;
            if (only)
                expressions.push(only);
        }
        const reported = new Set();
        for (const expression of expressions) {
            const lookup = lookupDictKey(expression, 'catchup', assignments);
            if (lookup.state !== 'known' || reported.has(lookup.node.id))
                continue;
            reported.add(lookup.node.id);
            const line = lineOf(lookup.node);
            const dagsWithout = file.dags.filter((dag) => dag.call && !keywordArguments(dag.call).has('catchup') && !hasKeywordSplat(dag.call));
            const consequence = dagsWithout.length > 0
                ? 'so the DAG follows the deployment default (True on Airflow 2, False on Airflow 3) instead of this value'
                : 'and only misleads the reader';
            ctx.report({
                line,
                message: `\`catchup\` inside default_args is ignored (default_args only reach tasks), ${consequence}. Move it to the DAG: \`DAG(..., catchup=False)\`.`,
                snippet: lineText(ctx.head, line),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-009.ts
// AF-009: a time-scheduled DAG without `dagrun_timeout`, and its tasks without
// `execution_timeout` (on the task, in a TaskGroup's default_args or in the DAG's). Without them
// a hung query or a stuck API call holds its slot forever, and the next runs queue up behind it
// while the data goes stale. Anchors: dagruff BP003 / BP006.
//
// Two kinds of findings, each diff-aware on its own: the DAG-level one on the DAG's line when the
// change added or edited the DAG, the task-level ones on each task the change added or edited.
// DAGs that are not time-scheduled (`schedule=None`, `'@once'`, asset triggers) are not judged.
// A value we cannot read (`**kwargs`, default_args from a helper) counts as set.


const missingTimeouts = {
    meta: {
        id: 'AF-009',
        title: 'No execution or run timeout',
        domain: 'airflow',
        checklist: ['STD-06', 'MON-01', 'CODE-05'],
        severity: 'warning',
        rationale: 'Airflow waits forever by default. A task blocked on a lock, a hung warehouse query or an unresponsive API keeps its ' +
            'worker slot, the DAG run never finishes, and with max_active_runs the next runs queue behind it: the data goes stale ' +
            'without a single failure to alert on. `execution_timeout` on tasks and `dagrun_timeout` on the DAG turn a hang into a failure.',
        examples: {
            bad: "with DAG('orders', schedule='@hourly', default_args={'retries': 2}) as dag:\n    load = SQLExecuteQueryOperator(task_id='load', sql='load.sql')",
            good: "with DAG('orders', schedule='@hourly', dagrun_timeout=timedelta(minutes=50),\n" +
                "         default_args={'retries': 2, 'execution_timeout': timedelta(minutes=20)}) as dag:\n" +
                "    load = SQLExecuteQueryOperator(task_id='load', sql='load.sql')",
        },
        appliesTo: ['airflow-python'],
        scope: 'changed-objects',
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const file = readDagFile(tree.root);
        const { assignments } = file;
        for (const dag of file.dags) {
            const schedule = scheduleState(dag);
            if (schedule !== 'scheduled' && schedule !== 'implicit')
                continue;
            if (dagArgument(dag, 'dagrun_timeout').state === 'absent' && dagTouched(ctx, dag, assignments)) {
                ctx.report({
                    line: dag.line,
                    message: `${dagLabel(dag)} has no \`dagrun_timeout\`: a run that hangs is never failed, and later runs queue behind it. Set \`dagrun_timeout\` a little below the schedule interval.`,
                    snippet: lineText(ctx.head, dag.line),
                });
            }
            for (const task of file.tasksOf.get(dag) ?? []) {
                if (taskSetting(task, dag, 'execution_timeout', assignments).state !== 'unset')
                    continue;
                if (!linesTouched(ctx, task.line, task.endLine))
                    continue;
                ctx.report({
                    line: task.line,
                    message: `${taskLabel(task)} has no \`execution_timeout\` (neither on the task nor in default_args), so a hang blocks it forever instead of failing and alerting. Set \`execution_timeout\` in default_args or on the task.`,
                    snippet: lineText(ctx.head, task.line),
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-010.ts
// AF-010: SLAs the Airflow way before 3.0: `sla=` on a task (or in default_args) and
// `sla_miss_callback=` on a DAG. Airflow 3 removed the SLA feature: the arguments do nothing
// there (at most a deprecation warning), and Deadline Alerts replace them from 3.1. Even on
// Airflow 2, SLA misses are only checked for scheduled runs and fire late or twice.
// Anchor: ruff AIR311 / AIR301.
//
// Reported on the argument or default_args entry itself, where the change added it.



const removedSla = {
    meta: {
        id: 'AF-010',
        title: '`sla` / `sla_miss_callback` (removed in Airflow 3)',
        domain: 'airflow',
        checklist: ['STD-06', 'MON-02'],
        severity: 'warning',
        rationale: 'Freshness promises need a mechanism that keeps working. Airflow 3 removed task `sla` and DAG `sla_miss_callback`; ' +
            'after the upgrade they silently stop alerting, and on Airflow 2 SLA checks are known to fire late, twice or never ' +
            'for manual runs. Use Deadline Alerts (Airflow 3.1+), a dagrun_timeout with alerting, or an external freshness check.',
        examples: {
            bad: "load = PythonOperator(task_id='load', python_callable=load, sla=timedelta(hours=2))",
            good: "with DAG('orders', schedule='@daily', dagrun_timeout=timedelta(hours=2), on_failure_callback=notify) as dag:\n    load = PythonOperator(task_id='load', python_callable=load)",
        },
        appliesTo: ['airflow-python'],
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const file = readDagFile(tree.root);
        const hits = [];
        const seen = new Set();
        const add = (node, what) => {
            if (seen.has(node.id))
                return;
            seen.add(node.id);
            hits.push({ node, what });
        };
        for (const task of file.tasks) {
            const sla = task.call ? keywordArguments(task.call).get('sla') : undefined;
            if (sla)
                add(sla, `\`sla=\` on ${task.taskId !== undefined ? `task \`${task.taskId}\`` : `this ${task.operator} task`}`);
        }
        for (const dag of file.dags) {
            if (!dag.call)
                continue;
            const kwargs = keywordArguments(dag.call);
            const callback = kwargs.get('sla_miss_callback');
            if (callback)
                add(callback, '`sla_miss_callback=` on the DAG');
        }
        for (const call of tree.root.descendantsOfType('call')) {
            const name = call ? calleeName(call)?.split('.').pop() : undefined;
            if (!call || (name !== 'DAG' && name !== 'dag' && name !== 'TaskGroup' && name !== 'task_group'))
                continue;
            const lookup = lookupDictKey(keywordArguments(call).get('default_args'), 'sla', file.assignments);
            if (lookup.state === 'known')
                add(lookup.node, "`'sla'` in default_args");
        }
        for (const hit of hits) {
            const line = lineOf(hit.node);
            ctx.report({
                line,
                message: `${hit.what} uses the SLA feature that Airflow 3 removed: after the upgrade it silently stops alerting. Use Deadline Alerts on Airflow 3.1+, or a \`dagrun_timeout\` with failure alerting.`,
                snippet: lineText(ctx.head, line),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-011.ts
// AF-011: names Airflow 3 removed: DAG arguments (`schedule_interval`, `timetable`, `concurrency`,
// `fail_stop`), the task argument `task_concurrency`, imports (`SubDagOperator`, `DummyOperator`,
// `days_ago`, `airflow.contrib`, the pre-2.0 `*_operator` / `*_hook` / `*_sensor` modules), and the
// context keys built on `execution_date` (`execution_date`, `next_ds`, `prev_execution_date`…)
// whether they are read from a template, from the context dict, or as a callable's parameter.
// Anchor: ruff AIR301 / AIR302 / AIR311 (Airflow 3 migration rules).
//
// Template strings are found through the tree (string literals only); inside one literal's value
// a regular expression finds the `{{ … }}` / `{% … %}` blocks and the removed names in them.
// SLA arguments are AF-010's, and calls to `days_ago()` are AF-002's: not repeated here.




const DAG_ARGUMENTS = {
    schedule_interval: 'use `schedule=` instead',
    timetable: 'pass the timetable as `schedule=` instead',
    concurrency: 'use `max_active_tasks=` instead',
    fail_stop: 'use `fail_fast=` instead',
};
const TASK_ARGUMENTS = {
    task_concurrency: 'use `max_active_tis_per_dag=` instead',
};
const CONTEXT_KEYS = {
    execution_date: '`logical_date`',
    next_execution_date: '`data_interval_end`',
    prev_execution_date: '`prev_data_interval_start_success`',
    prev_execution_date_success: '`prev_data_interval_start_success`',
    next_ds: '`{{ data_interval_end | ds }}`',
    next_ds_nodash: '`{{ data_interval_end | ds_nodash }}`',
    prev_ds: '`{{ prev_data_interval_start_success | ds }}`',
    prev_ds_nodash: '`{{ prev_data_interval_start_success | ds_nodash }}`',
    tomorrow_ds: '`{{ macros.ds_add(ds, 1) }}`',
    tomorrow_ds_nodash: '`{{ macros.ds_format(macros.ds_add(ds, 1), "%Y-%m-%d", "%Y%m%d") }}`',
    yesterday_ds: '`{{ macros.ds_add(ds, -1) }}`',
    yesterday_ds_nodash: '`{{ macros.ds_format(macros.ds_add(ds, -1), "%Y-%m-%d", "%Y%m%d") }}`',
};
const CONTEXT_NAME = new RegExp(`\\b(${Object.keys(CONTEXT_KEYS).join('|')})\\b`, 'g');
const JINJA_BLOCK = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;
/** What replaces a removed import, or undefined when the import is fine. */
function removedImport(qualified) {
    const last = qualified.split('.').pop() ?? '';
    if (qualified.startsWith('airflow.operators.subdag') || last === 'SubDagOperator')
        return '`SubDagOperator` was removed: use a TaskGroup';
    if (qualified.startsWith('airflow.operators.dummy') || last === 'DummyOperator')
        return '`DummyOperator` was removed: use `EmptyOperator` (`airflow.providers.standard.operators.empty`)';
    if (qualified === 'airflow.utils.dates.days_ago')
        return "`days_ago` was removed: use a fixed `pendulum.datetime(...)` start_date";
    if (qualified === 'airflow.contrib' || qualified.startsWith('airflow.contrib.'))
        return '`airflow.contrib` was removed: import from the provider package';
    if (/^airflow\.(operators|sensors|hooks)\.\w+_(operator|sensor|hook)(\.|$)/.test(qualified))
        return `the pre-2.0 module path \`${qualified.split('.').slice(0, 3).join('.')}\` was removed: import from the provider or standard package`;
    return undefined;
}
/** Removed context names inside the Jinja blocks of a string literal (not f-strings: their braces are Python's). */
function templateHits(node) {
    const prefix = node.childForFieldName('string_start')?.text ?? node.namedChildren[0]?.text ?? '';
    if (/f/i.test(prefix.replace(/["']/g, '')) || stringLiteral(node) === undefined)
        return [];
    const raw = node.text;
    const hits = [];
    for (const block of raw.matchAll(JINJA_BLOCK)) {
        for (const name of block[0].matchAll(CONTEXT_NAME)) {
            const key = name[1] ?? '';
            const offset = (block.index ?? 0) + (name.index ?? 0);
            const line = lineOf(node) + (raw.slice(0, offset).match(/\n/g)?.length ?? 0);
            hits.push({ line, message: `The template uses \`${key}\`, which Airflow 3 removed from the context: use ${CONTEXT_KEYS[key]} instead.` });
        }
    }
    return hits;
}
/** Functions that receive the task context by parameter name: `@task` functions and `python_callable=` targets. */
function contextFunctions(root) {
    const callables = new Set();
    for (const call of root.descendantsOfType('call')) {
        const target = call ? keywordArguments(call).get('python_callable') : undefined;
        if (target?.type === 'identifier')
            callables.add(target.text);
    }
    const functions = [];
    for (const definition of root.descendantsOfType('function_definition')) {
        if (!definition)
            continue;
        const name = definition.childForFieldName('name')?.text ?? '';
        const decorated = definition.parent?.type === 'decorated_definition' ? definition.parent : undefined;
        const isTask = decorated?.children.some((child) => {
            if (child?.type !== 'decorator')
                return false;
            const expression = child.namedChildren[0];
            const decoratorName = expression?.type === 'call' ? calleeName(expression) : expression?.text;
            return decoratorName === 'task' || (decoratorName?.startsWith('task.') ?? false) || (decoratorName?.endsWith('.task') ?? false);
        }) ?? false;
        if (isTask || callables.has(name))
            functions.push(definition);
    }
    return functions;
}
const airflow3RemovedNames = {
    meta: {
        id: 'AF-011',
        title: 'Name removed in Airflow 3',
        domain: 'airflow',
        checklist: ['CODE-01', 'CODE-08'],
        severity: 'warning',
        rationale: 'Airflow 3 removed arguments, operators, helpers and context keys that Airflow 2 only deprecated: `schedule_interval`, ' +
            '`SubDagOperator`, `DummyOperator`, `days_ago`, `execution_date` and the keys derived from it. New code that uses them ' +
            'breaks on upgrade (import errors, or templates rendering nothing), so each one added now is migration work later.',
        examples: {
            bad: "with DAG('orders', schedule_interval='@daily') as dag:\n    BashOperator(task_id='export', bash_command='export.sh {{ execution_date }}')",
            good: "with DAG('orders', schedule='@daily') as dag:\n    BashOperator(task_id='export', bash_command='export.sh {{ logical_date }}')",
        },
        appliesTo: ['airflow-python'],
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const root = tree.root;
        const file = readDagFile(root);
        const hits = [];
        for (const dag of file.dags) {
            if (!dag.call)
                continue;
            for (const [name, value] of keywordArguments(dag.call)) {
                const advice = DAG_ARGUMENTS[name];
                if (advice !== undefined)
                    hits.push({ line: lineOf(value.parent ?? value), message: `\`${name}\` was removed from the DAG in Airflow 3: ${advice}.` });
            }
        }
        for (const task of file.tasks) {
            if (!task.call)
                continue;
            for (const [name, value] of keywordArguments(task.call)) {
                const advice = TASK_ARGUMENTS[name];
                if (advice !== undefined)
                    hits.push({ line: lineOf(value.parent ?? value), message: `\`${name}\` was removed from operators in Airflow 3: ${advice}.` });
            }
        }
        const importsSeen = new Set();
        for (const imported of importedModules(root)) {
            const advice = removedImport(imported.qualified);
            const key = `${imported.line}\0${advice}`;
            if (advice === undefined || importsSeen.has(key))
                continue;
            importsSeen.add(key);
            hits.push({ line: imported.line, message: `Airflow 3 removed this import: ${advice}.` });
        }
        for (const string of root.descendantsOfType('string'))
            if (string)
                hits.push(...templateHits(string));
        // Context read by key: `context['execution_date']`, `kwargs.get('next_ds')`.
        for (const subscript of root.descendantsOfType('subscript')) {
            const key = stringLiteral(subscript?.childForFieldName('subscript'));
            if (!subscript || key === undefined || CONTEXT_KEYS[key] === undefined || subscript.childForFieldName('value')?.type !== 'identifier')
                continue;
            hits.push({ line: lineOf(subscript), message: `The task context no longer has \`${key}\` in Airflow 3: read ${CONTEXT_KEYS[key]} instead.` });
        }
        for (const call of root.descendantsOfType('call')) {
            const fn = call?.childForFieldName('function');
            if (!call || fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'get' || fn.childForFieldName('object')?.type !== 'identifier')
                continue;
            const first = call.childForFieldName('arguments')?.namedChildren[0];
            const key = stringLiteral(first);
            if (key === undefined || CONTEXT_KEYS[key] === undefined)
                continue;
            hits.push({ line: lineOf(call), message: `The task context no longer has \`${key}\` in Airflow 3: read ${CONTEXT_KEYS[key]} instead.` });
        }
        // Context received by parameter name.
        for (const definition of contextFunctions(root)) {
            for (const parameter of definition.childForFieldName('parameters')?.namedChildren ?? []) {
                const name = parameter?.type === 'identifier' ? parameter.text : parameter?.type === 'default_parameter' ? parameter.childForFieldName('name')?.text : undefined;
                if (!parameter || name === undefined || CONTEXT_KEYS[name] === undefined)
                    continue;
                hits.push({ line: lineOf(parameter), message: `The parameter \`${name}\` asks for a context key Airflow 3 removed, so it no longer receives a value: use ${CONTEXT_KEYS[name]} instead.` });
            }
        }
        for (const hit of hits)
            ctx.report({ line: hit.line, message: hit.message, snippet: lineText(ctx.head, hit.line) });
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-012.ts
// AF-012: two tasks of one DAG with the same task_id, or two DAGs of the file with the same
// dag_id. Airflow rejects the first (DuplicateTaskIdFound at import: the whole file's DAGs
// disappear) and silently keeps only one of the second. Anchors: pylint-airflow
// (duplicate-task-name), dagruff AF003 / DAG004.
//
// Ids are compared as Airflow sees them: a task inside a TaskGroup gets the group's id as a
// prefix (unless `prefix_group_id=False`). Only string literals are compared; f-strings and
// names are not guessed. Two definitions in branches that cannot both run (`if`/`else`,
// `try`/`except`) are not duplicates. `@task` functions called twice get suffixed ids from
// Airflow and are not compared.
//
// Approximation: a dag_id reused in ANOTHER file of the repository is not seen here: a rule
// reads one file. (A head-tree index of dag_ids would be needed; see the report of issue 3.)




/** The group id a TaskGroup contributes to its tasks' ids; null when it adds none, undefined when unknown. */
function groupPrefix(call) {
    const kwargs = keywordArguments(call);
    const prefixFlag = kwargs.get('prefix_group_id');
    if (prefixFlag) {
        const value = pythonLiteral(prefixFlag);
        if (value.kind === 'boolean' && !value.value)
            return null;
        if (value.kind !== 'boolean')
            return undefined;
    }
    const explicit = kwargs.get('group_id');
    if (explicit)
        return stringLiteral(explicit);
    const isDecorator = call.parent?.type === 'decorator';
    if (isDecorator) {
        // `@task_group` names the group after the function.
        const definition = call.parent?.parent?.childForFieldName('definition');
        return definition?.childForFieldName('name')?.text;
    }
    const first = call.childForFieldName('arguments')?.namedChildren.find((arg) => arg !== null && arg.type !== 'keyword_argument');
    return stringLiteral(first);
}
/** The task id Airflow will register, or undefined when it is not a literal we can compute. */
function effectiveTaskId(task) {
    if (task.kind !== 'operator' || task.taskId === undefined)
        return undefined;
    const prefixes = [];
    for (const group of enclosingGroups(task.node)) {
        const name = calleeName(group)?.split('.').pop();
        if (name !== 'TaskGroup' && name !== 'task_group')
            continue;
        const prefix = groupPrefix(group);
        if (prefix === undefined)
            return undefined;
        if (prefix !== null)
            prefixes.unshift(prefix);
    }
    return [...prefixes, task.taskId].join('.');
}
/** Whether a node is inside a loop (a literal id there is one source line, whatever the iterations). */
function inLoop(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type === 'for_statement' || current.type === 'while_statement' || current.type === 'list_comprehension')
            return true;
        if (current.type === 'function_definition')
            return false;
    }
    return false;
}
const duplicateIds = {
    meta: {
        id: 'AF-012',
        title: 'Duplicate task_id or dag_id',
        domain: 'airflow',
        checklist: ['CODE-02', 'CODE-08'],
        severity: 'error',
        rationale: 'Airflow identifies tasks and DAGs by id. A task_id used twice in one DAG makes the file fail to import, so every DAG ' +
            'in it disappears from the scheduler; a dag_id used twice makes one DAG silently replace the other, with its history and ' +
            'schedule. Both usually come from copy-paste and are invisible in review unless checked.',
        examples: {
            bad: "with DAG('orders', schedule='@daily') as dag:\n    a = BashOperator(task_id='load', bash_command='a.sh')\n    b = BashOperator(task_id='load', bash_command='b.sh')",
            good: "with DAG('orders', schedule='@daily') as dag:\n    a = BashOperator(task_id='load_orders', bash_command='a.sh')\n    b = BashOperator(task_id='load_items', bash_command='b.sh')",
        },
        appliesTo: ['airflow-python'],
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const file = readDagFile(tree.root);
        for (const [dag, tasks] of file.tasksOf) {
            const firstById = new Map();
            for (const task of tasks) {
                const id = effectiveTaskId(task);
                if (id === undefined || inLoop(task.node))
                    continue;
                const earlier = firstById.get(id) ?? [];
                const clash = earlier.find((other) => !mutuallyExclusive(other.node, task.node));
                earlier.push(task);
                firstById.set(id, earlier);
                if (!clash)
                    continue;
                // Reported on the definition the change added: the later one, unless only the earlier is new.
                const [here, there] = !linesTouched(ctx, task.line, task.endLine) && linesTouched(ctx, clash.line, clash.endLine) ? [clash, task] : [task, clash];
                ctx.report({
                    line: here.line,
                    message: `task_id \`${id}\` is also used on line ${there.line} in ${dag.dagId ? `DAG \`${dag.dagId}\`` : 'this DAG'}: Airflow refuses to import the file ` +
                        '(DuplicateTaskIdFound), so every DAG in it disappears. Give each task its own task_id.',
                    snippet: lineText(ctx.head, here.line),
                });
            }
        }
        const dagsById = new Map();
        for (const dag of file.dags) {
            // A bare `@dag` function's id is its name; an explicit dag_id or first argument otherwise.
            const id = dag.dagId;
            if (!id || inLoop(dag.node))
                continue;
            const earlier = dagsById.get(id) ?? [];
            const clash = earlier.find((other) => !mutuallyExclusive(other.node, dag.node));
            earlier.push(dag);
            dagsById.set(id, earlier);
            if (!clash)
                continue;
            const [here, there] = !linesTouched(ctx, dag.line, dag.endLine) && linesTouched(ctx, clash.line, clash.endLine) ? [clash, dag] : [dag, clash];
            ctx.report({
                line: here.line,
                message: `dag_id \`${id}\` is also used by the DAG on line ${lineOf(there.node)}: only one of them will exist in Airflow, silently. Give each DAG its own dag_id.`,
                snippet: lineText(ctx.head, here.line),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/airflow/secrets.ts
// Hard-coded credentials in Python string literals. Two signals, both read from the tree:
//   - the name a literal is bound to (a keyword argument, a dict key, an assigned variable or a
//     parameter default) says it is a secret: `password=`, `api_key`, `DB_TOKEN`…, and the value
//     looks like one (not a template, a path, an empty string or a placeholder);
//   - the literal's own value has a credential's shape: a URI with `user:password@`, an AWS access
//     key id, a private key block, a GitHub / Slack / Google API token. These shapes are matched
//     with regular expressions over ONE literal's value at a time, never over the source text.
// Nothing here returns the secret itself: callers get a name and a kind, and snippets are redacted.

/** Lower-case word tokens of an identifier or key: `awsSecretAccessKey` → aws, secret, access, key. */
function nameTokens(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .split(/[^A-Za-z0-9]+/)
        .filter((token) => token !== '')
        .map((token) => token.toLowerCase());
}
const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'credential', 'credentials']);
const KEY_QUALIFIERS = new Set(['api', 'secret', 'private', 'access', 'signing', 'encryption', 'auth', 'client', 'master']);
/** Whether a name says its value is a secret: judged on its last word (`password_file` is a path, not a password). */
function isSecretName(name) {
    const tokens = nameTokens(name);
    const last = tokens[tokens.length - 1];
    if (last === undefined)
        return false;
    if (SECRET_WORDS.has(last))
        return true;
    const previous = tokens[tokens.length - 2];
    return last === 'key' && previous !== undefined && KEY_QUALIFIERS.has(previous);
}
/** Whether a value bound to a secret name is plausibly the secret itself rather than a reference to it. */
function looksLikeSecretValue(value) {
    const trimmed = value.trim();
    if (trimmed.length < 4)
        return false;
    // Templates and references resolved elsewhere: Jinja, ${ENV}, $ENV, %(name)s.
    if (/\{\{|\{%|\$\{|^\$[A-Z_]|%\(/.test(trimmed))
        return false;
    // Placeholders: one repeated character (`****`, `xxxx`), `<your-token>`.
    if (/^(.)\1*$/.test(trimmed) || /^<.*>$/.test(trimmed))
        return false;
    // Paths and URLs point at where the secret lives (`/run/secrets/db`, `secrets/api.json`, `https://vault/...`).
    if (/^(\/|\.\.?\/|~\/)/.test(trimmed) || /\.(json|pem|key|txt|ya?ml|cfg|ini|env)$/i.test(trimmed) || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed))
        return false;
    return true;
}
// Credential shapes, matched on one literal's value.
const URI_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^/\s@]+)@/i;
const SHAPES = [
    { pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/, what: 'an AWS access key id' },
    { pattern: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/, what: 'a private key' },
    { pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, what: 'a GitHub token' },
    { pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
    { pattern: /\bAIza[0-9A-Za-z_-]{35}\b/, what: 'a Google API key' },
];
/** The name a literal is bound to: keyword argument, dict key, assignment target or parameter default. */
function boundName(node) {
    const parent = node.parent;
    if (!parent)
        return undefined;
    switch (parent.type) {
        case 'keyword_argument':
            return parent.childForFieldName('value')?.id === node.id ? parent.childForFieldName('name')?.text : undefined;
        case 'default_parameter':
        case 'typed_default_parameter':
            return parent.childForFieldName('value')?.id === node.id ? parent.childForFieldName('name')?.text : undefined;
        case 'pair':
            return parent.childForFieldName('value')?.id === node.id ? stringLiteral(parent.childForFieldName('key')) : undefined;
        case 'assignment': {
            if (parent.childForFieldName('right')?.id !== node.id)
                return undefined;
            const left = parent.childForFieldName('left');
            if (left?.type === 'identifier')
                return left.text;
            if (left?.type === 'attribute')
                return left.childForFieldName('attribute')?.text;
            if (left?.type === 'subscript')
                return stringLiteral(left.childForFieldName('subscript'));
            return undefined;
        }
        default:
            return undefined;
    }
}
const lineAt = (node, offset) => node.startPosition.row + 1 + (node.text.slice(0, offset).match(/\n/g)?.length ?? 0);
/** Secrets hard-coded in the file's string literals (f-strings with interpolations are skipped). */
function findSecrets(root) {
    const hits = [];
    for (const node of root.descendantsOfType('string')) {
        if (!node)
            continue;
        const value = stringLiteral(node);
        if (value === undefined)
            continue;
        const name = boundName(node);
        if (name !== undefined && isSecretName(name) && looksLikeSecretValue(value)) {
            hits.push({ node, line: node.startPosition.row + 1, what: `a value for \`${name}\`` });
            continue;
        }
        const uri = URI_WITH_PASSWORD.exec(node.text);
        const password = uri?.[1];
        if (uri && password !== undefined && !/^\{|\{\{|^\*+$|^\$/.test(password)) {
            hits.push({ node, line: lineAt(node, uri.index), what: 'a URI with an embedded password' });
            continue;
        }
        for (const shape of SHAPES) {
            const match = shape.pattern.exec(node.text);
            if (!match)
                continue;
            hits.push({ node, line: lineAt(node, match.index), what: shape.what });
            break;
        }
    }
    return hits;
}
/**
 * The line as a snippet with every string literal on it replaced by `'***'`, or undefined when
 * a literal spanning several lines touches it (the snippet could then still show a secret).
 */
function redactedLine(text, root, line) {
    const lines = text.split('\n');
    const source = lines[line - 1];
    if (source === undefined)
        return undefined;
    const row = line - 1;
    const insideString = (node) => {
        for (let current = node.parent; current; current = current.parent)
            if (current.type === 'string')
                return true;
        return false;
    };
    const strings = root
        .descendantsOfType('string')
        .filter((node) => node !== null && node.startPosition.row <= row && node.endPosition.row >= row && !insideString(node));
    if (strings.some((node) => node.startPosition.row !== node.endPosition.row))
        return undefined;
    let redacted = source;
    for (const node of strings.sort((a, b) => b.startPosition.column - a.startPosition.column)) {
        redacted = `${redacted.slice(0, node.startPosition.column)}'***'${redacted.slice(node.endPosition.column)}`;
    }
    return redacted.trim();
}

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-013.ts
// AF-013: credentials written into a DAG file: a string literal bound to a secret-looking name
// (`password=`, `'api_key':`, `DB_TOKEN = …`) or shaped like a credential (a URI with
// `user:password@`, an AWS access key id, a private key, a GitHub / Slack / Google token). Anchors:
// Airflow best practices (Connections and the secrets backend), detect-secrets, secretlint.
//
// The message names the argument or the kind of credential, never the value, and the snippet has
// every string literal on the line replaced by '***' (no snippet when a multi-line literal is
// involved). Applies to every Python file under the DAG folders, DAG or helper.

const hardCodedSecrets = {
    meta: {
        id: 'AF-013',
        title: 'Hard-coded secret in a DAG file',
        domain: 'airflow',
        checklist: ['GOV-02', 'GOV-08', 'CODE-06'],
        severity: 'error',
        rationale: 'A credential committed to a DAG file is readable by everyone with access to the repository, its forks, CI logs and the ' +
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
        if (!tree)
            return;
        for (const hit of findSecrets(tree.root)) {
            const snippet = redactedLine(ctx.head, tree.root, hit.line);
            ctx.report({
                line: hit.line,
                message: `Hard-coded secret: ${hit.what} is written in the file. Anyone with read access to the repository can use it, and it stays in git history. ` +
                    'Store it in an Airflow Connection or a secrets backend and read it at run time (for example `{{ conn.<conn_id>.password }}` or a hook); rotate the exposed value.',
                ...(snippet !== undefined ? { snippet } : {}),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-014.ts
// AF-014: the wall clock read inside a task: `datetime.now()`, `date.today()`, `pendulum.now()`…
// in the body of a `@task` function or of a function passed as `python_callable=`. A task that
// decides what to process from the clock processes something else when it is retried, rerun or
// backfilled. Anchor: Airflow best practices ("never read the latest available data"; use the
// run's data interval instead).
//
// `time.time()` is not reported (it is how durations are measured), nor random values or UUIDs
// (a temporary name inside a task is harmless): only calendar clocks, which drive partitions,
// file names and query windows. Functions called from the task's function are not followed.




const af_014_isTaskDecorator = (name) => name === 'task' || (name?.startsWith('task.') ?? false) || (name?.endsWith('.task') ?? false);
/** The bodies that run as tasks: `@task` functions, `python_callable=` functions and lambdas. */
function taskBodies(root) {
    const callables = new Map();
    const bodies = [];
    for (const call of root.descendantsOfType('call')) {
        const target = call ? keywordArguments(call).get('python_callable') : undefined;
        if (target?.type === 'identifier')
            callables.set(target.text, []);
        const lambdaBody = target?.type === 'lambda' ? target.childForFieldName('body') : undefined;
        if (lambdaBody)
            bodies.push({ body: lambdaBody, name: 'the python_callable lambda' });
    }
    for (const definition of root.descendantsOfType('function_definition')) {
        if (!definition)
            continue;
        const name = definition.childForFieldName('name')?.text ?? '';
        const body = definition.childForFieldName('body');
        if (!body)
            continue;
        const decorated = definition.parent?.type === 'decorated_definition' ? definition.parent : undefined;
        const isTask = decorated?.children.some((child) => {
            if (child?.type !== 'decorator')
                return false;
            const expression = child.namedChildren[0];
            return af_014_isTaskDecorator(expression?.type === 'call' ? calleeName(expression) : expression?.text);
        }) ?? false;
        if (isTask)
            bodies.push({ body, name: `task \`${name}\`` });
        else if (callables.has(name))
            bodies.push({ body, name: `\`${name}\` (a python_callable)` });
    }
    return bodies;
}
/** Every call inside a body, nested functions included (they run inside the task too). */
function callsIn(body) {
    return body.descendantsOfType('call').filter((call) => call !== null);
}
const clockInTask = {
    meta: {
        id: 'AF-014',
        title: 'Wall clock read inside a task',
        domain: 'airflow',
        checklist: ['STD-04', 'CODE-03', 'STD-07'],
        severity: 'warning',
        rationale: 'A task that picks its partition, file name or query window from `datetime.now()` is not idempotent: a retry after ' +
            'midnight, a rerun next week or a backfill of last month all process "today" instead of the run\'s interval. ' +
            'The run\'s `data_interval_start` / `logical_date` (or `{{ ds }}`) gives the same answer every time the run is repeated.',
        examples: {
            bad: "@task\ndef export():\n    day = datetime.now().strftime('%Y-%m-%d')\n    copy_partition(day)",
            good: '@task\ndef export(data_interval_start=None):\n    copy_partition(data_interval_start.strftime(\'%Y-%m-%d\'))',
        },
        appliesTo: ['airflow-python'],
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const aliases = importAliases(tree.root);
        const reported = new Set();
        for (const { body, name } of taskBodies(tree.root)) {
            for (const call of callsIn(body)) {
                if (reported.has(call.id))
                    continue;
                const found = varyingCall(call, aliases);
                if (found?.kind !== 'clock')
                    continue;
                reported.add(call.id);
                const line = lineOf(call);
                ctx.report({
                    line,
                    message: `\`${found.written}()\` inside ${name} reads the wall clock, so a retry, rerun or backfill of the same run processes a different day. ` +
                        "Use the run's `data_interval_start` / `logical_date` from the context (a parameter of the task, or `get_current_context()`) instead.",
                    snippet: lineText(ctx.head, line),
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-016.ts
// AF-016: a DAG nobody can find an owner or an explanation for: no `owner` in default_args (or
// the placeholder default `'airflow'`), no `tags`, and neither `doc_md` nor `description` (a
// `@dag` function's docstring counts: Airflow uses it as doc_md). Anchors: daglint owner / tag /
// doc checks, dagruff DAG006 / DAG009.
//
// One finding per DAG listing what is missing, on the DAG's line, when the change added or edited
// the DAG. Values we cannot read (default_args from a helper, `tags=COMMON_TAGS`) count as present.



function hasDocstring(dag) {
    const first = dag.body?.namedChildren.find((child) => child !== null && child.type !== 'comment');
    return first?.type === 'expression_statement' && first.namedChildren[0]?.type === 'string';
}
/** Present unless the literal says it is empty (None, '', [], {}). */
function present(node) {
    const value = pythonLiteral(node);
    if (value.kind === 'none')
        return false;
    if (value.kind === 'string')
        return value.value.trim() !== '';
    if (value.kind === 'list')
        return value.items.length > 0;
    if (value.kind === 'dict')
        return Object.keys(value.entries).length > 0;
    return true;
}
const undocumentedDag = {
    meta: {
        id: 'AF-016',
        title: 'DAG without owner, tags or documentation',
        domain: 'airflow',
        checklist: ['STD-01', 'CODE-04', 'GOV-05'],
        severity: 'warning',
        rationale: 'When a DAG fails at 3 a.m., whoever is on call needs to know who owns it and what it does. The `owner`, the `tags` ' +
            '(used to filter the UI by team or domain) and a `doc_md` or `description` shown in the UI are that information; ' +
            'without them a failure becomes an investigation, and a stale DAG is never safely retired.',
        examples: {
            bad: "with DAG('orders', schedule='@daily') as dag:\n    ...",
            good: "with DAG('orders', schedule='@daily', default_args={'owner': 'sales-data'}, tags=['sales', 'tier-1'],\n" +
                "         doc_md='Loads orders from the shop DB into the warehouse. Runbook: docs/orders.md') as dag:\n    ...",
        },
        appliesTo: ['airflow-python'],
        scope: 'changed-objects',
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const file = readDagFile(tree.root);
        for (const dag of file.dags) {
            if (!dagTouched(ctx, dag, file.assignments))
                continue;
            const missing = [];
            const owner = defaultArgsKey(dag.call, 'owner', file.assignments);
            if (owner.state === 'absent')
                missing.push('an `owner` in default_args');
            else if (owner.state === 'known' && owner.value.kind === 'string' && ['', 'airflow'].includes(owner.value.value.trim().toLowerCase())) {
                missing.push("a real `owner` (`'airflow'` is the default and names nobody)");
            }
            const tags = dagArgument(dag, 'tags');
            if (tags.state === 'absent' || (tags.state === 'present' && !present(tags.node)))
                missing.push('`tags`');
            const docs = ['doc_md', 'description'].map((name) => dagArgument(dag, name));
            const documented = docs.some((doc) => doc.state === 'unknown' || (doc.state === 'present' && present(doc.node))) || (dag.kind === 'decorator' && hasDocstring(dag));
            if (!documented)
                missing.push(dag.kind === 'decorator' ? 'a `doc_md`, `description` or docstring' : 'a `doc_md` or `description`');
            if (missing.length === 0)
                continue;
            ctx.report({
                line: dag.line,
                message: `${dagLabel(dag)} is missing ${joinList(missing)}: whoever is on call when it fails cannot tell who owns it or what it does. Add them to the DAG.`,
                snippet: lineText(ctx.head, dag.line),
            });
        }
    },
};
function joinList(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-017.ts
// AF-017: `Variable.get()`, `BaseHook.get_connection()` / `Connection.get()` written directly in
// the arguments of a DAG, an operator, a `@task(...)` / `@dag(...)` decorator or a TaskGroup.
// The warning-level half of the catalogue's AF-003 (see af-003.ts for why there are two ids):
// the arguments are evaluated on every parse, and a templated field reads the same value at run
// time instead. Anchors: ruff AIR003, Airflow best practices "Top level Python code".





const constructorArgumentLookup = {
    meta: {
        id: 'AF-017',
        title: 'Variable or connection look-up in DAG or task arguments',
        domain: 'airflow',
        checklist: ['PERF-03', 'CODE-06'],
        severity: 'warning',
        rationale: 'Arguments of DAGs, operators and task decorators are evaluated on every parse of the file, not when the task runs. ' +
            'A `Variable.get()` or `get_connection()` there costs a metadata-database or secrets-backend round trip per parse, ' +
            'and the value is frozen at parse time. Templated fields read the same values at run time, for free at parse time.',
        examples: {
            bad: "load = PythonOperator(task_id='load', python_callable=load, op_kwargs={'bucket': Variable.get('bucket')})",
            good: "load = PythonOperator(task_id='load', python_callable=load, op_kwargs={'bucket': '{{ var.value.bucket }}'})",
        },
        appliesTo: ['airflow-python'],
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        for (const lookup of parseTimeLookups(tree.root, readDagFile(tree.root), importAliases(tree.root))) {
            if (lookup.owner === undefined)
                continue;
            const line = lineOf(lookup.call);
            ctx.report({
                line,
                message: `\`${lookup.written}()\` in the arguments of ${lookup.owner} is evaluated every time the scheduler parses this file, not when the task runs. ` +
                    `Use ${TEMPLATE_HINT}, or read it inside the task's callable.`,
                snippet: lineText(ctx.head, line),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/af-018.ts
// AF-018: a scheduled DAG that does not say whether it catches up. The default flipped between
// versions (`catchup_by_default` True on Airflow 2, False on Airflow 3) and can be changed per
// deployment, so the same DAG backfills every missed interval on one installation and not on
// another. Anchor: apache/airflow #47354. The warning-level half of the catalogue's AF-008.
//
// DAGs that are not time-scheduled (`schedule=None`, `'@once'`, asset/dataset triggers) have no
// intervals to catch up on and pass. DAG-level: reported only when the change added or edited the DAG.


const implicitCatchup = {
    meta: {
        id: 'AF-018',
        title: 'Scheduled DAG without an explicit `catchup`',
        domain: 'airflow',
        checklist: ['STD-04', 'STD-07'],
        severity: 'warning',
        rationale: 'Whether a DAG backfills the intervals it missed since start_date depends on `catchup`, and its default differs between ' +
            'Airflow 2 (True), Airflow 3 (False) and deployments that override it. Leaving it implicit means a new or re-enabled DAG ' +
            'may launch hundreds of runs, or skip the history its author expected. Say `catchup=False` or `catchup=True`.',
        examples: {
            bad: "with DAG('orders', schedule='@daily', start_date=pendulum.datetime(2024, 1, 1, tz='UTC')) as dag:\n    ...",
            good: "with DAG('orders', schedule='@daily', start_date=pendulum.datetime(2024, 1, 1, tz='UTC'), catchup=False) as dag:\n    ...",
        },
        appliesTo: ['airflow-python'],
        scope: 'changed-objects',
    },
    check(ctx) {
        const tree = ctx.python;
        if (!tree)
            return;
        const file = readDagFile(tree.root);
        for (const dag of file.dags) {
            const schedule = scheduleState(dag);
            if (schedule !== 'scheduled' && schedule !== 'implicit')
                continue;
            if (dagArgument(dag, 'catchup').state !== 'absent' || !dagTouched(ctx, dag, file.assignments))
                continue;
            ctx.report({
                line: dag.line,
                message: `${dagLabel(dag)} does not set \`catchup\`, so whether it backfills every interval since its start_date depends on the Airflow version and deployment ` +
                    '(True on Airflow 2, False on Airflow 3). Set `catchup=False` (or `True` if backfilling is intended) on the DAG.',
                snippet: lineText(ctx.head, dag.line),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/airflow/index.ts

















const airflowRules = [
    dagWithoutSchedule,
    runtimeVaryingArguments,
    moduleLevelLookup,
    parseTimeSideEffects,
    heavyTopLevelImports,
    noRetries,
    noFailureAlerting,
    catchupInDefaultArgs,
    missingTimeouts,
    removedSla,
    airflow3RemovedNames,
    duplicateIds,
    hardCodedSecrets,
    clockInTask,
    undocumentedDag,
    constructorArgumentLookup,
    implicitCatchup,
];

;// CONCATENATED MODULE: ./src/analyzers/rules/dbt/dbt-004.ts
const stem = (path) => {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
};
function dbt_004_touches(first, last, lines) {
    for (let line = first; line <= last; line++)
        if (lines.has(line))
            return true;
    return false;
}
function hasTests(index, name, project) {
    const entry = index.properties('model', name, project);
    const generic = entry !== undefined && (entry.tests.length > 0 || entry.columns.some((column) => column.tests.length > 0));
    return generic || index.singularTestsReferencing(name).length > 0;
}
/** Ephemeral models have no relation to test, and disabled models do not run: neither needs tests. */
function exempt(index, path, ctx) {
    const inFile = ctx.file.path === path ? (ctx.jinja?.configs ?? []) : [];
    const config = index.mergeModelConfig(path, inFile);
    const materialized = config['materialized']?.value;
    const enabled = config['enabled']?.value;
    return (materialized?.kind === 'string' && materialized.value === 'ephemeral') || (enabled?.kind === 'boolean' && !enabled.value);
}
function reportUntested(ctx, index, name, project) {
    const entry = index.properties('model', name, project);
    const message = `Model \`${name}\` has no data tests: no generic test on the model or its columns (\`data_tests:\`) in its properties, ` +
        'and no singular test that refs it. Add at least a primary-key test (`unique` and `not_null` on its key).';
    if (entry)
        ctx.report({ file: entry.file, line: entry.line, message, snippet: `- name: ${name}` });
    else
        ctx.report({ line: 1, message, snippet: `model ${name}` });
}
const modelWithoutTests = {
    meta: {
        id: 'DBT-004',
        title: 'Model without tests',
        domain: 'dbt',
        checklist: ['STD-03', 'CODE-02', 'DQ-02'],
        severity: 'error',
        rationale: 'A model without a single data test ships whatever its SQL produces: duplicated keys, nulls in required columns and ' +
            'broken joins reach consumers unnoticed. A primary-key test (unique + not_null) is the minimum a new model needs.',
        examples: {
            bad: 'models:\n  - name: orders\n    description: One row per order.',
            good: 'models:\n  - name: orders\n    description: One row per order.\n    columns:\n      - name: order_id\n        data_tests: [unique, not_null]',
        },
        appliesTo: ['dbt-model', 'dbt-properties'],
        scope: 'changed-objects',
    },
    check(ctx) {
        const index = ctx.dbt;
        if (!index)
            return;
        const path = ctx.file.path;
        if (ctx.file.kind === 'dbt-model') {
            if (ctx.file.status !== 'added' && !ctx.fullFileReview)
                return;
            const model = index.model(path);
            const name = model?.name ?? stem(path);
            if (exempt(index, path, ctx) || hasTests(index, name, model?.project))
                return;
            reportUntested(ctx, index, name, model?.project);
            return;
        }
        for (const entry of index.propertiesInFile(path)) {
            if (entry.resource !== 'model')
                continue;
            const edited = ctx.fullFileReview || ctx.file.status === 'added' || dbt_004_touches(entry.line, entry.endLine, ctx.file.addedLines);
            if (!edited)
                continue;
            const models = index.modelsNamed(entry.name);
            const model = models.find((candidate) => candidate.project === entry.project) ?? models[0];
            // An entry for a model that does not exist is another rule's concern (DBT-009).
            if (!model)
                continue;
            // An added model file reports itself (on this same entry): do not report twice.
            if (ctx.change.file(model.path)?.status === 'added')
                continue;
            if (exempt(index, model.path, ctx) || hasTests(index, entry.name, model.project))
                continue;
            reportUntested(ctx, index, entry.name, model.project);
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/dbt/index.ts

const dbtRules = [modelWithoutTests];

;// CONCATENATED MODULE: ./src/analyzers/rules/governance/index.ts
const governanceRules = [];

;// CONCATENATED MODULE: ./src/analyzers/dbt/config.ts
const TWO_CHAR_OPERATORS = new Set(['==', '!=', '<=', '>=', '**', '//']);
const isNameStart = (ch) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_';
const isDigit = (ch) => ch >= '0' && ch <= '9';
const isNamePart = (ch) => isNameStart(ch) || isDigit(ch);
/**
 * Tokenizes a Jinja expression. Unterminated strings run to the end of the text (reported
 * through `problems`), so a broken expression still yields tokens.
 */
function tokenizeExpression(text, problems) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
            i++;
            continue;
        }
        if (ch === "'" || ch === '"') {
            const start = i;
            let value = '';
            i++;
            let closed = false;
            while (i < text.length) {
                const c = text[i];
                if (c === '\\' && i + 1 < text.length) {
                    const next = text[i + 1];
                    value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
                    i += 2;
                    continue;
                }
                if (c === ch) {
                    closed = true;
                    i++;
                    break;
                }
                value += c;
                i++;
            }
            if (!closed)
                problems?.push(`unterminated string starting ${text.slice(start, start + 20)}`);
            tokens.push({ kind: 'string', text: value, start, end: i });
            continue;
        }
        if (isDigit(ch) || (ch === '.' && isDigit(text[i + 1] ?? ''))) {
            const start = i;
            while (i < text.length && (isDigit(text[i]) || text[i] === '.' || text[i] === '_'))
                i++;
            if ((text[i] === 'e' || text[i] === 'E') && (isDigit(text[i + 1] ?? '') || ((text[i + 1] === '-' || text[i + 1] === '+') && isDigit(text[i + 2] ?? '')))) {
                i += 2;
                while (i < text.length && isDigit(text[i]))
                    i++;
            }
            tokens.push({ kind: 'number', text: text.slice(start, i), start, end: i });
            continue;
        }
        if (isNameStart(ch)) {
            const start = i;
            while (i < text.length && isNamePart(text[i]))
                i++;
            tokens.push({ kind: 'name', text: text.slice(start, i), start, end: i });
            continue;
        }
        const pair = text.slice(i, i + 2);
        const width = TWO_CHAR_OPERATORS.has(pair) ? 2 : 1;
        tokens.push({ kind: 'punct', text: text.slice(i, i + width), start: i, end: i + width });
        i += width;
    }
    return tokens;
}
const CLOSERS = { '(': ')', '[': ']', '{': '}' };
/** Reads literals from a token stream; `source` is the text the tokens came from (for `expr` slices). */
class LiteralReader {
    tokens;
    source;
    constructor(tokens, source) {
        this.tokens = tokens;
        this.source = source;
    }
    at(index) {
        return this.tokens[index];
    }
    isPunct(index, text) {
        const token = this.at(index);
        return token?.kind === 'punct' && token.text === text;
    }
    /** Index just past the balanced expression starting at `index`, stopping at a top-level `stops` token. */
    skipExpression(index, stops) {
        const stack = [];
        let i = index;
        while (i < this.tokens.length) {
            const token = this.tokens[i];
            if (token.kind === 'punct') {
                if (stack.length === 0 && stops.has(token.text))
                    return i;
                const closer = CLOSERS[token.text];
                if (closer)
                    stack.push(closer);
                else if (token.text === stack[stack.length - 1])
                    stack.pop();
                else if (token.text === ')' || token.text === ']' || token.text === '}')
                    return i;
            }
            i++;
        }
        return i;
    }
    /** A value: a literal when the whole argument is one, else the argument's source text. */
    value(index, stops) {
        const literal = this.literal(index);
        if (literal) {
            const after = this.at(literal.next);
            if (!after || (after.kind === 'punct' && stops.has(after.text)))
                return literal;
        }
        const end = this.skipExpression(index, stops);
        const first = this.at(index);
        const last = this.at(end - 1);
        const text = first && last ? this.source.slice(first.start, last.end).trim() : '';
        return { value: { kind: 'expr', text }, next: end };
    }
    literal(index) {
        const token = this.at(index);
        if (!token)
            return undefined;
        if (token.kind === 'string') {
            // Adjacent string literals concatenate in Jinja as in Python.
            let value = token.text;
            let next = index + 1;
            for (let more = this.at(next); more?.kind === 'string'; more = this.at(next)) {
                value += more.text;
                next++;
            }
            return { value: { kind: 'string', value }, next };
        }
        if (token.kind === 'number')
            return { value: { kind: 'number', value: Number(token.text.replace(/_/g, '')) }, next: index + 1 };
        if (token.kind === 'punct' && token.text === '-' && this.at(index + 1)?.kind === 'number') {
            return { value: { kind: 'number', value: -Number(this.at(index + 1).text.replace(/_/g, '')) }, next: index + 2 };
        }
        if (token.kind === 'name') {
            if (this.isPunct(index + 1, '(') || this.isPunct(index + 1, '.') || this.isPunct(index + 1, '['))
                return undefined;
            switch (token.text) {
                case 'true':
                case 'True':
                    return { value: { kind: 'boolean', value: true }, next: index + 1 };
                case 'false':
                case 'False':
                    return { value: { kind: 'boolean', value: false }, next: index + 1 };
                case 'none':
                case 'None':
                    return { value: { kind: 'none' }, next: index + 1 };
                default:
                    return undefined;
            }
        }
        if (token.kind === 'punct' && (token.text === '[' || token.text === '('))
            return this.sequence(index, token.text === '[' ? ']' : ')');
        if (token.kind === 'punct' && token.text === '{')
            return this.dict(index);
        return undefined;
    }
    sequence(index, closer) {
        const items = [];
        let i = index + 1;
        const stops = new Set([',', closer]);
        while (i < this.tokens.length && !this.isPunct(i, closer)) {
            const item = this.literal(i);
            const after = item ? this.at(item.next) : undefined;
            if (!item || after?.kind !== 'punct' || !stops.has(after.text))
                return undefined;
            items.push(item.value);
            i = item.next;
            if (this.isPunct(i, ','))
                i++;
        }
        if (!this.isPunct(i, closer))
            return undefined;
        return { value: { kind: 'list', items }, next: i + 1 };
    }
    dict(index) {
        const entries = {};
        let i = index + 1;
        while (i < this.tokens.length && !this.isPunct(i, '}')) {
            const keyToken = this.at(i);
            if (!keyToken || (keyToken.kind !== 'string' && keyToken.kind !== 'number' && keyToken.kind !== 'name'))
                return undefined;
            if (!this.isPunct(i + 1, ':'))
                return undefined;
            const item = this.literal(i + 2);
            if (!item || !(this.isPunct(item.next, ',') || this.isPunct(item.next, '}')))
                return undefined;
            entries[keyToken.text] = item.value;
            i = item.next;
            if (this.isPunct(i, ','))
                i++;
        }
        if (!this.isPunct(i, '}'))
            return undefined;
        return { value: { kind: 'dict', entries }, next: i + 1 };
    }
    /** Arguments of a call whose `(` is at `open`. */
    arguments(open) {
        const positional = [];
        const keyword = {};
        const stops = new Set([',', ')']);
        let i = open + 1;
        while (i < this.tokens.length && !this.isPunct(i, ')')) {
            const token = this.at(i);
            if (token.kind === 'name' && this.isPunct(i + 1, '=')) {
                const { value, next } = this.value(i + 2, stops);
                keyword[token.text] = value;
                i = next;
            }
            else if (token.kind === 'punct' && (token.text === '*' || token.text === '**')) {
                // `**kwargs` spreads: nothing we can read statically.
                const { value, next } = this.value(i, stops);
                positional.push(value);
                i = next;
            }
            else {
                const { value, next } = this.value(i, stops);
                positional.push(value);
                i = next;
            }
            if (this.isPunct(i, ','))
                i++;
            else if (!this.isPunct(i, ')'))
                break;
        }
        return { positional, keyword, end: i };
    }
}
/** Arguments of the call whose opening parenthesis is `tokens[open]`. */
function readCallArguments(tokens, source, open) {
    return new LiteralReader(tokens, source).arguments(open);
}
/** Reads one literal expression (`'table'`, `['a', 'b']`, `{'field': 'day'}`); anything else is an `expr`. */
function parseLiteral(text) {
    const tokens = tokenizeExpression(text);
    if (tokens.length === 0)
        return { kind: 'expr', text: '' };
    const reader = new LiteralReader(tokens, text);
    return reader.value(0, new Set()).value;
}
/**
 * Reads a `config(...)` call expression (the content of `{{ config(...) }}`); undefined when
 * the expression is not a config call.
 */
function parseConfigCall(expression) {
    const problems = [];
    const tokens = tokenizeExpression(expression, problems);
    const first = tokens[0];
    if (first?.kind !== 'name' || first.text !== 'config' || tokens[1]?.text !== '(')
        return undefined;
    const call = readCallArguments(tokens, expression, 1);
    if (call.end >= tokens.length)
        problems.push('config( is not closed');
    // `config({'materialized': 'table'})`: dbt accepts one dict positional argument as well.
    const args = {};
    for (const value of call.positional)
        if (value.kind === 'dict')
            Object.assign(args, value.entries);
    Object.assign(args, call.keyword);
    return { args, problems };
}

;// CONCATENATED MODULE: ./src/analyzers/dbt/jinja.ts
// Jinja neutralisation for dbt models and templated SQL. Rendering needs dbt's context (and
// nunjucks is not Jinja2), so instead a scanner walks the template's tags and rewrites them into
// SQL the parser can read, keeping every newline so that parser positions are the file's lines:
//   {{ ref('orders') }}         → __ref_orders        (an identifier, padded to the tag's width)
//   {{ source('raw', 'o') }}    → __source_raw__o
//   {{ config(...) }}           → whitespace          (config renders nothing; its args are read)
//   {{ any other expression }}  → __jinja__           (a neutral identifier)
//   {% … %} and {# … #}         → whitespace
// Control structures, as if rendered once:
//   {% if %}: the first branch whose condition is not known to be false is kept and the other
//     branches are blanked. Keeping every branch would emit alternatives side by side
//     (`from a` `from b`), which never parses; the first branch is what dbt renders when the
//     condition holds (`{% if is_incremental() %}` filters are kept, so rules can see them).
//   {% for %}: the body is kept once. That single iteration is both the first and the last, so
//     `{% if not loop.last %},{% endif %}` / `union all` separators are dropped, as in a real
//     one-element loop. `{% for %}…{% else %}` drops the else body.
//   {% macro %}, {% call %}, block {% set %}, {% test %}, {% docs %}, {% materialization %}:
//     their bodies do not render where they stand, so they are blanked.
//   {% raw %}…{% endraw %}: the body is literal text.
// References are recorded from every branch (they are dependencies whichever branch runs);
// config() calls only from rendered text (a config in a blanked else-branch does not apply).

const PLACEHOLDER = '__jinja__';
// Block tags whose body does not render in place.
const SILENT_BLOCKS = new Set(['macro', 'call', 'test', 'data_test', 'docs', 'materialization']);
// Block tags whose body renders in place.
const RENDERED_BLOCKS = new Set(['for', 'snapshot', 'filter', 'with', 'block', 'autoescape', 'trans']);
/** Replaces every character but line breaks with a space. */
function blank(text) {
    let out = '';
    for (const ch of text)
        out += ch === '\n' || ch === '\r' ? ch : ' ';
    return out;
}
const isWordChar = (ch) => ch !== undefined && /[A-Za-z0-9_]/.test(ch);
/**
 * `identifier` in place of the tag, padded so the line count (and, on one-line tags, the width)
 * is unchanged. The padding goes where it keeps SQL tokens intact: `{{ m }}_amount` must stay
 * one identifier (pad with `_`), `{{ schema }}.orders` must stay one dotted name (pad before).
 */
function replaceTag(tag, identifier, before, after) {
    const firstBreak = tag.search(/[\r\n]/);
    if (firstBreak < 0 && identifier.length <= tag.length) {
        const padding = tag.length - identifier.length;
        if (isWordChar(after) || after === '.') {
            return isWordChar(before) ? identifier + '_'.repeat(padding) : ' '.repeat(padding) + identifier;
        }
        return identifier + ' '.repeat(padding);
    }
    const firstSegment = firstBreak < 0 ? tag.length : firstBreak;
    return identifier + blank(tag).slice(Math.min(identifier.length, firstSegment));
}
const sanitise = (name) => name.replace(/[^A-Za-z0-9_]/g, '_');
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++)
            if (text[i] === '\n')
                this.starts.push(i + 1);
    }
    /** 1-based line of a character offset. */
    lineAt(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    }
}
/** Offset of the delimiter that closes a `{{`/`{%` tag whose content starts at `from`; -1 if none. */
function findClose(text, from, closer) {
    let depth = 0;
    let quote;
    for (let i = from; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === '\\')
                i++;
            else if (ch === quote)
                quote = undefined;
            continue;
        }
        if (ch === "'" || ch === '"') {
            quote = ch;
            continue;
        }
        // Jinja's lexer balances brackets inside a tag: `{{ {'a': {'b': 1}} }}` closes at the last `}}`.
        if (depth === 0 && text.startsWith(closer, i))
            return i;
        if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0)
            depth--;
    }
    return -1;
}
/** Offset of the next `{{`, `{%` or `{#` at or after `from`. */
function findOpen(text, from) {
    let i = text.indexOf('{', from);
    while (i >= 0) {
        const next = text[i + 1];
        if (next === '{' || next === '%' || next === '#')
            return i;
        i = text.indexOf('{', i + 1);
    }
    return -1;
}
/** The inner text of a tag without its trim/keep markers (`{%-`, `-%}`, `+%}`), with its offset. */
function tagContent(text, open, close) {
    let start = open + 2;
    let end = close;
    if (text[start] === '-' || text[start] === '+')
        start++;
    if (end > start && (text[end - 1] === '-' || text[end - 1] === '+'))
        end--;
    return { content: text.slice(start, end), offset: start };
}
function isPunct(token, text) {
    return token?.kind === 'punct' && token.text === text;
}
/** Evaluates the conditions we can know statically: `loop.first` / `loop.last` inside our single-iteration loop. */
function evaluateCondition(tokens, inLoop) {
    let negations = 0;
    let i = 0;
    while (tokens[i]?.kind === 'name' && tokens[i]?.text === 'not') {
        negations++;
        i++;
    }
    const rest = tokens.slice(i);
    if (inLoop && rest.length === 3 && rest[0]?.text === 'loop' && isPunct(rest[1], '.') && (rest[2]?.text === 'first' || rest[2]?.text === 'last')) {
        return negations % 2 === 0;
    }
    return undefined;
}
/** Calls to ref/source/config anywhere in an expression (`dbt_utils.star(ref('x'))` included). */
function findCalls(tokens, content) {
    const calls = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind !== 'name' || !isPunct(tokens[i + 1], '('))
            continue;
        if (token.text !== 'ref' && token.text !== 'source' && token.text !== 'config')
            continue;
        // `x.ref(...)` is some other object's method, except dbt's `builtins.ref`.
        if (isPunct(tokens[i - 1], '.') && tokens[i - 2]?.text !== 'builtins')
            continue;
        const args = readCallArguments(tokens, content, i + 1);
        calls.push({ name: token.text, tokenIndex: i, positional: args.positional, keyword: args.keyword, end: args.end });
    }
    return calls;
}
function literalText(value) {
    if (value?.kind === 'string')
        return value.value;
    if (value?.kind === 'number')
        return String(value.value);
    return undefined;
}
/** Neutralises the Jinja in a dbt model / templated SQL file. Never throws. */
function neutraliseJinja(text) {
    const lines = new LineIndex(text);
    const out = [];
    const refs = [];
    const sources = [];
    const configs = [];
    const problems = [];
    const placeholders = {};
    const frames = [];
    let usesIsIncremental = false;
    const keeping = () => frames.every((frame) => frame.keep);
    const inLoop = () => frames.some((frame) => frame.type === 'for');
    const emit = (segment) => {
        out.push(keeping() ? segment : blank(segment));
    };
    const record = (tokens, content, offset, tag) => {
        for (let i = 0; i + 1 < tokens.length; i++) {
            if (tokens[i]?.kind === 'name' && tokens[i]?.text === 'is_incremental' && isPunct(tokens[i + 1], '('))
                usesIsIncremental = true;
        }
        const calls = findCalls(tokens, content);
        for (const call of calls) {
            const line = lines.lineAt(offset + tokens[call.tokenIndex].start);
            if (call.name === 'ref') {
                const strings = call.positional.map(literalText);
                const name = strings.length >= 2 ? strings[1] : strings[0];
                const pkg = strings.length >= 2 ? strings[0] : undefined;
                const version = literalText(call.keyword['v'] ?? call.keyword['version']);
                if (name !== undefined)
                    refs.push({ name, ...(pkg !== undefined ? { package: pkg } : {}), ...(version !== undefined ? { version } : {}), line });
            }
            else if (call.name === 'source') {
                const source = literalText(call.positional[0] ?? call.keyword['source_name']);
                const table = literalText(call.positional[1] ?? call.keyword['table_name']);
                if (source !== undefined && table !== undefined)
                    sources.push({ source, table, line });
            }
            else if (keeping()) {
                const args = {};
                for (const value of call.positional)
                    if (value.kind === 'dict')
                        Object.assign(args, value.entries);
                Object.assign(args, call.keyword);
                configs.push({ args, line, raw: tag.trim() });
            }
        }
        return calls;
    };
    const expressionReplacement = (tokens, calls, tag, before, after) => {
        const whole = calls.find((call) => call.tokenIndex === 0 && call.end === tokens.length - 1);
        let identifier;
        if (whole?.name === 'config')
            return blank(tag);
        if (whole?.name === 'ref') {
            const strings = whole.positional.map(literalText);
            const name = strings.length >= 2 ? strings[1] : strings[0];
            if (name !== undefined)
                identifier = `__ref_${sanitise(name)}`;
        }
        else if (whole?.name === 'source') {
            const source = literalText(whole.positional[0] ?? whole.keyword['source_name']);
            const table = literalText(whole.positional[1] ?? whole.keyword['table_name']);
            if (source !== undefined && table !== undefined)
                identifier = `__source_${sanitise(source)}__${sanitise(table)}`;
        }
        identifier ??= tag.length >= PLACEHOLDER.length ? PLACEHOLDER : '_j';
        placeholders[identifier] ??= tag.trim();
        return replaceTag(tag, identifier, before, after);
    };
    const handleStatement = (tokens, open) => {
        const keyword = tokens[0]?.kind === 'name' ? tokens[0].text : '';
        const line = lines.lineAt(open);
        const top = frames[frames.length - 1];
        if (keyword === 'if') {
            const condition = evaluateCondition(tokens.slice(1), inLoop());
            const keep = condition !== false;
            frames.push({ type: 'if', keep, taken: keep, line });
        }
        else if (keyword === 'elif' || keyword === 'else') {
            if (top?.type === 'if') {
                const condition = keyword === 'else' ? undefined : evaluateCondition(tokens.slice(1), inLoop());
                top.keep = !top.taken && condition !== false;
                top.taken ||= top.keep;
            }
            else if (top?.type === 'for' && keyword === 'else') {
                top.keep = false;
            }
            else {
                problems.push(`{% ${keyword} %} on line ${line} is outside an if block`);
            }
        }
        else if (keyword === 'set' && !tokens.some((token) => isPunct(token, '='))) {
            frames.push({ type: 'set', keep: false, taken: false, line });
        }
        else if (SILENT_BLOCKS.has(keyword)) {
            frames.push({ type: keyword, keep: false, taken: false, line });
        }
        else if (RENDERED_BLOCKS.has(keyword)) {
            frames.push({ type: keyword, keep: true, taken: false, line });
        }
        else if (keyword.startsWith('end') && keyword.length > 3) {
            const type = keyword.slice(3);
            const index = frames.map((frame) => frame.type).lastIndexOf(type);
            if (index < 0) {
                problems.push(`{% ${keyword} %} on line ${line} closes no open block`);
            }
            else {
                for (const unclosed of frames.slice(index + 1))
                    problems.push(`{% ${unclosed.type} %} opened on line ${unclosed.line} is not closed before line ${line}`);
                frames.length = index;
            }
        }
    };
    let pos = 0;
    while (pos < text.length) {
        const open = findOpen(text, pos);
        if (open < 0) {
            emit(text.slice(pos));
            break;
        }
        emit(text.slice(pos, open));
        const kind = text[open + 1];
        const closer = kind === '{' ? '}}' : kind === '%' ? '%}' : '#}';
        const close = kind === '#' ? text.indexOf('#}', open + 2) : findClose(text, open + 2, closer);
        if (close < 0) {
            problems.push(`unterminated ${text.slice(open, open + 2)} on line ${lines.lineAt(open)}: the rest of the file is read as plain text`);
            emit(text.slice(open));
            break;
        }
        const tagEnd = close + 2;
        const tag = text.slice(open, tagEnd);
        pos = tagEnd;
        if (kind === '#') {
            out.push(blank(tag));
            continue;
        }
        const { content, offset } = tagContent(text, open, close);
        const tokens = tokenizeExpression(content);
        if (kind === '{') {
            const calls = record(tokens, content, offset, tag);
            out.push(keeping() ? expressionReplacement(tokens, calls, tag, text[open - 1], text[tagEnd]) : blank(tag));
            continue;
        }
        out.push(blank(tag));
        if (tokens[0]?.text === 'raw') {
            // The body up to {% endraw %} is literal text: no tags inside it are interpreted.
            let search = tagEnd;
            let endOpen = -1;
            let endClose = -1;
            while ((endOpen = text.indexOf('{%', search)) >= 0) {
                const endTag = findClose(text, endOpen + 2, '%}');
                if (endTag < 0)
                    break;
                const inner = tagContent(text, endOpen, endTag).content.trim();
                if (inner === 'endraw') {
                    endClose = endTag;
                    break;
                }
                search = endOpen + 2;
            }
            if (endClose < 0) {
                problems.push(`{% raw %} on line ${lines.lineAt(open)} is not closed: the rest of the file is read as plain text`);
                emit(text.slice(tagEnd));
                pos = text.length;
                break;
            }
            emit(text.slice(tagEnd, endOpen));
            out.push(blank(text.slice(endOpen, endClose + 2)));
            pos = endClose + 2;
            continue;
        }
        record(tokens, content, offset, tag);
        handleStatement(tokens, open);
    }
    for (const frame of frames)
        problems.push(`{% ${frame.type} %} opened on line ${frame.line} is never closed`);
    return { sql: out.join(''), refs, sources, configs, usesIsIncremental, problems, placeholders };
}
/** How a neutralised identifier reads in the original template (`__ref_orders` → `{{ ref('orders') }}`). */
function describePlaceholder(name, jinja) {
    return jinja?.placeholders[name] ?? name;
}

;// CONCATENATED MODULE: ./src/analyzers/sql/ast.ts
// A minimal typed view of the sqlparser-rs AST. The package hands back serde JSON of the Rust
// enums (externally tagged: `{ "Select": {...} }`, unit variants as bare strings) with loose
// TypeScript types, so everything arrives here as `unknown` and is narrowed field by field into
// the few shapes rules read: statements that carry a query, queries with their CTEs, SELECT
// projections and FROM relations, with line numbers. A shape we do not recognise becomes
// `{ kind: 'other' }`, never a crash, so an upstream change degrades to "rule sees less".
// Each statement keeps its `raw` JSON for rules that need more than this view.
function ast_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** The variant name and payload of an externally tagged enum value. */
function ast_variantOf(value) {
    if (typeof value === 'string')
        return { tag: value, payload: undefined };
    if (!ast_isRecord(value))
        return undefined;
    const keys = Object.keys(value);
    if (keys.length !== 1)
        return undefined;
    const tag = keys[0];
    return { tag, payload: value[tag] };
}
function positionOf(value) {
    if (!ast_isRecord(value))
        return undefined;
    const span = value['span'];
    if (!ast_isRecord(span) || !ast_isRecord(span['start']))
        return undefined;
    const { line, column } = span['start'];
    return typeof line === 'number' && typeof column === 'number' && line > 0 ? { line, column } : undefined;
}
/** An identifier's text (`{ value, quote_style, span }`). */
function ast_identText(value) {
    if (ast_isRecord(value) && typeof value['value'] === 'string')
        return value['value'];
    return undefined;
}
/** Parts of an object name: `[ { Identifier: ident } … ]`, or bare idents in older shapes. */
function objectNameParts(value) {
    const parts = [];
    for (const part of asArray(value)) {
        const variant = ast_variantOf(part);
        const text = variant?.tag === 'Identifier' ? ast_identText(variant.payload) : ast_identText(part);
        if (text !== undefined)
            parts.push(text);
    }
    return parts;
}
function objectNameLine(value) {
    for (const part of asArray(value)) {
        const variant = ast_variantOf(part);
        const pos = positionOf(variant?.tag === 'Identifier' ? variant.payload : part);
        if (pos)
            return pos.line;
    }
    return 0;
}
/**
 * The line of the first span inside a node, in document order. serde writes struct fields in
 * declaration order, which for sqlparser's AST follows the syntax (`with_token` before the body,
 * `select_token` before the projection), so the first span found is where the node starts;
 * stopping there keeps this cheap on large statements.
 */
function ast_firstLine(node) {
    const visit = (value, depth) => {
        if (depth > 200)
            return 0;
        if (Array.isArray(value)) {
            for (const item of value) {
                const found = visit(item, depth + 1);
                if (found)
                    return found;
            }
            return 0;
        }
        if (!ast_isRecord(value))
            return 0;
        const pos = positionOf(value);
        if (pos)
            return pos.line;
        for (const key in value) {
            if (key === 'span')
                continue;
            const found = visit(value[key], depth + 1);
            if (found)
                return found;
        }
        return 0;
    };
    return visit(node, 0);
}
// ---------------------------------------------------------------------------------------------
// Lowering.
function lowerStatements(raw) {
    return asArray(raw).map(lowerStatement);
}
function lowerStatement(raw) {
    const variant = ast_variantOf(raw);
    const line = ast_firstLine(raw);
    if (!variant)
        return { kind: 'other', type: 'unknown', line, raw };
    const payload = variant.payload;
    switch (variant.tag) {
        case 'Query': {
            const query = lowerQuery(payload);
            return query ? { kind: 'query', query, line, raw } : { kind: 'other', type: 'Query', line, raw };
        }
        case 'Insert': {
            if (!ast_isRecord(payload))
                break;
            const target = ast_variantOf(payload['table']);
            const table = target ? objectNameParts(target.payload) : objectNameParts(payload['table_name']);
            const query = lowerQuery(payload['source']);
            return { kind: 'insert', table, ...(query ? { query } : {}), line, raw };
        }
        case 'CreateTable': {
            if (!ast_isRecord(payload))
                break;
            const query = lowerQuery(payload['query']);
            return { kind: 'create-table', name: objectNameParts(payload['name']), ...(query ? { query } : {}), line, raw };
        }
        case 'CreateView': {
            if (!ast_isRecord(payload))
                break;
            const query = lowerQuery(payload['query']);
            return { kind: 'create-view', name: objectNameParts(payload['name']), ...(query ? { query } : {}), line, raw };
        }
        default:
            break;
    }
    return { kind: 'other', type: variant.tag, line, raw };
}
function lowerQuery(raw) {
    if (!ast_isRecord(raw) || !('body' in raw))
        return undefined;
    const ctes = [];
    const withClause = raw['with'];
    if (ast_isRecord(withClause)) {
        for (const cte of asArray(withClause['cte_tables'])) {
            if (!ast_isRecord(cte) || !ast_isRecord(cte['alias']))
                continue;
            const alias = cte['alias'];
            const name = ast_identText(alias['name']);
            const query = lowerQuery(cte['query']);
            if (name === undefined || !query)
                continue;
            ctes.push({ name, columns: aliasColumns(alias), query, line: positionOf(alias['name'])?.line ?? 0 });
        }
    }
    return { ctes, body: lowerSetExpr(raw['body']) };
}
function lowerSetExpr(raw) {
    const variant = ast_variantOf(raw);
    if (!variant)
        return { kind: 'other', type: 'unknown' };
    const payload = variant.payload;
    switch (variant.tag) {
        case 'Select': {
            const select = lowerSelect(payload);
            return select ? { kind: 'select', select } : { kind: 'other', type: 'Select' };
        }
        case 'Query': {
            const query = lowerQuery(payload);
            return query ? { kind: 'query', query } : { kind: 'other', type: 'Query' };
        }
        case 'SetOperation': {
            if (!ast_isRecord(payload))
                break;
            return {
                kind: 'set-operation',
                op: ast_variantOf(payload['op'])?.tag ?? 'unknown',
                quantifier: ast_variantOf(payload['set_quantifier'])?.tag ?? 'None',
                left: lowerSetExpr(payload['left']),
                right: lowerSetExpr(payload['right']),
            };
        }
        case 'Values': {
            if (!ast_isRecord(payload))
                break;
            const first = asArray(payload['rows'])[0];
            const width = ast_isRecord(first) ? asArray(first['content']).length : asArray(first).length;
            return { kind: 'values', width };
        }
        default:
            break;
    }
    return { kind: 'other', type: variant.tag };
}
function lowerSelect(raw) {
    if (!ast_isRecord(raw) || !Array.isArray(raw['projection']))
        return undefined;
    const selectLine = ast_isRecord(raw['select_token']) ? (positionOf(raw['select_token'])?.line ?? 0) : 0;
    const line = selectLine || ast_firstLine(raw['projection']);
    const projection = raw['projection'].map((item) => lowerSelectItem(item, line));
    const from = [];
    for (const item of asArray(raw['from']))
        from.push(...lowerTableWithJoins(item));
    return { line, projection, from };
}
function lowerSelectItem(raw, selectLine) {
    const variant = ast_variantOf(raw);
    if (variant?.tag === 'Wildcard') {
        const pos = wildcardPosition(variant.payload);
        return { kind: 'wildcard', line: pos?.line ?? selectLine, column: pos?.column ?? 0 };
    }
    if (variant?.tag === 'QualifiedWildcard') {
        // `[ { ObjectName: [...] } , options ]` in current releases.
        const [kind, options] = asArray(variant.payload);
        const nameVariant = ast_variantOf(kind);
        const qualifier = nameVariant?.tag === 'ObjectName' ? objectNameParts(nameVariant.payload) : objectNameParts(kind);
        const pos = wildcardPosition(options);
        const qualifierLine = nameVariant ? objectNameLine(nameVariant.payload) : 0;
        return { kind: 'qualified-wildcard', qualifier, line: pos?.line ?? (qualifierLine || selectLine), column: pos?.column ?? 0 };
    }
    if (variant?.tag === 'ExprWithAlias' && ast_isRecord(variant.payload)) {
        const alias = ast_identText(variant.payload['alias']);
        return { kind: 'expr', ...(alias !== undefined ? { alias } : {}), line: ast_firstLine(variant.payload) || selectLine };
    }
    return { kind: 'expr', line: (variant ? ast_firstLine(variant.payload) : 0) || selectLine };
}
function wildcardPosition(options) {
    return ast_isRecord(options) ? positionOf(options['wildcard_token']) : undefined;
}
function aliasColumns(alias) {
    if (!ast_isRecord(alias))
        return [];
    const columns = [];
    for (const column of asArray(alias['columns'])) {
        const text = ast_isRecord(column) && 'name' in column ? ast_identText(column['name']) : ast_identText(column);
        if (text !== undefined)
            columns.push(text);
    }
    return columns;
}
function lowerTableWithJoins(raw) {
    if (!ast_isRecord(raw))
        return [];
    const out = [];
    const first = lowerRelation(raw['relation']);
    if (first)
        out.push(first);
    for (const join of asArray(raw['joins'])) {
        if (!ast_isRecord(join))
            continue;
        const relation = lowerRelation(join['relation']);
        if (!relation)
            continue;
        const operator = ast_variantOf(join['join_operator'])?.tag;
        out.push(operator ? { ...relation, join: operator } : relation);
    }
    return out;
}
function lowerRelation(raw) {
    const variant = ast_variantOf(raw);
    if (!variant || !ast_isRecord(variant.payload))
        return undefined;
    const payload = variant.payload;
    const aliasNode = payload['alias'];
    const alias = ast_isRecord(aliasNode) ? ast_identText(aliasNode['name']) : undefined;
    const base = {
        ...(alias !== undefined ? { alias } : {}),
        aliasColumns: aliasColumns(aliasNode),
    };
    switch (variant.tag) {
        case 'Table':
            return { kind: 'table', name: objectNameParts(payload['name']), ...base, line: objectNameLine(payload['name']) };
        case 'Derived': {
            const query = lowerQuery(payload['subquery']);
            if (query)
                return { kind: 'derived', query, ...base, line: ast_firstLine(payload['subquery']) };
            break;
        }
        case 'NestedJoin': {
            const relations = lowerTableWithJoins(payload['table_with_joins']);
            return { kind: 'nested-join', relations, ...base, line: relations[0]?.line ?? 0 };
        }
        default:
            break;
    }
    return { kind: 'other', type: variant.tag, ...base, line: ast_firstLine(payload) };
}
/** The queries a statement produces rows from (its top-level query), if any. */
function statementQuery(statement) {
    return statement.kind === 'other' ? undefined : statement.query;
}

;// CONCATENATED MODULE: ./src/analyzers/sql/columns.ts

const KNOWN = { known: true };
function unknown(...via) {
    return { known: false, via };
}
// SQL identifiers are case-insensitive unless quoted; we ignore quoting (an approximation that
// only matters for CTEs whose names differ by case alone).
const key = (name) => name.toLowerCase();
class ColumnResolver {
    cteScopes = new Map();
    memo = new Map();
    inProgress = new Set();
    /** The scope a query's body sees; also records the scope each of its CTEs sees (earlier CTEs only). */
    enter(query, parent) {
        const ctes = new Map();
        for (const cte of query.ctes) {
            this.cteScopes.set(cte, { ...(parent ? { parent } : {}), ctes: new Map(ctes) });
            ctes.set(key(cte.name), cte);
        }
        return { ...(parent ? { parent } : {}), ctes };
    }
    query(query, parent) {
        return this.setExpr(query.body, this.enter(query, parent));
    }
    setExpr(expr, scope) {
        switch (expr.kind) {
            case 'select':
                return this.select(expr.select, scope);
            case 'query':
                return this.query(expr.query, scope);
            case 'set-operation': {
                const left = this.setExpr(expr.left, scope);
                return left.known ? this.setExpr(expr.right, scope) : left;
            }
            case 'values':
                return KNOWN;
            case 'other':
                return unknown(expr.type);
        }
    }
    select(select, scope) {
        for (const item of select.projection) {
            const resolution = this.wildcard(item, select, scope);
            if (!resolution.known)
                return resolution;
        }
        return KNOWN;
    }
    /** Resolves one projection item; plain expressions are always known. */
    wildcard(item, select, scope) {
        if (item.kind === 'expr')
            return KNOWN;
        if (item.kind === 'wildcard') {
            if (select.from.length === 0)
                return unknown('(no FROM clause)');
            for (const relation of select.from) {
                const resolution = this.relation(relation, scope);
                if (!resolution.known)
                    return resolution;
            }
            return KNOWN;
        }
        const qualifier = item.qualifier[item.qualifier.length - 1];
        const target = qualifier === undefined ? undefined : findRelation(select.from, qualifier);
        return target ? this.relation(target, scope) : unknown(item.qualifier.join('.'));
    }
    relation(relation, scope) {
        if (relation.aliasColumns.length > 0)
            return KNOWN;
        switch (relation.kind) {
            case 'table': {
                const only = relation.name.length === 1 ? relation.name[0] : undefined;
                const found = only === undefined ? undefined : lookup(scope, only);
                return found ? this.cte(found) : unknown(relation.name.join('.'));
            }
            case 'derived': {
                const resolution = this.query(relation.query, scope);
                return resolution.known ? resolution : unknown(relation.alias ?? '(subquery)', ...resolution.via);
            }
            case 'nested-join': {
                for (const inner of relation.relations) {
                    const resolution = this.relation(inner, scope);
                    if (!resolution.known)
                        return resolution;
                }
                return KNOWN;
            }
            case 'other':
                return unknown(relation.alias ? `${relation.alias} (${relation.type})` : relation.type);
        }
    }
    cte(cte) {
        if (cte.columns.length > 0)
            return KNOWN;
        const cached = this.memo.get(cte);
        if (cached)
            return cached;
        // A recursive CTE reading itself: its columns are those of its anchor, which we do not track.
        if (this.inProgress.has(cte))
            return unknown(cte.name);
        this.inProgress.add(cte);
        const inner = this.query(cte.query, this.cteScopes.get(cte));
        this.inProgress.delete(cte);
        const resolution = inner.known ? inner : unknown(cte.name, ...inner.via);
        this.memo.set(cte, resolution);
        return resolution;
    }
    /** Walks the selects whose projection is the statement's result and collects unknown wildcards. */
    outermost(expr, scope, out) {
        switch (expr.kind) {
            case 'select':
                for (const item of expr.select.projection) {
                    if (item.kind === 'expr')
                        continue;
                    const resolution = this.wildcard(item, expr.select, scope);
                    if (resolution.known)
                        continue;
                    const qualifier = item.kind === 'qualified-wildcard' ? item.qualifier.join('.') : undefined;
                    out.push({ kind: item.kind, ...(qualifier !== undefined ? { qualifier } : {}), line: item.line, column: item.column, via: resolution.via });
                }
                return;
            case 'query':
                this.outermost(expr.query.body, this.enter(expr.query, scope), out);
                return;
            case 'set-operation':
                this.outermost(expr.left, scope, out);
                this.outermost(expr.right, scope, out);
                return;
            default:
                return;
        }
    }
}
function lookup(scope, name) {
    for (let current = scope; current; current = current.parent) {
        const found = current.ctes.get(key(name));
        if (found)
            return found;
    }
    return undefined;
}
function findRelation(relations, qualifier) {
    for (const relation of relations) {
        if (relation.alias !== undefined) {
            if (key(relation.alias) === key(qualifier))
                return relation;
            continue;
        }
        if (relation.kind === 'table' && key(relation.name[relation.name.length - 1] ?? '') === key(qualifier))
            return relation;
        if (relation.kind === 'nested-join') {
            const inner = findRelation(relation.relations, qualifier);
            if (inner)
                return inner;
        }
    }
    return undefined;
}
/** Wildcards in the outermost SELECT(s) of a statement whose column set the file does not fix. */
function unknownFinalWildcards(statement) {
    const query = statementQuery(statement);
    if (!query)
        return [];
    const resolver = new ColumnResolver();
    const out = [];
    resolver.outermost(query.body, resolver.enter(query, undefined), out);
    return out;
}
/** Whether a whole query's result columns are fixed by the file. */
function queryColumnSet(query) {
    return new ColumnResolver().query(query, undefined);
}

;// CONCATENATED MODULE: ./src/analyzers/rules/sql/sql-001.ts
// SQL-001: a wildcard in the outermost SELECT whose column set the file does not fix.
// Semantics of sqlfluff AM04 (not a regex for `*`): dbt's idiomatic `select * from final` passes
// when `final` lists its columns; `*` over a table, a ref() or a source(), directly or through a
// chain of CTEs that themselves select `*`, fails.



function describeChain(via, jinja) {
    return via.map((name) => `\`${describePlaceholder(name, jinja)}\``).join(' → ');
}
const finalSelectUnknownColumns = {
    meta: {
        id: 'SQL-001',
        title: 'Final SELECT with an unknown column set',
        domain: 'sql',
        checklist: ['STD-08', 'PERF-03'],
        severity: 'error',
        rationale: 'The outermost SELECT defines the columns a model or script delivers. A `*` that reaches a table, ref() or source() ' +
            'hands the schema to whatever upstream does: a column added or renamed upstream silently changes this output, ' +
            'breaks contracts and downstream consumers, and reads columns nobody needs. A `*` over a CTE that lists its columns is fine.',
        examples: {
            bad: "select * from {{ ref('stg_orders') }}",
            good: "with orders as (select * from {{ ref('stg_orders') }}),\n" +
                'final as (select order_id, customer_id, amount from orders)\n' +
                'select * from final',
        },
        appliesTo: ['sql-script', 'dbt-model'],
    },
    check(ctx) {
        // Only on a real parse: on a file that did not parse the rule has nothing reliable to read.
        const parse = ctx.sql?.result;
        if (!parse?.ok)
            return;
        for (const statement of parse.statements) {
            for (const wildcard of unknownFinalWildcards(statement)) {
                const star = wildcard.qualifier !== undefined ? `${wildcard.qualifier}.*` : '*';
                const chain = describeChain(wildcard.via, ctx.jinja);
                ctx.report({
                    line: wildcard.line,
                    message: `The final SELECT's \`${star}\` takes its columns from ${chain}, which this file does not fix: ` +
                        'the output changes whenever upstream columns change. List the columns explicitly (for example in a final CTE) and select from that.',
                    snippet: lineText(ctx.head, wildcard.line),
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/analyzers/sql/walk.ts
// A walk over the parser's raw statement JSON (serde of sqlparser-rs's AST, see ast.ts) for rules
// that need more than the typed view: every query and SELECT of a statement with the role it
// plays (a CTE, a derived table, an EXISTS subquery…), positions from spans, and nested
// statements (a Snowflake `BEGIN … END` block holds its statements inside one node). Shapes we
// do not recognise are walked through, never trusted, so an upstream change means "sees less".

// Deeper than any real query; stops a pathological input from exhausting the stack.
const walk_MAX_DEPTH = 500;
const before = (a, b) => a.line < b.line || (a.line === b.line && a.column < b.column);
function spanOf(node) {
    const span = node['span'];
    if (!ast_isRecord(span) || !ast_isRecord(span['start']) || !ast_isRecord(span['end']))
        return undefined;
    const { line, column } = span['start'];
    const end = span['end'];
    if (typeof line !== 'number' || typeof column !== 'number' || line <= 0)
        return undefined;
    const endLine = typeof end['line'] === 'number' && end['line'] >= line ? end['line'] : line;
    const endColumn = typeof end['column'] === 'number' ? end['column'] : column;
    return { start: { line, column }, end: { line: endLine, column: endColumn } };
}
/** The smallest range covering every span inside a node (the parser spans leaves, not every node). */
function rangeOf(node) {
    let found;
    const visit = (value, depth) => {
        if (depth > walk_MAX_DEPTH)
            return;
        if (Array.isArray(value)) {
            for (const item of value)
                visit(item, depth + 1);
            return;
        }
        if (!ast_isRecord(value))
            return;
        const span = spanOf(value);
        if (span) {
            if (!found)
                found = { start: { ...span.start }, end: { ...span.end } };
            else {
                if (before(span.start, found.start))
                    found.start = { ...span.start };
                if (before(found.end, span.end))
                    found.end = { ...span.end };
            }
        }
        for (const key in value)
            if (key !== 'span')
                visit(value[key], depth + 1);
    };
    visit(node, 0);
    return found;
}
/** Where a node starts: its earliest span; undefined when nothing inside carries one. */
function walk_startOf(node) {
    return rangeOf(node)?.start;
}
/** The statement-level node's payload: `{ Delete: {...} }` → `['Delete', {...}]`. */
function statementVariant(raw) {
    const variant = ast_variantOf(raw);
    if (!variant || !ast_isRecord(variant.payload))
        return undefined;
    return { tag: variant.tag, payload: variant.payload };
}
/**
 * Statements in execution order, with the statements of blocks (`BEGIN … END`, which the
 * parser reads as one StartTransaction holding `statements`) spliced in where they stand.
 */
function flattenStatements(raws) {
    const out = [];
    const visit = (raw, depth) => {
        if (depth > 20)
            return;
        out.push(raw);
        const variant = statementVariant(raw);
        const inner = variant?.payload['statements'];
        if (Array.isArray(inner))
            for (const statement of inner)
                visit(statement, depth + 1);
    };
    for (const raw of raws)
        visit(raw, 0);
    return out;
}
// The SetExpr variants a query body can be.
const SET_EXPR_TAGS = new Set(['Select', 'Query', 'SetOperation', 'Values', 'Insert', 'Update', 'Delete', 'Merge', 'Table']);
/** A `Query` node: a record with a set-expression `body` (and WITH, ORDER BY, LIMIT…). */
function isQueryNode(value) {
    if (!ast_isRecord(value) || !('body' in value))
        return false;
    const body = ast_variantOf(value['body']);
    return body !== undefined && SET_EXPR_TAGS.has(body.tag);
}
const isIndex = (key) => key !== undefined && /^\d+$/.test(key);
function functionNameOf(payload) {
    if (!isRecord(payload))
        return undefined;
    const parts = walk_nameParts(payload['name']);
    return parts[parts.length - 1]?.toLowerCase();
}
function roleOf(key, path, hasQueryAncestor) {
    const parent = path[path.length - 1];
    const grand = path[path.length - 2];
    if (key === 'query' && parent && isIndex(parent.key) && grand?.key === 'cte_tables' && isRecord(parent.node)) {
        const alias = parent.node['alias'];
        const name = isRecord(alias) ? identText(alias['name']) : undefined;
        return { role: 'cte', ...(name !== undefined ? { cteName: name } : {}) };
    }
    if (key === 'subquery') {
        if (parent?.key === 'Derived') {
            // `MERGE INTO t USING (subquery) s`: the Derived relation is the merge's `source`.
            const holder = path[path.length - 2];
            const merge = path[path.length - 3];
            return { role: holder?.key === 'source' && merge?.key === 'Merge' ? 'merge-source' : 'derived' };
        }
        if (parent?.key === 'Exists')
            return { role: 'exists' };
        if (parent?.key === 'InSubquery')
            return { role: 'in' };
        return { role: 'other' };
    }
    if (key === 'Subquery') {
        // `ARRAY(SELECT …)` (BigQuery, Postgres): the subquery's order is the array's order.
        if (parent?.key === 'args' && grand?.key === 'Function' && functionNameOf(grand.node) === 'array')
            return { role: 'array' };
        return { role: 'scalar' };
    }
    if (key === 'Query')
        return { role: hasQueryAncestor ? 'nested' : 'statement' };
    if (key === 'source' && parent?.key === 'Insert')
        return { role: 'insert-source' };
    if (key === 'query' && (parent?.key === 'CreateTable' || parent?.key === 'CreateView'))
        return { role: 'create-source' };
    return { role: hasQueryAncestor ? 'other' : 'statement' };
}
/** Every query and SELECT of a statement, outermost first. */
function statementTree(raw) {
    const queries = [];
    const selects = [];
    const path = [];
    const visit = (value, key, current) => {
        if (path.length > walk_MAX_DEPTH)
            return;
        if (Array.isArray(value)) {
            path.push({ key, node: value });
            value.forEach((item, index) => visit(item, String(index), current));
            path.pop();
            return;
        }
        if (!isRecord(value))
            return;
        let inner = current;
        if (isQueryNode(value)) {
            const { role, cteName } = roleOf(key, path, current !== undefined);
            inner = { raw: value, role, ...(current ? { parent: current } : {}), ...(cteName !== undefined ? { cteName } : {}) };
            queries.push(inner);
        }
        else if (key === 'Select' && Array.isArray(value['projection'])) {
            selects.push({ raw: value, ...(current ? { query: current } : {}) });
        }
        path.push({ key, node: value });
        for (const child in value)
            if (child !== 'span')
                visit(value[child], child, inner);
        path.pop();
    };
    visit(raw, '', undefined);
    return { queries, selects };
}
/** Parts of an object name (`[ { Identifier } … ]` or bare idents), as written. */
function walk_nameParts(value) {
    const parts = [];
    if (!Array.isArray(value))
        return parts;
    for (const part of value) {
        const variant = ast_variantOf(part);
        const text = variant?.tag === 'Identifier' ? ast_identText(variant.payload) : ast_identText(part);
        if (text !== undefined)
            parts.push(text);
    }
    return parts;
}
/** Whether a query carries a LIMIT, OFFSET, FETCH or (on its body's SELECT) TOP. */
function queryLimit(query) {
    const clause = variantOf(query['limit_clause']);
    if (clause && isRecord(clause.payload)) {
        const payload = clause.payload;
        const limit = payload['limit'];
        if (limit !== undefined && limit !== null)
            return { kind: 'limit', zero: isZero(limit), node: limit };
        const offset = payload['offset'];
        if (offset !== undefined && offset !== null)
            return { kind: 'offset', zero: false, node: offset };
    }
    const fetch = query['fetch'];
    if (isRecord(fetch))
        return { kind: 'fetch', zero: isZero(fetch['quantity']), node: fetch };
    const body = variantOf(query['body']);
    if (body?.tag === 'Select' && isRecord(body.payload) && isRecord(body.payload['top']))
        return { kind: 'top', zero: false, node: body.payload['top'] };
    return undefined;
}
function isZero(expr) {
    const value = variantOf(expr);
    if (value?.tag !== 'Value' || !isRecord(value.payload))
        return false;
    const number = variantOf(value.payload['value']);
    return number?.tag === 'Number' && Array.isArray(number.payload) && number.payload[0] === '0';
}
/** The expressions of a query's ORDER BY (empty when it has none). */
function queryOrderBy(query) {
    const orderBy = query['order_by'];
    if (!isRecord(orderBy))
        return [];
    const kind = variantOf(orderBy['kind']);
    if (kind?.tag === 'Expressions' && Array.isArray(kind.payload))
        return kind.payload;
    // `ORDER BY ALL` (DuckDB, Databricks): an order, over every column.
    return kind ? [kind.payload ?? kind.tag] : [];
}

;// CONCATENATED MODULE: ./src/analyzers/sql/expr.ts
// Questions about expressions in the raw statement JSON: which columns an expression reads, which
// functions it calls, whether it is a constant (`ON 1 = 1`, `WHERE TRUE`). Subqueries inside an
// expression are a different scope, so these helpers do not descend into them.


const expr_MAX_DEPTH = 300;
// A plain predicate (not a type guard) so that the record stays a record when it is not a query.
const startsSubquery = (value) => isQueryNode(value);
/**
 * Visits the nodes of an expression, not entering subqueries. The visitor sees each variant
 * (`{ Function: {...} }` arrives as tag `Function` and its payload).
 */
function walkExpression(expr, visit) {
    const recurse = (value, depth) => {
        if (depth > expr_MAX_DEPTH)
            return;
        if (Array.isArray(value)) {
            for (const item of value)
                recurse(item, depth + 1);
            return;
        }
        if (!ast_isRecord(value) || startsSubquery(value))
            return;
        const variant = ast_variantOf(value);
        if (variant && typeof variant.tag === 'string' && /^[A-Z]/.test(variant.tag)) {
            if (variant.tag === 'Subquery' || variant.tag === 'Exists' || variant.tag === 'InSubquery') {
                // The subquery is another scope; only the outer operand of `x IN (subquery)` belongs here.
                if (variant.tag === 'InSubquery' && ast_isRecord(variant.payload))
                    recurse(variant.payload['expr'], depth + 1);
                visit(variant.tag, variant.payload);
                return;
            }
            visit(variant.tag, variant.payload);
        }
        for (const key in value)
            if (key !== 'span')
                recurse(value[key], depth + 1);
    };
    recurse(expr, 0);
}
/** The columns an expression reads (not inside subqueries). */
function columnRefs(expr) {
    const refs = [];
    walkExpression(expr, (tag, payload) => {
        if (tag === 'Identifier' && ast_isRecord(payload)) {
            const name = ast_identText(payload);
            const position = walk_startOf(payload);
            if (name !== undefined)
                refs.push({ name, quoted: isQuoted(payload), ...(position ? { position } : {}) });
        }
        else if (tag === 'CompoundIdentifier' && Array.isArray(payload)) {
            const parts = payload.map((part) => ast_identText(part)).filter((part) => part !== undefined);
            const name = parts[parts.length - 1];
            const qualifier = parts[parts.length - 2];
            const last = payload[payload.length - 1];
            const position = walk_startOf(payload);
            if (name !== undefined)
                refs.push({ name, ...(qualifier !== undefined ? { qualifier } : {}), quoted: isQuoted(last), ...(position ? { position } : {}) });
        }
    });
    return refs;
}
function isQuoted(ident) {
    return ast_isRecord(ident) && typeof ident['quote_style'] === 'string';
}
/** The function calls of an expression (not inside subqueries). */
function functionCalls(expr) {
    const calls = [];
    walkExpression(expr, (tag, payload) => {
        if (tag !== 'Function' || !isRecord(payload))
            return;
        const parts = nameParts(payload['name']);
        const name = parts[parts.length - 1];
        if (name === undefined)
            return;
        const args = payload['args'];
        const list = variantOf(args);
        const argCount = list?.tag === 'List' && isRecord(list.payload) && Array.isArray(list.payload['args']) ? list.payload['args'].length : 0;
        const position = startOf(payload['name']);
        calls.push({ name: name.toLowerCase(), raw: payload, bare: args === 'None', argCount, ...(position ? { position } : {}) });
    });
    return calls;
}
/** Whether an expression holds a subquery (whose columns may tie it to the outer rows). */
function hasSubquery(expr) {
    let found = false;
    walkExpression(expr, (tag) => {
        if (tag === 'Subquery' || tag === 'Exists' || tag === 'InSubquery')
            found = true;
    });
    return found;
}
/** An expression that reads no column and no subquery: the same value for every row. */
function isConstantExpression(expr) {
    return columnRefs(expr).length === 0 && !hasSubquery(expr);
}
function literalOf(expr) {
    const variant = ast_variantOf(expr);
    if (variant?.tag === 'Nested')
        return literalOf(variant.payload);
    if (variant?.tag !== 'Value' || !ast_isRecord(variant.payload))
        return undefined;
    return JSON.stringify(variant.payload['value']);
}
function sameColumn(a, b) {
    const left = columnRefs(a);
    const right = columnRefs(b);
    const va = ast_variantOf(a)?.tag;
    const vb = ast_variantOf(b)?.tag;
    const plain = (tag) => tag === 'Identifier' || tag === 'CompoundIdentifier';
    if (!plain(va) || !plain(vb) || left.length !== 1 || right.length !== 1)
        return false;
    const [l, r] = [left[0], right[0]];
    return l.name.toLowerCase() === r.name.toLowerCase() && (l.qualifier ?? '').toLowerCase() === (r.qualifier ?? '').toLowerCase();
}
/**
 * An expression that is true for every row: `TRUE`, `1 = 1`, `'a' = 'a'`, `x = x` (true but for
 * NULLs, which is not a filter anyone means), `1`, and AND/OR/parentheses of those.
 */
function isAlwaysTrue(expr) {
    const variant = ast_variantOf(expr);
    if (!variant)
        return false;
    if (variant.tag === 'Nested')
        return isAlwaysTrue(variant.payload);
    if (variant.tag === 'Value' && ast_isRecord(variant.payload)) {
        const value = ast_variantOf(variant.payload['value']);
        if (value?.tag === 'Boolean')
            return value.payload === true;
        if (value?.tag === 'Number' && Array.isArray(value.payload))
            return Number(value.payload[0]) !== 0;
        return false;
    }
    if (variant.tag === 'BinaryOp' && ast_isRecord(variant.payload)) {
        const { left, op, right } = variant.payload;
        if (op === 'And')
            return isAlwaysTrue(left) && isAlwaysTrue(right);
        if (op === 'Or')
            return isAlwaysTrue(left) || isAlwaysTrue(right);
        if (op === 'Eq' || op === 'GtEq' || op === 'LtEq') {
            const l = literalOf(left);
            if (l !== undefined && l === literalOf(right))
                return true;
            return sameColumn(left, right);
        }
    }
    return false;
}
/** The comparisons (`=`, `<`, …, `BETWEEN`, `IS [NOT] DISTINCT FROM`) of a predicate, not inside subqueries. */
function comparisons(expr) {
    const out = [];
    const COMPARE = new Set(['Eq', 'NotEq', 'Lt', 'LtEq', 'Gt', 'GtEq', 'Spaceship']);
    walkExpression(expr, (tag, payload) => {
        if ((tag === 'IsDistinctFrom' || tag === 'IsNotDistinctFrom') && Array.isArray(payload)) {
            // Tuple variants: `[left, right]`.
            out.push({ left: payload[0], right: payload[1], op: tag });
            return;
        }
        if (!isRecord(payload))
            return;
        if (tag === 'BinaryOp' && typeof payload['op'] === 'string' && COMPARE.has(payload['op'])) {
            out.push({ left: payload['left'], right: payload['right'], op: payload['op'] });
        }
        else if (tag === 'Between') {
            out.push({ left: payload['expr'], right: [payload['low'], payload['high']], op: 'Between' });
        }
    });
    return out;
}
/** The name a relation is known by in its query: alias, else the table's last name part. */
function relationName(relation) {
    const variant = variantOf(relation);
    if (!variant || !isRecord(variant.payload))
        return undefined;
    const alias = variant.payload['alias'];
    const aliasName = isRecord(alias) ? identText(alias['name']) : undefined;
    if (aliasName !== undefined)
        return aliasName;
    if (variant.tag === 'Table') {
        const parts = nameParts(variant.payload['name']);
        return parts[parts.length - 1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/analyzers/sql/statements.ts
// What each statement of a script does to which table, for rules about the sequence of a
// pipeline script (an INSERT after a scoped DELETE, a DROP of a table the script created…).
// Statements inside blocks (`BEGIN … END`) are flattened in order. Table names are kept as
// written; `sameTable` compares them the way a reader would.


function relationTable(relation) {
    const variant = ast_variantOf(relation);
    if (variant?.tag === 'Table' && ast_isRecord(variant.payload))
        return walk_nameParts(variant.payload['name']);
    return [];
}
function firstRelationTable(tablesWithJoins) {
    const first = Array.isArray(tablesWithJoins) ? tablesWithJoins[0] : tablesWithJoins;
    return ast_isRecord(first) ? relationTable(first['relation']) : [];
}
function describe(raw) {
    const variant = statementVariant(raw);
    if (!variant)
        return { kind: 'other', tag: 'unknown' };
    const { tag, payload } = variant;
    switch (tag) {
        case 'Delete': {
            const from = ast_variantOf(payload['from']);
            const table = from ? firstRelationTable(from.payload) : [];
            const where = payload['selection'];
            return { kind: 'delete', table, ...(where !== undefined && where !== null ? { where } : {}) };
        }
        case 'Update': {
            const table = ast_isRecord(payload['table']) ? relationTable(payload['table']['relation']) : [];
            const where = payload['selection'];
            return { kind: 'update', table, ...(where !== undefined && where !== null ? { where } : {}) };
        }
        case 'Truncate': {
            const names = Array.isArray(payload['table_names']) ? payload['table_names'] : [];
            return { kind: 'truncate', tables: names.map((entry) => (ast_isRecord(entry) ? walk_nameParts(entry['name']) : [])).filter((parts) => parts.length > 0) };
        }
        case 'Insert': {
            const target = ast_variantOf(payload['table']);
            const table = target ? walk_nameParts(target.payload) : walk_nameParts(payload['table_name']);
            const upsert = (payload['on'] !== undefined && payload['on'] !== null) || payload['replace_into'] === true || payload['ignore'] === true;
            const source = payload['source'];
            return { kind: 'insert', table, overwrite: payload['overwrite'] === true, upsert, ...(isQueryNode(source) ? { source } : {}) };
        }
        case 'Merge':
            return { kind: 'merge', table: relationTable(payload['table']), source: payload['source'], on: payload['on'] };
        case 'CreateTable': {
            const query = payload['query'];
            return {
                kind: 'create-table',
                table: walk_nameParts(payload['name']),
                orReplace: payload['or_replace'] === true,
                ifNotExists: payload['if_not_exists'] === true,
                temporary: payload['temporary'] === true || payload['volatile'] === true,
                ...(isQueryNode(query) ? { query } : {}),
            };
        }
        case 'Drop': {
            if (payload['object_type'] !== 'Table')
                return { kind: 'other', tag: `Drop ${String(payload['object_type'])}` };
            const names = Array.isArray(payload['names']) ? payload['names'].map((name) => walk_nameParts(name)).filter((parts) => parts.length > 0) : [];
            return { kind: 'drop-table', tables: names, ifExists: payload['if_exists'] === true, temporary: payload['temporary'] === true };
        }
        case 'StartTransaction':
            return { kind: 'begin' };
        case 'Commit':
            return { kind: 'commit' };
        case 'Rollback':
            return { kind: 'rollback' };
        case 'Query':
            return { kind: 'query' };
        default:
            return { kind: 'other', tag };
    }
}
/** The statements of a parsed file, flattened, with what each does. */
function scriptStatements(statements) {
    return flattenStatements(statements.map((statement) => statement.raw)).map((raw) => {
        const range = rangeOf(raw);
        return { action: describe(raw), raw, ...(range ? { range } : {}), line: range?.start.line ?? 0 };
    });
}
const norm = (parts) => parts.map((part) => part.toLowerCase());
/**
 * Whether two written names can denote the same table: equal, or one is a suffix of the other
 * (`analytics.orders` and `orders` under a default schema). Case-insensitive.
 */
function sameTable(a, b) {
    if (a.length === 0 || b.length === 0)
        return false;
    const [short, long] = a.length <= b.length ? [norm(a), norm(b)] : [norm(b), norm(a)];
    const offset = long.length - short.length;
    return short.every((part, index) => part === long[offset + index]);
}
/** A table name as written, for messages. */
function tableLabel(parts) {
    return parts.join('.');
}
/** The tables a statement (or any node) reads in FROM/JOIN/USING, as written. */
function tablesRead(node) {
    const out = [];
    const visit = (value, depth) => {
        if (depth > 500)
            return;
        if (Array.isArray(value)) {
            for (const item of value)
                visit(item, depth + 1);
            return;
        }
        if (!isRecord(value))
            return;
        const variant = variantOf(value);
        if (variant?.tag === 'Table' && isRecord(variant.payload) && Array.isArray(variant.payload['name']))
            out.push(nameParts(variant.payload['name']));
        for (const key in value)
            if (key !== 'span')
                visit(value[key], depth + 1);
    };
    visit(node, 0);
    return out;
}

;// CONCATENATED MODULE: ./src/analyzers/sql/tokens.ts
const BACKSLASH = new Set(['bigquery', 'snowflake', 'mysql', 'spark', 'databricks', 'hive', 'clickhouse']);
const HASH = new Set(['bigquery', 'mysql']);
const NESTED = new Set(['postgres', 'snowflake', 'duckdb', 'redshift', 'generic']);
const BACKTICKS = new Set(['bigquery', 'mysql', 'spark', 'databricks', 'hive', 'clickhouse', 'sqlite', 'generic']);
const BRACKETS = new Set(['mssql', 'sqlite']);
const DOLLAR = new Set(['postgres', 'snowflake', 'duckdb', 'redshift', 'generic']);
function tokens_scanOptionsFor(dialect) {
    return {
        backslashEscapes: BACKSLASH.has(dialect),
        hashComments: HASH.has(dialect),
        slashComments: dialect === 'snowflake',
        nestedComments: NESTED.has(dialect),
        tripleQuotes: dialect === 'bigquery',
        backticks: BACKTICKS.has(dialect),
        brackets: BRACKETS.has(dialect),
        dollarQuotes: DOLLAR.has(dialect),
    };
}
// String prefixes: E'…' (Postgres escapes), N'…', B'…', X'…', R'…' / RB'…' (BigQuery raw/bytes), U&'…'.
const STRING_PREFIXES = new Set(['E', 'N', 'B', 'X', 'R', 'RB', 'BR', 'U&']);
const TWO_CHAR_SYMBOLS = new Set(['<=', '>=', '<>', '!=', '::', '||', '=>', '->', '==']);
const isWordStart = (ch) => /[A-Za-z_]/.test(ch) || ch.charCodeAt(0) > 127;
const isWordPart = (ch) => /[A-Za-z0-9_$]/.test(ch) || ch.charCodeAt(0) > 127;
const tokens_isDigit = (ch) => ch !== undefined && ch >= '0' && ch <= '9';
/** The tokens of SQL text. Never throws: an unterminated string or comment runs to the end. */
function tokens_scanSql(text, options) {
    const tokens = [];
    let i = 0;
    let line = 1;
    let lineStart = 0;
    let depth = 0;
    // Moves past `end` (exclusive), keeping line bookkeeping right across newlines.
    const advanceTo = (end) => {
        const stop = Math.min(end, text.length);
        for (; i < stop; i++) {
            if (text[i] === '\n') {
                line++;
                lineStart = i + 1;
            }
        }
    };
    const push = (kind, start, startLine, startColumn, end) => {
        const raw = text.slice(start, end);
        tokens.push({ kind, text: raw, upper: kind === 'word' ? raw.toUpperCase() : raw, line: startLine, column: startColumn, offset: start, depth });
    };
    // End of a quoted run starting after the opening quote at `from`; doubled quotes and (optionally) backslashes escape.
    const quotedEnd = (from, quote, backslash) => {
        let j = from;
        while (j < text.length) {
            const ch = text[j];
            if (backslash && ch === '\\') {
                j += 2;
                continue;
            }
            if (ch === quote) {
                if (text[j + 1] === quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return text.length;
    };
    while (i < text.length) {
        const ch = text[i];
        const next = text[i + 1];
        const start = i;
        const startLine = line;
        const startColumn = i - lineStart + 1;
        if (ch === '\n' || ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v') {
            advanceTo(i + 1);
            continue;
        }
        // Comments.
        // `//` after a colon is a URL (`put file:///data/x.csv @stage`), not a Snowflake comment.
        const slashComment = options.slashComments && ch === '/' && next === '/' && text[i - 1] !== ':' && text[i - 1] !== '/';
        if ((ch === '-' && next === '-') || (options.hashComments && ch === '#') || slashComment) {
            const end = text.indexOf('\n', i);
            advanceTo(end < 0 ? text.length : end);
            continue;
        }
        if (ch === '/' && next === '*') {
            let j = i + 2;
            let level = 1;
            while (j < text.length && level > 0) {
                if (text[j] === '*' && text[j + 1] === '/') {
                    level--;
                    j += 2;
                }
                else if (options.nestedComments && text[j] === '/' && text[j + 1] === '*') {
                    level++;
                    j += 2;
                }
                else
                    j++;
            }
            advanceTo(j);
            continue;
        }
        // Strings and quoted identifiers.
        if (options.tripleQuotes && (ch === "'" || ch === '"') && text.startsWith(ch.repeat(3), i)) {
            const end = text.indexOf(ch.repeat(3), i + 3);
            advanceTo(end < 0 ? text.length : end + 3);
            push('string', start, startLine, startColumn, i);
            continue;
        }
        if (ch === "'") {
            advanceTo(quotedEnd(i + 1, "'", options.backslashEscapes));
            push('string', start, startLine, startColumn, i);
            continue;
        }
        if (ch === '"') {
            advanceTo(quotedEnd(i + 1, '"', options.backslashEscapes && options.backticks));
            push('quoted', start, startLine, startColumn, i);
            continue;
        }
        if (ch === '`' && options.backticks) {
            advanceTo(quotedEnd(i + 1, '`', false));
            push('quoted', start, startLine, startColumn, i);
            continue;
        }
        if (ch === '[' && options.brackets) {
            const end = text.indexOf(']', i + 1);
            advanceTo(end < 0 ? text.length : end + 1);
            push('quoted', start, startLine, startColumn, i);
            continue;
        }
        if (ch === '$' && options.dollarQuotes) {
            // `$$` or `$tag$` opens a body that only the same delimiter closes; `$1` is a parameter.
            const match = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 66));
            if (match) {
                const delimiter = match[0];
                const end = text.indexOf(delimiter, i + delimiter.length);
                advanceTo(end < 0 ? text.length : end + delimiter.length);
                push('string', start, startLine, startColumn, i);
                continue;
            }
        }
        if (isWordStart(ch)) {
            let j = i + 1;
            while (j < text.length && isWordPart(text[j]))
                j++;
            const word = text.slice(i, j).toUpperCase();
            // `U&'…'` carries its `&`.
            if (word === 'U' && text[j] === '&' && text[j + 1] === "'")
                j++;
            const prefix = text.slice(i, j).toUpperCase();
            if (STRING_PREFIXES.has(prefix) && (text[j] === "'" || (text[j] === '"' && (prefix === 'R' || prefix === 'B' || prefix === 'RB' || prefix === 'BR')))) {
                const quote = text[j];
                const raw = prefix.includes('R');
                const escapes = prefix === 'E' || (!raw && options.backslashEscapes);
                if (options.tripleQuotes && text.startsWith(quote.repeat(3), j)) {
                    const end = text.indexOf(quote.repeat(3), j + 3);
                    advanceTo(end < 0 ? text.length : end + 3);
                }
                else {
                    advanceTo(quotedEnd(j + 1, quote, escapes));
                }
                push('string', start, startLine, startColumn, i);
                continue;
            }
            advanceTo(j);
            push('word', start, startLine, startColumn, i);
            continue;
        }
        if (tokens_isDigit(ch) || (ch === '.' && tokens_isDigit(next))) {
            let j = i + 1;
            while (j < text.length && /[0-9._]/.test(text[j]))
                j++;
            if ((text[j] === 'e' || text[j] === 'E') && (tokens_isDigit(text[j + 1]) || ((text[j + 1] === '+' || text[j + 1] === '-') && tokens_isDigit(text[j + 2])))) {
                j += 2;
                while (j < text.length && tokens_isDigit(text[j]))
                    j++;
            }
            advanceTo(j);
            push('number', start, startLine, startColumn, i);
            continue;
        }
        if (ch === ')')
            depth = Math.max(0, depth - 1);
        const pair = text.slice(i, i + 2);
        const width = TWO_CHAR_SYMBOLS.has(pair) ? 2 : 1;
        advanceTo(i + width);
        push('symbol', start, startLine, startColumn, i);
        if (ch === '(')
            depth++;
    }
    return tokens;
}
/** Tokens split into statements at top-level `;` (the `;` itself is dropped). */
function splitStatements(tokens) {
    const statements = [];
    let current = [];
    for (const token of tokens) {
        if (token.kind === 'symbol' && token.text === ';') {
            if (current.length > 0)
                statements.push(current);
            current = [];
            continue;
        }
        current.push(token);
    }
    if (current.length > 0)
        statements.push(current);
    return statements;
}
/** Whether `token` is the keyword `word` (an unquoted word; case-insensitive). */
function isKeyword(token, word) {
    return token !== undefined && token.kind === 'word' && token.upper === word;
}

;// CONCATENATED MODULE: ./src/analyzers/sql/token-statements.ts
// Reading statements from tokens when the parser rejected the file: the statement's verb (past a
// leading WITH list or a `BEGIN` block opener), the table a DML statement names, and keywords at
// the statement's own parenthesis level. An approximation by design; rules that use it say so.

const VERBS = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'TRUNCATE', 'CREATE', 'DROP', 'ALTER', 'COPY', 'WITH', 'VALUES', 'CALL', 'GRANT', 'PUT']);
/** The statement's main verb and its index: `with a as (…) delete from t` → DELETE. */
function statementVerb(tokens) {
    let index = 0;
    // A Snowflake scripting block (`BEGIN delete from t; …`) or `BEGIN TRANSACTION` opener.
    while (isKeyword(tokens[index], 'BEGIN') || isKeyword(tokens[index], 'DECLARE'))
        index++;
    const first = tokens[index];
    if (!first || first.kind !== 'word')
        return undefined;
    const base = first.depth;
    if (first.upper !== 'WITH')
        return VERBS.has(first.upper) ? { verb: first.upper, index } : undefined;
    // Past the CTE list: the first verb at the statement's level that follows a closing parenthesis.
    for (let i = index + 1; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.depth !== base || token.kind !== 'word' || !VERBS.has(token.upper))
            continue;
        const previous = tokens[i - 1];
        if (previous?.kind === 'symbol' && previous.text === ')')
            return { verb: token.upper, index: i };
    }
    return undefined;
}
/** A dotted name starting at `index` (`analytics.orders`, `"raw"."Orders"`); empty when none. */
function token_statements_dottedName(tokens, index) {
    const parts = [];
    let i = index;
    while (i < tokens.length) {
        const token = tokens[i];
        if (token.kind !== 'word' && token.kind !== 'quoted')
            break;
        parts.push(token.text);
        const dot = tokens[i + 1];
        if (dot?.kind === 'symbol' && dot.text === '.')
            i += 2;
        else {
            i++;
            break;
        }
    }
    return { name: parts.join('.'), end: i };
}
/** Index of the first keyword `word` after `from` at the same parenthesis depth as `tokens[from]`; -1 if none. */
function findAtLevel(tokens, from, word) {
    const depth = tokens[from]?.depth ?? 0;
    for (let i = from + 1; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.depth < depth)
            return -1;
        if (token.depth === depth && isKeyword(token, word))
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/analyzers/rules/sql/support.ts

/** The file's statements when it parsed; undefined otherwise (the AST rules then stay silent). */
function parsedStatements(ctx) {
    const result = ctx.sql?.result;
    return result?.ok ? result.statements : undefined;
}
/** The SQL the parser rejected, when it did: the input of token-based fallbacks. */
function unparsedSql(ctx) {
    const sql = ctx.sql;
    if (!sql || sql.result.ok)
        return undefined;
    return { text: sql.text, statements: splitStatements(tokens_scanSql(sql.text, tokens_scanOptionsFor(sql.dialect))) };
}
/** The file's tokens (neutralised SQL), for facts the AST does not record, such as keyword positions. */
function sqlTokens(ctx) {
    return ctx.sql ? scanSql(ctx.sql.text, scanOptionsFor(ctx.sql.dialect)) : [];
}
const APPROXIMATE = '(approximate: the file did not parse)';
/**
 * Reports a finding of a token-based fallback: an approximation, so never more than a warning,
 * and marked as such in the message.
 */
function reportApproximate(ctx, report) {
    ctx.report({ ...report, message: `${report.message} ${APPROXIMATE}`, severity: 'warning' });
}
/** Whether the change added a line in [start, end] (or the whole file is under review). */
function changeTouches(ctx, start, end) {
    if (ctx.fullFileReview)
        return true;
    for (let line = start; line <= end; line++)
        if (ctx.file.addedLines.has(line))
            return true;
    return false;
}
/**
 * One-off migrations run once by a migration tool (Flyway `V3__add_orders.sql`,
 * golang-migrate `0003_add_orders.up.sql`), so "re-runnable" rules do not apply to them.
 * Flyway's repeatable `R__` scripts do re-run and are judged.
 */
function isOneOffMigration(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return /^V\d+(?:[._]\d+)*__/.test(base) || /^\d+_.+\.(?:up|down)\.sql$/i.test(base);
}
/**
 * Line ranges of Jinja `{% if %}` blocks whose condition reads `target` (dev sampling such as
 * `{% if target.name == 'dev' %} limit 100 {% endif %}`): SQL there does not run in production.
 * Jinja tags are found by their delimiters, which SQL does not use; nesting is tracked.
 */
function targetGuardedLines(template) {
    const lines = new Set();
    const stack = [];
    // Tags come in order, so the line count advances with them.
    let counted = 0;
    let currentLine = 1;
    const lineAt = (offset) => {
        for (; counted < offset; counted++)
            if (template.charCodeAt(counted) === 10)
                currentLine++;
        return currentLine;
    };
    for (const match of template.matchAll(/\{%-?\s*(if|elif|else|endif)\b([\s\S]*?)-?%\}/g)) {
        const keyword = match[1];
        const line = lineAt(match.index);
        if (keyword === 'if')
            stack.push({ line, target: /\btarget\b/.test(match[2] ?? '') });
        else if (keyword === 'elif' || keyword === 'else') {
            const top = stack[stack.length - 1];
            if (top && keyword === 'elif' && /\btarget\b/.test(match[2] ?? ''))
                top.target = true;
        }
        else {
            const top = stack.pop();
            if (top?.target)
                for (let current = top.line; current <= line; current++)
                    lines.add(current);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/analyzers/rules/sql/sql-005.ts
// SQL-005: DELETE or UPDATE with no WHERE, in a pipeline script. Semantics of sql-lint's
// `missing-where` and Liquibase's NoDeleteWithoutWhere, with one decision of ours: a WHERE that
// is always true (`WHERE 1 = 1`, `WHERE TRUE`) scopes nothing and is reported too — it is how
// "safe update" guards are bypassed, not a filter. (TRUNCATE, the explicit full wipe, is SQL-023.)
// When the file did not parse, a token scan finds the same statements; those findings are
// approximate and only warnings.






const fix = 'Scope it with a WHERE on the slice this run owns (e.g. its load date or batch id), or use TRUNCATE / INSERT OVERWRITE if a full reload is meant.';
function fromAst(ctx) {
    const statements = parsedStatements(ctx);
    if (!statements)
        return;
    for (const statement of scriptStatements(statements)) {
        const { action } = statement;
        if (action.kind !== 'delete' && action.kind !== 'update')
            continue;
        const verb = action.kind === 'delete' ? 'DELETE' : 'UPDATE';
        const table = action.table.length > 0 ? `\`${tableLabel(action.table)}\`` : 'the table';
        let problem;
        if (action.where === undefined)
            problem = `${verb} on ${table} has no WHERE clause: it ${action.kind === 'delete' ? 'removes' : 'rewrites'} every row on every run.`;
        else if (isAlwaysTrue(action.where))
            problem = `${verb} on ${table} has a WHERE that is always true, so it ${action.kind === 'delete' ? 'removes' : 'rewrites'} every row on every run.`;
        if (!problem)
            continue;
        ctx.report({
            line: statement.line,
            endLine: statement.range?.end.line ?? statement.line,
            message: `${problem} ${fix}`,
            snippet: lineText(ctx.head, statement.line),
        });
    }
}
// `WHERE 1 = 1` / `WHERE TRUE` as the whole condition, read from tokens.
function alwaysTrueTokens(tokens) {
    const texts = tokens.map((token) => token.upper);
    if (texts.length === 1)
        return texts[0] === 'TRUE' || (tokens[0]?.kind === 'number' && Number(texts[0]) !== 0);
    return texts.length === 3 && texts[1] === '=' && texts[0] === texts[2] && tokens[0]?.kind !== 'word';
}
// Approximation: the statement's verb and its WHERE are found by keyword at the statement's own
// parenthesis level; a WHERE inside a subquery does not count.
function fromTokens(ctx) {
    const unparsed = unparsedSql(ctx);
    if (!unparsed)
        return;
    for (const tokens of unparsed.statements) {
        const head = statementVerb(tokens);
        if (!head || (head.verb !== 'DELETE' && head.verb !== 'UPDATE'))
            continue;
        const verbToken = tokens[head.index];
        let nameAt = head.index + 1;
        if (head.verb === 'DELETE' && isKeyword(tokens[nameAt], 'FROM'))
            nameAt++;
        const table = token_statements_dottedName(tokens, nameAt).name;
        const where = findAtLevel(tokens, head.index, 'WHERE');
        let problem;
        if (where < 0)
            problem = 'has no WHERE clause';
        else {
            const condition = tokens.slice(where + 1).filter((token) => token.depth === verbToken.depth);
            if (alwaysTrueTokens(condition))
                problem = 'has a WHERE that is always true';
        }
        if (!problem)
            continue;
        const last = tokens[tokens.length - 1];
        reportApproximate(ctx, {
            line: verbToken.line,
            endLine: last.line,
            message: `${head.verb} on ${table ? `\`${table}\`` : 'the table'} ${problem}: it affects every row on every run. ${fix}`,
            snippet: lineText(ctx.head, verbToken.line),
        });
    }
}
const deleteUpdateWithoutWhere = {
    meta: {
        id: 'SQL-005',
        title: 'DELETE or UPDATE without WHERE',
        domain: 'sql',
        checklist: ['STD-04', 'CODE-03'],
        severity: 'error',
        rationale: 'A pipeline step that deletes or updates must touch only the slice of data the run owns; that is what makes a re-run or ' +
            'a backfill safe. Without a WHERE (or with one that is always true) the statement wipes or rewrites the whole table, ' +
            'including history other runs produced.',
        examples: {
            bad: 'delete from analytics.daily_orders;\ninsert into analytics.daily_orders select * from staging.orders;',
            good: "delete from analytics.daily_orders where order_date = '{{ ds }}';\n" +
                "insert into analytics.daily_orders select order_id, order_date, amount from staging.orders where order_date = '{{ ds }}';",
        },
        appliesTo: ['sql-script'],
    },
    check(ctx) {
        fromAst(ctx);
        fromTokens(ctx);
    },
};

;// CONCATENATED MODULE: ./src/analyzers/rules/sql/index.ts


const sqlRules = [finalSelectUnknownColumns, deleteUpdateWithoutWhere];

;// CONCATENATED MODULE: ./src/analyzers/rules/index.ts




const rules_rules = [...sqlRules, ...dbtRules, ...airflowRules, ...governanceRules];

;// CONCATENATED MODULE: ./src/report/rule-catalogue.ts
// Rule metadata in the shape the SARIF writer needs, from the rules' own metadata.

function ruleCatalogue() {
    return new Map(rules_rules.map((rule) => [rule.meta.id, { id: rule.meta.id, title: rule.meta.title, rationale: rule.meta.rationale, checklist: rule.meta.checklist }]));
}

;// CONCATENATED MODULE: ./src/review/gate.ts
function evaluateGate(review, failOn, llmMode) {
    if (!review.triggered)
        return { fail: false, reason: 'no data files changed' };
    if (llmMode === 'required' && review.llm.status !== 'ok') {
        return { fail: true, reason: `the LLM review is required but did not complete (${review.llm.status}${review.llm.error ? `: ${review.llm.error}` : ''})` };
    }
    const errors = review.findings.filter((f) => f.severity === 'error').length;
    const warnings = review.findings.filter((f) => f.severity === 'warning').length;
    // An escalation a person approved (on its current evidence) no longer holds the change.
    const escalations = review.escalations.filter((escalation) => escalation.decision !== 'approved').length;
    const reasons = [];
    if (failOn !== 'never' && errors > 0)
        reasons.push(`${errors} error finding(s)`);
    if ((failOn === 'escalation' || failOn === 'warning') && escalations > 0)
        reasons.push(`${escalations} escalation(s) awaiting a human decision`);
    if (failOn === 'warning' && warnings > 0)
        reasons.push(`${warnings} warning finding(s)`);
    if (reasons.length === 0)
        return { fail: false, reason: `nothing at or above fail-on '${failOn}'` };
    return { fail: true, reason: `${reasons.join(', ')} (fail-on: ${failOn})` };
}

;// CONCATENATED MODULE: ./src/escalation/detectors/materialization-changed.ts
const DETECTOR_ID = 'materialization-changed';
const DBT_DEFAULT_MATERIALIZATION = 'view';
// Materializations that refresh only part of the data on each run.
const INCREMENTAL_FAMILY = new Set(['incremental', 'materialized_view', 'dynamic_table']);
const DESCRIPTIONS = {
    view: 'no storage, computed at query time, always current but slower to query',
    table: 'rebuilt completely on every run: simple and always consistent, at a compute cost that grows with the data',
    incremental: 'processes only new or changed rows each run: cheaper at volume, but needs a unique key, late-data handling and planned full refreshes',
    ephemeral: 'inlined as a CTE into its consumers: no object in the warehouse, not queryable or testable on its own',
    materialized_view: 'refreshed by the warehouse: fresh and cheap to query, with engine-specific limits on the SQL it accepts',
    dynamic_table: 'refreshed by Snowflake to a target lag: incremental where the engine can, full where it cannot',
};
function materializationOf(config) {
    const located = config['materialized'];
    if (!located)
        return { known: true, name: DBT_DEFAULT_MATERIALIZATION };
    // A value that needs rendering (`var('mat')`, a Jinja string) is not compared: we would guess.
    if (located.value.kind !== 'string')
        return { known: false };
    return { known: true, name: located.value.value.trim().toLowerCase(), origin: located };
}
function sameMaterialization(a, b) {
    return a.known && b.known ? a.name === b.name : !a.known && !b.known;
}
function describeOrigin(m) {
    if (!m.origin)
        return 'dbt default';
    const where = m.origin.layer === 'in-file' ? 'config() in' : m.origin.layer === 'properties' ? 'properties config in' : 'folder config in';
    return `${where} ${m.origin.file} line ${m.origin.line}`;
}
function optionsFor(from, to) {
    const describe = (name) => DESCRIPTIONS[name] ?? 'see the adapter documentation for its trade-offs';
    if (INCREMENTAL_FAMILY.has(to) && !INCREMENTAL_FAMILY.has(from)) {
        return [
            `Keep ${from}: ${describe(from)}.`,
            `Adopt ${to} with a unique_key and an is_incremental() filter, plus a written --full-refresh plan for backfills, late-arriving data and schema changes.`,
            `Adopt ${to} with a lookback window (re-process the last N days on each run) and scheduled full refreshes to correct drift.`,
        ];
    }
    if (INCREMENTAL_FAMILY.has(from) && !INCREMENTAL_FAMILY.has(to)) {
        return [
            `Keep ${from}: ${describe(from)}.`,
            `Adopt ${to}: ${describe(to)}; measure the full rebuild's run time and cost at today's volume first.`,
            'Keep incremental but schedule periodic full refreshes, if the switch is meant to fix drift or duplicates.',
        ];
    }
    return [`Keep ${from}: ${describe(from)}.`, `Adopt ${to}: ${describe(to)}.`];
}
function triggerFor(_from, _to) {
    // Every switch of materialization (view, table, incremental, microbatch, …) changes how the
    // model is rebuilt and backfilled, which is the incremental-vs-full-refresh decision as the
    // product defines it. A view ↔ table switch is a cost trade-off as well; the escalation's
    // options say so rather than raising a second decision for the same line.
    return 'incremental-vs-full-refresh';
}
function collectCandidates(ctx, head, base) {
    const files = ctx.changeSet.files;
    const previousPath = new Map();
    for (const file of files)
        if (file.status === 'renamed' && file.previousPath)
            previousPath.set(file.path, file.previousPath);
    const changed = new Set(files.filter((file) => file.status !== 'removed').map((file) => file.path));
    const candidates = new Map();
    const consider = (headPath) => {
        if (candidates.has(headPath) || !head.model(headPath))
            return;
        const basePath = previousPath.get(headPath) ?? headPath;
        // No model at base: the model is new, so nothing is switched.
        if (!base.model(basePath))
            return;
        candidates.set(headPath, { headPath, basePath, fileChanged: changed.has(headPath) });
    };
    for (const file of files) {
        const basePath = file.previousPath ?? file.path;
        const headKind = file.status === 'removed' ? 'other' : head.fileKind(file.path);
        const baseKind = file.status === 'added' ? 'other' : base.fileKind(basePath);
        if (headKind === 'model')
            consider(file.path);
        if (headKind === 'properties' || baseKind === 'properties') {
            const names = new Set();
            if (headKind === 'properties')
                for (const entry of head.propertiesInFile(file.path))
                    if (entry.resource === 'model')
                        names.add(entry.name);
            if (baseKind === 'properties')
                for (const entry of base.propertiesInFile(basePath))
                    if (entry.resource === 'model')
                        names.add(entry.name);
            for (const name of names)
                for (const model of head.modelsNamed(name))
                    consider(model.path);
        }
        if (headKind === 'project' || baseKind === 'project') {
            for (const model of head.models)
                if (model.project?.file === file.path)
                    consider(model.path);
        }
    }
    return [...candidates.values()];
}
const materializationChanged = {
    id: DETECTOR_ID,
    triggers: ['incremental-vs-full-refresh', 'performance-vs-cost'],
    async detect(ctx) {
        if (!ctx.dbt)
            return [];
        const { head, base } = ctx.dbt;
        const escalations = [];
        for (const candidate of collectCandidates(ctx, head, base)) {
            // A model file outside the change has the same config() on both sides: when the layers
            // under it agree, the effective value cannot differ, and the file need not be read.
            if (!candidate.fileChanged) {
                const headLower = materializationOf(head.mergeModelConfig(candidate.headPath, []));
                const baseLower = materializationOf(base.mergeModelConfig(candidate.basePath, []));
                if (sameMaterialization(headLower, baseLower))
                    continue;
            }
            const now = materializationOf(await head.resolveModelConfig(candidate.headPath));
            const before = materializationOf(await base.resolveModelConfig(candidate.basePath));
            if (!now.known || !before.known || now.name === before.name)
                continue;
            const model = head.model(candidate.headPath)?.name ?? candidate.headPath;
            const switchText = `${before.name} → ${now.name}`;
            const evidenceLine = now.origin ? { file: now.origin.file, line: now.origin.line } : { file: candidate.headPath, line: 1 };
            escalations.push({
                trigger: triggerFor(before.name, now.name),
                subject: model,
                title: `Materialization of ${model} changes from ${before.name} to ${now.name}`,
                problem: `The effective materialization of dbt model \`${model}\` changes from ${before.name} (${describeOrigin(before)}) ` +
                    `to ${now.name} (${describeOrigin(now)}). ${capitalise(before.name)}: ${DESCRIPTIONS[before.name] ?? 'adapter-specific'}. ` +
                    `${capitalise(now.name)}: ${DESCRIPTIONS[now.name] ?? 'adapter-specific'}. The choice trades data volume, run cost and ` +
                    'freshness against accuracy and operational simplicity, and it changes how the model is backfilled: a human should make it deliberately.',
                evidence: [{ ...evidenceLine, text: switchText }],
                options: optionsFor(before.name, now.name),
                source: 'rule',
                detector: DETECTOR_ID,
            });
        }
        return escalations;
    },
};
const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

;// CONCATENATED MODULE: ./src/escalation/detectors/index.ts

const detectors = [materializationChanged];

;// CONCATENATED MODULE: ./src/analyzers/cached-reader.ts
/** Wraps a reader so that each (side, path) is read once and each side's file list fetched once. */
function cachedReader(reader) {
    const contents = new Map();
    const lists = new Map();
    return {
        read(side, path) {
            const key = `${side}\0${path}`;
            let pending = contents.get(key);
            if (!pending) {
                pending = reader.read(side, path);
                contents.set(key, pending);
                // A failed read is not cached, so a later caller may retry it.
                pending.catch(() => contents.delete(key));
            }
            return pending;
        },
        listFiles(side) {
            let pending = lists.get(side);
            if (!pending) {
                pending = reader.listFiles(side);
                lists.set(side, pending);
                pending.catch(() => lists.delete(side));
            }
            return pending;
        },
    };
}

;// CONCATENATED MODULE: ./src/analyzers/concurrency.ts
// Bounded parallelism for reads: a change may touch hundreds of files, and the GitHub content
// source turns each read into an API request, so reads go a few at a time instead of all at once.
/** Maps `items` through `fn` with at most `limit` calls in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/analyzers/sql/parser.ts
// SQL parsing through @guanmingchiu/sqlparser-ts, the WASM build of the Rust sqlparser used by
// Apache DataFusion. Why this parser (measured, see /work/shared/DESIGN.md §3): on real dbt
// models after Jinja neutralisation it parsed 84% (Snowflake) / 71% (BigQuery) of files against
// 78% / 49% for node-sql-parser, at ~0.35 ms per file against 1.3–2.9 ms; it covers Snowflake,
// BigQuery, Redshift, Databricks, Spark, Postgres and DuckDB; it reports spans with line and
// column, which is what lets findings land on PR lines; and it is Apache-2.0. sql-parser-cst
// would have been a fine fit technically, but it is GPL and would make the bundled action GPL.
//
// The WASM module is loaded once per process, lazily, on the first parse.


/** The SQL dialects a review can be configured with (dbt adapter names are accepted too, see toSqlDialect). */
const SQL_DIALECTS = [
    'generic',
    'ansi',
    'snowflake',
    'bigquery',
    'redshift',
    'postgres',
    'databricks',
    'spark',
    'duckdb',
    'mysql',
    'mssql',
    'sqlite',
    'clickhouse',
    'hive',
    'oracle',
    'teradata',
];
// Names users and dbt adapters use for engines whose SQL one of our dialects reads best.
// Engines without a dedicated grammar (Trino, Athena, Dremio…) fall back to the generic one.
const DIALECT_ALIASES = {
    postgresql: 'postgres',
    pg: 'postgres',
    materialize: 'postgres',
    alloydb: 'postgres',
    cockroachdb: 'postgres',
    greenplum: 'postgres',
    sqlserver: 'mssql',
    fabric: 'mssql',
    synapse: 'mssql',
    tsql: 'mssql',
    spark_sql: 'spark',
    sparksql: 'spark',
    glue: 'spark',
    impala: 'hive',
    singlestore: 'mysql',
    mariadb: 'mysql',
    tidb: 'mysql',
    motherduck: 'duckdb',
    trino: 'generic',
    presto: 'generic',
    athena: 'generic',
    starburst: 'generic',
    dremio: 'generic',
    exasol: 'generic',
    vertica: 'generic',
    firebolt: 'generic',
};
/** Maps a dialect or dbt adapter name (case-insensitive) to a dialect; undefined when unknown. */
function toSqlDialect(name) {
    const normalised = name.trim().toLowerCase().replace(/-/g, '_');
    if (SQL_DIALECTS.includes(normalised))
        return normalised;
    return DIALECT_ALIASES[normalised];
}
// Our dialect names → the parser's own names.
function parserDialectName(dialect) {
    return dialect === 'postgres' ? 'postgresql' : dialect;
}
let parser_loading;
/** Loads and initialises the parser once; later calls share the same promise. */
function loadSqlParser() {
    parser_loading ??= (async () => {
        const mod = await importRuntime(vendorFile('sqlparser-ts/dist/index.mjs', '@guanmingchiu/sqlparser-ts/dist/index.mjs'));
        await mod.init();
        // One parser per dialect, reused: trailing commas are accepted because Jinja loops
        // (`{% for c in cols %}{{ c }},{% endfor %}`) leave them behind after neutralisation.
        const parsers = new Map();
        const parserFor = (dialect) => {
            let parser = parsers.get(dialect);
            if (!parser) {
                const resolved = mod.dialectFromString(parserDialectName(dialect)) ?? new mod.GenericDialect();
                parser = new mod.Parser(resolved).withOptions({ trailingCommas: true });
                parsers.set(dialect, parser);
            }
            return parser;
        };
        return (text, dialect) => {
            try {
                const raw = parserFor(dialect).parse(text);
                return { ok: true, statements: lowerStatements(raw), dialect };
            }
            catch (error) {
                return describeParseError(error);
            }
        };
    })();
    // A failed load is not cached: the next call may succeed (and tests can observe the failure).
    parser_loading.catch(() => {
        parser_loading = undefined;
    });
    return parser_loading;
}
/** Parses SQL text; never throws (a parser that cannot load is reported as a parse failure). */
async function parseSql(text, dialect) {
    let parse;
    try {
        parse = await loadSqlParser();
    }
    catch (error) {
        return { ok: false, error: `the SQL parser could not load: ${error instanceof Error ? error.message : String(error)}` };
    }
    return parse(text, dialect);
}
function describeParseError(error) {
    const message = error instanceof Error ? error.message : String(error);
    const location = error instanceof Error && 'location' in error ? error.location : undefined;
    let line;
    let column;
    if (location && typeof location === 'object' && 'line' in location && typeof location.line === 'number') {
        line = location.line;
        if ('column' in location && typeof location.column === 'number')
            column = location.column;
    }
    else {
        // sqlparser-rs puts the position in the message text: "... at Line: 3, Column: 7".
        const match = /Line: (\d+), Column: (\d+)/.exec(message);
        if (match?.[1] && match[2]) {
            line = Number(match[1]);
            column = Number(match[2]);
        }
    }
    const cleaned = message.replace(/^sql parser error:\s*/i, '').replace(/\s+at Line: \d+, Column: \d+\s*$/, '');
    return { ok: false, error: cleaned, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) };
}

;// CONCATENATED MODULE: ./src/analyzers/yaml.ts
// YAML read into a small positioned tree: every node knows the lines it spans, so findings on
// dbt properties and dbt_project.yml point at the line a human would edit. Built on the `yaml`
// package's document API (which keeps source ranges) instead of its plain-JS output.

// Aliases can point at each other; a bound keeps a malicious or broken file from looping.
const MAX_ALIAS_DEPTH = 20;
/** Parses one YAML document; never throws. An empty document gives `root: undefined`. */
function parseYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    let doc;
    try {
        // prettyErrors (the default) is what fills in each error's line and column.
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter });
    }
    catch (error) {
        return { ok: false, error: `YAML could not be read: ${error instanceof Error ? error.message : String(error)}` };
    }
    const first = doc.errors[0];
    if (first) {
        const line = first.linePos?.[0]?.line;
        const message = (first.message.split('\n')[0] ?? first.message).replace(/:\s*$/, '');
        return { ok: false, error: `YAML error: ${message}`, ...(line ? { line } : {}) };
    }
    const lineOf = (offset) => lineCounter.linePos(Math.max(0, offset)).line;
    const position = (node) => {
        const range = node.range;
        if (!range)
            return { line: 1, endLine: 1 };
        const line = lineOf(range[0]);
        return { line, endLine: Math.max(line, lineOf(range[1] - 1)) };
    };
    const convert = (node, depth) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = depth < MAX_ALIAS_DEPTH ? node.resolve(doc) : undefined;
            return target ? convert(target, depth + 1) : { kind: 'scalar', value: null, ...position(node) };
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = [];
            const merged = [];
            for (const pair of node.items) {
                const keyNode = pair.key;
                const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : String(keyNode);
                const keyLine = (0,dist/* isScalar */.jn)(keyNode) && keyNode.range ? lineOf(keyNode.range[0]) : position(node).line;
                const value = pair.value === null ? { kind: 'scalar', value: null, line: keyLine, endLine: keyLine } : convert(pair.value, depth);
                // `<<: *anchor` merges the anchored map's keys under the explicit ones (YAML 1.1 merge
                // keys, which dbt users rely on; the yaml package leaves them as a plain key in 1.2 mode).
                if (key === '<<' && value.kind !== 'scalar') {
                    const sources = value.kind === 'map' ? [value] : value.items;
                    for (const source of sources)
                        if (source.kind === 'map')
                            merged.push(...source.entries);
                }
                else {
                    entries.push({ key, keyLine, value });
                }
            }
            for (const entry of merged)
                if (!entries.some((e) => e.key === entry.key))
                    entries.push(entry);
            return { kind: 'map', entries, ...position(node) };
        }
        if ((0,dist/* isSeq */.oP)(node))
            return { kind: 'seq', items: node.items.map((item) => convert(item, depth)), ...position(node) };
        if ((0,dist/* isScalar */.jn)(node)) {
            const raw = node.value;
            const value = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw === null ? raw : String(raw);
            return { kind: 'scalar', value, ...position(node) };
        }
        return { kind: 'scalar', value: null, line: 1, endLine: 1 };
    };
    return { ok: true, root: doc.contents === null ? undefined : convert(doc.contents, 0) };
}
/** The value under `key` of a map node. */
function yamlGet(node, key) {
    if (node?.kind !== 'map')
        return undefined;
    return node.entries.find((entry) => entry.key === key)?.value;
}
/** The entry (key with its line) under `key` of a map node. */
function yamlEntry(node, key) {
    if (node?.kind !== 'map')
        return undefined;
    return node.entries.find((entry) => entry.key === key);
}
function yamlString(node) {
    return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}
/** Items of a sequence node; a missing or non-sequence node has none. */
function yamlItems(node) {
    return node?.kind === 'seq' ? node.items : [];
}
/** A string or a list of strings (dbt accepts both for paths), else the fallback. */
function yamlStringList(node, fallback) {
    if (!node)
        return fallback;
    const single = yamlString(node);
    if (single !== undefined)
        return [single];
    const items = yamlItems(node)
        .map(yamlString)
        .filter((item) => item !== undefined);
    return node.kind === 'seq' ? items : fallback;
}
/** The plain JS value of a node (for config values), positions dropped. */
function yamlPlain(node) {
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.map(yamlPlain);
        case 'map': {
            const out = {};
            for (const entry of node.entries)
                out[entry.key] = yamlPlain(entry.value);
            return out;
        }
    }
}

;// CONCATENATED MODULE: ./src/analyzers/dbt/dialect.ts


const basename = (p) => p.slice(p.lastIndexOf('/') + 1);
async function readText(reader, side, path) {
    try {
        const content = await reader.read(side, path);
        return content.kind === 'text' ? content.text : undefined;
    }
    catch {
        // A file we cannot read is simply no evidence for the dialect.
        return undefined;
    }
}
/** The adapter type of a profile: its target's output, or the single type all outputs share. */
function profileType(profile) {
    const outputs = yamlGet(profile, 'outputs');
    if (outputs?.kind !== 'map')
        return undefined;
    const target = yamlString(yamlGet(profile, 'target'));
    // A target given as Jinja (`"{{ env_var('DBT_TARGET', 'dev') }}"`) is not resolvable here.
    const chosen = target !== undefined && !target.includes('{{') ? yamlString(yamlGet(yamlGet(outputs, target), 'type')) : undefined;
    if (chosen !== undefined)
        return chosen;
    const types = new Set(outputs.entries.map((entry) => yamlString(yamlGet(entry.value, 'type'))).filter((t) => t !== undefined));
    return types.size === 1 ? [...types][0] : undefined;
}
function fromProfiles(text, profileNames) {
    const parsed = parseYaml(text);
    if (!parsed.ok || parsed.root?.kind !== 'map')
        return undefined;
    for (const name of profileNames) {
        const type = profileType(yamlGet(parsed.root, name));
        if (type !== undefined)
            return type;
    }
    // No project names its profile: a file with a single profile is unambiguous.
    const profiles = parsed.root.entries.filter((entry) => entry.key !== 'config');
    return profiles.length === 1 ? profileType(profiles[0]?.value) : undefined;
}
function fromSqlfluff(text) {
    for (const line of text.split('\n')) {
        const [key, value] = line.split('=').map((part) => part.trim());
        if (key === 'dialect' && value)
            return value;
    }
    return undefined;
}
function fromRequirements(text) {
    for (const match of text.matchAll(/\bdbt-([a-z0-9_-]+)/gi)) {
        const adapter = match[1];
        if (adapter && toSqlDialect(adapter))
            return adapter;
    }
    return undefined;
}
/** Infers the dialect from the repository at `side`; undefined when nothing says. */
async function inferDialect(index, reader, side) {
    const files = [...index.files];
    const profileNames = index.projects.map((project) => project.profile).filter((name) => name !== undefined);
    for (const path of files.filter((p) => basename(p) === 'profiles.yml')) {
        const text = await readText(reader, side, path);
        const type = text === undefined ? undefined : fromProfiles(text, profileNames);
        const dialect = type === undefined ? undefined : toSqlDialect(type);
        if (dialect)
            return { dialect, from: `${path} (type: ${type})` };
    }
    for (const path of files.filter((p) => basename(p) === '.sqlfluff')) {
        const text = await readText(reader, side, path);
        const name = text === undefined ? undefined : fromSqlfluff(text);
        const dialect = name === undefined ? undefined : toSqlDialect(name);
        if (dialect)
            return { dialect, from: `${path} (dialect = ${name})` };
    }
    const requirementFiles = files.filter((p) => {
        const base = basename(p);
        return (base.startsWith('requirements') && base.endsWith('.txt')) || base === 'pyproject.toml' || base === 'Pipfile' || base === 'setup.py';
    });
    for (const path of requirementFiles) {
        const text = await readText(reader, side, path);
        const adapter = text === undefined ? undefined : fromRequirements(text);
        const dialect = adapter === undefined ? undefined : toSqlDialect(adapter);
        if (dialect)
            return { dialect, from: `${path} (dbt-${adapter})` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/analyzers/dbt/graph.ts




const DEFAULT_MAX_FILE_READS = 5000;
const READ_CONCURRENCY = 8;
// Hub packages known to ship macros and tests only: a name they cannot define is still unknown.
const MACRO_ONLY_PACKAGES = new Set([
    'dbt_utils',
    'dbt_expectations',
    'dbt_date',
    'codegen',
    'audit_helper',
    'dbt_external_tables',
    'spark_utils',
    'dbt_constraints',
    'dbt_meta_testing',
    'metrics',
    'datavault4dbt',
    'dbt_profiler',
]);
const graph_basename = (p) => p.slice(p.lastIndexOf('/') + 1);
const dirname = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const graph_stem = (p) => {
    const base = graph_basename(p);
    return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
};
const graph_literal = (value) => (value?.kind === 'string' ? value.value : undefined);
const sourceKey = (source, table) => `${source}\0${table}`;
/** Reads `ref('x')`, `ref('pkg', 'x')`, `source('raw', 'orders')` (with or without `{{ }}`); undefined otherwise. */
function parseNodeReference(text) {
    const inner = text.trim().replace(/^\{\{-?/, '').replace(/-?\}\}$/, '');
    const tokens = tokenizeExpression(inner);
    const head = tokens[0];
    if (head?.kind !== 'name' || tokens[1]?.text !== '(')
        return undefined;
    const args = readCallArguments(tokens, inner, 1);
    const strings = args.positional.map(graph_literal);
    if (head.text === 'ref') {
        const name = strings.length >= 2 ? strings[1] : strings[0];
        if (name === undefined)
            return undefined;
        const pkg = strings.length >= 2 ? strings[0] : undefined;
        return { kind: 'ref', name, ...(pkg !== undefined ? { package: pkg } : {}) };
    }
    if (head.text === 'source') {
        const source = strings[0] ?? graph_literal(args.keyword['source_name']);
        const table = strings[1] ?? graph_literal(args.keyword['table_name']);
        return source !== undefined && table !== undefined ? { kind: 'source', source, table } : undefined;
    }
    return undefined;
}
/** Names of the `{% snapshot name %}` blocks of a snapshot file. */
function snapshotBlockNames(text) {
    const names = [];
    for (const match of text.matchAll(/\{%[-+]?\s*snapshot\s+([A-Za-z_][A-Za-z0-9_]*)\s*[-+]?%\}/g)) {
        const name = match[1];
        if (name === undefined)
            continue;
        const line = text.slice(0, match.index).split('\n').length;
        names.push({ name, line });
    }
    return names;
}
/**
 * Refs and sources of a Python model. Approximation: `dbt.ref('x')` / `dbt.source('a', 'b')`
 * calls with literal arguments are matched by pattern, not read from the syntax tree (the tree
 * is only parsed for changed files, and this graph covers the whole project).
 */
function pythonModelDependencies(text) {
    const refs = [];
    const sources = [];
    const lineAt = (offset) => text.slice(0, offset).split('\n').length;
    for (const match of text.matchAll(/\bdbt\.ref\(\s*(['"])([^'"]+)\1\s*(?:,\s*(['"])([^'"]+)\3\s*)?[,)]/g)) {
        const first = match[2];
        const second = match[4];
        refs.push(second !== undefined ? { name: second, package: first, line: lineAt(match.index) } : { name: first, line: lineAt(match.index) });
    }
    for (const match of text.matchAll(/\bdbt\.source\(\s*(['"])([^'"]+)\1\s*,\s*(['"])([^'"]+)\3\s*\)/g)) {
        sources.push({ source: match[2], table: match[4], line: lineAt(match.index) });
    }
    return { refs, sources };
}
/** The graph of one side. Build it with `buildDbtGraph`. */
class DbtGraph {
    index;
    warehouse;
    problems = [];
    packages = [];
    nodeList = [];
    byPath = new Map();
    byName = new Map();
    sourceUsers = new Map();
    declaredSources = new Set();
    childrenByNode;
    /** False when some model or snapshot file was not read (limit or read failure). */
    complete = true;
    constructor(index, warehouse) {
        this.index = index;
        this.warehouse = warehouse;
        for (const table of index.sourceTables)
            this.declaredSources.add(sourceKey(table.source, table.table));
    }
    get nodes() {
        return this.nodeList;
    }
    /** The nodes a file defines (one model, or the snapshots of a snapshot file). */
    nodesAt(path) {
        return this.byPath.get(path) ?? [];
    }
    /**
     * The nodes `ref('name')` can resolve to: models, snapshots and seeds of that name, and the
     * version files of a versioned model (`dim_customers` → `dim_customers_v2`).
     */
    named(name) {
        return this.byName.get(name) ?? [];
    }
    /** What a ref resolves to; the model's own project wins over others of the same name. Package-qualified refs resolve only within that project. */
    resolveRef(ref, from) {
        const candidates = this.named(ref.name).filter((node) => ref.package === undefined || node.project?.name === ref.package);
        return candidates.find((node) => node.project === from) ?? candidates[0];
    }
    /** Whether a source table is declared in the repository's YAML. */
    hasSource(source, table) {
        return this.declaredSources.has(sourceKey(source, table));
    }
    /** The nodes that read a source table. */
    usersOfSource(source, table) {
        return this.sourceUsers.get(sourceKey(source, table)) ?? [];
    }
    /** The nodes a node refs that exist in the repository. */
    parents(node) {
        const parents = [];
        for (const ref of node.refs) {
            const parent = this.resolveRef(ref, node.project);
            if (parent && parent !== node && !parents.includes(parent))
                parents.push(parent);
        }
        return parents;
    }
    /** The nodes that ref this node. */
    children(node) {
        if (!this.childrenByNode) {
            const map = new Map();
            for (const child of this.nodeList) {
                for (const parent of this.parents(child)) {
                    const list = map.get(parent) ?? [];
                    list.push(child);
                    map.set(parent, list);
                }
            }
            this.childrenByNode = map;
        }
        return this.childrenByNode.get(node) ?? [];
    }
    /** Declared packages that may define nodes this graph cannot see (by name when known). */
    get opaquePackages() {
        return this.packages.filter((pkg) => pkg.mayDefineNodes);
    }
    // --- building -------------------------------------------------------------------------------
    /** @internal used by buildDbtGraph and tests */
    addNode(node) {
        this.nodeList.push(node);
        const atPath = this.byPath.get(node.path) ?? [];
        atPath.push(node);
        this.byPath.set(node.path, atPath);
        this.addName(node.name, node);
        for (const source of node.sources) {
            const key = sourceKey(source.source, source.table);
            const users = this.sourceUsers.get(key) ?? [];
            if (!users.includes(node))
                users.push(node);
            this.sourceUsers.set(key, users);
        }
        this.childrenByNode = undefined;
    }
    /** @internal */
    addName(name, node) {
        const named = this.byName.get(name) ?? [];
        if (!named.includes(node))
            named.push(node);
        this.byName.set(name, named);
    }
}
/** The file names a versioned model's versions live in: `defined_in`, else `<name>_v<v>`. */
function versionFileNames(entry) {
    const versions = entry.keys['versions']?.value;
    if (versions?.kind !== 'list')
        return [];
    const names = [];
    for (const item of versions.items) {
        if (item.kind !== 'dict')
            continue;
        const definedIn = graph_literal(item.entries['defined_in']);
        const v = item.entries['v'];
        const version = v?.kind === 'number' ? String(v.value) : graph_literal(v);
        if (definedIn !== undefined)
            names.push(definedIn);
        else if (version !== undefined)
            names.push(`${entry.name}_v${version}`);
    }
    return names;
}
function packageFromItem(item, file) {
    const hub = yamlString(yamlGet(item, 'package'));
    if (hub !== undefined) {
        const name = graph_basename(hub);
        return { name, spec: hub, file, mayDefineNodes: !MACRO_ONLY_PACKAGES.has(name) };
    }
    const local = yamlString(yamlGet(item, 'local'));
    // A local package inside the repository is indexed like any project of the repository.
    if (local !== undefined)
        return { spec: local, file, mayDefineNodes: false };
    const git = yamlString(yamlGet(item, 'git')) ?? yamlString(yamlGet(item, 'tarball')) ?? yamlString(yamlGet(item, 'private'));
    if (git !== undefined) {
        const name = graph_basename(git.replace(/\.git$/, '').replace(/\/+$/, ''));
        return { name, spec: git, file, mayDefineNodes: !MACRO_ONLY_PACKAGES.has(name) };
    }
    return undefined;
}
async function graph_readText(reader, index, path, problems) {
    try {
        const content = await reader.read(index.side, path);
        if (content.kind === 'text')
            return content.text;
        if (content.kind !== 'absent')
            problems.push(`${path}: not read (${content.kind})`);
        return undefined;
    }
    catch (error) {
        problems.push(`${path}: could not be read (${error instanceof Error ? error.message : String(error)})`);
        return undefined;
    }
}
/** Builds the node graph of the index's side. Never throws: failures are in `problems` and `complete`. */
async function buildDbtGraph(index, reader, options = {}) {
    const graph = new DbtGraph(index, options.warehouse);
    const files = [...index.files];
    let budget = options.maxFileReads ?? DEFAULT_MAX_FILE_READS;
    const models = index.models;
    const snapshotFiles = files.filter((path) => index.fileKind(path) === 'snapshot');
    const toRead = [...models.map((model) => model.path), ...snapshotFiles];
    const allowed = new Set(toRead.filter(() => budget-- > 0));
    if (allowed.size < toRead.length) {
        graph.complete = false;
        graph.problems.push(`the model graph read ${allowed.size} of ${toRead.length} model and snapshot files (limit reached); some dependencies are unknown`);
    }
    const texts = await mapLimit(toRead, READ_CONCURRENCY, (path) => (allowed.has(path) ? graph_readText(reader, index, path, graph.problems) : Promise.resolve(undefined)));
    const textOf = new Map(toRead.map((path, i) => [path, texts[i]]));
    for (const model of models) {
        const text = textOf.get(model.path);
        if (text === undefined)
            graph.complete = false;
        let refs = [];
        let sources = [];
        let configs = [];
        if (text !== undefined && model.language === 'python') {
            ({ refs, sources } = pythonModelDependencies(text));
        }
        else if (text !== undefined) {
            const jinja = neutraliseJinja(text);
            // Shared with the index, so resolving this model's config does not read it again.
            index.seedModelJinja(model.path, jinja);
            ({ refs, sources, configs } = jinja);
        }
        graph.addNode({ kind: 'model', name: model.name, path: model.path, ...(model.project ? { project: model.project } : {}), refs, sources, configs, read: text !== undefined });
    }
    for (const path of snapshotFiles) {
        const text = textOf.get(path);
        const project = index.projectFor(path);
        if (text === undefined) {
            graph.complete = false;
            continue;
        }
        const jinja = neutraliseJinja(text);
        for (const block of snapshotBlockNames(text)) {
            graph.addNode({ kind: 'snapshot', name: block.name, path, ...(project ? { project } : {}), refs: jinja.refs, sources: jinja.sources, configs: jinja.configs, read: true });
        }
    }
    // Snapshots defined in YAML (dbt 1.9+): an entry with a `relation:`.
    for (const entry of index.propertiesEntries) {
        if (entry.resource !== 'snapshot')
            continue;
        const relation = entry.keys['relation']?.value;
        const text = relation?.kind === 'string' ? relation.value : relation?.kind === 'expr' ? relation.text : undefined;
        if (text === undefined)
            continue;
        const reference = parseNodeReference(text);
        const line = entry.keys['relation']?.line ?? entry.line;
        graph.addNode({
            kind: 'snapshot',
            name: entry.name,
            path: entry.file,
            ...(entry.project ? { project: entry.project } : {}),
            refs: reference?.kind === 'ref' ? [{ name: reference.name, ...(reference.package !== undefined ? { package: reference.package } : {}), line }] : [],
            sources: reference?.kind === 'source' ? [{ source: reference.source, table: reference.table, line }] : [],
            configs: [],
            read: true,
        });
    }
    for (const path of files) {
        if (index.fileKind(path) !== 'seed')
            continue;
        const project = index.projectFor(path);
        graph.addNode({ kind: 'seed', name: graph_stem(path), path, ...(project ? { project } : {}), refs: [], sources: [], configs: [], read: true });
    }
    // `ref('dim_customers')` resolves to the latest version's file of a versioned model.
    for (const entry of index.propertiesEntries) {
        if (entry.resource !== 'model')
            continue;
        for (const fileName of versionFileNames(entry)) {
            for (const node of graph.named(fileName))
                if (node.kind === 'model')
                    graph.addName(entry.name, node);
        }
    }
    // Declared packages, per project; and packages installed into the repository (dbt_packages/ is
    // left out of the index, so its contents are unknown here).
    const packageFiles = files.filter((path) => {
        const base = graph_basename(path);
        return (base === 'packages.yml' || base === 'dependencies.yml') && index.projects.some((project) => project.root === dirname(path));
    });
    for (const file of packageFiles) {
        const text = await graph_readText(reader, index, file, graph.problems);
        if (text === undefined)
            continue;
        const parsed = parseYaml(text);
        if (!parsed.ok) {
            graph.problems.push(`${file}: ${parsed.error}`);
            continue;
        }
        for (const item of yamlItems(yamlGet(parsed.root, 'packages'))) {
            const pkg = packageFromItem(item, file);
            if (pkg)
                graph.packages.push(pkg);
        }
    }
    try {
        const all = await reader.listFiles(index.side);
        const installed = new Set();
        for (const path of all) {
            const match = /(?:^|\/)dbt_packages\/([^/]+)\/dbt_project\.yml$/.exec(path);
            if (match?.[1])
                installed.add(match[1]);
        }
        for (const name of installed) {
            if (!graph.packages.some((pkg) => pkg.name === name))
                graph.packages.push({ name, spec: `dbt_packages/${name}`, file: `dbt_packages/${name}/dbt_project.yml`, mayDefineNodes: !MACRO_ONLY_PACKAGES.has(name) });
        }
    }
    catch {
        // The index was built from the same list; failing now only means no installed packages are seen.
    }
    return graph;
}

;// CONCATENATED MODULE: ./src/analyzers/values.ts
// The literal values our parsers can read from source code without executing it: Jinja
// `config(...)` arguments, dbt YAML configs and Python literals all reduce to this one shape,
// so config layers coming from different files can be merged and compared.
/** Converts a plain JS value (as produced by a YAML parser) into a LiteralValue. */
function fromPlain(value) {
    if (value === null || value === undefined)
        return { kind: 'none' };
    if (typeof value === 'string')
        return { kind: 'string', value };
    if (typeof value === 'number')
        return { kind: 'number', value };
    if (typeof value === 'boolean')
        return { kind: 'boolean', value };
    if (Array.isArray(value))
        return { kind: 'list', items: value.map(fromPlain) };
    if (typeof value === 'object') {
        const entries = {};
        for (const [key, item] of Object.entries(value))
            entries[key] = fromPlain(item);
        return { kind: 'dict', entries };
    }
    return { kind: 'expr', text: String(value) };
}
/** The string a value holds, when it is a string literal. */
function stringValue(value) {
    return value?.kind === 'string' ? value.value : undefined;
}
/** A short human rendering, for messages and evidence. */
function renderValue(value) {
    switch (value.kind) {
        case 'string':
            return value.value;
        case 'number':
            return String(value.value);
        case 'boolean':
            return value.value ? 'true' : 'false';
        case 'none':
            return 'none';
        case 'list':
            return `[${value.items.map(renderValue).join(', ')}]`;
        case 'dict':
            return `{${Object.entries(value.entries)
                .map(([k, v]) => `${k}: ${renderValue(v)}`)
                .join(', ')}}`;
        case 'expr':
            return value.text;
    }
}

;// CONCATENATED MODULE: ./src/analyzers/dbt/project.ts




// Folders that hold installed packages or build output, never the project's own sources.
const IGNORED_SEGMENTS = new Set(['dbt_packages', 'dbt_modules', 'target', 'node_modules', 'logs', '.venv', 'venv', '.git']);
const NON_PROPERTIES_YAML = new Set(['dbt_project.yml', 'profiles.yml', 'packages.yml', 'dependencies.yml', 'selectors.yml', 'package-lock.yml']);
const project_DEFAULT_MAX_FILE_READS = 3000;
const project_READ_CONCURRENCY = 8;
const trimSlashes = (p) => p.replace(/^\.\/+/, '').replace(/^\/+|\/+$/g, '');
const joinPath = (root, relative) => (root ? `${root}/${trimSlashes(relative)}` : trimSlashes(relative));
const project_dirname = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const project_basename = (p) => p.slice(p.lastIndexOf('/') + 1);
const extension = (p) => {
    const base = project_basename(p);
    return base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
};
const project_stem = (p) => {
    const base = project_basename(p);
    return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
};
const isYaml = (p) => extension(p) === 'yml' || extension(p) === 'yaml';
const isUnder = (p, folder) => folder === '' || p === folder || p.startsWith(`${folder}/`);
const ignored = (p) => p.split('/').some((segment) => IGNORED_SEGMENTS.has(segment));
/** A config value from YAML: strings holding Jinja need rendering, so they are expressions. */
function yamlConfigValue(node) {
    if (node.kind === 'scalar' && typeof node.value === 'string' && (node.value.includes('{{') || node.value.includes('{%'))) {
        return { kind: 'expr', text: node.value };
    }
    return fromPlain(yamlPlain(node));
}
function readTests(node, column) {
    const tests = [];
    for (const item of yamlItems(node)) {
        let name;
        if (item.kind === 'scalar' && typeof item.value === 'string')
            name = item.value;
        else if (item.kind === 'map')
            name = yamlString(yamlGet(item, 'test_name')) ?? item.entries[0]?.key;
        if (name !== undefined)
            tests.push({ name, line: item.line, ...(column !== undefined ? { column } : {}) });
    }
    return tests;
}
function testsOf(node, column) {
    return [...readTests(yamlGet(node, 'data_tests'), column), ...readTests(yamlGet(node, 'tests'), column)];
}
function readConstraints(node) {
    const constraints = [];
    for (const item of yamlItems(node)) {
        const type = yamlString(yamlGet(item, 'type'));
        if (type !== undefined)
            constraints.push({ type, columns: yamlStringList(yamlGet(item, 'columns'), []), line: item.line });
    }
    return constraints;
}
/** A map's keys as located values, some keys left out (they are read into their own fields). */
function readKeys(node, file, skip) {
    const keys = {};
    if (node?.kind !== 'map')
        return keys;
    for (const entry of node.entries) {
        if (!skip.has(entry.key))
            keys[entry.key] = { value: yamlConfigValue(entry.value), layer: 'properties', file, line: entry.keyLine };
    }
    return keys;
}
const ENTRY_FIELDS = new Set(['name', 'description', 'columns', 'tests', 'data_tests', 'config', 'constraints']);
const SOURCE_FIELDS = new Set(['name', 'tables']);
const TABLE_FIELDS = new Set(['name', 'columns', 'tests', 'data_tests']);
function readColumns(node) {
    const columns = [];
    for (const item of yamlItems(node)) {
        const name = yamlString(yamlGet(item, 'name'));
        if (name === undefined)
            continue;
        const description = yamlString(yamlGet(item, 'description'));
        const dataType = yamlString(yamlGet(item, 'data_type'));
        columns.push({
            name,
            line: item.line,
            ...(description !== undefined ? { description } : {}),
            ...(dataType !== undefined ? { dataType } : {}),
            tests: testsOf(item, name),
            constraints: readConstraints(yamlGet(item, 'constraints')),
        });
    }
    return columns;
}
function readConfig(node, file) {
    const config = {};
    if (node?.kind !== 'map')
        return config;
    for (const entry of node.entries) {
        config[entry.key.replace(/^\+/, '')] = { value: yamlConfigValue(entry.value), layer: 'properties', file, line: entry.keyLine };
    }
    return config;
}
/** The index of one side of the change. Build it with `buildDbtIndex`. */
class DbtIndex {
    side;
    reader;
    problems = [];
    projects = [];
    modelsByPath = new Map();
    modelsByName = new Map();
    entries = [];
    entriesByFile = new Map();
    sourceTableList = [];
    singularTests = [];
    exposureList = [];
    jinjaByPath = new Map();
    fileSet = new Set();
    constructor(side, reader) {
        this.side = side;
        this.reader = reader;
    }
    /** All file paths at this side (as listed when the index was built). */
    get files() {
        return this.fileSet;
    }
    get models() {
        return [...this.modelsByPath.values()];
    }
    get propertiesEntries() {
        return this.entries;
    }
    get sourceTables() {
        return this.sourceTableList;
    }
    get exposures() {
        return this.exposureList;
    }
    /** The project a path belongs to: the one whose folder is the longest prefix of the path. */
    projectFor(path) {
        let best;
        for (const project of this.projects) {
            if (isUnder(path, project.root) && (!best || project.root.length > best.root.length))
                best = project;
        }
        return best;
    }
    /** What a path is to dbt. Without a dbt_project.yml, conventional folder names decide. */
    fileKind(path) {
        const base = project_basename(path);
        if (base === 'dbt_project.yml')
            return 'project';
        if (ignored(path) || NON_PROPERTIES_YAML.has(base))
            return 'other';
        const ext = extension(path);
        const yaml = isYaml(path);
        const project = this.projectFor(path);
        const within = (folders) => (project ? folders.some((folder) => isUnder(path, joinPath(project.root, folder))) : false);
        const byConvention = (folder) => !project && path.split('/').slice(0, -1).includes(folder);
        if (within(project?.modelPaths ?? []) || byConvention('models'))
            return yaml ? 'properties' : ext === 'sql' || ext === 'py' ? 'model' : 'other';
        if (within(project?.snapshotPaths ?? []) || byConvention('snapshots'))
            return yaml ? 'properties' : ext === 'sql' ? 'snapshot' : 'other';
        if (within(project?.testPaths ?? []) || byConvention('tests'))
            return yaml ? 'properties' : ext === 'sql' ? 'test' : 'other';
        if (within(project?.macroPaths ?? []) || byConvention('macros'))
            return yaml ? 'properties' : ext === 'sql' ? 'macro' : 'other';
        if (within(project?.analysisPaths ?? []) || byConvention('analyses'))
            return yaml ? 'properties' : ext === 'sql' ? 'analysis' : 'other';
        if (within(project?.seedPaths ?? []) || byConvention('seeds'))
            return yaml ? 'properties' : ext === 'csv' ? 'seed' : 'other';
        return 'other';
    }
    model(path) {
        return this.modelsByPath.get(path);
    }
    modelsNamed(name) {
        return this.modelsByName.get(name) ?? [];
    }
    /** The properties entry for a resource; when several projects define the name, the one in `project` wins. */
    properties(resource, name, project) {
        const candidates = this.entries.filter((entry) => entry.resource === resource && entry.name === name);
        return candidates.find((entry) => entry.project === project) ?? candidates[0];
    }
    propertiesInFile(path) {
        return this.entriesByFile.get(path) ?? [];
    }
    /** Singular tests (`tests/**\/*.sql`) that `ref()` the model. */
    singularTestsReferencing(modelName) {
        return this.singularTests.filter((test) => test.refs.includes(modelName));
    }
    /** Lets a caller that already neutralised a model share the result (the file is not read twice). */
    seedModelJinja(path, jinja) {
        this.jinjaByPath.set(path, Promise.resolve(jinja));
    }
    /**
     * The model's effective config: dbt_project.yml folder config, overridden by its properties
     * `config:`, overridden by the model's own `config()` calls. Reads the model file (once).
     */
    async resolveModelConfig(path) {
        const jinja = await this.modelJinja(path);
        return this.mergeModelConfig(path, jinja?.configs ?? []);
    }
    /** Same as resolveModelConfig with the in-file `config()` calls given by the caller. */
    mergeModelConfig(path, inFile) {
        const model = this.model(path);
        const project = model?.project ?? this.projectFor(path);
        const resolved = {};
        if (project?.modelsConfig) {
            const fqn = model?.fqn ?? [project.name, project_stem(path)];
            for (const level of fqnSearch(project.modelsConfig, fqn)) {
                for (const entry of level.entries) {
                    // dbt: `+key` is always a config; a key without `+` is a config unless its value is a
                    // mapping, which makes it a folder (or model) level instead.
                    const isConfig = entry.key.startsWith('+') || entry.value.kind !== 'map';
                    if (!isConfig)
                        continue;
                    resolved[entry.key.replace(/^\+/, '').trim()] = { value: yamlConfigValue(entry.value), layer: 'project', file: project.file, line: entry.keyLine };
                }
            }
        }
        const entry = this.properties('model', model?.name ?? project_stem(path), project);
        if (entry)
            Object.assign(resolved, entry.config);
        for (const call of inFile) {
            for (const [key, value] of Object.entries(call.args))
                resolved[key] = { value, layer: 'in-file', file: path, line: call.line };
        }
        return resolved;
    }
    modelJinja(path) {
        let pending = this.jinjaByPath.get(path);
        if (!pending) {
            pending = (async () => {
                if (!this.reader || extension(path) !== 'sql')
                    return undefined;
                try {
                    const content = await this.reader.read(this.side, path);
                    return content.kind === 'text' ? neutraliseJinja(content.text) : undefined;
                }
                catch (error) {
                    this.problems.push(`${path}: could not be read at ${this.side} (${error instanceof Error ? error.message : String(error)})`);
                    return undefined;
                }
            })();
            this.jinjaByPath.set(path, pending);
        }
        return pending;
    }
    // --- building -------------------------------------------------------------------------------
    /** @internal used by buildDbtIndex and tests */
    setFiles(files) {
        this.fileSet = new Set(files);
    }
    /** @internal */
    addProject(file, text) {
        const root = project_dirname(file);
        const fallbackName = project_basename(root) || 'project';
        const project = {
            root,
            file,
            name: fallbackName,
            modelPaths: ['models'],
            snapshotPaths: ['snapshots'],
            testPaths: ['tests'],
            seedPaths: ['seeds'],
            macroPaths: ['macros'],
            analysisPaths: ['analyses'],
        };
        if (text !== undefined) {
            const parsed = parseYaml(text);
            if (!parsed.ok) {
                this.problems.push(`${file}${parsed.line ? ` line ${parsed.line}` : ''}: ${parsed.error}; dbt's default folders are assumed`);
            }
            else {
                const doc = parsed.root;
                project.name = yamlString(yamlGet(doc, 'name')) ?? fallbackName;
                const profile = yamlString(yamlGet(doc, 'profile'));
                if (profile !== undefined)
                    project.profile = profile;
                project.modelPaths = yamlStringList(yamlGet(doc, 'model-paths') ?? yamlGet(doc, 'source-paths'), project.modelPaths).map(trimSlashes);
                project.snapshotPaths = yamlStringList(yamlGet(doc, 'snapshot-paths'), project.snapshotPaths).map(trimSlashes);
                project.testPaths = yamlStringList(yamlGet(doc, 'test-paths'), project.testPaths).map(trimSlashes);
                project.seedPaths = yamlStringList(yamlGet(doc, 'seed-paths') ?? yamlGet(doc, 'data-paths'), project.seedPaths).map(trimSlashes);
                project.macroPaths = yamlStringList(yamlGet(doc, 'macro-paths'), project.macroPaths).map(trimSlashes);
                project.analysisPaths = yamlStringList(yamlGet(doc, 'analysis-paths'), project.analysisPaths).map(trimSlashes);
                const models = yamlGet(doc, 'models');
                if (models)
                    project.modelsConfig = models;
                const snapshots = yamlGet(doc, 'snapshots');
                if (snapshots)
                    project.snapshotsConfig = snapshots;
                const sources = yamlGet(doc, 'sources');
                if (sources)
                    project.sourcesConfig = sources;
            }
        }
        this.projects.push(project);
    }
    /** @internal */
    addModel(path) {
        const project = this.projectFor(path);
        const name = project_stem(path);
        let fqn = [name];
        if (project) {
            const modelPath = project.modelPaths.map((folder) => joinPath(project.root, folder)).find((folder) => isUnder(path, folder));
            const relative = modelPath === undefined ? path : path.slice(modelPath.length).replace(/^\/+/, '');
            fqn = [project.name, ...relative.split('/').slice(0, -1), name];
        }
        const model = { name, path, language: extension(path) === 'py' ? 'python' : 'sql', ...(project ? { project } : {}), fqn };
        this.modelsByPath.set(path, model);
        const named = this.modelsByName.get(name) ?? [];
        named.push(model);
        this.modelsByName.set(name, named);
    }
    /** @internal */
    addPropertiesFile(file, text) {
        const parsed = parseYaml(text);
        if (!parsed.ok) {
            this.problems.push(`${file}${parsed.line ? ` line ${parsed.line}` : ''}: ${parsed.error}`);
            return;
        }
        const doc = parsed.root;
        const project = this.projectFor(file);
        const found = [];
        const resources = [
            ['models', 'model'],
            ['snapshots', 'snapshot'],
            ['seeds', 'seed'],
        ];
        for (const [key, resource] of resources) {
            for (const item of yamlItems(yamlGet(doc, key))) {
                const name = yamlString(yamlGet(item, 'name'));
                if (name === undefined)
                    continue;
                const description = yamlString(yamlGet(item, 'description'));
                found.push({
                    resource,
                    name,
                    file,
                    line: yamlEntry(item, 'name')?.keyLine ?? item.line,
                    endLine: item.endLine,
                    ...(description !== undefined ? { description } : {}),
                    columns: readColumns(yamlGet(item, 'columns')),
                    tests: testsOf(item),
                    config: readConfig(yamlGet(item, 'config'), file),
                    ...(project ? { project } : {}),
                    constraints: readConstraints(yamlGet(item, 'constraints')),
                    keys: readKeys(item, file, ENTRY_FIELDS),
                });
            }
        }
        for (const source of yamlItems(yamlGet(doc, 'sources'))) {
            const sourceName = yamlString(yamlGet(source, 'name'));
            if (sourceName === undefined)
                continue;
            for (const table of yamlItems(yamlGet(source, 'tables'))) {
                const tableName = yamlString(yamlGet(table, 'name'));
                if (tableName === undefined)
                    continue;
                this.sourceTableList.push({
                    source: sourceName,
                    table: tableName,
                    file,
                    line: yamlEntry(table, 'name')?.keyLine ?? table.line,
                    endLine: table.endLine,
                    tests: testsOf(table),
                    columns: readColumns(yamlGet(table, 'columns')),
                    sourceLine: yamlEntry(source, 'name')?.keyLine ?? source.line,
                    sourceEndLine: source.endLine,
                    sourceKeys: readKeys(source, file, SOURCE_FIELDS),
                    tableKeys: readKeys(table, file, TABLE_FIELDS),
                });
            }
        }
        for (const exposure of yamlItems(yamlGet(doc, 'exposures'))) {
            const name = yamlString(yamlGet(exposure, 'name'));
            if (name === undefined)
                continue;
            const dependsOn = [];
            for (const item of yamlItems(yamlGet(exposure, 'depends_on'))) {
                const text = yamlString(item);
                if (text !== undefined)
                    dependsOn.push({ text, line: item.line });
            }
            this.exposureList.push({ name, file, line: yamlEntry(exposure, 'name')?.keyLine ?? exposure.line, endLine: exposure.endLine, dependsOn, ...(project ? { project } : {}) });
        }
        this.entries.push(...found);
        this.entriesByFile.set(file, found);
    }
    /** @internal */
    addSingularTest(path, text) {
        const jinja = neutraliseJinja(text);
        this.singularTests.push({ path, refs: [...new Set(jinja.refs.map((ref) => ref.name))] });
    }
}
/** dbt's `fqn_search`: the config tree's root, then the level under each fqn part while it is a mapping. */
function fqnSearch(root, fqn) {
    const levels = [];
    if (root.kind !== 'map')
        return levels;
    levels.push(root);
    let current = root;
    for (const part of fqn) {
        const next = yamlGet(current, part);
        if (next?.kind !== 'map')
            break;
        levels.push(next);
        current = next;
    }
    return levels;
}
async function project_readText(reader, side, path, problems) {
    try {
        const content = await reader.read(side, path);
        if (content.kind === 'text')
            return content.text;
        if (content.kind !== 'absent')
            problems.push(`${path}: not read (${content.kind})`);
        return undefined;
    }
    catch (error) {
        problems.push(`${path}: could not be read (${error instanceof Error ? error.message : String(error)})`);
        return undefined;
    }
}
/** Builds the dbt index of one side of the change. Never throws: failures are in `problems`. */
async function buildDbtIndex(reader, side, options = {}) {
    const index = new DbtIndex(side, reader);
    let files;
    try {
        files = await reader.listFiles(side);
    }
    catch (error) {
        index.problems.push(`the file list at ${side} could not be read (${error instanceof Error ? error.message : String(error)}); no dbt project index`);
        return index;
    }
    const paths = files.map(trimSlashes).filter((p) => !ignored(p));
    index.setFiles(paths);
    let budget = options.maxFileReads ?? project_DEFAULT_MAX_FILE_READS;
    const take = () => budget-- > 0;
    const projectFiles = paths.filter((p) => project_basename(p) === 'dbt_project.yml').sort();
    const projectTexts = await mapLimit(projectFiles, project_READ_CONCURRENCY, (file) => (take() ? project_readText(reader, side, file, index.problems) : Promise.resolve(undefined)));
    projectFiles.forEach((file, i) => index.addProject(file, projectTexts[i]));
    const depth = options.depth ?? 'full';
    const propertiesFiles = [];
    const testFiles = [];
    for (const path of paths) {
        const kind = index.fileKind(path);
        if (kind === 'model')
            index.addModel(path);
        else if (kind === 'properties' && depth !== 'projects')
            propertiesFiles.push(path);
        else if (kind === 'test' && depth === 'full')
            testFiles.push(path);
    }
    const toRead = [...propertiesFiles, ...testFiles];
    const allowed = toRead.filter(() => take());
    if (allowed.length < toRead.length) {
        index.problems.push(`the dbt index read ${allowed.length} of ${toRead.length} YAML and test files (limit reached); some tests and configs may be missing`);
    }
    const texts = await mapLimit(allowed, project_READ_CONCURRENCY, (path) => project_readText(reader, side, path, index.problems));
    allowed.forEach((path, i) => {
        const text = texts[i];
        if (text === undefined)
            return;
        if (isYaml(path))
            index.addPropertiesFile(path, text);
        else
            index.addSingularTest(path, text);
    });
    return index;
}

;// CONCATENATED MODULE: ./src/analyzers/file-kind.ts
const file_kind_extension = (path) => {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
};
/** The file's kind; undefined for files outside the data domains. */
function fileKindOf(path, domain, dbt) {
    switch (domain) {
        case 'sql':
            return 'sql-script';
        case 'airflow': {
            // SQL templates next to DAGs (`dags/sql/load.sql`, with `{{ ds }}`) are SQL scripts.
            const ext = file_kind_extension(path);
            return ext === 'py' ? 'airflow-python' : ext === 'sql' ? 'sql-script' : 'airflow-other';
        }
        case 'dbt': {
            const kind = dbt?.fileKind(path);
            switch (kind) {
                case 'model':
                    return 'dbt-model';
                case 'snapshot':
                    return 'dbt-snapshot';
                case 'test':
                    return 'dbt-test';
                case 'macro':
                    return 'dbt-macro';
                case 'analysis':
                    return 'dbt-analysis';
                case 'properties':
                    return 'dbt-properties';
                case 'project':
                    return 'dbt-project';
                default:
                    return 'dbt-other';
            }
        }
        case 'other':
            return undefined;
    }
}
const SQL_KINDS = new Set(['sql-script', 'dbt-model', 'dbt-snapshot', 'dbt-analysis', 'dbt-test']);
const YAML_KINDS = new Set(['dbt-properties', 'dbt-project']);
/** How the engine parses a file of this kind. */
function parseModeOf(path, kind) {
    const ext = file_kind_extension(path);
    if (SQL_KINDS.has(kind) && ext === 'sql')
        return 'sql';
    if (YAML_KINDS.has(kind) || (kind === 'dbt-other' && (ext === 'yml' || ext === 'yaml')))
        return 'yaml';
    if (kind === 'airflow-python' || (kind === 'dbt-model' && ext === 'py'))
        return 'python';
    return 'none';
}
const LABELS = {
    'sql-script': 'SQL scripts',
    'dbt-model': 'dbt models',
    'dbt-snapshot': 'dbt snapshots',
    'dbt-test': 'dbt singular tests',
    'dbt-macro': 'dbt macros',
    'dbt-analysis': 'dbt analyses',
    'dbt-properties': 'dbt properties files',
    'dbt-project': 'dbt_project.yml',
    'dbt-other': 'this kind of dbt file',
    'airflow-python': 'Airflow Python files',
    'airflow-other': 'this kind of Airflow file',
};
function kindLabel(kind) {
    return LABELS[kind];
}

;// CONCATENATED MODULE: ./src/analyzers/governance/model-properties.ts

/** The `models:` item for the model at `path`, if the index knows a properties entry for it. Never throws. */
async function loadModelProperties(reader, index, path, cache) {
    const model = index.model(path);
    if (!model)
        return undefined;
    const entry = index.properties('model', model.name, model.project);
    if (!entry)
        return undefined;
    let pending = cache.get(entry.file);
    if (!pending) {
        pending = (async () => {
            try {
                const content = await reader.read(index.side, entry.file);
                return content.kind === 'text' ? parseYaml(content.text) : undefined;
            }
            catch {
                return undefined;
            }
        })();
        cache.set(entry.file, pending);
    }
    const parsed = await pending;
    if (!parsed?.ok)
        return undefined;
    return yamlItems(yamlGet(parsed.root, 'models')).find((item) => yamlString(yamlGet(item, 'name')) === entry.name && (yamlEntry(item, 'name')?.keyLine ?? item.line) === entry.line);
}

;// CONCATENATED MODULE: ./src/analyzers/governance/sql-lexer.ts
// A small lexer for SQL with Jinja, for the two jobs that need comments and string literals
// rather than a syntax tree: inline suppressions (`-- data-review: ignore …`, also inside
// `{# … #}`) and credential literals. It respects quoting, so `'--'` in a string is not a comment
// and `'{{'` is not Jinja. The Jinja neutraliser blanks comments without exposing them, and the SQL
// parser drops comments, hence this separate pass. It works on any text, parsed or not.
const sql_lexer_isWordStart = (ch) => /[A-Za-z_@$#]/.test(ch) || ch.charCodeAt(0) > 127;
const sql_lexer_isWordPart = (ch) => /[A-Za-z0-9_$#]/.test(ch) || ch.charCodeAt(0) > 127;
/** Tokenizes SQL (and the Jinja tags in it); never throws. Whitespace is skipped. */
function lexSql(text) {
    const tokens = [];
    let line = 1;
    let i = 0;
    const linesIn = (from, to) => {
        let count = 0;
        for (let k = from; k < to; k++)
            if (text.charCodeAt(k) === 10)
                count++;
        return count;
    };
    const push = (kind, start, end, inner) => {
        const endLine = line + linesIn(start, Math.max(start, end - 1));
        tokens.push({ kind, text: inner, line, endLine, start, end });
        line += linesIn(start, end);
    };
    while (i < text.length) {
        const ch = text[i];
        const next = text[i + 1];
        if (ch === '\n') {
            line++;
            i++;
            continue;
        }
        if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f') {
            i++;
            continue;
        }
        if (ch === '{' && (next === '{' || next === '%' || next === '#')) {
            const closer = next === '{' ? '}}' : next === '%' ? '%}' : '#}';
            const close = findJinjaClose(text, i + 2, closer);
            const end = close < 0 ? text.length : close + 2;
            const inner = text.slice(i + 2, close < 0 ? text.length : close).replace(/^[-+]/, '').replace(/[-+]$/, '');
            push(next === '{' ? 'jinja-expression' : next === '%' ? 'jinja-statement' : 'jinja-comment', i, end, inner);
            i = end;
            continue;
        }
        if (ch === '-' && next === '-') {
            const newline = text.indexOf('\n', i);
            const end = newline < 0 ? text.length : newline;
            push('comment', i, end, text.slice(i + 2, end));
            i = end;
            continue;
        }
        if (ch === '/' && next === '*') {
            const close = text.indexOf('*/', i + 2);
            const end = close < 0 ? text.length : close + 2;
            push('comment', i, end, text.slice(i + 2, close < 0 ? text.length : close));
            i = end;
            continue;
        }
        if (ch === "'" || ch === '"' || ch === '`') {
            let k = i + 1;
            let value = '';
            while (k < text.length) {
                const c = text[k];
                // Backslash escapes (BigQuery, MySQL, Spark); in standard SQL a backslash is literal, but
                // only a backslash right before the closing quote reads differently, which is rare.
                if (c === '\\' && ch !== '`' && k + 1 < text.length) {
                    value += text[k + 1];
                    k += 2;
                    continue;
                }
                if (c === ch) {
                    if (text[k + 1] === ch) {
                        value += ch;
                        k += 2;
                        continue;
                    }
                    break;
                }
                value += c;
                k++;
            }
            const end = Math.min(text.length, k + 1);
            push(ch === "'" ? 'string' : 'quoted-identifier', i, end, value);
            i = end;
            continue;
        }
        if (ch === '$') {
            // Dollar-quoted bodies (`$$ … $$`, `$tag$ … $tag$`) of Postgres and Snowflake.
            const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 64))?.[0];
            if (tag) {
                const close = text.indexOf(tag, i + tag.length);
                const end = close < 0 ? text.length : close + tag.length;
                push('string', i, end, text.slice(i + tag.length, close < 0 ? text.length : close));
                i = end;
                continue;
            }
        }
        if (sql_lexer_isWordStart(ch)) {
            let k = i + 1;
            while (k < text.length && sql_lexer_isWordPart(text[k]))
                k++;
            push('word', i, k, text.slice(i, k));
            i = k;
            continue;
        }
        if (/[0-9]/.test(ch)) {
            let k = i + 1;
            while (k < text.length && /[0-9.eE_]/.test(text[k]))
                k++;
            push('number', i, k, text.slice(i, k));
            i = k;
            continue;
        }
        push('punct', i, i + 1, ch);
        i++;
    }
    return tokens;
}
/** The offset of the closer of a Jinja tag whose content starts at `from`, skipping quoted strings; -1 if none. */
function findJinjaClose(text, from, closer) {
    if (closer === '#}')
        return text.indexOf('#}', from);
    let quote;
    for (let i = from; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === '\\')
                i++;
            else if (ch === quote)
                quote = undefined;
            continue;
        }
        if (ch === "'" || ch === '"')
            quote = ch;
        else if (text.startsWith(closer, i))
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/analyzers/suppressions.ts
// Inline suppressions: a reviewer-visible way to say "this finding is known and accepted here".
//
//   SQL / Jinja:    -- data-review: ignore SQL-001 the column list comes from a macro
//                   {# data-review: ignore DBT-004 tested in the upstream package #}
//   YAML / Python:  # data-review: ignore GOV-001 hashed upstream, see ticket 123
//   whole file:     -- data-review: ignore-file SQL-003 generated by the export tool
//
// Which line a suppression covers: a comment after code on the same line covers that line; a
// comment on a line of its own covers the next line that holds code (blank lines and other
// comments in between are skipped, so several suppressions can be stacked). A finding is
// covered when that line falls within its line range. `ignore-file` covers the whole file.
// Several ids are separated by commas; everything after them is the reason.
//
// Comments are found by a lexer that knows the language's strings (a `--` or `#` inside a
// string is not a comment): the SQL/Jinja lexer, the `yaml` package's own lexer, and a small
// Python scanner. A suppression without a reason still applies and is reported (SUP-002); one
// naming a rule that does not exist suppresses nothing and is reported (SUP-001). Both are
// reported only where the change added the comment, like any other finding.


const UNKNOWN_SUPPRESSION = {
    id: 'SUP-001',
    title: 'Suppression that names no known rule',
    checklist: ['CODE-08'],
    severity: 'warning',
    rationale: 'A suppression comment whose rule id is misspelt, retired or missing silences nothing, while its author believes the ' +
        'finding is handled. Reporting it keeps suppressions honest and shows the id that was meant to be written.',
    examples: {
        bad: 'select * from final  -- data-review: ignore SQL001 the columns come from a macro',
        good: 'select * from final  -- data-review: ignore SQL-001 the columns come from a macro',
    },
};
const SUPPRESSION_WITHOUT_REASON = {
    id: 'SUP-002',
    title: 'Suppression without a reason',
    checklist: ['CODE-08'],
    severity: 'info',
    rationale: 'A suppression is a decision to accept a finding; without a reason the next reader cannot tell whether it still holds ' +
        'or was a shortcut. The suppression applies, and the missing reason is pointed out.',
    examples: {
        bad: '# data-review: ignore GOV-001',
        good: '# data-review: ignore GOV-001 the column holds a hashed value, see the privacy review of 2024-03',
    },
};
const SUPPRESSION_CHECKS = [UNKNOWN_SUPPRESSION, SUPPRESSION_WITHOUT_REASON];
const DIRECTIVE = /data-review\s*:/i;
const RULE_ID = /^[A-Za-z][A-Za-z0-9]*-[0-9]+$/;
const suppressions_extension = (path) => {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
};
function addLines(target, from, to) {
    for (let line = from; line <= to; line++)
        target.add(line);
}
function scanSqlComments(text) {
    const comments = [];
    const codeLines = new Set();
    for (const token of lexSql(text)) {
        if (token.kind === 'comment' || token.kind === 'jinja-comment') {
            comments.push({ text: token.text, line: token.line, endLine: token.endLine, trailing: codeLines.has(token.line) });
        }
        else {
            addLines(codeLines, token.line, token.endLine);
        }
    }
    return { comments, codeLines };
}
// Zero-width markers the `yaml` lexer inserts into its token stream (document start, scalar
// start, flow error end); every other token is a slice of the source.
const YAML_MARKERS = new Set(['\u0002', '\u001f', '\u0018']);
function scanYamlComments(text) {
    const comments = [];
    const codeLines = new Set();
    let line = 1;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (YAML_MARKERS.has(token))
            continue;
        const newlines = token.split('\n').length - 1;
        if (dist/* CST */.DB.tokenType(token) === 'comment' && token.startsWith('#')) {
            comments.push({ text: token.slice(1), line, endLine: line, trailing: codeLines.has(line) });
        }
        else if (token.trim() !== '') {
            // A multi-line token (a block scalar) is code on every line that holds text.
            token.split('\n').forEach((part, i) => {
                if (part.trim() !== '')
                    codeLines.add(line + i);
            });
        }
        line += newlines;
    }
    return { comments, codeLines };
}
function scanPythonComments(text) {
    const comments = [];
    const codeLines = new Set();
    let line = 1;
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '\n') {
            line++;
            i++;
            continue;
        }
        if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\\') {
            i++;
            continue;
        }
        if (ch === '#') {
            const newline = text.indexOf('\n', i);
            const end = newline < 0 ? text.length : newline;
            comments.push({ text: text.slice(i + 1, end), line, endLine: line, trailing: codeLines.has(line) });
            i = end;
            continue;
        }
        const prefix = /^[rRbBuUfF]{0,2}(['"])/.exec(text.slice(i, i + 4));
        if (prefix && prefix[1]) {
            const quote = prefix[1];
            let k = i + prefix[0].length;
            const triple = text.startsWith(quote.repeat(3), k - 1);
            const closer = triple ? quote.repeat(3) : quote;
            k = triple ? k + 2 : k;
            const startLine = line;
            while (k < text.length) {
                const c = text[k];
                if (c === '\\') {
                    if (text[k + 1] === '\n')
                        line++;
                    k += 2;
                    continue;
                }
                if (text.startsWith(closer, k)) {
                    k += closer.length;
                    break;
                }
                if (c === '\n') {
                    line++;
                    // An unterminated one-line string ends at the line break.
                    if (!triple) {
                        k++;
                        break;
                    }
                }
                k++;
            }
            addLines(codeLines, startLine, line);
            i = k;
            continue;
        }
        codeLines.add(line);
        i++;
    }
    return { comments, codeLines };
}
function scanComments(path, text) {
    switch (suppressions_extension(path)) {
        case 'sql':
            return scanSqlComments(text);
        case 'yml':
        case 'yaml':
            return scanYamlComments(text);
        case 'py':
            return scanPythonComments(text);
        default:
            return undefined;
    }
}
/** The suppressions in a file and the problems with them. `knownRuleIds` decides what an unknown id is. Never throws. */
function scanSuppressions(path, text, knownRuleIds) {
    const scan = { suppressions: [], problems: [] };
    let scanned;
    try {
        scanned = scanComments(path, text);
    }
    catch {
        return scan;
    }
    if (!scanned)
        return scan;
    const codeLines = [...scanned.codeLines].sort((a, b) => a - b);
    for (const comment of scanned.comments) {
        const match = DIRECTIVE.exec(comment.text);
        if (!match)
            continue;
        // The directive's own line, for comments that span lines.
        const line = comment.line + (comment.text.slice(0, match.index).split('\n').length - 1);
        const words = comment.text
            .slice(match.index + match[0].length)
            .replace(/\s+/g, ' ')
            .trim();
        const verb = /^[A-Za-z-]+/.exec(words)?.[0]?.toLowerCase();
        if (verb !== 'ignore' && verb !== 'ignore-file') {
            scan.problems.push({
                check: UNKNOWN_SUPPRESSION,
                line,
                message: `This \`data-review:\` comment is not understood (expected \`data-review: ignore RULE-ID reason\` or \`ignore-file\`), so it suppresses nothing.`,
            });
            continue;
        }
        let rest = words.slice(verb.length).trim();
        const ids = [];
        for (;;) {
            const id = /^([A-Za-z][A-Za-z0-9]*-[0-9]+)\s*(,\s*)?/.exec(rest);
            if (!id?.[1] || !RULE_ID.test(id[1]))
                break;
            ids.push(id[1].toUpperCase());
            rest = rest.slice(id[0].length);
            if (!id[2])
                break;
        }
        const reason = rest.replace(/^[\s:;,.\-–—]+/, '').trim();
        if (ids.length === 0) {
            scan.problems.push({
                check: UNKNOWN_SUPPRESSION,
                line,
                message: `This suppression names no rule id (write \`data-review: ${verb} RULE-ID reason\`, e.g. \`SQL-001\`), so it suppresses nothing.`,
            });
            continue;
        }
        const known = ids.filter((id) => knownRuleIds.has(id));
        for (const id of ids.filter((candidate) => !knownRuleIds.has(candidate))) {
            scan.problems.push({ check: UNKNOWN_SUPPRESSION, line, message: `This suppression names \`${id}\`, which is not a rule of this review, so it suppresses nothing for it. Check the id with \`data-engineer-review rules\`.` });
        }
        if (known.length === 0)
            continue;
        if (reason === '') {
            scan.problems.push({
                check: SUPPRESSION_WITHOUT_REASON,
                line,
                message: `The suppression of ${known.map((id) => `\`${id}\``).join(', ')} gives no reason: add why the finding is accepted after the rule id.`,
            });
        }
        const suppression = { rules: known, scope: verb === 'ignore-file' ? 'file' : 'line', line, ...(reason !== '' ? { reason } : {}) };
        if (suppression.scope === 'line') {
            const target = comment.trailing ? comment.line : codeLines.find((codeLine) => codeLine > comment.endLine);
            if (target === undefined)
                continue;
            suppression.target = target;
        }
        scan.suppressions.push(suppression);
    }
    return scan;
}
/** Whether a suppression of the file covers the finding. */
function isSuppressed(finding, scan) {
    if (!scan)
        return false;
    return scan.suppressions.some((suppression) => suppression.rules.includes(finding.rule) &&
        (suppression.scope === 'file' || (suppression.target !== undefined && suppression.target >= finding.line && suppression.target <= finding.endLine)));
}
function problemFinding(path, problem) {
    return {
        rule: problem.check.id,
        checklist: [...problem.check.checklist],
        severity: problem.check.severity,
        title: problem.check.title,
        file: path,
        line: problem.line,
        endLine: problem.line,
        message: problem.message,
        source: 'rule',
    };
}
/** Removes suppressed rule findings and reports problems with suppressions the change added. Never throws. */
async function applySuppressions(input) {
    const scans = new Map();
    const scanOf = async (path) => {
        if (!scans.has(path)) {
            let text = input.texts.get(path);
            if (text === undefined) {
                try {
                    text = await input.read(path);
                }
                catch {
                    text = undefined;
                }
            }
            scans.set(path, text === undefined ? { suppressions: [], problems: [] } : scanSuppressions(path, text, input.knownRuleIds));
        }
        return scans.get(path);
    };
    for (const path of input.texts.keys())
        await scanOf(path);
    const findings = [];
    const suppressed = [];
    for (const finding of input.findings) {
        if (finding.source === 'rule' && isSuppressed(finding, await scanOf(finding.file)))
            suppressed.push(finding);
        else
            findings.push(finding);
    }
    for (const [path, scan] of scans) {
        const added = input.change.file(path)?.addedLines;
        for (const problem of scan.problems) {
            if (input.fullFileReview || added?.has(problem.line))
                findings.push(problemFinding(path, problem));
        }
    }
    return { findings, suppressed };
}

;// CONCATENATED MODULE: ./src/analyzers/engine.ts
// The deterministic analysis of a change: each changed dbt / Airflow / SQL file is read and
// parsed once, every rule that applies reads that one parse, findings are kept where the change
// added lines, and the escalation detectors compare both sides of the change. Degraded, never
// silent: a file that does not parse, is too large or makes a rule fail is marked in its
// FileReport and in the notices; nothing here throws for bad input.















const engine_DEFAULT_MAX_FILE_BYTES = 1_000_000;
const engine_READ_CONCURRENCY = 8;
const PATCH_REASONS = {
    binary: 'binary file',
    'too-large': 'the diff is too large for the platform to show, so changed lines are unknown',
    missing: 'no diff is available for this file, so changed lines are unknown',
};
const errorText = (error) => (error instanceof Error ? error.message : String(error));
/** Runs the rules and detectors over a change. */
async function analyseChange(input) {
    const reader = cachedReader(input.changeSet.contents);
    const changeSet = { ...input.changeSet, contents: reader };
    const rules = input.rules ?? rules_rules;
    const maxFileBytes = input.maxFileBytes ?? engine_DEFAULT_MAX_FILE_BYTES;
    const fullFileReview = input.fullFileReview ?? false;
    const notices = [];
    const requestedDialect = input.dialect === undefined ? undefined : toSqlDialect(input.dialect);
    if (input.dialect !== undefined && !requestedDialect)
        notices.push(`Unknown SQL dialect "${input.dialect}": the dialect is inferred from the repository instead.`);
    const domainOf = (path) => input.domains.get(path) ?? 'other';
    const byPath = new Map(changeSet.files.map((file) => [file.path, file]));
    const change = { file: (path) => byPath.get(path), files: changeSet.files };
    // dbt indexes: head to classify and read dbt files, base too when something can be compared.
    const dataFiles = changeSet.files.filter((file) => domainOf(file.path) !== 'other');
    const touchesDbt = dataFiles.some((file) => domainOf(file.path) === 'dbt');
    const needsDialect = requestedDialect === undefined && dataFiles.some((file) => domainOf(file.path) === 'dbt' || domainOf(file.path) === 'sql');
    // A change without dbt files needs the head tree only to find the warehouse's dialect.
    const head = touchesDbt ? await buildDbtIndex(reader, 'head') : needsDialect ? await buildDbtIndex(reader, 'head', { depth: 'projects' }) : undefined;
    // The base side is only compared (by the detectors): its configs matter, its tests do not.
    const comparesBase = touchesDbt && changeSet.files.some((file) => domainOf(file.path) === 'dbt' && file.status !== 'added');
    const base = touchesDbt ? (comparesBase ? await buildDbtIndex(reader, 'base', { depth: 'configs' }) : new DbtIndex('base', undefined)) : undefined;
    for (const problem of head?.problems ?? [])
        notices.push(`dbt project: ${problem}`);
    // Problems of the base side are the past; only a base that could not be read at all matters.
    if (base && comparesBase && base.files.size === 0)
        for (const problem of base.problems)
            notices.push(`dbt project (base): ${problem}`);
    let dialect = requestedDialect ?? 'generic';
    if (needsDialect && head) {
        const inferred = await inferDialect(head, reader, 'head');
        if (inferred) {
            dialect = inferred.dialect;
            notices.push(`SQL dialect ${inferred.dialect}, inferred from ${inferred.from}.`);
        }
    }
    // Decide what each file is before reading anything.
    const reports = new Map();
    const toAnalyse = [];
    for (const file of changeSet.files) {
        const domain = domainOf(file.path);
        const report = {
            path: file.path,
            ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
            domain,
            status: file.status,
            analysed: 'skipped',
        };
        reports.set(file.path, report);
        const kind = fileKindOf(file.path, domain, head);
        if (!kind) {
            report.reason = 'not a data file';
        }
        else if (file.status === 'removed') {
            report.reason = 'removed';
        }
        else if (file.patchUnavailable) {
            report.reason = PATCH_REASONS[file.patchUnavailable];
        }
        else {
            const applicable = rules.filter((rule) => rule.meta.appliesTo.includes(kind));
            if (applicable.length === 0)
                report.reason = `no deterministic rule reads ${kindLabel(kind)}`;
            else
                toAnalyse.push({ file, domain, kind, rules: applicable });
        }
    }
    // The model graph reads every model of the project: only when a rule that reads it applies.
    let graph;
    if (head && touchesDbt && toAnalyse.some((prepared) => prepared.rules.some((rule) => rule.meta.needsGraph))) {
        graph = await buildDbtGraph(head, reader, { warehouse: dialect });
        for (const problem of graph.problems)
            notices.push(`dbt model graph: ${problem}`);
    }
    const findings = [];
    const seen = new Set();
    const sqlFailures = [];
    // Head texts of the analysed files, for inline suppressions; parsed properties files, shared.
    const analysedTexts = new Map();
    const propertiesCache = new Map();
    // Reads go a few at a time; analysis then runs in the change's order so output is stable.
    const texts = await mapLimit(toAnalyse, engine_READ_CONCURRENCY, async (prepared) => readForAnalysis(prepared));
    for (const [i, prepared] of toAnalyse.entries()) {
        const read = texts[i];
        if (read)
            await analyseFile(prepared, read.head, read.base, reports.get(prepared.file.path));
    }
    async function readForAnalysis(prepared) {
        const { file } = prepared;
        const report = reports.get(file.path);
        let headText;
        try {
            const content = await reader.read('head', file.path);
            if (content.kind !== 'text') {
                report.reason = content.kind === 'absent' ? 'not found at head' : content.kind === 'binary' ? 'binary content' : `too large to read (${content.bytes} bytes)`;
                return undefined;
            }
            headText = content.text;
        }
        catch (error) {
            report.reason = `could not be read: ${errorText(error)}`;
            return undefined;
        }
        if (Buffer.byteLength(headText, 'utf8') > maxFileBytes) {
            report.reason = `larger than the ${maxFileBytes}-byte analysis limit`;
            return undefined;
        }
        if (prepared.rules.some((rule) => rule.meta.needsBase) && (file.status === 'modified' || file.status === 'renamed')) {
            try {
                const content = await reader.read('base', file.previousPath ?? file.path);
                if (content.kind === 'text')
                    return { head: headText, base: content.text };
            }
            catch {
                // Rules that compare with base then see `base` undefined and judge head alone.
            }
        }
        return { head: headText };
    }
    async function analyseFile(prepared, text, baseText, report) {
        const { file, kind } = prepared;
        analysedTexts.set(file.path, text);
        const partial = [];
        let sql;
        let jinja;
        let python;
        let yaml;
        const mode = parseModeOf(file.path, kind);
        if (mode === 'sql') {
            const templated = kind !== 'sql-script' || text.includes('{{') || text.includes('{%') || text.includes('{#');
            if (templated) {
                jinja = neutraliseJinja(text);
                for (const problem of jinja.problems)
                    partial.push(`Jinja: ${problem}`);
                if (kind === 'dbt-model')
                    head?.seedModelJinja(file.path, jinja);
            }
            const sqlText = jinja?.sql ?? text;
            if (jinja && generatedByJinja(jinja)) {
                // `{{ dbt_utils.date_spine(...) }}` and the like: the SQL is produced by a macro at
                // compile time, so there is nothing in the file for a SQL rule to read.
                partial.push('the SQL is generated by a Jinja macro call, not written in the file');
            }
            else {
                let result = await parseSql(sqlText, dialect);
                // A dialect gap (or a wrong inference) should not cost the whole file: the generic
                // grammar accepts a broad superset and rescues some files.
                if (!result.ok && dialect !== 'generic') {
                    const fallback = await parseSql(sqlText, 'generic');
                    if (fallback.ok)
                        result = fallback;
                }
                sql = { text: sqlText, dialect: result.ok ? result.dialect : dialect, result };
                if (!result.ok) {
                    partial.push(`SQL did not parse${result.line !== undefined ? ` at line ${result.line}` : ''}: ${result.error}`);
                    sqlFailures.push(file.path);
                }
            }
        }
        else if (mode === 'python') {
            const parsed = await parsePython(text);
            if (!parsed.ok)
                partial.push(parsed.error);
            else {
                python = parsed.tree;
                if (python.hasErrors)
                    partial.push(`Python syntax error${python.firstErrorLine !== undefined ? ` near line ${python.firstErrorLine}` : ''}`);
            }
        }
        else if (mode === 'yaml') {
            yaml = parseYaml(text);
            if (!yaml.ok)
                partial.push(`${yaml.error}${yaml.line !== undefined ? ` (line ${yaml.line})` : ''}`);
        }
        const modelProperties = kind === 'dbt-model' && head ? await loadModelProperties(reader, head, file.path, propertiesCache) : undefined;
        try {
            for (const rule of prepared.rules) {
                const ruleReports = [];
                const options = input.ruleOptions?.(rule.meta.id, file.path);
                const ctx = {
                    file: {
                        path: file.path,
                        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
                        status: file.status,
                        domain: prepared.domain,
                        kind,
                        addedLines: file.addedLines,
                    },
                    head: text,
                    ...(baseText !== undefined ? { base: baseText } : {}),
                    ...(sql ? { sql } : {}),
                    ...(jinja ? { jinja } : {}),
                    ...(python ? { python } : {}),
                    ...(yaml ? { yaml } : {}),
                    ...(head ? { dbt: head } : {}),
                    ...(graph ? { graph } : {}),
                    ...(modelProperties ? { modelProperties } : {}),
                    ...(options ? { options } : {}),
                    change,
                    fullFileReview,
                    report: (r) => {
                        ruleReports.push(r);
                    },
                };
                try {
                    rule.check(ctx);
                }
                catch (error) {
                    partial.push(`rule ${rule.meta.id} failed: ${errorText(error)}`);
                    notices.push(`Rule ${rule.meta.id} failed on ${file.path} and was skipped there: ${errorText(error)}`);
                    continue;
                }
                for (const r of ruleReports) {
                    const finding = toFinding(rule, file.path, r);
                    if (!finding)
                        continue;
                    const keep = fullFileReview || rule.meta.scope === 'changed-objects' || touchesAddedLines(change.file(finding.file), finding.line, finding.endLine);
                    if (!keep)
                        continue;
                    const key = `${finding.rule}\0${finding.file}\0${finding.line}\0${finding.endLine}\0${finding.message}`;
                    if (seen.has(key))
                        continue;
                    seen.add(key);
                    findings.push(finding);
                }
            }
        }
        finally {
            python?.dispose();
        }
        report.analysed = partial.length > 0 ? 'partial' : 'full';
        if (partial.length > 0)
            report.reason = partial.join('; ');
    }
    if (sqlFailures.length > 0) {
        notices.push(`SQL in ${sqlFailures.length} file(s) did not parse (dialect ${dialect}); rules that need the syntax tree did not run on them: ${sqlFailures.sort().join(', ')}.`);
    }
    const escalations = [];
    for (const detector of input.detectors ?? detectors) {
        try {
            escalations.push(...(await detector.detect({ changeSet, domains: input.domains, ...(head && base ? { dbt: { head, base } } : {}) })));
        }
        catch (error) {
            notices.push(`Escalation detector ${detector.id} failed and was skipped: ${errorText(error)}`);
        }
    }
    // Inline `data-review: ignore RULE reason` comments (see suppressions.ts); never escalations.
    const suppression = await applySuppressions({
        findings,
        texts: analysedTexts,
        read: async (path) => {
            const content = await reader.read('head', path);
            return content.kind === 'text' ? content.text : undefined;
        },
        change,
        fullFileReview,
        knownRuleIds: new Set([...rules_rules, ...rules].map((rule) => rule.meta.id)),
    });
    findings.splice(0, findings.length, ...suppression.findings);
    if (suppression.suppressed.length > 0) {
        const listed = suppression.suppressed.slice(0, 10).map((finding) => `${finding.rule} at ${finding.file}:${finding.line}`);
        notices.push(`Inline suppressions removed ${suppression.suppressed.length} finding(s): ${listed.join(', ')}${suppression.suppressed.length > 10 ? ', …' : ''}.`);
    }
    findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
    return { files: changeSet.files.map((file) => reports.get(file.path)), findings, escalations, notices };
}
function toFinding(rule, path, report) {
    if (!Number.isFinite(report.line))
        return undefined;
    const line = Math.max(1, Math.floor(report.line));
    const endLine = Math.max(line, Math.floor(report.endLine ?? line));
    return {
        rule: rule.meta.id,
        checklist: [...rule.meta.checklist],
        severity: report.severity !== undefined && model/* SEVERITY_RANK */.f[report.severity] < model/* SEVERITY_RANK */.f[rule.meta.severity] ? report.severity : rule.meta.severity,
        title: rule.meta.title,
        file: report.file ?? path,
        line,
        endLine,
        message: report.message,
        source: 'rule',
        ...(report.snippet !== undefined && report.snippet !== '' ? { snippet: report.snippet } : {}),
    };
}
/** Whether the neutralised SQL holds nothing but placeholders: the file is one macro call. */
function generatedByJinja(jinja) {
    const words = jinja.sql.split(/\s+/).filter((word) => word !== '');
    return words.length > 0 && words.every((word) => Object.hasOwn(jinja.placeholders, word));
}
function touchesAddedLines(file, line, endLine) {
    if (!file)
        return false;
    for (let current = line; current <= endLine; current++)
        if (file.addedLines.has(current))
            return true;
    return false;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/review/fingerprint.ts
// Stable identities for findings and escalations. A fingerprint must survive unrelated edits
// and line shifts, so it is built from what the finding is about (rule, file, the normalised
// code or message), never from the line number.

function digest(parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}
/** Lower-cases and folds white space so that reformatting does not change identity. */
function normaliseCode(text) {
    return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
/**
 * Gives each draft its fingerprint. Two drafts with the same identity (the same rule on two
 * identical lines of one file) are told apart by their order in the file, which is stable
 * under edits elsewhere.
 */
function fingerprintFindings(drafts) {
    const ordered = [...drafts].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
    const seen = new Map();
    return ordered.map((draft) => {
        const about = normaliseCode(draft.snippet ?? draft.message);
        const base = digest([draft.source, draft.rule, draft.checklist.join(','), draft.file, about]);
        const occurrence = seen.get(base) ?? 0;
        seen.set(base, occurrence + 1);
        const fingerprint = occurrence === 0 ? base : digest([base, String(occurrence)]);
        return { ...draft, fingerprint };
    });
}
/** An escalation is one decision: the trigger and its subject (e.g. the model), whoever raised it. */
function escalationFingerprint(draft) {
    return digest(['escalation', draft.trigger, draft.subject]);
}
function fingerprintEscalation(draft) {
    return { ...draft, fingerprint: escalationFingerprint(draft) };
}

;// CONCATENATED MODULE: ./src/review/merge.ts

function overlaps(a, b) {
    return a.file === b.file && a.line <= b.endLine && b.line <= a.endLine;
}
function sharesChecklist(a, b) {
    return a.checklist.some((id) => b.checklist.includes(id));
}
function mergeReview(input) {
    const ruleFindings = [];
    for (const finding of input.ruleFindings) {
        const override = input.ruleSeverity?.get(finding.rule);
        if (override === 'off')
            continue;
        ruleFindings.push(override ? { ...finding, severity: override } : finding);
    }
    // A model finding on the same lines and checklist item as a rule finding says nothing new.
    let duplicatesDropped = 0;
    const llmFindings = input.llmFindings.filter((candidate) => {
        const duplicate = ruleFindings.some((rule) => overlaps(rule, candidate) && sharesChecklist(rule, candidate));
        if (duplicate)
            duplicatesDropped++;
        return !duplicate;
    });
    const escalations = new Map();
    for (const draft of input.ruleEscalations) {
        const escalation = fingerprintEscalation(draft);
        const existing = escalations.get(escalation.fingerprint);
        if (existing)
            existing.evidence.push(...escalation.evidence);
        else
            escalations.set(escalation.fingerprint, { ...escalation, evidence: [...escalation.evidence] });
    }
    for (const draft of input.llmEscalations) {
        const escalation = fingerprintEscalation(draft);
        const existing = escalations.get(escalation.fingerprint);
        if (existing) {
            // Same decision seen by both engines: the detector's wording stays, the model's extra
            // evidence is added, its options only fill in when the detector had none.
            for (const item of escalation.evidence) {
                if (!existing.evidence.some((e) => e.file === item.file && e.line === item.line))
                    existing.evidence.push(item);
            }
            if (existing.options.length === 0)
                existing.options = [...escalation.options];
        }
        else {
            escalations.set(escalation.fingerprint, escalation);
        }
    }
    return {
        findings: fingerprintFindings([...ruleFindings, ...llmFindings]),
        escalations: [...escalations.values()],
        duplicatesDropped,
    };
}

;// CONCATENATED MODULE: ./src/run.ts
// The review pipeline, written once for the action and the CLI:
// config → classify (path gate) → rules and detectors → LLM (when a key is present) → merge.
// It does no publishing; callers decide where the Review goes.





function llmNotRun(status, error) {
    const report = (0,model/* emptyLlmReport */.Z)(status, false);
    if (error)
        report.error = error;
    return report;
}
async function readHeadText(changeSet, path) {
    const content = await changeSet.contents.read('head', path);
    return content.kind === 'text' ? content.text : undefined;
}
async function runReview(input) {
    const { changeSet, settings, agent } = input;
    const log = input.log ?? (() => { });
    const notices = [];
    const headPaths = await changeSet.contents.listFiles('head');
    const projects = await findDbtProjects(headPaths, (path) => readHeadText(changeSet, path));
    const { domains, triggered } = classifyChange(changeSet.files, settings.paths, projects);
    const base = {
        version: VERSION,
        base: changeSet.base,
        head: changeSet.head,
        agent: { name: agent.name, version: agent.version },
    };
    if (!triggered) {
        return {
            ...base,
            triggered: false,
            files: changeSet.files.map((file) => ({
                path: file.path,
                domain: 'other',
                status: file.status,
                analysed: 'skipped',
                reason: 'not a dbt, Airflow or SQL path',
            })),
            findings: [],
            escalations: [],
            llm: llmNotRun('skipped', 'no data files changed'),
            notices: ['No dbt, Airflow or SQL paths changed: nothing to review.'],
        };
    }
    log(`Analysing ${changeSet.files.length} changed file(s) with the rules engine`);
    const analysis = await analyseChange({
        changeSet,
        domains,
        ...(settings.dialect ? { dialect: settings.dialect } : {}),
        maxFileBytes: settings.maxFileBytes,
        fullFileReview: settings.fullFileReview,
    });
    notices.push(...analysis.notices);
    let llmFindings = [];
    let llmEscalations = [];
    let llm;
    if (settings.llm === 'off') {
        llm = llmNotRun('skipped', 'the LLM pass is turned off in the configuration');
        notices.push('LLM review: off by configuration; this review comes from the deterministic rules alone.');
    }
    else if (!input.llm) {
        llm = llmNotRun('skipped', 'no Anthropic API key was provided');
        notices.push('LLM review: not run (no Anthropic API key); this review comes from the deterministic rules alone.');
    }
    else {
        log(`Running the LLM review with ${input.llm.model}`);
        const { runLlmReview } = await __nccwpck_require__.e(/* import() */ 311).then(__nccwpck_require__.bind(__nccwpck_require__, 2311));
        const dataFiles = changeSet.files.filter((file) => {
            const domain = domains.get(file.path) ?? 'other';
            return domain !== 'other' && file.status !== 'removed' && file.hunks.length > 0;
        });
        const result = await runLlmReview({
            apiKey: input.llm.apiKey,
            ...(input.llm.baseURL ? { baseURL: input.llm.baseURL } : {}),
            model: input.llm.model,
            agent,
            ...(settings.instructions ? { extraInstructions: settings.instructions } : {}),
            input: {
                ...(input.pullRequest ? { title: input.pullRequest.title, body: input.pullRequest.body } : {}),
                files: dataFiles.map((file) => ({
                    path: file.path,
                    domain: domains.get(file.path) ?? 'other',
                    status: file.status,
                    hunks: file.hunks,
                })),
                ruleFindings: analysis.findings,
                ruleEscalations: analysis.escalations,
            },
            fileLineCounts: await lineCounts(changeSet, dataFiles.map((file) => file.path)),
        });
        llmFindings = result.findings;
        llmEscalations = result.escalations;
        llm = result.report;
        if (llm.status !== 'ok') {
            notices.push(`LLM review: ${llm.status}${llm.error ? ` (${llm.error})` : ''}; the rule findings and escalations below are complete, the model's are missing.`);
        }
        if (llm.rejected.length > 0)
            notices.push(`LLM review: ${llm.rejected.length} item(s) of the model's answer were invalid and dropped.`);
    }
    const merged = mergeReview({
        ruleFindings: analysis.findings,
        ruleEscalations: analysis.escalations,
        llmFindings,
        llmEscalations,
        ruleSeverity: settings.ruleSeverity,
    });
    return {
        ...base,
        triggered: true,
        files: analysis.files,
        findings: merged.findings,
        escalations: merged.escalations,
        llm,
        notices,
    };
}
async function lineCounts(changeSet, paths) {
    const counts = new Map();
    for (const path of paths) {
        const text = await readHeadText(changeSet, path);
        if (text !== undefined)
            counts.set(path, text.split('\n').length);
    }
    return counts;
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts












const EXIT = { ok: 0, failOn: 1, usage: 2, failed: 3 };
const FORMATS = ['markdown', 'json', 'sarif'];
const USAGE = `Usage:
  ${TOOL_NAME} review --repo PATH --base REV --head REV [options]
  ${TOOL_NAME} --version | --help

Reviews the change from the merge base of REV..HEAD to HEAD, like a pull request.

Options for review:
  --repo PATH         git repository (a bare one works; no work tree is needed)
  --base REV          base revision (branch, tag or commit)
  --head REV          head revision (branch, tag or commit)
  --format FORMAT     markdown (default) | json | sarif
  --output FILE       write the report to FILE instead of standard output
  --config FILE       configuration file on disk (default: ${DEFAULT_CONFIG_PATH} at the base revision, if present)
  --agent FILE        agent definition (default: the bundled agents/data-engineer.md)
  --fail-on LEVEL     error | warning | escalation | never (default: escalation)
  --dialect NAME      SQL dialect (default: from the dbt profile, else generic)
  --model ID          Anthropic model for the LLM pass (default: ${DEFAULT_MODEL})

Environment:
  ANTHROPIC_API_KEY   when set, the LLM pass runs too; without it the review is rules only
  ANTHROPIC_BASE_URL  alternative API endpoint

Exit status: 0 passed, 1 fail-on met, 2 usage error, 3 the review could not run.
`;
class UsageError extends Error {
}
function oneOf(value, allowed, flag) {
    if (value === undefined)
        return undefined;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
}
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        io.stdout(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
    }
    try {
        if (command === 'review')
            return await reviewCommand(rest, io);
        throw new UsageError(`unknown command '${command}'`);
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof ConfigError) {
            io.stderr(`${TOOL_NAME}: ${error.message}\n\n${error instanceof UsageError ? USAGE : ''}`);
            return EXIT.usage;
        }
        io.stderr(`${TOOL_NAME}: the review could not run: ${error.message}\n`);
        return EXIT.failed;
    }
}
async function reviewCommand(argv, io) {
    let values;
    try {
        ({ values } = io.parseArgs({
            args: argv,
            options: {
                repo: { type: 'string' },
                base: { type: 'string' },
                head: { type: 'string' },
                format: { type: 'string' },
                output: { type: 'string' },
                config: { type: 'string' },
                agent: { type: 'string' },
                'fail-on': { type: 'string' },
                dialect: { type: 'string' },
                model: { type: 'string' },
            },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    const missing = ['repo', 'base', 'head'].filter((flag) => !values[flag]);
    if (missing.length > 0)
        throw new UsageError(`missing ${missing.map((flag) => `--${flag}`).join(', ')}`);
    const format = oneOf(values.format, FORMATS, '--format') ?? 'markdown';
    const failOn = oneOf(values['fail-on'], FAIL_ON_VALUES, '--fail-on');
    let changeSet;
    try {
        changeSet = await localGitChangeSet({ repo: values.repo, base: values.base, head: values.head });
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    try {
        let repoConfig = {};
        if (values.config) {
            repoConfig = parseRepoConfig(await io.readFile(values.config), values.config);
        }
        else {
            const atBase = await changeSet.contents.read('base', DEFAULT_CONFIG_PATH);
            if (atBase.kind === 'text')
                repoConfig = parseRepoConfig(atBase.text, `${DEFAULT_CONFIG_PATH} (at base)`);
        }
        const settings = resolveSettings({ ...(failOn ? { failOn } : {}), ...(values.dialect ? { dialect: values.dialect } : {}) }, repoConfig);
        const agent = await loadAgentDefinition(values.agent);
        const apiKey = io.env['ANTHROPIC_API_KEY'];
        const baseURL = io.env['ANTHROPIC_BASE_URL'];
        const review = await runReview({
            changeSet,
            settings,
            agent,
            ...(apiKey ? { llm: { apiKey, model: values.model ?? DEFAULT_MODEL, ...(baseURL ? { baseURL } : {}) } } : {}),
            log: (line) => io.stderr(`${line}\n`),
        });
        const rendered = format === 'json' ? renderJsonReport(review) : format === 'sarif' ? renderSarif(review, ruleCatalogue()) : renderMarkdownReport(review, { local: true });
        if (values.output)
            await io.writeFile(values.output, rendered);
        else
            io.stdout(rendered);
        const gate = evaluateGate(review, settings.failOn, settings.llm);
        io.stderr(`${gate.fail ? 'FAIL' : 'PASS'}: ${gate.reason}\n`);
        return gate.fail ? EXIT.failOn : EXIT.ok;
    }
    finally {
        await changeSet.close();
    }
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ emptyLlmReport),
/* harmony export */   f: () => (/* binding */ SEVERITY_RANK)
/* harmony export */ });
// The shapes every stage of a review shares. Sources produce a ChangeSet, analysers and the
// LLM produce findings and escalations, publishers consume a Review. Nothing here does I/O.
const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
/** An LLM report before (or without) any call: zero usage, nothing rejected. */
function emptyLlmReport(status, used) {
    return { used, status, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, calls: 0, rejected: [] };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
exports.DB = cst;
exports.JG = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
