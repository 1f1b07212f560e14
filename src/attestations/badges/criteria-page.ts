/** The page published at `<baseUrl>criteres.html`: criteria and competences the badges point to. */
import type { BadgeFacts } from "./common.js";
import { escapeXml } from "../../common/xml.js";

const paragraphs = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => `  <p>${escapeXml(line)}</p>`)
    .join("\n");

/** A plain, accessible HTML page (French) describing the badge; competences have anchors `competence-N`. */
export function criteriaPage(facts: BadgeFacts): string {
  const competences = facts.competences
    .map((c, i) => {
      const extra = [c.code, c.framework].filter(Boolean).map((t) => escapeXml(t!)).join(", ");
      return `    <li id="competence-${i + 1}">${escapeXml(c.name)}${extra ? ` (${extra})` : ""}</li>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>${escapeXml(facts.name)} – critères d'obtention</title>
</head>
<body>
  <h1>${escapeXml(facts.name)}</h1>
  <p>Délivré par ${escapeXml(facts.issuer.name)}.</p>
  <h2>Description</h2>
${paragraphs(facts.description)}
  <h2>Critères d'obtention</h2>
${paragraphs(facts.criteriaNarrative)}
${competences ? `  <h2>Compétences travaillées</h2>\n  <ul>\n${competences}\n  </ul>\n` : ""}</body>
</html>
`;
}
