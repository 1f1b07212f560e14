import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableOfContents,
  TabStopType,
  TextRun,
  type Table,
} from "docx";
import { frenchTypography } from "../render/typography.js";
import { STYLE_IDS, documentStyles } from "./styles.js";

/** What the frame of a document shows around its content. */
export interface FrameOptions {
  /** Document title: the cover's title and the title property (e.g. the course title). */
  title: string;
  /** The kind of document, shown under the title (e.g. « Cahier des charges »). */
  subtitle: string;
  /** Organisation on the cover and in the footer. */
  organisation?: string;
  /** Left part of the footer, when it is not the organisation (a tender names its buyer and reference). */
  footerText?: string;
  /** Lines under the subtitle, e.g. `Version 1.2`, `lundi 9 mars 2026`. */
  coverLines: string[];
  /** The logo, already read; PNG or JPEG. */
  logo?: { data: Uint8Array; type: "png" | "jpg"; width: number; height: number; alt: string };
  /** False: no cover page; the logo, if any, heads the first page of the content (one-page documents). */
  cover?: boolean;
  /**
   * A table of contents: a real TOC field listing every heading (levels 1 to 3) as a link to it,
   * written without page numbers (no estimate: an estimate is wrong as soon as the reader's fonts
   * or layout differ) and marked for update, so Word computes exact numbers when it opens the
   * file. `--pdf` has LibreOffice compute them and writes them back (see pdf/libreoffice.ts).
   */
  toc: boolean;
  /** Table of contents heading (default « Sommaire »). */
  tocTitle?: string;
  orientation: "portrait" | "landscape";
  /** Core properties. */
  properties: { subject: string; creator: string; keywords: string; description: string };
}

const CM = 567; // twips per centimetre

/** Builds the Word document: cover, table of contents, headers and footers, styles, A4 page. */
export function buildDocument(frame: FrameOptions, content: readonly (Paragraph | Table)[]): Document {
  const text = (s: string) => frenchTypography(s);
  const cover: Paragraph[] = [];
  const withCover = frame.cover !== false;
  const vertical = (withCover ? 2.2 : 1.5) * CM;
  if (frame.logo) {
    cover.push(
      new Paragraph({
        spacing: { after: withCover ? 480 : 120 },
        alignment: withCover ? undefined : AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: frame.logo.type,
            data: frame.logo.data,
            // Smaller atop a one-page document (the attestation), which has no room to spare.
            transformation: withCover ? fitWithin(frame.logo.width, frame.logo.height, 160, 120) : fitWithin(frame.logo.width, frame.logo.height, 120, 60),
            altText: { name: "Logo", title: text(frame.logo.alt), description: text(frame.logo.alt) },
          }),
        ],
      }),
    );
  }
  if (withCover && frame.organisation) cover.push(new Paragraph({ style: STYLE_IDS.coverInfo, spacing: { before: frame.logo ? 0 : 1200, after: 1200 }, children: [new TextRun({ text: text(frame.organisation), bold: true })] }));
  if (withCover) {
    cover.push(new Paragraph({ style: "Title", text: text(frame.title) }));
    cover.push(new Paragraph({ style: STYLE_IDS.coverSubtitle, text: text(frame.subtitle) }));
    for (const line of frame.coverLines) cover.push(new Paragraph({ style: STYLE_IDS.coverInfo, text: text(line) }));
  }

  const toc = frame.toc
    ? [
        new Paragraph({ style: STYLE_IDS.tocHeading, pageBreakBefore: withCover, text: text(frame.tocTitle ?? "Sommaire") }),
        new TableOfContents(frame.tocTitle ?? "Sommaire", { hyperlink: true, headingStyleRange: "1-3" }),
      ]
    : [];

  const landscape = frame.orientation === "landscape";
  const headerText = [frame.subtitle, frame.title].join(" – ");
  return new Document({
    title: text(frame.title),
    subject: text(frame.properties.subject),
    creator: frame.properties.creator,
    keywords: frame.properties.keywords,
    description: text(frame.properties.description),
    lastModifiedBy: frame.properties.creator,
    revision: 1,
    styles: documentStyles(),
    // `w:updateFields`: Word updates the table of contents (its page numbers) when it opens the file.
    features: frame.toc ? { updateFields: true } : undefined,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 21 * CM, height: 29.7 * CM, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            // A document without cover is meant to hold on one page (the attestation): 1.5 cm above and
            // below instead of 2.2 (its first page has neither header nor footer text).
            margin: { top: vertical, bottom: vertical, left: 2.2 * CM, right: 2.2 * CM, header: 1 * CM, footer: 1 * CM },
          },
        },
        // Without cover (a one-page document, the attestation), no page shows a header or footer: every
        // attestation of a merged document looks the same, not the first one alone.
        headers: {
          default: withCover
            ? new Header({ children: [new Paragraph({ style: "Header", children: [new TextRun(text(headerText))] })] })
            : new Header({ children: [new Paragraph({ style: "Header" })] }),
          first: new Header({ children: [new Paragraph({ style: "Header" })] }),
        },
        footers: {
          default: withCover
            ? new Footer({
                children: [
                  new Paragraph({
                    style: "Footer",
                    tabStops: [{ type: TabStopType.RIGHT, position: (landscape ? 29.7 : 21) * CM - 4.4 * CM }],
                    children: [
                      new TextRun(text(frame.footerText ?? frame.organisation ?? "")),
                      new TextRun({ children: ["\t", "Page ", PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES] }),
                    ],
                  }),
                ],
              })
            : new Footer({ children: [new Paragraph({ style: "Footer", alignment: AlignmentType.LEFT })] }),
          first: new Footer({ children: [new Paragraph({ style: "Footer", alignment: AlignmentType.LEFT })] }),
        },
        // The content's HTML starts with a page break (see renderDocument).
        children: [...cover, ...toc, ...content],
      },
    ],
  });
}

function fitWithin(width: number, height: number, maxWidth: number, maxHeight: number) {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
