import Handlebars from "handlebars";

/**
 * `{{breakable url}}`: an address (URL, host name, e-mail), escaped, with a line-break opportunity
 * (a zero-width space, U+200B) after each « . », « / », « @ » and « - » that has more of
 * the address after it. In a narrow table column the address then wraps between its parts instead
 * of being cut anywhere (« www.legifrance.gouv.f / r »). A character, not `<wbr>`: the address stays one
 * token to the typography, which leaves addresses alone.
 */
export function breakable(value: unknown): Handlebars.SafeString | string {
  if (value === undefined || value === null) return "";
  const escaped = Handlebars.Utils.escapeExpression(String(value));
  return new Handlebars.SafeString(escaped.replace(/([./@-])(?=[^\s./@-])/g, "$1\u200b"));
}
