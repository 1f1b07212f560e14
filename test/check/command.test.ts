import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkProject } from "../../src/check/index.js";
import { runCheck } from "../../src/cli/commands/check.js";
import type { Output } from "../../src/cli/output.js";
import { parseProjectText } from "../../src/load/load-project.js";
import type { TrainingProject } from "../../src/schema/index.js";
import { COMPLETE } from "./helpers.js";

function capture(isTTY: boolean): Output & { text: () => string } {
  const lines: string[] = [];
  return { isTTY, out: (t) => void lines.push(t), err: (t) => void lines.push(t), text: () => lines.join("\n") };
}

describe("runCheck", () => {
  it("colours severities on a terminal and nowhere else", async () => {
    const draft = "examples/drafts/cahier-des-charges-brouillon.yaml";
    const tty = capture(true);
    expect(await runCheck({ project: draft, format: "text", grid: false, strict: false }, tty)).toBe(1);
    expect(tty.text()).toMatch(/\x1b\[31merreur\x1b\[0m  ACT-2/);
    const piped = capture(false);
    await runCheck({ project: draft, format: "text", grid: false, strict: false }, piped);
    expect(piped.text()).not.toMatch(/\x1b\[/);
  });
});

describe("partial data", () => {
  it("no rule crashes on any part of a complete project removed (an unfinished project can be checked)", () => {
    const complete = parseProjectText(COMPLETE, "p.yaml").data as Record<string, unknown>;
    // Removing any set of properties at any depth keeps a project the rules must handle.
    const prune = (value: unknown, drops: number[], depth = 0): unknown => {
      if (Array.isArray(value)) return value.filter((_, i) => !drops.includes(i + depth)).map((v) => prune(v, drops, depth + 1));
      if (value && typeof value === "object") {
        return Object.fromEntries(
          Object.entries(value)
            .filter(([, _v], i) => !drops.includes(i * 7 + depth))
            .map(([k, v]) => [k, prune(v, drops, depth + 1)]),
        );
      }
      return value;
    };
    fc.assert(
      fc.property(fc.array(fc.nat(60), { maxLength: 12 }), (drops) => {
        const project = { ...(prune(complete, drops) as object), course: { title: "T", ...((prune(complete.course, drops) as object) ?? {}) } };
        const result = checkProject(project as TrainingProject);
        expect(result.grid).toHaveLength(37);
      }),
      { numRuns: 200 },
    );
  });
});
