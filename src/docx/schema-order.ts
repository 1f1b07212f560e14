import { SaxesParser } from "saxes";

/**
 * The order WordprocessingML's schema gives the children of the elements a styles part is made
 * of (ECMA-376 Part 1, transitional: CT_Styles, CT_Style, CT_RPr, CT_PPr, CT_TblPr, CT_TcPr…).
 * Word writes them in this order and the Open XML SDK's validator requires it; other writers do
 * not always keep it (pandoc's reference.docx puts `w:qFormat` after `w:pPr`, and `w:bCs` out of
 * place). `w:trPr` is missing on purpose: its children come in any order.
 */
const RUN_PROPERTIES = [
  "w:ins", "w:del", "w:moveFrom", "w:moveTo", // a paragraph mark's run properties only
  "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike",
  "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden",
  "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
  "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
  "w:specVanish", "w:oMath", "w:rPrChange",
];
const PARAGRAPH_PROPERTIES = [
  "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr",
  "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
  "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
  "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
  "w:sectPr", "w:pPrChange",
];
const CELL_MARGINS = ["w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right"];

export const SCHEMA_ORDER: Readonly<Record<string, readonly string[]>> = {
  "w:styles": ["w:docDefaults", "w:latentStyles", "w:style"],
  "w:docDefaults": ["w:rPrDefault", "w:pPrDefault"],
  "w:style": [
    "w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:autoRedefine", "w:hidden", "w:uiPriority",
    "w:semiHidden", "w:unhideWhenUsed", "w:qFormat", "w:locked", "w:personal", "w:personalCompose",
    "w:personalReply", "w:rsid", "w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr",
  ],
  "w:tblStylePr": ["w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr"],
  "w:rPr": RUN_PROPERTIES,
  "w:pPr": PARAGRAPH_PROPERTIES,
  "w:tblPr": [
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize", "w:tblStyleColBandSize",
    "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar",
    "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange",
  ],
  "w:tcPr": [
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap", "w:tcMar",
    "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark", "w:headers", "w:cellIns", "w:cellDel",
    "w:cellMerge", "w:tcPrChange",
  ],
  "w:pBdr": ["w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar"],
  "w:tblBorders": ["w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right", "w:insideH", "w:insideV"],
  "w:tcBorders": ["w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right", "w:insideH", "w:insideV", "w:tl2br", "w:tr2bl"],
  "w:tblCellMar": CELL_MARGINS,
  "w:tcMar": CELL_MARGINS,
};

interface Element {
  name: string;
  /** Offsets in the text: the element from `<` to its end, and its content between its tags. */
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  children: Element[];
}

/**
 * The XML with the children of the elements listed in SCHEMA_ORDER put in the schema's order.
 * Everything else is kept as written, byte for byte: attributes, namespaces, text, the order of
 * elements the table does not know (they go after the known ones, in their own order, as Word's
 * extensions such as `w14:ligatures` do). The white space between the children of an element
 * whose children had to be reordered goes; elsewhere it stays.
 * The text must be well-formed XML (the caller has parsed it).
 */
export function inSchemaOrder(xml: string): string {
  const parser = new SaxesParser({ position: true });
  const root: Element = { name: "", start: 0, end: xml.length, contentStart: 0, contentEnd: xml.length, children: [] };
  const open: Element[] = [root];
  parser.on("opentagstart", (tag) => {
    const element: Element = { name: tag.name, start: xml.lastIndexOf("<", parser.position - 1), end: -1, contentStart: -1, contentEnd: -1, children: [] };
    open.at(-1)!.children.push(element);
    open.push(element);
  });
  parser.on("opentag", () => {
    open.at(-1)!.contentStart = parser.position;
  });
  parser.on("closetag", (tag) => {
    const element = open.pop()!;
    element.end = parser.position;
    element.contentEnd = tag.isSelfClosing ? element.contentStart : xml.lastIndexOf("<", parser.position - 1);
  });
  parser.write(xml).close();

  const write = (element: Element): string => {
    const order = SCHEMA_ORDER[element.name];
    const head = xml.slice(element.start, element.contentStart);
    const tail = xml.slice(element.contentEnd, element.end);
    if (order && onlyElements(element)) {
      const rank = (child: Element) => {
        const at = order.indexOf(child.name);
        return at === -1 ? order.length : at;
      };
      // A stable sort: elements of the same name keep their order.
      const children = element.children.map((child, index) => ({ child, index })).sort((a, b) => rank(a.child) - rank(b.child) || a.index - b.index);
      if (children.some(({ index }, at) => index !== at)) return head + children.map(({ child }) => write(child)).join("") + tail;
    }
    let out = head;
    let at = element.contentStart;
    for (const child of element.children) {
      out += xml.slice(at, child.start) + write(child);
      at = child.end;
    }
    return out + xml.slice(at, element.contentEnd) + tail;
  };
  /** Whether the element holds elements and white space only: text or a comment among them stays where it is, unsorted. */
  const onlyElements = (element: Element): boolean => {
    let at = element.contentStart;
    for (const child of element.children) {
      if (xml.slice(at, child.start).trim()) return false;
      at = child.end;
    }
    return xml.slice(at, element.contentEnd).trim() === "";
  };
  return write(root);
}
