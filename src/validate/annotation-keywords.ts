import type { KeywordDefinition } from "ajv";

/**
 * The schema's own annotations, beside `title` and `description`: read by `validate` for its
 * suggestions and by the normalisation of renamed values, ignored by the validation itself. Ajv's
 * strict mode refuses unknown keywords, so they are declared here, for the validator compiled at
 * run time and for the one precompiled by scripts/build-validator.mjs alike.
 *
 * - `x-synonyms` (on a property): French and English words an author may write for its key.
 * - `x-value-synonyms` (beside an `enum`): for each allowed value, words that mean it.
 * - `x-renamed-values` (beside an `enum`): former value → current value; still accepted, with a
 *   warning, until `mentor-docs migrate` rewrites them.
 */
export const ANNOTATION_KEYWORDS: KeywordDefinition[] = [
  { keyword: "x-synonyms", schemaType: "array" },
  { keyword: "x-value-synonyms", schemaType: "object" },
  { keyword: "x-renamed-values", schemaType: "object" },
];
