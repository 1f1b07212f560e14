/**
 * A long unbroken word (issue 15.3): 100,000 characters without a space in `course.summary` once
 * made rendering quadratic (the page layout of the table of contents, and the typography's search
 * for e-mail addresses, each scanned the word again from each of its letters). Now generate
 * completes (within the test timeout: no timing assertion), the word is in the documents, and a
 * SIGTERM meanwhile ends the run as promised.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { docxText } from "../helpers/docx.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");
const WORD = "anticonstitutionnellement".repeat(4000); // 100,000 characters, no space

function projectWithLongWord(example: string): string {
  const dir = mkdtempSync(join(tmpdir(), "mentor-long-word-"));
  const source = readFileSync(join(root, "examples", example), "utf8");
  const project = example.endsWith(".json") ? JSON.parse(source) : parse(source);
  project.course.summary = WORD;
  const file = join(dir, "projet.json");
  writeFileSync(file, JSON.stringify(project));
  return file;
}

describe("a 100,000-character word in course.summary", () => {
  it("generate completes and the documents show the word whole", async () => {
    const project = projectWithLongWord("autonomie-accessibilite-numerique.yaml");
    const out = join(project, "../out");
    // Inside this process (the same code as the CLI); the interruption below needs a process of its own.
    const run = await runCliInProcess(["generate", project, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const shown = readdirSync(out).filter((f) => docxText(new Uint8Array(readFileSync(join(out, f)))).includes(WORD));
    expect(shown.length).toBeGreaterThanOrEqual(2);
  });

  it("SIGTERM while generating (the large example): exit 143 with the French message, only whole files", async () => {
    const project = projectWithLongWord("grand-parcours.json");
    const out = join(project, "../out");
    const child = spawn(process.execPath, [cli, "generate", project, "--out", out]);
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Once the first document is written, while the next ones are being made.
    while (!(existsSync(out) && readdirSync(out).some((f) => f.endsWith(".docx")))) {
      if (child.exitCode !== null) throw new Error(`the run ended before it was interrupted: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill("SIGTERM");
    expect(await exited).toBe(143);
    expect(stderr).toMatch(/Interrompu \(SIGTERM\)/);
    const files = readdirSync(out);
    expect(files.every((f) => f.endsWith(".docx"))).toBe(true);
    expect(files.length).toBeLessThan(5);
  });
});
