/**
 * Fast per-learner attestations. The attestation is rendered once, with Word mail-merge fields
 * (`MERGEFIELD nom`, shown « «nom» ») where the learner's data goes; `prepareTemplate` unzips it
 * once, cuts the XML parts that hold fields into static text and field slots, and compresses every
 * other entry once, and the text between the fields too. `fill` then only writes each learner's
 * values between already-compressed pieces, and copies the rest of the package as it is.
 */
import { strFromU8, unzipSync } from "fflate";
import { ExitCode, UserError } from "../common/errors.js";
import { escapeXml, unescapeXml } from "../common/xml.js";
import { SegmentedEntry, StreamingEntry, makeEntry, writeZip, type ZipEntry } from "./zip.js";

/** A merge field in a part: the field's XML spans `start`–`end` and becomes a run with `runProperties`. */
interface Slot {
  name: string;
  start: number;
  end: number;
  runProperties: string;
}

interface FieldPart {
  readonly path: string;
  readonly xml: string;
  readonly slots: readonly Slot[];
  /** The text between the slots, compressed once (for `fill`). */
  readonly compressed?: SegmentedEntry;
}

export interface Template {
  /** Names of the merge fields found, each once, in document order. */
  readonly fields: readonly string[];
  /** Every entry of the package in its original order: compressed once, or a part with fields. */
  readonly entries: readonly (ZipEntry | FieldPart)[];
  /** `word/document.xml`, always kept as a part (for `mergeAll`). */
  readonly document: FieldPart;
  /** `word/numbering.xml` as text, when the package has one (for `mergeAll`: each copy's lists restart). */
  readonly numbering?: string;
}

const FIELD_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/** Reads a rendered .docx and finds its merge fields. Throws a `UserError` when it is not a .docx. */
export function prepareTemplate(docx: Uint8Array): Template {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(docx);
  } catch {
    throw new UserError("Le modèle d'attestation n'est pas un fichier .docx lisible (archive ZIP invalide).", ExitCode.usage);
  }
  if (!files["word/document.xml"]) {
    throw new UserError("Le modèle d'attestation n'est pas un document Word : word/document.xml est absent.", ExitCode.usage);
  }
  const fields: string[] = [];
  const entries: (ZipEntry | FieldPart)[] = [];
  let document: FieldPart | undefined;
  let numbering: string | undefined;
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith("/")) continue;
    if (path === NUMBERING) numbering = strFromU8(data);
    if (FIELD_PARTS.test(path)) {
      const xml = strFromU8(data);
      const slots = findMergeFields(xml);
      if (path === "word/document.xml" || slots.length > 0) {
        const pieces = [...slots.map((slot, i) => xml.slice(i === 0 ? 0 : slots[i - 1]!.end, slot.start)), xml.slice(slots.at(-1)?.end ?? 0)];
        const part: FieldPart = { path, xml, slots, compressed: new SegmentedEntry(path, pieces) };
        if (path === "word/document.xml") document = part;
        for (const slot of slots) if (!fields.includes(slot.name)) fields.push(slot.name);
        entries.push(part);
        continue;
      }
    }
    entries.push(makeEntry(path, data));
  }
  return { fields, entries, document: document!, numbering };
}

const NUMBERING = "word/numbering.xml";

/**
 * The attestation of one learner: each merge field replaced by its value (XML-escaped, as a plain
 * run keeping the field's formatting; a missing value gives an empty run). Line feeds become line
 * breaks. No merge field is left in the result.
 */
export function fill(template: Template, values: Readonly<Record<string, string>>): Uint8Array {
  const entries = template.entries.map((entry) =>
    "local" in entry
      ? entry
      : entry.compressed
        ? entry.compressed.entry(entry.slots.map((slot) => textRun(values[slot.name] ?? "", slot.runProperties)))
        : makeEntry(entry.path, new TextEncoder().encode(fillPart(entry, values)), 1),
  );
  return writeZip(entries);
}

/**
 * One document holding every attestation, one after the other, each starting on a new page
 * (`--merge`). Values are read one learner at a time and the document is compressed as it grows,
 * so memory stays near the size of the compressed result. Fields in headers and footers (shared by
 * every page) are emptied. Each copy's numbered lists start again at 1: they use numbering instances
 * of their own (`w:num`, with `w:startOverride`), added to `word/numbering.xml` once the copies are counted.
 */
export function mergeAll(template: Template, learners: Iterable<Readonly<Record<string, string>>>): Uint8Array {
  const { xml, slots } = template.document;
  const bodyOpen = /<w:body(?:\s[^>]*)?>/.exec(xml);
  const bodyClose = xml.lastIndexOf("</w:body>");
  if (!bodyOpen || bodyClose < 0) throw new UserError("Le modèle d'attestation n'a pas de corps (w:body).", ExitCode.usage);
  const innerStart = bodyOpen.index + bodyOpen[0].length;
  // The body's own section properties (page size, margins) come last and stay once, at the end.
  const finalSection = xml.lastIndexOf("<w:sectPr", bodyClose);
  const innerEnd = finalSection > innerStart && !/<w:(p|tbl)[\s>]/.test(xml.slice(finalSection, bodyClose)) ? finalSection : bodyClose;
  const body: FieldPart = {
    path: template.document.path,
    xml: xml.slice(innerStart, innerEnd),
    slots: slots
      .filter((slot) => slot.start >= innerStart && slot.end <= innerEnd)
      .map((slot) => ({ ...slot, start: slot.start - innerStart, end: slot.end - innerStart })),
  };
  const lists = listsOf(body.xml, template.numbering);
  let copies = 0;
  const entries: ZipEntry[] = [];
  for (const entry of template.entries) {
    // Numbering is written last, once the copies are counted.
    const path = "local" in entry ? new TextDecoder().decode(entry.name) : entry.path;
    if (template.numbering !== undefined && path === NUMBERING) continue;
    if ("local" in entry) {
      entries.push(entry);
      continue;
    }
    if (entry !== template.document) {
      entries.push(makeEntry(entry.path, new TextEncoder().encode(fillPart(entry, {}))));
      continue;
    }
    const stream = new StreamingEntry(entry.path);
    stream.push(xml.slice(0, innerStart));
    let copy = 0;
    for (const values of learners) {
      let filled = renumberLists(renumberDrawings(fillPart(body, values), copy), copy, lists);
      if (copy > 0) filled = startOnNewPage(filled);
      stream.push(filled);
      copy++;
    }
    stream.push(xml.slice(innerEnd));
    entries.push(stream.finish());
    copies = copy;
  }
  if (template.numbering !== undefined) entries.push(makeEntry(NUMBERING, new TextEncoder().encode(numberingFor(template.numbering, lists, copies))));
  return writeZip(entries);
}

/** The numbering instances (`w:num`) the body's paragraphs use, and the highest instance id of the package. */
interface Lists {
  used: number[];
  highest: number;
}

function listsOf(body: string, numbering: string | undefined): Lists {
  if (numbering === undefined) return { used: [], highest: 0 };
  const used = [...new Set([...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => Number(m[1])))].filter((id) => id > 0);
  const ids = [...numbering.matchAll(/<w:num w:numId="(\d+)"/g)].map((m) => Number(m[1]));
  return { used, highest: Math.max(0, ...ids) };
}

/** Copy `copy` (from 0) uses numbering instances of its own: id + copy × the highest id. */
function renumberLists(xml: string, copy: number, lists: Lists): string {
  if (copy === 0 || lists.used.length === 0) return xml;
  return xml.replace(/<w:numId w:val="(\d+)"\/>/g, (whole, id: string) =>
    lists.used.includes(Number(id)) ? `<w:numId w:val="${Number(id) + copy * lists.highest}"/>` : whole,
  );
}

/** `word/numbering.xml` with, for every copy after the first, a copy of each instance its lists use, starting at 1. */
function numberingFor(numbering: string, lists: Lists, copies: number): string {
  const added: string[] = [];
  for (let copy = 1; copy < copies; copy++) {
    for (const id of lists.used) {
      const num = new RegExp(`<w:num w:numId="${id}"(?:\\s[^>]*)?>[\\s\\S]*?<\\/w:num>`).exec(numbering)?.[0];
      if (!num) continue;
      let clone = num.replace(/^<w:num w:numId="\d+"/, `<w:num w:numId="${id + copy * lists.highest}"`);
      if (!/<w:lvlOverride w:ilvl="0">\s*<w:startOverride/.test(clone)) {
        clone = clone.replace(/<\/w:num>$/, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`);
      }
      added.push(clone);
    }
  }
  const end = numbering.lastIndexOf("</w:numbering>");
  return end < 0 ? numbering : numbering.slice(0, end) + added.join("") + numbering.slice(end);
}

function fillPart(part: FieldPart, values: Readonly<Record<string, string>>): string {
  const out: string[] = [];
  let at = 0;
  for (const slot of part.slots) {
    out.push(part.xml.slice(at, slot.start), textRun(values[slot.name] ?? "", slot.runProperties));
    at = slot.end;
  }
  out.push(part.xml.slice(at));
  return out.join("");
}

/** A run showing `text`: XML-escaped, line feeds as `w:br`, tabs as `w:tab`. */
export function textRun(text: string, runProperties = ""): string {
  const pieces = text
    .replace(/\r\n?/g, "\n")
    .split(/(\n|\t)/)
    .map((piece) =>
      piece === "\n" ? "<w:br/>" : piece === "\t" ? "<w:tab/>" : piece === "" ? "" : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`,
    );
  return `<w:r>${runProperties}${pieces.join("")}</w:r>`;
}

/** The field name of a `MERGEFIELD` instruction (` MERGEFIELD nom \* MERGEFORMAT `), or undefined. */
export function mergeFieldName(instruction: string): string | undefined {
  const match = /^\s*MERGEFIELD\s+(?:"([^"]+)"|(\S+))/i.exec(instruction);
  return match ? (match[1] ?? match[2]) : undefined;
}

const RUN_PROPERTIES = /<w:rPr>[\s\S]*?<\/w:rPr>/;

/**
 * Finds the merge fields of a part: simple fields (`w:fldSimple`, as docx's `SimpleMailMergeField`
 * writes them) and complex fields (`w:fldChar` begin / `w:instrText` / separate / end, as Word
 * writes them), within one paragraph.
 */
export function findMergeFields(xml: string): Slot[] {
  const slots: Slot[] = [];
  const simple = /<w:fldSimple\b([^>]*?)(\/>|>([\s\S]*?)<\/w:fldSimple>)/g;
  for (let m = simple.exec(xml); m; m = simple.exec(xml)) {
    const instr = /w:instr="([^"]*)"/.exec(m[1] ?? "");
    const name = instr ? mergeFieldName(unescapeXml(instr[1]!)) : undefined;
    if (name === undefined) continue;
    const runProperties = RUN_PROPERTIES.exec(m[3] ?? "")?.[0] ?? "";
    slots.push({ name, start: m.index, end: m.index + m[0].length, runProperties });
  }
  // Complex fields: walk the runs, tracking nesting.
  const run = /<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>|<w:p[\s>]|<\/w:p>/g;
  let depth = 0;
  let field: { start: number; instruction: string; inResult: boolean; runProperties: string } | undefined;
  for (let m = run.exec(xml); m; m = run.exec(xml)) {
    const text = m[0];
    if (!text.startsWith("<w:r")) {
      // A paragraph boundary inside a field: give up this field (left as is).
      if (field && !text.startsWith("<w:r")) {
        field = undefined;
        depth = 0;
      }
      continue;
    }
    const content = m[1] ?? "";
    const charType = /<w:fldChar\b[^>]*w:fldCharType="(begin|separate|end)"/.exec(content)?.[1];
    if (charType === "begin") {
      if (depth === 0) field = { start: m.index, instruction: "", inResult: false, runProperties: RUN_PROPERTIES.exec(content)?.[0] ?? "" };
      depth++;
    } else if (charType === "separate") {
      if (depth === 1 && field) field.inResult = true;
    } else if (charType === "end") {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && field) {
        const name = mergeFieldName(field.instruction);
        const end = m.index + text.length;
        if (name !== undefined && !slots.some((s) => s.start < end && field!.start < s.end)) {
          slots.push({ name, start: field.start, end, runProperties: field.runProperties });
        }
        field = undefined;
      }
    } else if (field && depth === 1) {
      const instr = /<w:instrText\b[^>]*>([\s\S]*?)<\/w:instrText>/g;
      if (!field.inResult) for (let i = instr.exec(content); i; i = instr.exec(content)) field.instruction += unescapeXml(i[1]!);
      else if (/<w:t[\s>]/.test(content)) field.runProperties = RUN_PROPERTIES.exec(content)?.[0] ?? field.runProperties;
    }
  }
  return slots.sort((a, b) => a.start - b.start);
}

/** Drawing ids (`wp:docPr id`) must stay unique when the body is repeated. */
function renumberDrawings(xml: string, copy: number): string {
  if (copy === 0) return xml;
  return xml.replace(/(<wp:docPr\b[^>]*\bid=")(\d+)"/g, (_, head: string, id: string) => `${head}${Number(id) + copy * 10_000}"`);
}

/** Makes a copy of the body start on a new page: `pageBreakBefore` on its first paragraph, else a page break. */
function startOnNewPage(body: string): string {
  const first = /^<w:p(?:\s[^>]*)?>/.exec(body);
  if (first) {
    const after = body.slice(first[0].length);
    if (after.startsWith("<w:pPr>")) {
      const lead = /^<w:pPr>((?:<w:pStyle\b[^>]*\/>)?(?:<w:keepNext\b[^>]*\/>)?(?:<w:keepLines\b[^>]*\/>)?)/.exec(after)!;
      if (after.slice(lead[0].length).startsWith("<w:pageBreakBefore")) return body;
      return first[0] + lead[0] + "<w:pageBreakBefore/>" + after.slice(lead[0].length);
    }
    if (!after.startsWith("<w:pPr/>")) return first[0] + "<w:pPr><w:pageBreakBefore/></w:pPr>" + after;
    return first[0] + "<w:pPr><w:pageBreakBefore/></w:pPr>" + after.slice("<w:pPr/>".length);
  }
  return `<w:p><w:r><w:br w:type="page"/></w:r></w:p>${body}`;
}
