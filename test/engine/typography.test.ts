import { describe, expect, test } from "vitest";
import { frenchTypography, frenchTypographyHtml } from "../../src/render/typography.js";

const N = "\u202f";
const NB = "\u00a0";

describe("French typography", () => {
  test.each([
    ["Attention !", `Attention${N}!`],
    ["Attention!", `Attention${N}!`],
    ["Quoi ?!", `Quoi${N}?!`],
    ["a ; b", `a${N}; b`],
    ["Durée : 2 h", `Durée${N}: 2${NB}h`],
    ["Durée: 45 min", `Durée${N}: 45${NB}min`],
    ["« difficile »", `«${N}difficile${N}»`],
    ["«difficile»", `«${N}difficile${N}»`],
    ["50% des agents", `50${NB}% des agents`],
    ["12 €", `12${NB}€`],
    ["3 jours", `3${NB}jours`],
  ])("%s", (input, expected) => {
    expect(frenchTypography(input)).toBe(expected);
  });

  test.each([
    "Rendez-vous à 09:30 précises",
    "https://www.service-public.fr/page?x=1&y=2",
    "voir https://exemple.gouv.fr/a:b?c!",
    "écrire à formation@interieur.gouv.fr",
    "1h30",
    "écrire à o'brien@exemple.fr ou voir https://x.fr/l'équipe",
    "le mot 'cité' entre apostrophes droites",
  ])("leaves %s alone", (input) => {
    expect(frenchTypography(input)).toBe(input);
  });

  test("touches text, never tags, attributes or character references", () => {
    const html = `<a href="https://x.fr/?a=1">Lien : ici</a><p title="a : b">Tom &amp; Jerry ; &#x27;ok&#x27; !</p>`;
    // An escaped apostrophe is written plainly in the text (valid HTML), as a quote it stays straight.
    expect(frenchTypographyHtml(html)).toBe(`<a href="https://x.fr/?a=1">Lien${N}: ici</a><p title="a : b">Tom &amp; Jerry${N}; 'ok'${N}!</p>`);
  });

  test.each([
    ["l'équipe", "l’équipe"],
    ["aujourd'hui, qu'il s'agisse d'un cas", "aujourd’hui, qu’il s’agisse d’un cas"],
    ["L'État", "L’État"],
  ])("writes the typographic apostrophe in %s", (input, expected) => {
    expect(frenchTypography(input)).toBe(expected);
  });

  test("writes the typographic apostrophe of escaped user text (Handlebars writes &#x27;), never in an attribute", () => {
    expect(frenchTypographyHtml(`<p title="l'a">Parcours d&#x27;intégration</p>`)).toBe(`<p title="l'a">Parcours d’intégration</p>`);
  });
});

describe("typography leaves CSS alone", () => {
  test("does not touch the content of a <style> element, and still fixes the text after it", async () => {
    const { frenchTypographyHtml } = await import("../../src/render/typography.js");
    const out = frenchTypographyHtml("<style>tr { break-inside: avoid; }</style><p>Note : ok</p>");
    expect(out).toContain("tr { break-inside: avoid; }");
    expect(out).toContain("Note\u202f: ok");
  });

  test.each([
    ["<p><strong>Objet</strong> : la formation</p>", `<p><strong>Objet</strong>${N}: la formation</p>`],
    ["<p><strong>Objet</strong>: la formation</p>", `<p><strong>Objet</strong>${N}: la formation</p>`],
    ["<p><strong>Objet </strong>: la formation</p>", `<p><strong>Objet${N}</strong>: la formation</p>`],
    ["<p><em>Attention</em> <strong>!</strong></p>", `<p><em>Attention</em>${N}<strong>!</strong></p>`],
    ["<p><span>Vraiment</span>?</p>", `<p><span>Vraiment</span>${N}?</p>`],
  ])("across inline tags: %s", (input, expected) => {
    expect(frenchTypographyHtml(input)).toBe(expected);
  });

  test.each([
    "<p>Titre</p><p>: suite</p>",
    "<td>Durée</td><td>: 2</td>",
    "<p><b>09</b>:30</p>",
    '<p><a href="https://x.fr">https://x.fr</a>/page</p>',
  ])("not across blocks, nor in times: %s", (input) => {
    expect(frenchTypographyHtml(input)).toBe(input);
  });
});
