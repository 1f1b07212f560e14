import type { DocumentDefinition } from "./definition.js";

/**
 * Carnet de bord (guide D.7 and E.3.a): the learner's editable, printable logbook: fill-in cover,
 * self-positioning before and after, each unit's activities to tick, resources and room for notes,
 * questions and reflections, the progress checklist mirroring the tracking bar, and the conclusion.
 */
export const carnetDeBord: DocumentDefinition = {
  id: "carnet-de-bord",
  title: "Carnet de bord",
  template: "carnet-de-bord",
  frame: {
    tocTitle: "Sommaire du carnet",
    coverLines: (vm) => {
      const lines: string[] = [];
      if (vm.session.period) lines.push(`Session ${vm.session.period}`);
      lines.push("Carnet de : ……………………………………………………");
      if (vm.document.version) lines.push(`Version ${vm.document.version}`);
      if (vm.draft) lines.push("Document de travail (brouillon)");
      return lines;
    },
  },
  properties: (vm) => ({
    subject: `Carnet de bord – ${vm.course.title}`,
    description: "Carnet de bord à compléter dans Word ou LibreOffice, ou à imprimer : notes, questions, réflexions et suivi de sa progression.",
    keywords: ["Mentor", "formation", "carnet de bord"],
  }),
};
