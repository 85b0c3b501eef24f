/**
 * A form version's answers check as a JavaScript module the browser can run: ajv's standalone
 * code (https://ajv.js.org/standalone.html), made with the server's own options (AJV_OPTIONS),
 * so the browser checks exactly as the API does without compiling code (the web client's Content
 * Security Policy forbids `eval` and `Function`). Served by src/server/form-validator-route.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, _ } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS, type FormDefinition } from './form-definition.js';

// The standalone code refers to ajv's runtime helpers and to ajv-formats' checks with `require`
// (also in ESM output), which a browser has no answer for: the module brings them along.
const FORMATS = _`require("ajv-formats/dist/formats").fullFormats`;
const REQUIRE = /\brequire\(\s*(["'])([^"']+)\1\s*\)/g;
const SOURCE_MAP = /^\/\/# sourceMappingURL=.*$/gm;

type Bundled = { id: number; source: string; requires: Record<string, number> };

/**
 * The CommonJS files the code requires (from `from`), and theirs, each once: id, source and the
 * ids its own requests resolve to.
 */
function bundle(code: string, from: string, files: Map<string, Bundled>): Record<string, number> {
  const resolve = createRequire(from).resolve;
  const requires: Record<string, number> = {};
  for (const [, , request] of code.matchAll(REQUIRE)) {
    if (request === undefined || request in requires) continue;
    const path = resolve(request);
    let file = files.get(path);
    if (!file) {
      file = {
        id: files.size,
        source: readFileSync(path, 'utf8').replace(SOURCE_MAP, ''),
        requires: {},
      };
      files.set(path, file);
      file.requires = bundle(file.source, path, files);
    }
    requires[request] = file.id;
  }
  return requires;
}

/** A `require` for the module: each bundled file runs once, on its first request. */
function runtime(files: Bundled[], requires: Record<string, number>): string {
  const table = files
    .map(
      (file) =>
        `[function (module, exports, require) {\n${file.source}\n}, ${JSON.stringify(file.requires)}]`,
    )
    .join(',\n');
  return `const ajvFiles = [${table}];
const ajvLoaded = [];
function requireFrom(requires) {
  return (request) => {
    const id = requires[request];
    if (id === undefined) throw new Error("Not bundled: " + request);
    if (!ajvLoaded[id]) {
      const module = { exports: {} };
      ajvLoaded[id] = module;
      ajvFiles[id][0](module, module.exports, requireFrom(ajvFiles[id][1]));
    }
    return ajvLoaded[id].exports;
  };
}
const require = requireFrom(${JSON.stringify(requires)});
`;
}

/**
 * The ES module of a definition's answers check: `validate` (also its default export), a
 * function of the answers with ajv's `errors` when they fail, and no imports.
 */
export function formValidatorModule(definition: FormDefinition): string {
  const ajv = new Ajv2020({
    ...AJV_OPTIONS,
    code: { source: true, esm: true, formats: FORMATS },
  });
  const code = standalone.default(ajv, ajv.compile(definition.schema));
  const files = new Map<string, Bundled>();
  const requires = bundle(code, import.meta.url, files);
  const prelude = files.size === 0 ? '' : runtime([...files.values()], requires);
  return `${prelude}${code}\n`;
}
