/**
 * Custom templates through the CLI: a user's override applies file by file; a misspelt field is
 * a clear error naming the template file and line (exit 2); a template cannot reach the prototype
 * chain or the file system.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");
const project = join(root, "examples/autonomie-accessibilite-numerique.yaml");

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", timeout: 300_000 });
  expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
  return result;
}

/** A --templates folder holding one attestation template with the given body. */
function overrideWith(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tpl-"));
  mkdirSync(join(dir, "attestation"));
  writeFileSync(join(dir, "attestation", "document.hbs"), body);
  return dir;
}

describe("custom templates through the CLI", () => {
  it("templates export copies every built-in template; an override replaces only its own file", () => {
    const exported = join(mkdtempSync(join(tmpdir(), "tpl-")), "mes-modeles");
    expect(run(["templates", "export", exported]).status).toBe(0);
    expect(readdirSync(exported).sort()).toEqual(readdirSync(join(root, "templates")).sort());
    const dir = overrideWith("<h1>Attestation maison</h1>\n<p>Formation : {{course.title}}</p>\n");
    const out = mkdtempSync(join(tmpdir(), "out-"));
    const result = run(["generate", project, "--out", out, "--doc", "attestation", "fiche-formation", "--templates", dir]);
    expect(result.status).toBe(0);
    const xml = (doc: string) =>
      strFromU8(unzipSync(readFileSync(join(out, readdirSync(out).find((f) => f.endsWith(`-${doc}.docx`))!)))["word/document.xml"]!);
    expect(xml("attestation")).toContain("Attestation maison");
    // The fiche formation, not overridden, still comes from the built-in template.
    expect(xml("fiche-formation")).toContain("Libellé de la formation");
  });

  it("a misspelt field is an error naming the template file and line, exit 2, nothing written", () => {
    const dir = overrideWith("<h1>Attestation</h1>\n<p>{{course.title}}</p>\n<p>{{course.titel}}</p>\n");
    const out = join(mkdtempSync(join(tmpdir(), "out-")), "out");
    const result = run(["generate", project, "--out", out, "--doc", "attestation", "--templates", dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/attestation\/document\.hbs/);
    expect(result.stderr).toMatch(/attestation\/document\.hbs:3 /);
    expect(result.stderr).toMatch(/titel/);
    expect(existsSync(out) ? readdirSync(out).filter((f) => f.endsWith(".docx")) : []).toEqual([]);
  });

  it.each([
    ["{{constructor.constructor}}", /constructor/],
    ["{{#with course}}{{__proto__}}{{/with}}", /__proto__/],
    ["{{> ../../../etc/passwd}}", /passwd|partiel|\.\./],
  ])("a template trying %s fails cleanly (exit 2)", (expression, message) => {
    const dir = overrideWith(`<h1>Attestation</h1>\n<p>${expression}</p>\n`);
    const out = mkdtempSync(join(tmpdir(), "out-"));
    const result = run(["generate", project, "--out", out, "--doc", "attestation", "--templates", dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/attestation\/document\.hbs/);
    expect(result.stdout).not.toMatch(/root:/);
  });
});
