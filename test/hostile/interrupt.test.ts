/**
 * No partial writes: a batch killed in the middle (SIGTERM, as a scheduler or Ctrl+C would) leaves
 * only complete files in --out, and no temporary file.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");

describe("interrupting a batch", () => {
  it("SIGTERM during 5,000 attestations: exit 143, every written file opens, no temporary file left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mentor-kill-"));
    const rows = Array.from({ length: 5000 }, (_, i) => `Nom${i};Prénom${i};agent${i}@exemple.gouv.fr;2026-04-10;18h`);
    writeFileSync(join(dir, "liste.csv"), ["nom;prénom;courriel;date;temps passé", ...rows].join("\n"));
    const out = join(dir, "out");
    const child = spawn(process.execPath, [
      cli, "attestations", join(root, "examples/hybride-management-equipe.yaml"),
      "--learners", join(dir, "liste.csv"), "--out", out, "--quiet",
    ]);
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const folder = join(out, "attestations");
    // Wait until the batch is well under way, then kill it.
    const started = Date.now();
    while (!(existsSync(folder) && readdirSync(folder).length >= 50)) {
      if (Date.now() - started > 60_000) throw new Error(`the batch did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(143);
    expect(stderr).toMatch(/Interrompu \(SIGTERM\)/);
    expect(stderr).not.toMatch(/^\s+at /m);
    const files = readdirSync(folder);
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(files.length).toBeLessThan(5000);
    expect(files.filter((f) => !f.endsWith(".docx"))).toEqual([]);
    for (const file of files) {
      const entries = unzipSync(readFileSync(join(folder, file)));
      expect(entries["word/document.xml"]?.length).toBeGreaterThan(1000);
    }
  });

  it("SIGTERM during generate (the five documents of the large example): exit 143, written documents open, no temporary file", { timeout: 120_000 }, async () => {
    const out = join(mkdtempSync(join(tmpdir(), "mentor-kill-generate-")), "out");
    const child = spawn(process.execPath, [cli, "generate", join(root, "examples/grand-parcours.json"), "--out", out]);
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const documents = () => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith(".docx")) : []);
    // Kill once the first document is written, while the next ones are being made.
    const started = Date.now();
    while (documents().length === 0) {
      if (Date.now() - started > 90_000) throw new Error(`no document was written: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(143);
    expect(stderr).toMatch(/Interrompu \(SIGTERM\)/);
    expect(stderr).not.toMatch(/^\s+at /m);
    const files = readdirSync(out);
    expect(files.filter((f) => !f.endsWith(".docx")), "temporary files left").toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(1);
    expect(files.length).toBeLessThan(5);
    for (const file of files) expect(unzipSync(readFileSync(join(out, file)))["word/document.xml"]?.length).toBeGreaterThan(1000);
  });
});
