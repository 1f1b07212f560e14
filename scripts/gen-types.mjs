// Generates src/schema/training-project.ts from the JSON Schema, the single source of truth.
// Run with `npm run gen:types`; a test fails when the committed file is out of date.
import { compile } from "json-schema-to-typescript";
import { readFile, writeFile } from "node:fs/promises";

const schemaPath = new URL("../schemas/training-project.schema.json", import.meta.url);
const outPath = new URL("../src/schema/training-project.ts", import.meta.url);

export async function generateTypes() {
  const schema = JSON.parse(await readFile(schemaPath, "utf8"));
  // The French titles are for editors' hover help; without them the generator names types
  // after the $defs keys (Activity, Unit, …), which is what the code wants.
  const untitled = JSON.parse(JSON.stringify(schema), (key, value) =>
    value && typeof value === "object" && !Array.isArray(value) ? withoutTitle(value) : value,
  );
  delete untitled.$id;
  untitled.title = "TrainingProject";
  return compile(untitled, "TrainingProject", {
    bannerComment:
      "/* Generated from schemas/training-project.schema.json by scripts/gen-types.mjs. Do not edit: run `npm run gen:types`. */",
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    style: { singleQuote: false },
    cwd: new URL("../schemas/", import.meta.url).pathname,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(outPath, await generateTypes());
  console.log("src/schema/training-project.ts écrit.");
}

/** Drops a schema's `title` annotation (a string), not a property named `title` (a schema object). */
function withoutTitle(node) {
  if (typeof node.title !== "string") return node;
  const { title: _title, ...rest } = node;
  return rest;
}
