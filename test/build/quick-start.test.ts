// The README's quick start, as written there: its generate command, run through npx from the
// project's folder, writes the five documents of the bundled example (a fresh clone once failed
// here: the bin was not executable).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

describe("README quick start", () => {
  it("the bin is executable after the build", () => {
    expect(statSync(join(root, "dist/cli/main.js")).mode & 0o111).not.toBe(0);
  });

  it("`npx mentor-docs generate …` from the README writes the example's documents", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const quickStart = readme.slice(readme.indexOf("## Démarrage rapide"));
    const line = /^npm ci && (npx mentor-docs generate .+)$/m.exec(quickStart)?.[1];
    expect(line, "the quick start's first command").toBeDefined();
    const out = mkdtempSync(join(tmpdir(), "quick-start-"));
    try {
      const [command, ...args] = line!.replace(/--out \S+/, "--out " + out).split(/\s+/);
      const run = spawnSync(command!, args, { cwd: root, encoding: "utf8", timeout: 540_000 }); // catches a hang
      expect(run.status, run.stderr).toBe(0);
      const written = readdirSync(out).filter((f) => f.endsWith(".docx"));
      expect(written.map((f) => f.replace(/^.*?-(?=[a-z-]+\.docx$)/, "")).sort()).toEqual(
        ["attestation.docx", "cahier-des-charges.docx", "carnet-de-bord.docx", "fiche-formation.docx", "livret-formateur.docx"].sort(),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
