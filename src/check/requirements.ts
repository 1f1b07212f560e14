/**
 * The guide's requirements as data. The rows live in `guide-requirements.json`, a file this project
 * owns (one entry per stable ID of the guide's requirement index); tests read the same file, and
 * compare it with the guide's own index when a copy of it lies beside the repository.
 */
import data from "./guide-requirements.json" with { type: "json" };
import type { Severity } from "./types.js";

/** The documents a requirement is rendered in. */
export type DocumentCode = "CDC" | "LIV" | "CAR" | "ATT" | "FIC" | "ACC";

export interface Requirement {
  id: string;
  /** Guide section(s), as written in the guide's index (e.g. `D.9, E.6`). */
  section: string;
  /** Short French label of the requirement. */
  label: string;
  renderedIn: DocumentCode[];
  /** What `check` reports for it (severities, and when, in the index's words), or null if the guide leaves it unchecked. */
  check: { severities: Severity[]; when: string } | null;
}

export const DOCUMENT_NAMES: Record<DocumentCode, string> = {
  CDC: "cahier des charges",
  LIV: "livret du formateur",
  CAR: "carnet de bord",
  ATT: "attestation / open badge",
  FIC: "fiche formation et fiche session",
  ACC: "page d'accueil",
};

const SEVERITIES: readonly string[] = ["error", "warning", "info"];

/** The JSON entries, typed; a malformed entry is a programming error, caught by the test suite. */
function typed(entry: (typeof data.requirements)[number]): Requirement {
  const renderedIn = entry.renderedIn.filter((code): code is DocumentCode => code in DOCUMENT_NAMES);
  const severities = (entry.check?.severities ?? []).filter((s): s is Severity => SEVERITIES.includes(s));
  if (!/^[A-Z]{3}-\d+$/.test(entry.id) || renderedIn.length !== entry.renderedIn.length || severities.length !== (entry.check?.severities.length ?? 0)) {
    throw new Error(`guide-requirements.json: malformed entry ${entry.id}`);
  }
  return {
    id: entry.id,
    section: entry.section,
    label: entry.label,
    renderedIn,
    check: entry.check ? { severities, when: entry.check.when } : null,
  };
}

export const REQUIREMENTS: readonly Requirement[] = data.requirements.map(typed);

const byId = new Map(REQUIREMENTS.map((r) => [r.id, r]));

/** The requirement with this ID; throws on an unknown ID (a programming error). */
export function requirement(id: string): Requirement {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown requirement ID: ${id}`);
  return found;
}
