import Ajv2020Module, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { trainingProjectSchema } from "../schema/index.js";
import type { TrainingProject } from "../schema/index.js";

// ajv and ajv-formats are CommonJS: under NodeNext their default export is the module object.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

let validator: ValidateFunction<TrainingProject> | undefined;

/** The compiled schema validator, built on first use. */
export function schemaValidator(): ValidateFunction<TrainingProject> {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    addFormats(ajv, ["date", "email", "uri"]);
    validator = ajv.compile<TrainingProject>(trainingProjectSchema());
  }
  return validator!;
}

/** Schema errors of `data`, or an empty list when it has the shape of a training project. */
export function schemaErrors(data: unknown): ErrorObject[] {
  const validate = schemaValidator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
