/**
 * src/schema/training-project.ts is generated from the JSON Schema (the single source of truth):
 * the committed file must be exactly what `npm run gen:types` writes now.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script, without type declarations.
import { generateTypes } from "../../scripts/gen-types.mjs";

describe("generated types", () => {
  it("src/schema/training-project.ts is up to date with the schema (run `npm run gen:types` if not)", async () => {
    const generated = (await generateTypes()) as string;
    expect(generated).toContain("export interface TrainingProject");
    expect(readFileSync("src/schema/training-project.ts", "utf8")).toBe(generated);
  });
});
