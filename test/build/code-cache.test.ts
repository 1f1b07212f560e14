/**
 * The code cache of the installed command (src/cli/code-cache.ts, made by
 * scripts/make-code-cache.mjs): every file of the bundle that `check` and `generate` compile is
 * given its cache and V8 takes it; a cache is only ever used for the very source it was made from;
 * a cache V8 refuses, or none, changes nothing but the speed. Each case runs in a process of its
 * own, as the hook replaces how Node compiles CommonJS files. The speed is measured by npm run
 * bench, not here.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const cliDir = join(root, "dist/cli");
const probe = join(import.meta.dirname, "fixtures/code-cache-probe.mjs");
const work = mkdtempSync(join(tmpdir(), "mentor-code-cache-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Report {
  compiled: { file: string; cached: boolean; rejected: boolean }[];
  result: unknown;
}

let runs = 0;
function load(dir: string, record: boolean, file: string, args: string[] = [], nodeFlags: string[] = []): Report & { stdout: string } {
  const report = join(work, `report-${runs++}.json`);
  const run = spawnSync(process.execPath, [...nodeFlags, probe, report, dir, record ? "1" : "0", file, ...args], { cwd: work, encoding: "utf8", timeout: 120_000 });
  if (run.status !== 0) throw new Error(`probe: ${run.stderr}`);
  return { ...(JSON.parse(readFileSync(report, "utf8")) as Report), stdout: run.stdout };
}

describe("the built command's code cache", () => {
  it("every file check and generate compile is given its cache, and V8 takes it", () => {
    const check = load(cliDir, false, join(cliDir, "cli.cjs"), ["check", join(root, "examples/autonomie-accessibilite-numerique.yaml")]);
    expect(check.stdout).toMatch(/33\/37 exigences du guide satisfaites/);
    const out = join(work, "generate");
    const generate = load(cliDir, false, join(cliDir, "cli.cjs"), ["generate", join(root, "examples/grand-parcours.json"), "--out", out]);
    expect(readdirSync(out).filter((f) => f.endsWith(".docx")).length).toBeGreaterThanOrEqual(5);
    for (const { compiled } of [check, generate]) {
      expect(compiled.map((c) => c.file)).toContain("cli.cjs");
      expect(compiled.filter((c) => !c.cached || c.rejected)).toEqual([]);
    }
    const files = generate.compiled.map((c) => c.file);
    expect(files).toContain("schema-validator.compiled.cjs");
    expect(files).toContain("precompiled-templates.cjs");
    expect(files.filter((f) => f.startsWith("chunk-render-document-"))).toHaveLength(1);
  });

  it("under other V8 flags (as under another Node version), V8 refuses the caches and the command runs as usual", () => {
    const check = load(cliDir, false, join(cliDir, "cli.cjs"), ["check", join(root, "examples/autonomie-accessibilite-numerique.yaml")], ["--no-opt"]);
    expect(check.stdout).toMatch(/33\/37 exigences du guide satisfaites/);
    expect(check.compiled.length).toBeGreaterThan(2);
    expect(check.compiled.every((c) => c.cached && c.rejected)).toBe(true);
  });

  it("records a file's cache, uses it for that source only: changed by one character, the new source runs, uncached", () => {
    const dir = mkdtempSync(join(work, "module-"));
    const file = join(dir, "answer.cjs");
    writeFileSync(file, "#!/usr/bin/env node\nglobalThis.probeResult = [1, 2, 3].map((n) => n * 2);\n");
    expect(load(dir, true, file)).toMatchObject({ compiled: [{ file: "answer.cjs", cached: false }], result: [2, 4, 6] });
    const manifest = JSON.parse(readFileSync(join(dir, "code-cache/manifest.json"), "utf8")) as Record<string, string>;
    expect(manifest["answer.cjs"]).toMatch(/^[0-9a-f]{40}$/);
    expect(load(dir, false, file)).toMatchObject({ compiled: [{ file: "answer.cjs", cached: true, rejected: false }], result: [2, 4, 6] });
    // Same length, so V8's own check (the source's length) would take the old cache.
    writeFileSync(file, "#!/usr/bin/env node\nglobalThis.probeResult = [1, 2, 3].map((n) => n * 3);\n");
    expect(load(dir, false, file)).toMatchObject({ compiled: [{ file: "answer.cjs", cached: false }], result: [3, 6, 9] });
  });

  it("a cache V8 refuses, or a cache folder in pieces, leaves the file compiled as usual", () => {
    const dir = mkdtempSync(join(work, "module-"));
    const file = join(dir, "answer.cjs");
    writeFileSync(file, "globalThis.probeResult = require('node:path').basename(__filename);\n");
    load(dir, true, file);
    writeFileSync(join(dir, "code-cache/answer.cjs"), Buffer.from("pas un cache de V8"));
    expect(load(dir, false, file)).toMatchObject({ compiled: [{ file: "answer.cjs", cached: true, rejected: true }], result: "answer.cjs" });
    writeFileSync(join(dir, "code-cache/manifest.json"), "{ pas du JSON");
    expect(load(dir, false, file)).toMatchObject({ compiled: [{ file: "answer.cjs", cached: false }], result: "answer.cjs" });
  });

  it("leaves alone the files of other folders, and the .js files of its own", () => {
    const dir = mkdtempSync(join(work, "module-"));
    writeFileSync(join(dir, "plain.js"), "module.exports = 7;\n");
    writeFileSync(join(dir, "package.json"), '{ "type": "commonjs" }');
    writeFileSync(join(dir, "main.cjs"), "globalThis.probeResult = require('./plain.js') + require('node:path').sep.length;\n");
    const other = mkdtempSync(join(work, "other-"));
    expect(load(other, true, join(dir, "main.cjs"))).toMatchObject({ compiled: [], result: 8 });
    expect(load(dir, true, join(dir, "main.cjs"))).toMatchObject({ compiled: [{ file: "main.cjs" }], result: 8 });
  });
});
