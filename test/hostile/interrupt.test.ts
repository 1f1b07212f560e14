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

/**
 * Runs the CLI, sends SIGTERM once `underWay()` is true (polled every 20 ms, up to `withinMs`), and
 * checks the process stops as promised: exit 143, the French message, no stack trace.
 */
async function killWhen(args: string[], underWay: () => boolean, withinMs: number): Promise<void> {
  const child = spawn(process.execPath, [cli, ...args]);
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const started = Date.now();
  while (!underWay()) {
    if (Date.now() - started > withinMs) throw new Error(`the run did not get under way: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill("SIGTERM");
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  expect(code).toBe(143);
  expect(stderr).toMatch(/Interrompu \(SIGTERM\)/);
  expect(stderr).not.toMatch(/^\s+at /m);
}

/** Every file is a complete .docx (no temporary file left beside them). */
function expectCompleteDocuments(folder: string, files: string[]): void {
  expect(files.filter((f) => !f.endsWith(".docx")), "temporary files left").toEqual([]);
  for (const file of files) expect(unzipSync(readFileSync(join(folder, file)))["word/document.xml"]?.length).toBeGreaterThan(1000);
}

describe("interrupting a batch", () => {
  it("SIGTERM during 5,000 attestations: exit 143, every written file opens, no temporary file left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mentor-kill-"));
    const rows = Array.from({ length: 5000 }, (_, i) => `Nom${i};Prénom${i};agent${i}@exemple.gouv.fr;2026-04-10;18h`);
    writeFileSync(join(dir, "liste.csv"), ["nom;prénom;courriel;date;temps passé", ...rows].join("\n"));
    const out = join(dir, "out");
    const folder = join(out, "attestations");
    // Killed once the batch is well under way.
    await killWhen(
      ["attestations", join(root, "examples/hybride-management-equipe.yaml"), "--learners", join(dir, "liste.csv"), "--out", out, "--quiet"],
      () => existsSync(folder) && readdirSync(folder).length >= 50,
      480_000, // a hang guard: a loaded machine is slow to get there
    );
    const files = readdirSync(folder);
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(files.length).toBeLessThan(5000);
    expectCompleteDocuments(folder, files);
  });

  it("SIGTERM during generate (the five documents of the large example): exit 143, written documents open, no temporary file", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "mentor-kill-generate-")), "out");
    // Killed once the first document is written, while the next ones are being made.
    await killWhen(
      ["generate", join(root, "examples/grand-parcours.json"), "--out", out],
      () => existsSync(out) && readdirSync(out).some((f) => f.endsWith(".docx")),
      480_000, // a hang guard: a loaded machine is slow to get there
    );
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThanOrEqual(1);
    expect(files.length).toBeLessThan(5);
    expectCompleteDocuments(out, files);
  });
});
