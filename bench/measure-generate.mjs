// Runs one `generate` in this process and prints its wall time and peak memory as JSON.
// Usage: node bench/measure-generate.mjs PROJECT OUTDIR [DOC...]
import { generate } from "../dist/index.js";

const [project, outDir, ...docs] = process.argv.slice(2);
const started = performance.now();
const outcome = await generate({ project, outDir, documents: docs, draft: true });
const ms = performance.now() - started;
if (outcome.status !== "written") throw new Error(`generate: ${outcome.status}`);
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
