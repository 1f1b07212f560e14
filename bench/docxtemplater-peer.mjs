// The peer of the attestation benchmark: docxtemplater filling an equivalent one-page template,
// one .docx per learner, the way a team would script a mail merge with it.
// Usage: node bench/docxtemplater-peer.mjs TEMPLATE.docx LEARNERS.json OUTDIR
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import Docxtemplater from "docxtemplater";

const [templatePath, learnersPath, outDir] = process.argv.slice(2);
const template = readFileSync(templatePath);
const learners = JSON.parse(readFileSync(learnersPath, "utf8"));
mkdirSync(outDir, { recursive: true });
for (const [i, learner] of learners.entries()) {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(learner);
  writeFileSync(join(outDir, `${i}.docx`), doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }));
}
