// Renders the first page of every document of the hybrid example into docs/<id>.png, for the README.
// Needs a build (npm run build), LibreOffice (soffice) and poppler (pdftoppm). Usage:
//   node scripts/render-doc-images.mjs [project]
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../dist/index.js";

const root = new URL("..", import.meta.url).pathname;
const project = process.argv[2] ?? join(root, "examples/hybride-management-equipe.yaml");
const work = mkdtempSync(join(tmpdir(), "mentor-docs-images-"));
try {
  const outcome = await generate({ project, outDir: work, pdf: true });
  if (outcome.status !== "written") throw new Error(`generate: ${outcome.status}`);
  for (const { document, pdf } of outcome.written) {
    const prefix = join(work, document.id);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix]);
    renameSync(`${prefix}.png`, join(root, "docs", `${document.id}.png`));
    console.log(`docs/${document.id}.png`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
