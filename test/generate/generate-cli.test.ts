/**
 * `mentor-docs generate` end to end, through the built CLI: what it writes, what it refuses, and
 * its exit codes. The documents' contents are tested in test/documents/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { documents } from "../../src/documents/registry.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");
const hybrid = join(root, "examples/hybride-management-equipe.yaml");
const draft = join(root, "examples/drafts/cahier-des-charges-brouillon.yaml");

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    timeout: 540_000, // catches a hang, not a slow machine
    env: { ...process.env, ...env },
  });
  expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
  return result;
}

const ids = documents.map((d) => d.id);
/** The shortest document, for the tests about options rather than contents. */
const SHORT = "fiche-formation";

describe("generate", () => {
  /** The complete example generated once, for the tests that read all its documents. */
  let out: string;
  let result: ReturnType<typeof run>;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "gen-"));
    result = run(["generate", hybrid, "--out", out]);
  });

  it("writes every registered document of a complete example, named <course-slug>-<document>.docx, and lists them", () => {
    expect(result.status).toBe(0);
    const files = readdirSync(out).sort();
    expect(ids.length).toBeGreaterThanOrEqual(5);
    // A project with a tender part also gets the price breakdown bidders fill in.
    expect(files).toEqual([...ids.map((id) => `manager-proximite-2026-${id}.docx`), "manager-proximite-2026-dpgf.xlsx"].sort());
    for (const file of files) expect(result.stdout).toContain(file);
    expect(result.stderr).not.toMatch(/avertissement/);
  });

  it("--doc writes only the documents asked for; an unknown document is a usage error (exit 2)", () => {
    const out = mkdtempSync(join(tmpdir(), "gen-"));
    const one = SHORT;
    expect(run(["generate", hybrid, "--out", out, "--doc", one]).status).toBe(0);
    expect(readdirSync(out)).toEqual([expect.stringMatching(new RegExp(`-${one}\\.docx$`))]);
    const bad = run(["generate", hybrid, "--out", out, "--doc", "cahier-des-charge"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cahier-des-charge/);
  });

  it("--doc dpgf writes only the price breakdown; a project without a tender part gets none by default", () => {
    const out = mkdtempSync(join(tmpdir(), "gen-"));
    expect(run(["generate", hybrid, "--out", out, "--doc", "dpgf"]).status).toBe(0);
    expect(readdirSync(out)).toEqual(["manager-proximite-2026-dpgf.xlsx"]);
    const selfPaced = mkdtempSync(join(tmpdir(), "gen-"));
    expect(run(["generate", join(root, "examples/autonomie-accessibilite-numerique.yaml"), "--out", selfPaced]).status).toBe(0);
    expect(readdirSync(selfPaced).filter((f) => !f.endsWith(".docx"))).toEqual([]);
  });

  it("refuses an incomplete project without --draft: lists the guide errors, exit 1, writes nothing", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gen-")), "out");
    const result = run(["generate", draft, "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/erreur {2}ACT-2 \(D\.3\)/);
    expect(result.stderr).toMatch(/aucun document écrit/);
    expect(result.stderr).toMatch(/--draft/);
    expect(existsSync(out)).toBe(false);
  });

  it("with --draft writes the documents of an incomplete project, with « À COMPLÉTER » markers", () => {
    const out = mkdtempSync(join(tmpdir(), "gen-"));
    const result = run(["generate", draft, "--out", out, "--draft"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Brouillon : \d+ erreurs/);
    const files = readdirSync(out).filter((f) => f.endsWith(".docx"));
    expect(files).toHaveLength(ids.length);
    const withMarkers = files.filter((file) => {
      const xml = strFromU8(unzipSync(readFileSync(join(out, file)))["word/document.xml"]!);
      return xml.includes("À COMPLÉTER");
    });
    expect(withMarkers.length).toBeGreaterThan(0);
  });

  it("stops on invalid data with validate's messages (exit 1)", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gen-")), "out");
    const result = run(["generate", join(root, "test/fixtures/invalid/bad-duration.yaml"), "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/durée invalide « 1h70 »/);
    expect(existsSync(out)).toBe(false);
  });

  it("--pdf without LibreOffice: a clear message and exit 2, before anything is written", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gen-")), "out");
    const result = run(["generate", hybrid, "--out", out, "--pdf"], {
      MENTOR_DOCS_SOFFICE: join(out, "no-soffice"),
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/LibreOffice est introuvable/);
    expect(existsSync(out)).toBe(false);
  });

  it("--pdf writes a PDF beside each document and reports its pages", () => {
    const out = mkdtempSync(join(tmpdir(), "gen-"));
    const result = run(["generate", hybrid, "--out", out, "--doc", SHORT, "--pdf"]);
    expect(result.status).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".pdf"))).toHaveLength(1);
    expect(result.stdout).toMatch(/\(\d+ pages?\)/);
  });

  it("the same input gives byte-identical documents", () => {
    const again = mkdtempSync(join(tmpdir(), "gen-"));
    expect(run(["generate", hybrid, "--out", again]).status).toBe(0);
    const files = readdirSync(out);
    expect(readdirSync(again).sort()).toEqual([...files].sort());
    for (const file of files) expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
  });
});
