import type { DocumentDefinition } from "./definition.js";

/**
 * Cahier des charges (tender specification, in the order of a French CCTP): the buyer's need, the
 * course to build, its scenario unit by unit, the requirements of the Mentor guide section by
 * section with what the project says of each, deliverables, calendar, follow-up and acceptance,
 * award criteria, and the conformity grid of the guide as an annex (`vm.specification`).
 */
export const cahierDesCharges: DocumentDefinition = {
  id: "cahier-des-charges",
  title: "Cahier des charges",
  template: "cahier-des-charges",
  frame: {
    tocTitle: "Sommaire",
    // A consultation's pages name the buyer and its reference; otherwise the course producer.
    footer: (vm) => {
      const parts = [vm.tender.buyer?.name, vm.tender.reference ? `Consultation ${vm.tender.reference}` : undefined].filter(Boolean);
      return vm.clauses.present && parts.length > 0 ? parts.join(" – ") : undefined;
    },
    coverTitle: (vm) => vm.course.title,
    coverLines: (vm) => {
      const lines: string[] = [];
      const buyer = vm.tender.buyer;
      if (buyer?.name) lines.push(`Acheteur : ${buyer.name}${buyer.department ? ` – ${buyer.department}` : ""}`);
      if (vm.tender.object) lines.push(`Objet : ${firstSentence(vm.tender.object)}`);
      if (vm.tender.reference) lines.push(`Référence de la consultation : ${vm.tender.reference}`);
      if (vm.document.version) lines.push(`Version ${vm.document.version}`);
      // No rule requires a date (the CLI always has one: meta.date or SOURCE_DATE_EPOCH): no line without it.
      if (vm.document.date) lines.push(vm.document.date.long.replace(/^./, (c) => c.toUpperCase()));
      if (vm.draft) lines.push("Document de travail (brouillon)");
      return lines;
    },
  },
  properties: (vm) => ({
    subject: `Cahier des charges – ${vm.course.title}`,
    description: vm.tender.object ?? "Cahier des clauses techniques particulières d'une formation à publier sur Mentor.",
    keywords: ["Mentor", "formation", "cahier des charges", "CCTP", ...(vm.tender.reference ? [vm.tender.reference] : [])],
  }),
};

/** The object on the cover: its first sentence, at most 300 characters. */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const sentence = /^(.+?[.;])(\s|$)/.exec(flat)?.[1]?.replace(/[.;]$/, "") ?? flat;
  return sentence.length > 300 ? `${sentence.slice(0, 297).replace(/\s+\S*$/, "")}…` : sentence;
}
