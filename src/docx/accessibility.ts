import { strFromU8, unzipSync } from "fflate";

/**
 * Accessibility checks on a produced .docx, over its XML: language, title property, real headings
 * without skipped levels, table header rows, image alternatives, a table of contents.
 * Returns French problems; an empty list means the document passes.
 */
export function checkAccessibility(docx: Uint8Array, options: { requireToc?: boolean } = {}): string[] {
  const files = unzipSync(docx);
  const read = (name: string) => (files[name] ? strFromU8(files[name]) : "");
  const document = read("word/document.xml");
  const styles = read("word/styles.xml");
  const core = read("docProps/core.xml");
  const problems: string[] = [];

  const defaultLang = /<w:docDefaults>[\s\S]*?<w:lang\b[^>]*w:val="([^"]+)"/.exec(styles)?.[1];
  if (!defaultLang) problems.push("La langue du document n'est pas déclarée (styles par défaut sans w:lang).");
  else if (!/^fr\b/i.test(defaultLang)) problems.push(`La langue du document est « ${defaultLang} » au lieu du français.`);

  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1]?.trim();
  if (!title) problems.push("La propriété « Titre » du document est vide.");

  // Heading levels, in order, from the paragraph styles (Heading1…Heading6 or styles based on them).
  const levels = [...document.matchAll(/<w:pStyle w:val="Heading([1-6])"\/>/g)].map((m) => Number(m[1]));
  if (levels.length === 0) problems.push("Le document n'a aucun titre structuré (styles Titre 1, Titre 2…).");
  else if (levels[0] !== 1) problems.push(`Le premier titre est de niveau ${levels[0]} au lieu de 1.`);
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]! > levels[i - 1]! + 1) {
      problems.push(`Niveau de titre sauté : un titre de niveau ${levels[i]} suit un titre de niveau ${levels[i - 1]}.`);
    }
  }

  const tables = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)];
  tables.forEach((table, i) => {
    const firstRow = /<w:tr\b[\s\S]*?<\/w:tr>/.exec(table[1]!)?.[0] ?? "";
    if (!/<w:tblHeader\/>|<w:tblHeader w:val="(?:1|true|on)"\/>/.test(firstRow)) {
      problems.push(`Le tableau n° ${i + 1} n'a pas de ligne d'en-tête marquée (à répéter en haut de chaque page).`);
    }
  });

  for (const [i, docPr] of [...document.matchAll(/<wp:docPr\b[^>]*>/g)].entries()) {
    const descr = /descr="([^"]*)"/.exec(docPr[0])?.[1]?.trim();
    if (!descr) problems.push(`L'image n° ${i + 1} n'a pas de texte de remplacement.`);
  }

  // A one-page document (the attestation) has no table of contents: `requireToc: false`.
  if (options.requireToc !== false && !/<w:instrText[^>]*>\s*TOC\b/.test(document)) problems.push("Le document n'a pas de table des matières.");
  return problems;
}
