import type { DocumentDefinition } from "./definition.js";
import { carnetDeBord } from "./carnet-de-bord.js";
import { livretFormateur } from "./livret-formateur.js";
import { attestation } from "./attestation.js";
import { ficheFormation } from "./fiche-formation.js";
import { cahierDesCharges } from "./cahier-des-charges.js";

/**
 * Every document `generate` can produce, in the order it produces them. Document modules add
 * themselves here: `import { cahierDesCharges } from "./cahier-des-charges.js";`.
 */
export const documents: readonly DocumentDefinition[] = [cahierDesCharges, livretFormateur, carnetDeBord, ficheFormation, attestation];

/** The definition with this id, or undefined. */
export function findDocument(id: string): DocumentDefinition | undefined {
  return documents.find((d) => d.id === id);
}
