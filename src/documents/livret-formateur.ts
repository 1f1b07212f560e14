import type { DocumentDefinition } from "./definition.js";

/**
 * Livret du formateur (guide E.3.c): what the trainers who run a session need to take over the
 * scenario: objectives and approach, calendar and synchronous appointments, the scenario, how to
 * set up and run each activity, resources, prepared syntheses and messages, evaluation workload,
 * presence tools, welcome page, attestation, conclusion and contacts.
 */
export const livretFormateur: DocumentDefinition = {
  id: "livret-formateur",
  title: "Livret du formateur",
  template: "livret-formateur",
  frame: {
    coverLines: (vm) => {
      const lines: string[] = [];
      if (vm.session.title) lines.push(vm.session.title);
      if (vm.session.period) lines.push(`Session ${vm.session.period}`);
      if (vm.document.version) lines.push(`Version ${vm.document.version}`);
      if (vm.document.date) lines.push(vm.document.date.long.replace(/^./, (c) => c.toUpperCase()));
      if (vm.draft) lines.push("Document de travail (brouillon)");
      return lines;
    },
  },
  properties: (vm) => ({
    subject: `Livret du formateur – ${vm.course.title}`,
    description: "Scénario, calendrier, mise en place des activités et outils d'animation pour les formateurs de la session.",
    keywords: ["Mentor", "formation", "livret du formateur", "animation"],
  }),
};
