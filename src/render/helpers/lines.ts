import Handlebars from "handlebars";

/** `{{lines text}}`: a multi-line text, escaped, its line breaks kept (`<br>`). */
export function lines(value: unknown): Handlebars.SafeString | string {
  if (value === undefined || value === null) return "";
  const escaped = Handlebars.Utils.escapeExpression(String(value).replace(/\r\n?/g, "\n").trim());
  return new Handlebars.SafeString(escaped.replace(/\n/g, "<br>"));
}
