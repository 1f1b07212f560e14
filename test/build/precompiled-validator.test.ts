import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileNow } from "../../src/validate/schema-validator.js";

// The CLI uses the validator precompiled by scripts/build-validator.mjs (npm run build); the
// library compiled from the sources compiles it at run time. Both must judge data the same way.
const compiledPath = new URL("../../dist/validate/schema-validator.compiled.cjs", import.meta.url).pathname;

const samples: unknown[] = [
  { course: { title: "Titre" } },
  { course: { title: "Titre", objectifs: [] } },
  { course: { title: "" }, units: [{ id: "u1", title: "U", activities: [{ id: "a1", title: "A", duration: "1h70" }] }] },
  { course: { title: "T", modalities: ["hybride"] }, session: { startDate: "2026-13-01", maxParticipants: 0 } },
  { course: { title: 3 }, units: "non" },
  {},
];

describe("precompiled schema validator", () => {
  it.runIf(existsSync(compiledPath))("gives the same verdicts and errors as the validator compiled at run time", () => {
    const loaded = createRequire(import.meta.url)(compiledPath);
    const precompiled = typeof loaded === "function" ? loaded : loaded.default;
    const runtime = compileNow();
    for (const sample of samples) {
      expect(precompiled(sample)).toBe(runtime(sample));
      const summary = (errors: { instancePath: string; keyword: string; params: unknown }[] | null | undefined) =>
        (errors ?? []).map((e) => [e.instancePath, e.keyword, JSON.stringify(e.params)]).sort();
      expect(summary(precompiled.errors)).toEqual(summary(runtime.errors));
    }
  });
});
