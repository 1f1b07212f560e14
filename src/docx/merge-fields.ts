import { SimpleMailMergeField, type Paragraph, type Table } from "docx";

/**
 * Word mail-merge fields written by templates. A template writes `<span class="champ-fusion">nom</span>`;
 * `htmlToContent` turns it into a run in the `ChampFusion` character style (see `STYLE_MAP`), and
 * `insertMergeFields` replaces each such run by `MERGEFIELD nom` (docx's `SimpleMailMergeField`,
 * `<w:fldSimple w:instr=" MERGEFIELD nom ">`), keeping the run's formatting (bold, size…) for the
 * field's result « «nom» ». Only templates can write a class: the text of the project is escaped, so
 * it never becomes a field.
 */
export const MERGE_FIELD_CLASS = "champ-fusion";
/** The character style that marks a merge field's run between htmlToContent and `insertMergeFields`. */
export const MERGE_FIELD_STYLE = "ChampFusion";

/** A merge field name Word accepts: a letter, then letters, digits or underscores (40 at most). */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

// docx's components keep their children in `root` (protected in its types): a run is `w:r`, its
// properties `w:rPr`, its text `w:t` whose last child is the string.
interface XmlNode {
  rootKey?: string;
  root?: unknown;
}

const isNode = (value: unknown): value is XmlNode => typeof value === "object" && value !== null;
const children = (node: XmlNode): unknown[] | undefined => (Array.isArray(node.root) ? (node.root as unknown[]) : undefined);

/** The `w:rPr` of a run, if any. */
function runProperties(run: XmlNode): XmlNode | undefined {
  return children(run)?.find((c): c is XmlNode => isNode(c) && c.rootKey === "w:rPr");
}

/** Index of the `w:rStyle` element naming the merge-field style in run properties, or -1. */
function mergeStyleIndex(properties: XmlNode | undefined): number {
  const list = properties ? children(properties) : undefined;
  if (!list) return -1;
  return list.findIndex((c) => {
    if (!isNode(c) || c.rootKey !== "w:rStyle") return false;
    const attributes = children(c)?.find((a): a is XmlNode => isNode(a) && a.rootKey === "_attr");
    return isNode(attributes?.root) && (attributes!.root as Record<string, unknown>).val === MERGE_FIELD_STYLE;
  });
}

/** The text elements (`w:t`) of a run. */
function textElements(run: XmlNode): XmlNode[] {
  return (children(run) ?? []).filter((c): c is XmlNode => isNode(c) && c.rootKey === "w:t");
}

function textOf(text: XmlNode): string {
  return (children(text) ?? []).filter((c): c is string => typeof c === "string").join("");
}

/**
 * Replaces, in place, every run of the `ChampFusion` style by a `MERGEFIELD` whose name is the run's
 * text. Returns warnings (in French) for runs whose text is not a field name; they are left as text,
 * without the marking style.
 */
export function insertMergeFields(content: readonly (Paragraph | Table)[]): string[] {
  const warnings: string[] = [];
  const visit = (node: XmlNode): void => {
    const list = children(node);
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      const child = list[i];
      if (!isNode(child)) continue;
      if (child.rootKey === "w:r") {
        const properties = runProperties(child);
        const styleAt = mergeStyleIndex(properties);
        if (styleAt < 0) continue;
        // The marker style has done its job: the field (or the text) keeps only the direct formatting.
        children(properties!)!.splice(styleAt, 1);
        const texts = textElements(child);
        const name = texts.map(textOf).join("").trim();
        if (!FIELD_NAME.test(name)) {
          warnings.push(
            `champ de fusion « ${name} » ignoré : son nom doit commencer par une lettre et ne contenir que des lettres sans accent, des chiffres ou « _ ».`,
          );
          continue;
        }
        // The field's shown result is the run itself, reading « «nom» » as Word shows an unmerged field.
        const first = texts[0]!;
        const firstChildren = children(first)!;
        firstChildren.splice(0, firstChildren.length, ...firstChildren.filter((c) => typeof c !== "string"), `«${name}»`);
        const runChildren = children(child)!;
        for (const extra of texts.slice(1)) runChildren.splice(runChildren.indexOf(extra), 1);
        const field = new SimpleMailMergeField(name) as unknown as XmlNode;
        const fieldChildren = children(field)!;
        const resultAt = fieldChildren.findIndex((c) => isNode(c) && c.rootKey === "w:r");
        fieldChildren.splice(resultAt, 1, child);
        list[i] = field;
        continue;
      }
      visit(child);
    }
  };
  for (const block of content) visit(block as unknown as XmlNode);
  return warnings;
}
