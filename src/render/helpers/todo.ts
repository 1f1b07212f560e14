import Handlebars from "handlebars";

/** The marker printed where data is missing: highlighted by the `.todo` style (« À COMPLÉTER : … »). */
export function todoMarker(what: string): Handlebars.SafeString {
  return new Handlebars.SafeString(`<span class="todo">À COMPLÉTER : ${Handlebars.Utils.escapeExpression(what)}</span>`);
}

/** Whether a value counts as given: not absent, not blank, not an empty list. */
export function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * `{{todo course.goal "la problématique"}}` prints the value, or « À COMPLÉTER : la problématique »
 * when it is missing. As a block, `{{#todo course.objectives "les objectifs"}}…{{/todo}}` renders the
 * block with the value as context, or the marker.
 */
export function todo(this: unknown, value: unknown, what: unknown, options?: Handlebars.HelperOptions): unknown {
  if (options === undefined || typeof what !== "string") {
    throw new Error("todo attend une valeur et la description de ce qui manque, entre guillemets : {{todo valeur \"la durée\"}}");
  }
  if (options.fn) return isGiven(value) ? options.fn(value) : todoMarker(what);
  if (!isGiven(value)) return todoMarker(what);
  if (typeof value === "boolean") return value ? "Oui" : "Non";
  if (typeof value === "object") {
    throw new Error(`todo affiche un texte ou un nombre ; pour « ${what} », utilisez la forme bloc {{#todo …}}…{{/todo}}`);
  }
  return value;
}
