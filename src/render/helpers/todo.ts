import Handlebars from "handlebars";

/**
 * The contract between `check` and the templates: a template prints « À COMPLÉTER » only where the
 * data is required by a guide rule that reports an error when it is missing (so `generate` refuses
 * to write without `--draft`). Each marker names that rule: `{{todo value "la durée" "ACT-2"}}`.
 * Data no rule requires is printed with `{{#if}}`, never with a marker. test/documents/markers
 * walks every marker of every built-in template and proves the pairing.
 */
const RULE_ID = /^[A-Z]{3}-\d+$/;

/** The text of a marker: « À COMPLÉTER : la durée (ACT-2) » — the rule ID is for the draft's author. */
export function markerText(what: string, rule: string | undefined): string {
  return `À COMPLÉTER : ${what}${rule ? ` (${rule})` : ""}`;
}

/** The marker printed where data is missing: highlighted by the `.todo` style. */
export function todoMarker(what: string, rule?: string): Handlebars.SafeString {
  return new Handlebars.SafeString(`<span class="todo">${Handlebars.Utils.escapeExpression(markerText(what, rule))}</span>`);
}

/** Whether a value counts as given: not absent, not blank, not an empty list. */
export function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Splits `(…args, options)`: the optional rule ID, then Handlebars' options. */
function ruleAndOptions(rest: unknown[]): { rule: string | undefined; options: Handlebars.HelperOptions | undefined } {
  const options = rest[rest.length - 1] as Handlebars.HelperOptions | undefined;
  const rule = rest.length > 1 ? rest[0] : undefined;
  if (rule !== undefined && (typeof rule !== "string" || !RULE_ID.test(rule))) {
    throw new Error(`todo : « ${String(rule)} » n'est pas l'identifiant d'une exigence du guide (par exemple "ACT-2")`);
  }
  return { rule: rule as string | undefined, options };
}

/**
 * `{{todo course.prerequisites "les prérequis" "ENT-1"}}` prints the value, or « À COMPLÉTER : les
 * prérequis (ENT-1) » when it is missing. As a block, `{{#todo course.objectives "les objectifs"
 * "ENT-1"}}…{{/todo}}` renders the block with the value as context, or the marker. (The rule ID may
 * be left out in a user's own templates.)
 */
export function todo(this: unknown, value: unknown, what: unknown, ...rest: unknown[]): unknown {
  const { rule, options } = ruleAndOptions(rest);
  if (options === undefined || typeof what !== "string") {
    throw new Error("todo attend une valeur et la description de ce qui manque, entre guillemets : {{todo valeur \"la durée\" \"ACT-2\"}}");
  }
  if (options.fn) return isGiven(value) ? options.fn(value) : todoMarker(what, rule);
  if (!isGiven(value)) return todoMarker(what, rule);
  if (typeof value === "boolean") return value ? "Oui" : "Non";
  if (typeof value === "object") {
    throw new Error(`todo affiche un texte ou un nombre ; pour « ${what} », utilisez la forme bloc {{#todo …}}…{{/todo}}`);
  }
  return value;
}

/**
 * `<p class="todo">{{missing "les contacts" "ACC-1"}}</p>`: the text of a marker for a whole
 * paragraph, where the template has already found the data missing.
 */
export function missing(what: unknown, ...rest: unknown[]): string {
  const { rule } = ruleAndOptions(rest);
  if (typeof what !== "string") throw new Error("missing attend la description de ce qui manque, entre guillemets : {{missing \"les contacts\" \"ACC-1\"}}");
  return markerText(what, rule);
}
