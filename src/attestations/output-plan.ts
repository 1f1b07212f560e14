import { ExitCode, UserError } from "../common/errors.js";
import { slugify as courseSlug } from "../model/slug.js";
import { learnerFileName } from "./naming.js";

/** A learner and the name of their attestation in `<out>/attestations/` (`.docx`; the PDF and badge image share its stem). */
export interface PlannedAttestation<L> {
  learner: L;
  name: string;
  stem: string;
}

export interface OutputPlan<L> {
  attestations: PlannedAttestation<L>[];
  /** `<course>-attestations.docx`, with --merge. */
  merged?: string;
  /** French remarks for the user, by line of the list: a learner whose natural file name the merged document holds. */
  notes: { line: number; message: string }[];
}

export interface PlanOptions<L> {
  /** With --merge: the course's short name (or title), which names the merged document. */
  mergedFrom?: string;
  /** With --badges: the identifier that names a learner's assertion and credential files. */
  badgeId?: (learner: L) => string;
}

/**
 * Every file name of the run, given out before the first file is written, so that no file can
 * take the place of another: the merged document's name is reserved first (a learner called
 * « Manager attestations » gets `…-attestations-2.docx`, not the merged file's name), then each
 * learner's (homonyms numbered). Names are bounded (course slug ≤ 60, learner stem ≤ 80
 * characters), so that with the temporary suffix they stay well below the file systems' 255.
 */
export function planOutputNames<L extends { lastName: string; firstName: string; line: number }>(
  learners: readonly L[],
  options: PlanOptions<L> = {},
): OutputPlan<L> {
  const taken = new Set<string>();
  const notes: OutputPlan<L>["notes"] = [];
  const merged = options.mergedFrom === undefined ? undefined : `${courseSlug(options.mergedFrom)}-attestations.docx`;
  if (merged) taken.add(merged.toLowerCase());
  const attestations = learners.map((learner) => {
    const name = learnerFileName(learner, taken);
    if (merged && learnerFileName(learner, new Set()) === merged) {
      notes.push({
        line: learner.line,
        message:
          `le nom de fichier ${merged} est celui du document unique (--merge) ; ` +
          `l'attestation de ${learner.firstName} ${learner.lastName} est écrite sous le nom ${name}.`,
      });
    }
    return { learner, name, stem: name.replace(/\.docx$/, "") };
  });
  if (options.badgeId) {
    // The identifiers come from the e-mail, which the list reader already keeps unique (after
    // Unicode normalisation and case folding): two equal ones would mean one badge file overwriting another.
    const seen = new Map<string, L>();
    for (const { learner } of attestations) {
      const id = options.badgeId(learner);
      const previous = seen.get(id);
      if (previous) {
        throw new UserError(
          `lignes ${previous.line} et ${learner.line} : les deux participants auraient le même open badge (même courriel) ; ` +
            "retirez le doublon de la liste.",
          ExitCode.invalid,
        );
      }
      seen.set(id, learner);
    }
  }
  return { attestations, merged, notes };
}
