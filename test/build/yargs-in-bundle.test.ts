/**
 * yargs is bundled into the command line (scripts/yargs-in-bundle.mjs): its messages must stay
 * French, found beside the chunks, and `--version` must read mentor-docs' package.json, wherever
 * the user runs the command (here, in a folder with a package.json of its own).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const cliDir = join(root, "dist/cli");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

function run(args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), "yargs-bundle-"));
  // Another project's package.json, with a yargs parser setting that would change our parsing.
  writeFileSync(join(cwd, "package.json"), JSON.stringify({ name: "autre", version: "9.9.9", yargs: { "strip-dashed": true } }));
  return spawnSync(process.execPath, [join(cliDir, "main.js"), ...args], { cwd, encoding: "utf8", timeout: 120_000 });
}

describe("yargs inside the bundle", () => {
  it("is not loaded from node_modules: neither the bundle nor a chunk imports or requires it", () => {
    // (dist/cli/ also holds tsc's unbundled modules, which the library's users import.)
    const files = readdirSync(cliDir).filter((file) => file === "main.js" || file === "cli.cjs" || (file.startsWith("chunk-") && file.endsWith(".cjs")));
    expect(files.length).toBeGreaterThan(5);
    const code = files.map((file) => readFileSync(join(cliDir, file), "utf8")).join("\n");
    expect(code).toContain("Not enough non-option arguments"); // yargs' own code is in the bundle
    expect(code).not.toMatch(/from\s*["']yargs(\/[^"']*)?["']/);
    expect(code).not.toMatch(/require\(\s*["']yargs(\/[^"']*)?["']\s*\)/);
    expect(existsSync(join(cliDir, "locales", "fr.json"))).toBe(true);
  });

  it("--version prints mentor-docs' version, not the version of the folder's package.json", () => {
    const r = run(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it("yargs' own messages are French: the help's headings, an unknown argument", () => {
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Commandes :$/m);
    expect(help.stdout).toMatch(/^Options :$/m);
    expect(help.stdout).toMatch(/Affiche le numéro de version/);
    const unknown = run(["validate", "projet.yaml", "--bogus"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Argument inconnu : bogus/);
  });
});
