// Precompiles the built-in Handlebars templates into dist/render/precompiled-templates.cjs, so that
// a run does not parse and compile them (about a third of a second of `generate`'s cold start).
// Each is keyed by its exact text and the partials it may call: a template the user overrides or
// edits has another key and is compiled at run time (src/render/engine.ts). Run by `npm run build`.
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { documents } from "../dist/documents/registry.js";
import { findTemplates } from "../dist/render/template-files.js";
import { precompiledKey, precompileTemplate, templateText } from "../dist/render/engine.js";

// A partial is used by several documents: its code is written once, each key names it.
const specs = new Map();
const keys = new Map();
for (const document of documents) {
  const sources = findTemplates(document.template, { documentRoot: document.templateRoot });
  const partialNames = new Set(sources.partials.keys());
  for (const file of [sources.main, ...sources.partials.values()]) {
    const text = templateText(file);
    const spec = precompileTemplate(file, partialNames, text);
    const specId = createHash("sha256").update(spec).digest("hex").slice(0, 16);
    specs.set(specId, spec);
    keys.set(precompiledKey(text, partialNames), specId);
  }
}
const sorted = (map) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));
const code = [
  "// Written by scripts/precompile-templates.mjs: the built-in templates, precompiled (see src/render/engine.ts).",
  "const specs = {",
  ...sorted(specs).map(([id, spec]) => `  ${JSON.stringify(id)}: ${spec},`),
  "};",
  "module.exports = {",
  ...sorted(keys).map(([key, id]) => `  ${JSON.stringify(key)}: specs[${JSON.stringify(id)}],`),
  "};",
  "",
].join("\n");
await writeFile(new URL("../dist/render/precompiled-templates.cjs", import.meta.url), code);
