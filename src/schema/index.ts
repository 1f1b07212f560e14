import { readFileSync } from "node:fs";
import { packageFile } from "../common/package-root.js";

export type * from "./training-project.js";

/** Path of the JSON Schema shipped with the package. */
export const schemaPath = packageFile("schemas", "training-project.schema.json");

let cached: Record<string, unknown> | undefined;
/** The training-project JSON Schema, read once. */
export function trainingProjectSchema(): Record<string, unknown> {
  cached ??= JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
  return cached;
}
