import type { ViewModel } from "../model/index.js";

/**
 * One document mentor-docs produces: what it is called, where its templates are, how it is framed.
 * A document module (`src/documents/<id>.ts`) exports one and adds it to `registry.ts`; its wording
 * lives in `templates/<template>/document.hbs` (+ partials), its logic in the view model.
 */
export interface DocumentDefinition {
  /** Stable id, also the end of the file name: `cahier-des-charges` → `<course>-cahier-des-charges.docx`. */
  id: string;
  /** French name of the kind of document, shown on the cover under the course title and in headers. */
  title: string;
  /** Folder of its templates under `templates/` (usually the id). */
  template: string;
  /** Another folder holding `template` (test fixtures); built-in `templates/` otherwise. */
  templateRoot?: string;
  /** Frame options; defaults: table of contents on, portrait. */
  frame?: {
    /** False: no cover page; the content starts on the first page, under the logo (one-page documents such as the attestation). */
    cover?: boolean;
    toc?: boolean;
    /** Heading of the table of contents (« Sommaire »). */
    tocTitle?: string;
    orientation?: "portrait" | "landscape";
    /** Cover title; default: the course title. */
    coverTitle?: (vm: ViewModel) => string;
    /** Left part of every page's footer; default: the course producer (`course.organisation`). */
    footer?: (vm: ViewModel) => string | undefined;
    /** Lines under the subtitle on the cover; default: version and date. */
    coverLines?: (vm: ViewModel) => string[];
  };
  /** Document properties: subject and description; default from the title and the course's catchphrase. */
  properties?: (vm: ViewModel) => { subject?: string; description?: string; keywords?: string[] };
}

export { renderDocument, writeDocument, type RenderOptions, type RenderedDocument } from "../docx/render-document.js";
