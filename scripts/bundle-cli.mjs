// The command line as a few bundled, minified CommonJS files: dist/cli/cli.cjs and the chunks its
// commands load when they run. Node 20 resolves, reads and compiles each ES module of an unbundled
// program one by one (about 300 of them for `attestations`: ours, yaml's, handlebars'), and has no
// compile cache: bundled, a command starts about 0.15 s sooner (npm run bench). CommonJS, so that
// the installed command, dist/cli/main.js (src/cli/bin.ts), can compile them with the code cache
// that make-code-cache.mjs makes next (see src/cli/code-cache.ts).
// The library (dist/index.js and the modules beside it) stays as tsc wrote it.
//
// Left outside the bundle: exceljs, large and only loaded for the DPGF. yargs is inside, with its
// messages copied beside the chunks (see yargs-in-bundle.mjs). Paths our modules take from
// import.meta.url (templates/, schemas/, dist/editor/) stay right: the chunks sit in dist/cli/,
// two levels under the project as the modules they come from, and rolldown gives CommonJS an
// import.meta.url of the file. The precompiled templates and validator are required at run time
// from beside the module that asks for them, so they are copied beside the chunks.
import { build } from "rolldown";
import { fastHelpers } from "./fast-helpers.mjs";
import { copyYargsLocales, yargsInBundle } from "./yargs-in-bundle.mjs";
import { copyFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const cli = join(dist, "cli");
const staging = join(dist, "cli-bundle.tmp");
rmSync(staging, { recursive: true, force: true });

// docx's spread helpers, replaced by native equivalents (see fast-helpers.mjs). For measuring and
// profiling: NO_FAST_HELPERS=1 keeps docx's own, BUNDLE_MINIFY=0 keeps the names.
const helpers = fastHelpers();
await build({
  input: join(cli, "main.js"),
  plugins: [yargsInBundle(), ...(process.env.NO_FAST_HELPERS ? [] : [helpers.plugin])],
  platform: "node",
  external: [/^node:/, /^exceljs(\/|$)/],
  output: { dir: staging, format: "cjs", minify: process.env.BUNDLE_MINIFY !== "0", entryFileNames: "cli.cjs", chunkFileNames: "chunk-[name]-[hash].cjs" },
  onLog(level, log, handle) {
    // yargs' `extends` option (import.meta.resolve), which has no CommonJS equivalent: the command
    // line does not use it.
    if (log.code === "EMPTY_IMPORT_META" && /yargs[\\/]build[\\/]lib[\\/]utils[\\/]apply-extends/.test(log.id ?? log.message)) return;
    // A command's module that the document registry also imports: in the bundle's common part.
    if (log.code === "INEFFECTIVE_DYNAMIC_IMPORT") return;
    handle(level, log);
  },
  logLevel: "warn",
});

const missing = Object.entries(helpers.replaced).filter(([, count]) => count === 0).map(([name]) => name);
if (!process.env.NO_FAST_HELPERS && missing.length > 0) console.warn(`bundle-cli: docx's ${missing.join(", ")} not found as expected; the bundle keeps docx's own (slower) helper.`);

// Chunks and cache of an earlier build go; the new ones take their place. The installed command,
// main.js, is bin.js (tsc wrote main.js, the command line's entry, now in cli.cjs).
for (const file of readdirSync(cli)) if (file.startsWith("chunk-")) rmSync(join(cli, file));
rmSync(join(cli, "code-cache"), { recursive: true, force: true });
for (const file of readdirSync(staging)) renameSync(join(staging, file), join(cli, file));
rmSync(staging, { recursive: true, force: true });
for (const file of ["main.js.map", "main.d.ts", "bin.js.map", "bin.d.ts"]) rmSync(join(cli, file), { force: true });
renameSync(join(cli, "bin.js"), join(cli, "main.js"));
copyFileSync(join(dist, "render", "precompiled-templates.cjs"), join(cli, "precompiled-templates.cjs"));
copyYargsLocales(cli);
copyFileSync(join(dist, "validate", "schema-validator.compiled.cjs"), join(cli, "schema-validator.compiled.cjs"));
