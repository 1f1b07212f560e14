import Handlebars from "handlebars";

/** `{{pageBreak}}`: the next block starts a new page. */
export function pageBreak(): Handlebars.SafeString {
  return new Handlebars.SafeString('<div style="page-break-before: always"></div>');
}
