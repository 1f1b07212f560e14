/**
 * Issue 15, item 10: terminal escape sequences in the project's text (`\e[2J` clears the screen,
 * `\e]0;…\a` retitles the window, `\r\e[K` overwrites a line, the C1 CSI `\u009b`, a right-to-left
 * override) never reach the terminal raw through `validate` and `check`: they are shown escaped.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/cli/commands/check.js";
import type { Output } from "../../src/cli/output.js";
import { escapeControls } from "../../src/common/terminal-text.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");
const dir = mkdtempSync(join(tmpdir(), "mentor-terminal-"));

/** Raw control characters a terminal acts on (tab and line feed excepted). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

/** The example, with an activity whose title carries escape sequences and whose modality is missing (ACT-2 quotes the title). */
function hostileProject(name: string): string {
  const text = readFileSync(join(root, "examples/hybride-management-equipe.yaml"), "utf8")
    .replace("title: Auto-positionnement d'entrée", 'title: "Auto\\u009b2J\\u202epositionnement"')
    .replace("        modality: { synchronous: false, grouping: individual, place: online }\n", "");
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("escapeControls", () => {
  it("shows controls as visible escapes, keeps ordinary text, tabs and (on request) line feeds", () => {
    expect(escapeControls("a\x1b[2Jb\x1b]0;pwned\x07c\r\x1b[Kd\u009be\u202ef\x7f")).toBe(
      "a\\x1b[2Jb\\x1b]0;pwned\\x07c\\x0d\\x1b[Kd\\x9be\\u202ef\\x7f",
    );
    expect(escapeControls("Élodie « N'Diaye » – 1h30\tok")).toBe("Élodie « N'Diaye » – 1h30\tok");
    expect(escapeControls("a\nb")).toBe("a\\x0ab");
    expect(escapeControls("a\nb", { keepLineFeeds: true })).toBe("a\nb");
    expect(escapeControls("\x1b[31merreur\x1b[0m \x1b[2J", { keepOwnColours: true })).toBe("\x1b[31merreur\x1b[0m \\x1b[2J");
  });
});

describe("escape sequences in the project reach the terminal escaped", () => {
  it("validate: a key holding escape sequences is quoted escaped", () => {
    const file = join(dir, "cle.yaml");
    writeFileSync(file, 'course:\n  title: "Sécurité"\n  "x\\e[2J\\e]0;titre\\a\\r\\e[K": 1\n');
    const run = spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain("clé inconnue « x\\x1b[2J\\x1b]0;titre\\x07\\x0d\\x1b[K »");
  });

  it("validate: escape sequences in values are removed at load; the warning itself is safe", () => {
    const file = join(dir, "valeur.yaml");
    writeFileSync(file, 'course:\n  title: "A\\e[2JB\\r\\e[KC"\n');
    const run = spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8" });
    expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toMatch(/valeur\.yaml:2:10 {2}course\.title {2}avertissement : caractère interdit dans un document Word \(U\+001B\)/);
  });

  it("check: a finding quoting a title with a C1 CSI and a right-to-left override shows them escaped", () => {
    const file = hostileProject("titre.yaml");
    for (const args of [[], ["--grid"]]) {
      const run = spawnSync(process.execPath, [cli, "check", file, ...args], { encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
      expect(run.stdout).toMatch(/«\s?Auto\\x9b2J\\u202epositionnement\s?»/);
    }
  });

  it("check on a terminal: our colours stay, the project's sequences are escaped", async () => {
    const file = hostileProject("couleurs.yaml");
    const lines: string[] = [];
    const tty: Output = { out: (t) => lines.push(t), err: (t) => lines.push(t), isTTY: true };
    expect(await runCheck({ project: file, format: "text", grid: false, strict: false }, tty)).toBe(1);
    const text = lines.join("\n");
    expect(text).toContain("\x1b[31merreur\x1b[0m");
    expect(text).toContain("Auto\\x9b2J\\u202epositionnement");
    expect(text.replace(/\x1b\[(?:0|1|2|31|32|33|36)m/g, "")).not.toMatch(RAW_CONTROL);
  });

  it("a file name with escape sequences is printed escaped", () => {
    const file = join(dir, "a\x1b[2Jb.yaml");
    writeFileSync(file, "course: [\n");
    const run = spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain("a\\x1b[2Jb.yaml");
  });
});
