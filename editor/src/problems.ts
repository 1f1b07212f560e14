import { parentPath } from "./paths.js";

/** A validate problem or a check finding, as the server sends them. */
export interface Item {
  path: string;
  message: string;
  severity: "error" | "warning" | "info";
  /** `ACT-2 (D.3)` for a finding; empty for a validate problem. */
  reference: string;
}

export type Analysis =
  | { valid: false; problems: { path: string; message: string; code: string }[] }
  | {
      valid: true;
      findings: { path: string; message: string; severity: "error" | "warning" | "info"; requirement: string; section: string }[];
      summary: { errors: number; warnings: number; infos: number; satisfied: number; total: number };
    };

export const SEVERITY: Record<Item["severity"], string> = { error: "Erreur", warning: "Avertissement", info: "Information" };

export function itemsOf(analysis: Analysis): Item[] {
  return analysis.valid
    ? analysis.findings.map((f) => ({ path: f.path, message: f.message, severity: f.severity, reference: `${f.requirement} (${f.section})` }))
    : analysis.problems.map((p) => ({ path: p.path, message: p.message, severity: "error" as const, reference: "" }));
}

/** « 33/37 exigences satisfaites — 2 erreurs, 1 avertissement », or the count of data problems. */
export function summaryText(analysis: Analysis): string {
  if (!analysis.valid) {
    const n = analysis.problems.length;
    return `${n} problème${n > 1 ? "s" : ""} dans les données : le guide sera vérifié une fois ${n > 1 ? "corrigés" : "corrigé"}.`;
  }
  const s = analysis.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;
  return `${s.satisfied}/${s.total} exigences satisfaites — ${plural(s.errors, "erreur")}, ${plural(s.warnings, "avertissement")}, ${plural(s.infos, "information")}.`;
}

/** The element (field or fieldset) that shows the problems of `path`: the nearest one drawn. */
export function holderOf(form: HTMLElement, path: string): HTMLElement | undefined {
  for (let p: string | undefined = path; p !== undefined; p = parentPath(p)) {
    const found = form.querySelector<HTMLElement>(`.field[data-path="${CSS.escape(p)}"], fieldset[data-path="${CSS.escape(p)}"], section[data-path="${CSS.escape(p)}"]`);
    if (found) return found;
  }
  return undefined;
}

/** The control to focus for a holder: its own input, or the first control inside a fieldset. */
export function controlOf(holder: HTMLElement): HTMLElement | undefined {
  return holder.querySelector<HTMLElement>("input, select, textarea, button:not([disabled])") ?? undefined;
}

/**
 * Writes each item beside its field: in the problems list of the nearest drawn field, which the
 * field's control names in aria-describedby, with aria-invalid on errors. Returns the items that
 * found no field (shown in the summary only).
 */
export function showProblems(form: HTMLElement, items: Item[]): Map<Item, HTMLElement | undefined> {
  for (const list of form.querySelectorAll<HTMLElement>("ul.problems")) {
    list.replaceChildren();
    list.hidden = true;
  }
  for (const control of form.querySelectorAll<HTMLElement>("[aria-invalid]")) control.removeAttribute("aria-invalid");
  for (const control of form.querySelectorAll<HTMLElement>("[data-problems]")) {
    const ids = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && id !== control.dataset.problems);
    if (ids.length > 0) control.setAttribute("aria-describedby", ids.join(" "));
    else control.removeAttribute("aria-describedby");
    delete control.dataset.problems;
  }
  const holders = new Map<Item, HTMLElement | undefined>();
  for (const item of items) {
    const holder = holderOf(form, item.path);
    holders.set(item, holder);
    if (!holder) continue;
    const list = holder.querySelector<HTMLElement>(":scope > ul.problems");
    if (!list) continue;
    const li = document.createElement("li");
    li.className = item.severity;
    li.textContent = `${SEVERITY[item.severity]}${item.reference ? ` ${item.reference}` : ""} : ${item.message}`;
    list.append(li);
    list.hidden = false;
    // A field's control, or the fieldset itself, names the list in its description.
    const isField = holder.matches(".field");
    const described = isField ? controlOf(holder) : holder;
    if (described) {
      if (!described.dataset.problems) {
        described.dataset.problems = list.id;
        described.setAttribute("aria-describedby", [described.getAttribute("aria-describedby"), list.id].filter(Boolean).join(" "));
      }
      if (isField && item.severity === "error") described.setAttribute("aria-invalid", "true");
    }
  }
  return holders;
}
