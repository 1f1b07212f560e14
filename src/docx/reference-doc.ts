import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { SaxesParser } from "saxes";
import { ExitCode, UserError } from "../common/errors.js";
import { readZipEntry } from "../common/zip-entry.js";
import { inSchemaOrder } from "./schema-order.js";

/** A reference document larger than this is not a Word template (images aside, a few hundred kB). */
const MAX_REFERENCE_DOC_BYTES = 100 * 1024 * 1024;
/**
 * Word's styles nest a few levels deep (w:styles, w:style, w:tblStylePr, w:tcPr, w:tcBorders, w:top):
 * deeper than this is not a template, and would exhaust the stack of the reordering (schema-order.ts).
 */
const MAX_STYLES_DEPTH = 100;
/** `word/styles.xml` of a real template is well below 1 MB; the cap is checked while inflating. */
export const MAX_REFERENCE_STYLES_BYTES = 10 * 1024 * 1024;

/**
 * Reads `word/styles.xml` out of the user's reference document (`--reference-doc`), and parses it
 * before it is copied into every document: it must be well-formed XML in UTF-8 whose root is
 * `w:styles`, with no DOCTYPE (no DTD, no entity: Word refuses them, and they are the way to XXE
 * and entity-expansion attacks), at most 10 MB once inflated. Anything else is a French user error
 * naming the file (exit 2), before any document is written. The styles come back with their
 * elements in the schema's order, which not every writer keeps (pandoc's reference.docx does not):
 * Word and the Open XML SDK's validator require it.
 */
export async function readReferenceStyles(file: string): Promise<string> {
  const refuse = (reason: string) => new UserError(`${file} : ${reason}`, ExitCode.usage);
  const bytes = await readReferenceFile(file, refuse);
  const entry = readZipEntry(bytes, "word/styles.xml", MAX_REFERENCE_STYLES_BYTES);
  if (!entry.ok) {
    switch (entry.failure) {
      case "not-zip":
      case "corrupt":
        throw refuse("ce n'est pas un document Word (.docx) lisible.");
      case "absent":
        throw refuse("ce document Word ne contient pas de styles (word/styles.xml).");
      case "too-large":
        throw refuse(`les styles du document (word/styles.xml) dépassent ${MAX_REFERENCE_STYLES_BYTES / 1024 / 1024} Mo une fois décompressés : ce n'est pas un modèle Word ordinaire.`);
    }
  }
  return inSchemaOrder(checkedStylesXml(entry.data, refuse));
}

async function readReferenceFile(file: string, refuse: (reason: string) => UserError): Promise<Uint8Array> {
  let handle;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw refuse("document de référence introuvable ou illisible.");
  }
  try {
    // A regular file only: a FIFO or a device (/dev/zero) would hang or never end.
    const stats = await handle.stat();
    if (!stats.isFile()) throw refuse("le document de référence doit être un fichier Word (.docx).");
    if (stats.size > MAX_REFERENCE_DOC_BYTES) throw refuse(`document de référence trop volumineux (plus de ${MAX_REFERENCE_DOC_BYTES / 1024 / 1024} Mo).`);
    return new Uint8Array(await handle.readFile());
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw refuse("document de référence introuvable ou illisible.");
  } finally {
    await handle.close();
  }
}

/** The styles part as text, once it is known to be UTF-8, well-formed, DTD-free `w:styles`. */
function checkedStylesXml(bytes: Uint8Array, refuse: (reason: string) => UserError): string {
  const part = "les styles du document (word/styles.xml)";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length >= 2 && (bytes[0] === 0) !== (bytes[1] === 0))) {
    throw refuse(`${part} sont encodés en UTF-16 ; seul l'UTF-8 est accepté : enregistrez le modèle depuis Word.`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse(`${part} ne sont pas en UTF-8 ; enregistrez le modèle depuis Word.`);
  }
  text = text.replace(/^\uFEFF/, "");
  const parser = new SaxesParser({ xmlns: false, position: true });
  let problem: string | undefined;
  let root: string | undefined;
  parser.on("xmldecl", (declaration) => {
    if (declaration.encoding && !/^utf-?8$/i.test(declaration.encoding)) {
      problem ??= `${part} déclarent l'encodage « ${declaration.encoding.slice(0, 40)} » ; seul l'UTF-8 est accepté.`;
    }
  });
  parser.on("doctype", () => {
    problem ??= `${part} contiennent une déclaration DOCTYPE (DTD, entités) : refusée, Word ne l'accepte pas et elle peut servir à lire des fichiers ou à saturer la mémoire.`;
  });
  let depth = 0;
  parser.on("opentag", (tag) => {
    root ??= tag.name;
    if (!tag.isSelfClosing && ++depth > MAX_STYLES_DEPTH) {
      problem ??= `${part} imbriquent leurs éléments sur plus de ${MAX_STYLES_DEPTH} niveaux : ce n'est pas un modèle Word ordinaire.`;
    }
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) depth--;
  });
  parser.on("error", (error) => {
    problem ??= `${part} ne sont pas du XML bien formé (ligne ${parser.line}, colonne ${parser.column}) : ${frenchXmlError(error.message)}.`;
  });
  try {
    parser.write(text).close();
  } catch {
    problem ??= `${part} ne sont pas du XML bien formé.`;
  }
  if (problem) throw refuse(problem);
  if (root !== "w:styles") throw refuse(`${part} n'ont pas la forme attendue (élément racine « w:styles »).`);
  return text;
}

/** saxes' message, without its position prefix, in a few French words for the usual cases. */
function frenchXmlError(message: string): string {
  const reason = message.replace(/^[^:]*:\d+:\d+: /, "");
  if (/undefined entity|entity not found/i.test(reason)) return "entité non définie";
  if (/unclosed tag|unexpected end/i.test(reason)) return "balise non fermée ou fin de texte inattendue";
  if (/disallowed character/i.test(reason)) return "caractère interdit en XML";
  if (/text data outside of root node|non-whitespace/i.test(reason)) return "texte hors de l'élément racine";
  return "syntaxe XML invalide";
}
