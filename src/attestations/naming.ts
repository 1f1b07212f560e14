import { isAbsolute, relative, resolve } from "node:path";
import { ExitCode, UserError } from "../common/errors.js";

/** Longest file name stem produced (before the collision number and the extension). */
export const MAX_STEM_LENGTH = 80;

/** Names Windows reserves whatever the extension (`CON.docx` cannot be created there). */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|clock\$)$/;

const LIGATURES: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss", ø: "o", Ø: "o", ł: "l", Ł: "l", đ: "d", Đ: "d" };

/** `Ève-Marie d'Aubigné` → `eve-marie-d-aubigne`: accents folded, lowercase, only `a-z`, `0-9` and `-`. */
export function slugify(text: string): string {
  return text
    .replace(/[œŒæÆßøØłŁđĐ]/g, (char) => LIGATURES[char] ?? char)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A safe, unique file name for a learner's document: `nom-prenom.docx`. Whatever the name holds
 * (`../`, `/`, `\`, Windows reserved names, emoji, 300 characters), the result is a single plain
 * file name of `a-z0-9-` plus the extension, at most `MAX_STEM_LENGTH` characters before the
 * number; two learners with the same name get `dupont-marie.docx` and `dupont-marie-2.docx`.
 * `taken` holds the names already given (compared without case); the new name is added to it.
 */
export function learnerFileName(
  learner: { lastName: string; firstName: string },
  taken: Set<string>,
  extension = ".docx",
): string {
  let stem = slugify(`${learner.lastName} ${learner.firstName}`).slice(0, MAX_STEM_LENGTH).replace(/-+$/, "");
  if (stem === "") stem = "participant";
  if (RESERVED.test(stem)) stem = `${stem}-participant`;
  const ext = /^\.[a-z0-9]{1,8}$/i.test(extension) ? extension.toLowerCase() : ".docx";
  let name = `${stem}${ext}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${ext}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The absolute path of `name` inside `dir`; refuses (UserError) anything that would land outside. */
export function pathInside(dir: string, name: string): string {
  const base = resolve(dir);
  const target = resolve(base, name);
  const rel = relative(base, target);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel) || /[/\\]/.test(name)) {
    throw new UserError(`Nom de fichier refusé « ${name} » : il sortirait du dossier ${dir}.`, ExitCode.usage);
  }
  return target;
}
