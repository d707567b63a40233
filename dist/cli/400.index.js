export const id = 400;
export const ids = [400];
export const modules = {

/***/ 7400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildLlmFiles: () => (/* binding */ buildLlmFiles)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONTEXT_LIMITS, surroundingSection */
/* harmony import */ var _analyzers_dbt_jinja_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7418);
/* harmony import */ var _analyzers_dbt_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5995);
/* harmony import */ var _analyzers_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5145);
// What the model sees of each changed file besides its diff: a bounded number of lines around
// each hunk and, for a dbt model, its properties YAML entry and its resolved config. Read only
// from the two files' head versions and the dbt project's own YAML, through the ChangeSet's
// ContentReader; nothing else from the repository, the environment or the runner.



const DEFAULT_CONTEXT_LIMITS = { surroundingLines: 10, maxSurroundingLines: 120, maxPropertiesLines: 80, maxLineLength: 300 };
/** The LLM inputs of the changed data files. Never throws: context that cannot be read is left out. */
async function buildLlmFiles(changeSet, files, limits = DEFAULT_CONTEXT_LIMITS) {
    const needsDbt = files.some(({ file, domain }) => domain === 'dbt' && /\.(sql|py)$/i.test(file.path));
    const index = needsDbt ? await tryBuildIndex(changeSet) : undefined;
    const result = [];
    for (const { file, domain } of files) {
        const input = { path: file.path, domain, status: file.status, hunks: file.hunks };
        const text = await readHead(changeSet, file.path);
        if (text !== undefined) {
            const lines = text.split('\n');
            input.lineCount = lines.length;
            const sections = [surroundingSection(file.hunks, lines, limits)];
            if (index)
                sections.push(...(await dbtModelSections(index, changeSet, file.path, text, limits)));
            const excerpt = sections.filter((s) => s !== '').join('\n\n');
            if (excerpt !== '')
                input.headExcerpt = excerpt;
        }
        result.push(input);
    }
    return result;
}
/**
 * Head lines just outside each hunk (the diff already shows a few), numbered like the diff.
 * Ranges that touch are merged; the total is capped.
 */
function surroundingSection(hunks, lines, limits) {
    const shown = new Set();
    for (const hunk of hunks)
        for (const line of hunk.lines)
            if (line.newLine !== undefined)
                shown.add(line.newLine);
    const wanted = new Set();
    for (const hunk of hunks) {
        const first = hunk.newStart;
        const last = hunk.newStart + Math.max(hunk.newLines, 1) - 1;
        for (let n = first - limits.surroundingLines; n <= last + limits.surroundingLines; n++) {
            if (n >= 1 && n <= lines.length && !shown.has(n))
                wanted.add(n);
        }
    }
    const numbers = [...wanted].sort((a, b) => a - b).slice(0, limits.maxSurroundingLines);
    if (numbers.length === 0)
        return '';
    const width = Math.max(4, String(lines.length).length);
    const out = ['Lines around the diff (unchanged):'];
    let previous = 0;
    for (const n of numbers) {
        if (previous !== 0 && n !== previous + 1)
            out.push('…');
        out.push(`${String(n).padStart(width)}   ${clip(lines[n - 1] ?? '', limits.maxLineLength)}`.trimEnd());
        previous = n;
    }
    if (wanted.size > numbers.length)
        out.push(`… ${wanted.size - numbers.length} more lines not shown`);
    return out.join('\n');
}
/** The model's properties entry as written and its config resolved over project, YAML and file. */
async function dbtModelSections(index, changeSet, path, text, limits) {
    const model = index.model(path);
    if (!model)
        return [];
    const sections = [];
    const entry = index.properties('model', model.name, model.project);
    if (entry) {
        const yaml = await readHead(changeSet, entry.file);
        if (yaml !== undefined) {
            const all = yaml.split('\n').slice(entry.line - 1, entry.endLine);
            const lines = all.slice(0, limits.maxPropertiesLines).map((line) => clip(line, limits.maxLineLength));
            const more = all.length > lines.length ? [`… ${all.length - lines.length} more lines`] : [];
            sections.push([`Properties of model ${model.name} in ${entry.file} (lines ${entry.line}–${entry.endLine}):`, ...lines, ...more].join('\n'));
        }
    }
    else {
        sections.push(`No properties YAML entry declares model ${model.name}.`);
    }
    const configs = (0,_analyzers_dbt_jinja_js__WEBPACK_IMPORTED_MODULE_0__/* .neutraliseJinja */ .l8)(text).configs;
    const resolved = Object.entries(index.mergeModelConfig(path, configs));
    if (resolved.length > 0) {
        sections.push([
            `Resolved config of model ${model.name} (dbt_project.yml, then properties YAML, then the file's config()):`,
            ...resolved.map(([key, located]) => `- ${key} = ${clip((0,_analyzers_values_js__WEBPACK_IMPORTED_MODULE_2__/* .renderValue */ .AI)(located.value), limits.maxLineLength)} (${located.layer}, ${located.file}:${located.line})`),
        ].join('\n'));
    }
    return sections;
}
async function tryBuildIndex(changeSet) {
    try {
        return await (0,_analyzers_dbt_project_js__WEBPACK_IMPORTED_MODULE_1__/* .buildDbtIndex */ .nD)(changeSet.contents, 'head', { depth: 'configs' });
    }
    catch {
        // Context is a help to the model, not a requirement: the diff is still sent.
        return undefined;
    }
}
async function readHead(changeSet, path) {
    try {
        const content = await changeSet.contents.read('head', path);
        return content.kind === 'text' ? content.text : undefined;
    }
    catch {
        return undefined;
    }
}
function clip(line, max) {
    return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}


/***/ })

};
