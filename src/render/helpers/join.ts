import Handlebars from "handlebars";

/** `{{join list ", "}}`: the items of a list of texts, joined; `{{join list "et"}}` → `a, b et c`. */
export function join(list: unknown, separator: unknown): string {
  if (!Array.isArray(list)) return "";
  const items = list.filter((x) => x !== undefined && x !== null && String(x).trim() !== "").map(String);
  if (separator === "et" || separator === "ou") {
    if (items.length <= 1) return items.join("");
    return `${items.slice(0, -1).join(", ")} ${separator} ${items[items.length - 1]}`;
  }
  return items.join(typeof separator === "string" ? separator : ", ");
}
export type { Handlebars };
