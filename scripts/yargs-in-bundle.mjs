// yargs inside the command line's bundle. Loaded from node_modules, yargs is some twenty ES modules
// that Node 20 resolves, reads and compiles one by one: about 50 ms of every command's start
// (importing yargs alone: 0.22 s against 0.17 s bundled, bare Node 0.11 s). Two paths in yargs'
// platform file are worked out from its own place in node_modules, which the bundle does not have:
// - its messages (`locales/fr.json`…), copied into dist/cli/locales/ by bundle-cli.mjs and looked
//   for there;
// - the folder it looks up package.json from (for `--version`), which becomes the project's root
//   (dist/cli/<chunk>.js, two levels down), not the current folder a user runs the command in.
// The build fails if yargs' file no longer reads as expected: French messages must not silently
// turn English. test/build/yargs-in-bundle.test.ts runs the built command for both.
import { cpSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const SHIM = /[\\/]node_modules[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/;
// The shim's `__dirname` is in fact its file name (dist/cli/<chunk>.js once bundled): one `..` for
// the file itself, so `../locales` is dist/cli/locales and `../../../` the project's root.
const REPLACEMENTS = [
  ["const mainFilename = __dirname.substring(0, __dirname.lastIndexOf('node_modules'));", "const mainFilename = resolve(__dirname, '../../../');"],
  ["directory: resolve(__dirname, '../../../locales'),", "directory: resolve(__dirname, '../locales'),"],
];

export function yargsInBundle() {
  let seen = false;
  return {
    name: "mentor-docs-yargs-in-bundle",
    transform(code, id) {
      if (!SHIM.test(id)) return null;
      seen = true;
      let out = code;
      for (const [from, to] of REPLACEMENTS) {
        if (!out.includes(from)) throw new Error(`yargs-in-bundle: ${id} no longer has « ${from} »; see scripts/yargs-in-bundle.mjs.`);
        out = out.replace(from, to);
      }
      return { code: out, map: null };
    },
    buildEnd() {
      if (!seen) throw new Error("yargs-in-bundle: yargs' platform file (lib/platform-shims/esm.mjs) was not in the bundle.");
    },
  };
}

/** Copies yargs' messages beside the bundle's chunks, into `<cliDir>/locales/` (an earlier build's go first). */
export function copyYargsLocales(cliDir) {
  const yargsDir = dirname(createRequire(import.meta.url).resolve("yargs"));
  rmSync(join(cliDir, "locales"), { recursive: true, force: true });
  cpSync(join(yargsDir, "locales"), join(cliDir, "locales"), { recursive: true });
}
