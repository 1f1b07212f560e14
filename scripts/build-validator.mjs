// Precompiles the JSON Schema validator into dist/ with ajv's standalone code, so that the CLI
// does not compile the schema at every start (about 90 ms of a cold start). Run after tsc by
// `npm run build`; src/validate/schema-validator.ts falls back to compiling at run time without it.
import Ajv2020Module from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import addFormatsModule from "ajv-formats";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { ANNOTATION_KEYWORDS } from "../dist/validate/annotation-keywords.js";

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const standaloneCode = standaloneModule.default ?? standaloneModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const schema = JSON.parse(await readFile(new URL("../schemas/training-project.schema.json", import.meta.url), "utf8"));
// Keep these options identical to ajvOptions in src/validate/schema-validator.ts.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: true } });
addFormats(ajv, ["date", "email", "uri"]);
// Annotations of the schema read by `validate` (synonyms, renamed values), not validation keywords.
for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword(keyword);
const code = standaloneCode(ajv, ajv.compile(schema));
await mkdir(new URL("../dist/validate/", import.meta.url), { recursive: true });
await writeFile(new URL("../dist/validate/schema-validator.compiled.cjs", import.meta.url), code);
