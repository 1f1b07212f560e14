import { Document, Paragraph, TextRun } from "docx";
import { layoutDocument } from "docx/layout";
const chars = process.argv.slice(2);
for (const c of chars) {
  const ch = String.fromCodePoint(parseInt(c, 16));
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun({ text: "x" + ch.repeat(20) + "x", font: "Arial", size: 20 })] })] }] });
  const base = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun({ text: "xx", font: "Arial", size: 20 })] })] }] });
  const w = (d) => { const l = layoutDocument(d, { guess: true }); const line = l.pages[0].body[0].lines[0]; return line?.textWidth; };
  const a = w(doc), b = w(base);
  console.log(c, ((a - b) / 20) * 72 / 96 / 10 * 1000, "per mille");
}
