// Renders the first page of every document of the hybrid example into docs/<id>.png, and an inner
// page of the long ones into docs/<id>-interieur.png, for the README.
// Needs a build (npm run build), LibreOffice (soffice) and poppler (pdftoppm). Usage:
//   node scripts/render-doc-images.mjs [project]
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../dist/index.js";

const root = new URL("..", import.meta.url).pathname;
/** The text whose page is shown as well, by document. */
const INNER_PAGES = { "cahier-des-charges": "Activités de l’unité 1", "livret-formateur": "Déroulé de l’unité", "carnet-de-bord": "Mes activités" };
const project = process.argv[2] ?? join(root, "examples/hybride-management-equipe.yaml");
const work = mkdtempSync(join(tmpdir(), "mentor-docs-images-"));
try {
  const outcome = await generate({ project, outDir: work, pdf: true });
  if (outcome.status !== "written") throw new Error(`generate: ${outcome.status}`);
  for (const { document, pdf } of outcome.written) {
    if (!pdf) continue; // the DPGF is a workbook
    renderPage(pdf, 1, `${document.id}.png`);
    // An inner page too, where the document shows its tables.
    const inner = INNER_PAGES[document.id];
    const page = inner ? pageWith(pdf, inner) : undefined;
    if (page) renderPage(pdf, page, `${document.id}-interieur.png`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function renderPage(pdf, page, name) {
  const prefix = join(work, "page");
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
  renameSync(`${prefix}.png`, join(root, "docs", name));
  console.log(`docs/${name}`);
}

/** The first page (after the table of contents) whose text holds `text`. */
function pageWith(pdf, text) {
  const pages = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).split("\f");
  const index = pages.findIndex((page, i) => i > 2 && page.replace(/[’]/g, "'").includes(text));
  return index < 0 ? undefined : index + 1;
}
