/**
 * Mentor's collections. On the platform they are configuration (`slug|name|colour`, one a line);
 * these are the collections of the published offer (DGAFP, December 2023), under the short
 * identifiers of Mentor's code where it has one. A project adds its own in `settings.collections`.
 */
export const MENTOR_COLLECTIONS: readonly { slug: string; name: string }[] = [
  { slug: "achat", name: "Achat public" },
  { slug: "communication", name: "Communication et services aux usagers" },
  { slug: "finances", name: "Finances publiques, gestion budgétaire et financière" },
  { slug: "formations", name: "Organisation et missions des ministères, de l'État et de l'Europe" },
  { slug: "langues", name: "Langues" },
  { slug: "management", name: "Management" },
  { slug: "numerique", name: "Numérique et systèmes d'information et de communication" },
  { slug: "preparation", name: "Préparation aux épreuves de concours et des examens professionnels" },
  { slug: "ressources", name: "Ressources humaines" },
  { slug: "techniques", name: "Techniques et affaires juridiques" },
  { slug: "transformation", name: "Transformation de l'action publique" },
  { slug: "transition-ecologique", name: "Transition écologique et développement durable" },
  { slug: "politique", name: "Valeurs de la République" },
  { slug: "immobilier", name: "Immobilier de l'État" },
];

export interface CollectionView {
  /** As written in the project. */
  value: string;
  /** The name to choose in Mentor's « Collections » list. */
  name: string;
  /** False when neither Mentor's list nor `settings.collections` knows it: to check on the platform. */
  known: boolean;
}

/** `Numérique et Système…` → `numerique et systeme…`: to compare names whatever their case and accents. */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The collection a project names, by its short identifier or its name. */
export function collectionView(value: string, extra: readonly { slug: string; name: string }[] = []): CollectionView {
  const all = [...extra, ...MENTOR_COLLECTIONS];
  const key = fold(value);
  const found = all.find((c) => c.slug === value.trim() || fold(c.name) === key);
  return found ? { value, name: found.name, known: true } : { value, name: value, known: false };
}
