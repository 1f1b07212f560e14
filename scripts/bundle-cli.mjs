// The command line as a few bundled, minified files: dist/cli/main.js (what `mentor-docs` runs) and
// the chunks its commands load when they run. Node 20 resolves, reads and compiles each ES module of
// an unbundled program one by one (about 300 of them for `attestations`: ours, yaml's, handlebars'),
// and has no compile cache: bundled, a command starts about 0.15 s sooner (npm run bench).
// The library (dist/index.js and the modules beside it) stays as tsc wrote it.
//
// Left outside the bundle: exceljs, large and only loaded for the DPGF. yargs is inside, with its
// messages copied beside the chunks (see yargs-in-bundle.mjs). Paths our modules take from
// import.meta.url (templates/, schemas/, dist/editor/) stay right: the chunks sit in dist/cli/, two levels under the project as
// the modules they come from. The precompiled templates and validator are required at run time
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
  output: { dir: staging, format: "esm", minify: process.env.BUNDLE_MINIFY !== "0", entryFileNames: "main.js", chunkFileNames: "chunk-[name]-[hash].js" },
  logLevel: "warn",
});

const missing = Object.entries(helpers.replaced).filter(([, count]) => count === 0).map(([name]) => name);
if (!process.env.NO_FAST_HELPERS && missing.length > 0) console.warn(`bundle-cli: docx's ${missing.join(", ")} not found as expected; the bundle keeps docx's own (slower) helper.`);

// Chunks of an earlier build go; the new ones and main.js take their place.
for (const file of readdirSync(cli)) if (file.startsWith("chunk-")) rmSync(join(cli, file));
for (const file of readdirSync(staging)) renameSync(join(staging, file), join(cli, file));
rmSync(staging, { recursive: true, force: true });
rmSync(join(cli, "main.js.map"), { force: true }); // tsc's map of the unbundled main.js
copyFileSync(join(dist, "render", "precompiled-templates.cjs"), join(cli, "precompiled-templates.cjs"));
copyYargsLocales(cli);
copyFileSync(join(dist, "validate", "schema-validator.compiled.cjs"), join(cli, "schema-validator.compiled.cjs"));
