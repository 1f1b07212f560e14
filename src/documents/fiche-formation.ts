import type { DocumentDefinition } from "./definition.js";

/**
 * The fiche formation and the fiche session as they are typed into Mentor (guide E.1, F; FIC-1,
 * FIC-2, PUB-1), field by field in the order and with the labels of Mentor's forms; the entry
 * information (ENT-1), what the attestation states (REC-1), and the welcome page's text ready to
 * paste (guide E.2; ACC-1, UNI-1, AUT-3, PRO-1, PRE-1, REP-1).
 */
export const ficheFormation: DocumentDefinition = {
  id: "fiche-formation",
  title: "Fiche formation et fiche session",
  template: "fiche-formation",
  properties: (vm) => ({
    subject: `Fiche formation, fiche session et page d'accueil à saisir dans Mentor – ${vm.course.title}`,
    keywords: ["Mentor", "fiche formation", "fiche session", "page d'accueil"],
  }),
};
