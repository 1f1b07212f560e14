/** The columns of a learner list, and the headers (French or English) that name them. */
export type LearnerColumn = "lastName" | "firstName" | "email" | "completionDate" | "timeSpent" | "result";

/** French name of each column, for messages. */
export const COLUMN_LABELS: Record<LearnerColumn, string> = {
  lastName: "nom",
  firstName: "prénom",
  email: "courriel",
  completionDate: "date d'achèvement",
  timeSpent: "temps passé",
  result: "résultat",
};

/** Normalised header text (see `normalizeHeader`) → column. */
const ALIASES: Record<LearnerColumn, readonly string[]> = {
  lastName: ["nom", "nom de famille", "nom d usage", "last name", "lastname", "surname", "family name"],
  firstName: ["prenom", "prenoms", "first name", "firstname", "given name"],
  email: [
    "courriel",
    "email",
    "e mail",
    "mail",
    "mel",
    "adresse mel",
    "adresse mail",
    "adresse email",
    "adresse e mail",
    "adresse courriel",
    "adresse electronique",
    "email address",
    "e mail address",
  ],
  completionDate: [
    "date",
    "date d achevement",
    "date achevement",
    "achevement",
    "date de fin",
    "date d obtention",
    "date de completion",
    "date d achevement du cours",
    "completion date",
    "date completed",
    "completed",
    "course complete",
  ],
  timeSpent: ["temps passe", "temps", "duree", "duree passee", "temps de formation", "time spent", "duration", "time"],
  result: ["resultat", "result", "note", "score", "grade", "statut", "status"],
};

const LOOKUP = new Map<string, LearnerColumn>(
  (Object.entries(ALIASES) as [LearnerColumn, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [name, column] as const),
  ),
);

/** `Date d'achèvement ` → `date d achevement`: lowercase, accents folded, punctuation as spaces. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The column a header names, or `undefined` for a column mentor-docs does not use. */
export function columnOf(header: string): LearnerColumn | undefined {
  return LOOKUP.get(normalizeHeader(header));
}
