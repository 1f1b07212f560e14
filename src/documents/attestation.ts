import type { DocumentDefinition } from "./definition.js";

/**
 * The attestation (guide D.9 and E.6; REC-1, REC-2): one page, no cover, no table of contents. The
 * learner's name and completion date are Word mail-merge fields (`MERGEFIELD prenom`, `nom`,
 * `date_achevement`, and `temps_passe` / `resultat` where they apply), filled per learner by
 * `mentor-docs attestations` or by Word's own mail merge.
 */
export const attestation: DocumentDefinition = {
  id: "attestation",
  title: "Attestation",
  template: "attestation",
  frame: { cover: false, toc: false },
  properties: (vm) => ({
    subject: `${vm.recognition.attestationTypeLabel ?? "Attestation"} – ${vm.course.title}`,
    description: `Modèle d'attestation à fusionner (champs prenom, nom, date_achevement) pour la formation « ${vm.course.title} ».`,
    keywords: ["Mentor", "formation", "attestation", "publipostage"],
  }),
};
