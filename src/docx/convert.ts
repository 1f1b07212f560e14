import type { Paragraph, Table } from "docx";
import { htmlToContent, type HtmlImage } from "docx/html";
import { STYLE_MAP } from "./styles.js";

/**
 * Direct formatting the Word styles cannot carry through docx/html: table header cells and the
 * page-break marker. Kept small: the look belongs to the Word styles (and to `--reference-doc`).
 * Rows are kept whole where a template asks for it; header rows as table-rows.ts says.
 */
export const STYLESHEET = `
th { background-color: #e3e3fd; color: #000091; font-weight: bold; text-align: left; }
td, th { vertical-align: top; }
`;

export interface Converted {
  content: readonly (Paragraph | Table)[];
  /** What docx/html left out or changed, in English as it reports it. A built-in template must have none. */
  warnings: string[];
}

/** Turns the rendered HTML into Word paragraphs and tables, mapped onto the document's styles. */
export function convertHtml(html: string, images?: Readonly<Record<string, HtmlImage>>): Converted {
  const warnings: string[] = [];
  const content = htmlToContent(html, {
    styleMap: STYLE_MAP,
    stylesheet: STYLESHEET,
    images,
    maxImageWidth: 600,
    onWarning: (warning) => warnings.push(`${warning.code}: ${warning.message}`),
  });
  return { content, warnings };
}
