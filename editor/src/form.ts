import { fieldId, formatPath, getAt, type Path } from "./paths.js";
import type { Resolved, Schema } from "./schema.js";

/** What the form asks of the page when the person changes something. */
export interface FormEvents {
  /** A value changed (undefined: the field was emptied). */
  change(path: Path, value: unknown): void;
  /** An item added to, removed from or moved in a list: the form is drawn again. */
  add(arrayPath: Path, item: unknown): void;
  remove(itemPath: Path): void;
  move(itemPath: Path, by: -1 | 1): void;
}

/** Text fields that hold paragraphs rather than a few words. */
const LONG_TEXT = /description|summary|instructions|expected|goal|approach|context|guidance|setup|overview|message|text|object|prerequisites|targetAudience|support|evaluation|registration|credits|recap|synthes|content|scope|acceptance|requirement/i;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
};

/**
 * Draws the project as a form built from the schema: one section per top-level part, fieldsets
 * for objects and list items, a labelled control per value. Every field and fieldset carries
 * `data-path` (the CLI's JSON path) and a problems list tied to its control by aria-describedby.
 */
export function renderForm(schema: Schema, data: Record<string, unknown>, events: FormEvents): HTMLElement {
  const form = el("form", { id: "project-form", novalidate: "", "aria-label": "Projet de formation" });
  form.addEventListener("submit", (e) => e.preventDefault());
  for (const { key, node } of schema.top()) {
    const path: Path = [key];
    const headingId = `h-${key}`;
    const section = el("section", { class: "part", id: `s-${key}`, "aria-labelledby": headingId, "data-path": key });
    section.append(el("h2", { id: headingId }, node.title ?? key));
    if (node.description) section.append(el("p", { class: "help" }, node.description));
    section.append(problemsList(path));
    section.append(...valueControl(schema, node, path, data, events, { bare: true }));
    form.append(section);
  }
  return form;
}

/** Ids of the sections, with their titles, for the page's table of contents. */
export function sections(schema: Schema): { id: string; title: string }[] {
  return schema.top().map(({ key, node }) => ({ id: `s-${key}`, title: node.title ?? key }));
}

function problemsList(path: Path): HTMLElement {
  return el("ul", { class: "problems", id: `p-${fieldId(path).slice(2)}`, hidden: "" });
}

function help(path: Path, node: Resolved): HTMLElement | undefined {
  return node.description ? el("p", { class: "help", id: `d-${fieldId(path).slice(2)}` }, node.description) : undefined;
}

function describedBy(path: Path, node: Resolved): string {
  return node.description ? `d-${fieldId(path).slice(2)}` : "";
}

/** The controls of a value: an object's fields, a list, or one input. */
function valueControl(schema: Schema, node: Resolved, path: Path, data: unknown, events: FormEvents, opts: { bare?: boolean } = {}): HTMLElement[] {
  if (node.type === "object" && node.properties) {
    const fields = Object.keys(node.properties).map((key) => {
      const child = schema.property(node, key);
      const required = node.required?.includes(key) ?? false;
      return field(schema, child, [...path, key], data, events, required);
    });
    return fields;
  }
  if (node.type === "array" && node.items) return [list(schema, node, path, data, events, opts)];
  return [input(schema, node, path, data, events, false)];
}

function field(schema: Schema, node: Resolved, path: Path, data: unknown, events: FormEvents, required: boolean): HTMLElement {
  const title = node.title ?? String(path[path.length - 1]);
  if ((node.type === "object" && node.properties) || node.type === "array") {
    const items = node.type === "array" ? schema.items(node) : undefined;
    // A list of plain strings is one text area (a value per line): drawn as a single field.
    if (!items || items.type === "object" || items.enum) {
      const set = el("fieldset", { class: node.type === "array" ? "list" : "group", "data-path": formatPath(path) });
      set.append(el("legend", {}, title));
      const h = help(path, node);
      if (h) set.append(h);
      set.append(problemsList(path));
      set.append(...valueControl(schema, node, path, data, events));
      return set;
    }
  }
  const wrapper = el("div", { class: "field", "data-path": formatPath(path) });
  const id = fieldId(path);
  const labelText = required ? `${title} (obligatoire)` : title;
  wrapper.append(el("label", { for: id }, labelText));
  wrapper.append(input(schema, node, path, data, events, required));
  const h = help(path, node);
  if (h) wrapper.append(h);
  wrapper.append(problemsList(path));
  return wrapper;
}

/** One control: a select for enums and yes/no, a text area for paragraphs and lists of strings, else a text input. */
function input(schema: Schema, node: Resolved, path: Path, data: unknown, events: FormEvents, required: boolean): HTMLElement {
  const id = fieldId(path);
  const value = getAt(data, path);
  const common: Record<string, string> = { id, "data-path": formatPath(path) };
  const desc = describedBy(path, node);
  if (desc) common["aria-describedby"] = desc;
  if (required) common["aria-required"] = "true";

  if (node.enum || node.type === "boolean") {
    const select = el("select", common);
    const options: [string, string][] = node.enum
      ? node.enum.map((v) => [String(v), schema.enumLabel(node, v)])
      : [
          ["true", "Oui"],
          ["false", "Non"],
        ];
    select.append(el("option", { value: "" }, "— non renseigné —"));
    for (const [v, label] of options) select.append(el("option", { value: v }, label));
    // A value the schema does not know stays (validate says what is wrong with it).
    if (value !== undefined && !options.some(([v]) => v === String(value))) select.append(el("option", { value: String(value) }, String(value)));
    select.value = value === undefined || value === null ? "" : String(value);
    select.addEventListener("change", () => {
      const v = select.value;
      events.change(path, v === "" ? undefined : node.type === "boolean" ? v === "true" : node.type === "number" || node.type === "integer" ? Number(v) : v);
    });
    return select;
  }

  if (node.type === "array") {
    // Strings, one per line.
    const area = el("textarea", { ...common, rows: "3", class: "lines" });
    area.value = Array.isArray(value) ? value.map(String).join("\n") : "";
    area.addEventListener("input", () => {
      const lines = area.value.split("\n").map((l) => l.trim()).filter((l) => l !== "");
      events.change(path, lines.length > 0 ? lines : undefined);
    });
    const hint = `${id}-hint`;
    area.setAttribute("aria-describedby", [hint, desc].filter(Boolean).join(" "));
    const box = el("div", { class: "lines-box" }, area, el("p", { class: "hint", id: hint }, "Une valeur par ligne."));
    return box;
  }

  const numeric = node.type === "number" || node.type === "integer";
  const text = typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
  const long = !numeric && !node.format && !node.pattern && (LONG_TEXT.test(String(path[path.length - 1])) || text.length > 90 || text.includes("\n"));
  const control = long ? el("textarea", { ...common, rows: String(Math.min(8, Math.max(2, Math.ceil(text.length / 90)))) }) : el("input", { ...common, type: "text" });
  if (numeric) control.setAttribute("inputmode", node.type === "integer" ? "numeric" : "decimal");
  control.setAttribute("autocomplete", "off");
  control.setAttribute("spellcheck", numeric || node.format || node.pattern ? "false" : "true");
  control.value = text;
  control.addEventListener("input", () => {
    const raw = control.value;
    if (raw.trim() === "") return events.change(path, undefined);
    // A number that does not parse is kept as typed: validate says what is wrong with it.
    const asNumber = Number(raw.replace(",", "."));
    events.change(path, numeric && raw.trim() !== "" && Number.isFinite(asNumber) ? asNumber : raw);
  });
  return control;
}

/** A list: its items (each with move up, move down, remove), then an add button. Enums: checkboxes. */
function list(schema: Schema, node: Resolved, path: Path, data: unknown, events: FormEvents, _opts: { bare?: boolean }): HTMLElement {
  const itemSchema = schema.items(node);
  const value = getAt(data, path);
  const items = Array.isArray(value) ? value : [];
  if (itemSchema.enum) {
    const box = el("div", { class: "choices" });
    for (const option of itemSchema.enum) {
      const id = `${fieldId(path)}-${String(option).replace(/[^A-Za-z0-9_-]+/g, "-")}`;
      const check = el("input", { type: "checkbox", id, value: String(option) });
      check.checked = items.includes(option);
      check.addEventListener("change", () => {
        const checked = [...box.querySelectorAll<HTMLInputElement>("input:checked")].map((c) => c.value);
        events.change(path, checked.length > 0 ? itemSchema.enum!.filter((o) => checked.includes(String(o))) : undefined);
      });
      box.append(el("div", { class: "choice" }, check, el("label", { for: id }, schema.enumLabel(itemSchema, option))));
    }
    return box;
  }
  if (itemSchema.type !== "object") {
    // Not reached: lists of strings are a text area (see `field`); kept for the top level.
    return input(schema, node, path, data, events, false);
  }
  const itemTitle = itemSchema.title ?? "Élément";
  const box = el("div", { class: "items" });
  const ol = el("ol", { class: "item-list" });
  items.forEach((item, i) => {
    const itemPath = [...path, i];
    const name = describeItem(itemTitle, i, item);
    const set = el("fieldset", { class: "item", "data-path": formatPath(itemPath), id: `${fieldId(itemPath)}-item` });
    set.append(el("legend", {}, name));
    const tools = el("div", { class: "item-tools" });
    const button = (label: string, aria: string, action: () => void, disabled = false) => {
      const b = el("button", { type: "button", class: "small", "aria-label": `${aria} : ${name}` }, label);
      if (disabled) b.setAttribute("disabled", "");
      b.addEventListener("click", action);
      tools.append(b);
    };
    button("↑ Monter", "Monter", () => events.move(itemPath, -1), i === 0);
    button("↓ Descendre", "Descendre", () => events.move(itemPath, 1), i === items.length - 1);
    button("Supprimer", "Supprimer", () => events.remove(itemPath));
    set.append(tools, problemsList(itemPath));
    set.append(...valueControl(schema, itemSchema, itemPath, data, events));
    ol.append(el("li", {}, set));
  });
  box.append(ol);
  const add = el("button", { type: "button", class: "add", "data-add": formatPath(path) }, `Ajouter : ${itemTitle.toLowerCase()}`);
  add.addEventListener("click", () => events.add(path, newItem(itemSchema, itemTitle, data)));
  box.append(add);
  return box;
}

function describeItem(title: string, index: number, item: unknown): string {
  const o = (item ?? {}) as Record<string, unknown>;
  const name = o.title ?? o.label ?? o.name ?? o.id;
  return `${title} ${index + 1}${typeof name === "string" && name ? ` : ${name}` : ""}`;
}

/** A new item: an unused id when the schema requires one, the rest left for the person. */
function newItem(itemSchema: Resolved, title: string, data: unknown): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  if (itemSchema.required?.includes("id")) {
    const base = title
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "element";
    const used = new Set<string>();
    collectIds(data, used);
    let n = 1;
    while (used.has(`${base}-${n}`)) n++;
    item.id = `${base}-${n}`;
  }
  return item;
}

function collectIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collectIds(v, into);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "id" && typeof v === "string") into.add(v);
      else collectIds(v, into);
    }
  }
}
