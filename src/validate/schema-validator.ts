import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import type Ajv2020Module from "ajv/dist/2020.js";
import type addFormatsModule from "ajv-formats";
import { trainingProjectSchema } from "../schema/index.js";
import { ANNOTATION_KEYWORDS } from "./annotation-keywords.js";
import type { TrainingProject } from "../schema/index.js";

const require = createRequire(import.meta.url);

/** Kept identical to the options of scripts/build-validator.mjs, which precompiles the same validator. */
const ajvOptions = { allErrors: true, strict: true, allowUnionTypes: true } as const;

let validator: ValidateFunction<TrainingProject> | undefined;

/**
 * The schema validator: the one precompiled at build time when present (fast start-up), else
 * compiled now (when running from the TypeScript sources, in tests).
 */
export function schemaValidator(): ValidateFunction<TrainingProject> {
  validator ??= precompiled() ?? compileNow();
  return validator;
}

function precompiled(): ValidateFunction<TrainingProject> | undefined {
  try {
    const loaded = require("./schema-validator.compiled.cjs") as
      | ValidateFunction<TrainingProject>
      | { default: ValidateFunction<TrainingProject> };
    return typeof loaded === "function" ? loaded : loaded.default;
  } catch {
    return undefined;
  }
}

/** Compiles the schema at run time. Exported so tests can compare it with the precompiled one. */
export function compileNow(): ValidateFunction<TrainingProject> {
  // Required here, not imported above: the CLI uses the precompiled validator and need not load ajv.
  const Ajv2020 = (require("ajv/dist/2020.js") as typeof Ajv2020Module).default;
  const addFormats = (require("ajv-formats") as typeof addFormatsModule).default;
  const ajv = new Ajv2020(ajvOptions);
  addFormats(ajv, ["date", "email", "uri"]);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword(keyword);
  return ajv.compile<TrainingProject>(trainingProjectSchema());
}

/** Schema errors of `data`, or an empty list when it has the shape of a training project. */
export function schemaErrors(data: unknown): ErrorObject[] {
  const validate = schemaValidator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
