import { ApiError, getJson, postJson } from "./api.js";
import { renderForm, sections } from "./form.js";
import { History } from "./history.js";
import { fieldId, formatPath, getAt, setAt, type Path } from "./paths.js";
import { controlOf, holderOf, itemsOf, SEVERITY, showProblems, summaryText, type Analysis, type Item } from "./problems.js";
import { Schema, type SchemaNode } from "./schema.js";

interface ProjectAnswer {
  file: string;
  data: Record<string, unknown>;
  hash: string;
  outDir: string;
  schema: SchemaNode;
  enumLabels: Record<string, Record<string, string>>;
  documents: { id: string; title: string }[];
}

/** Unsaved edits, kept in the browser until saved (they survive a closed tab or a restarted editor on the same port). */
interface Stored {
  baseHash: string;
  data: Record<string, unknown>;
  at: string;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const ANALYSE_DELAY_MS = 300;

let schema: Schema;
let data: Record<string, unknown> = {};
let baseHash = "";
let dirty = false;
let storageKey = "";
let analysis: Analysis | undefined;
let analyseSeq = 0;
let analyseTimer: number | undefined;
let storeTimer: number | undefined;
let lastAnnounced = "";
const history = new History();

async function init(): Promise<void> {
  const project = await getJson<ProjectAnswer>("api/project");
  schema = new Schema(project.schema, project.enumLabels);
  storageKey = `mentor-docs-edit:${project.outDir}:${project.file}`;
  $("file-name").textContent = project.file;
  document.title = `${project.file} — éditeur mentor-docs`;
  data = project.data;
  baseHash = project.hash;
  const stored = readStored();
  if (stored && JSON.stringify(stored.data) !== JSON.stringify(project.data)) {
    data = stored.data;
    baseHash = stored.baseHash;
    dirty = true;
    showAlert(`Vos modifications non enregistrées du ${new Date(stored.at).toLocaleString("fr-FR")} ont été restaurées.`, [
      { label: "Les abandonner et recharger le fichier", action: () => reload() },
      { label: "Les garder", action: () => clearAlert() },
    ]);
  }
  setupDocuments(project.documents);
  setupToc();
  bindActions();
  draw();
  updateState();
  await analyseNow();
}

// ————— the form —————

function draw(focusPath?: string): void {
  const form = renderForm(schema, data, { change, add, remove, move });
  $("form-host").replaceChildren(form);
  if (analysis) applyAnalysis(analysis, false);
  if (focusPath) focusPathOrParent(focusPath);
}

function change(path: Path, value: unknown): void {
  history.record(data, formatPath(path));
  setAt(data, path, value);
  edited();
}

function add(arrayPath: Path, item: unknown): void {
  history.record(data, `+${formatPath(arrayPath)}`, false);
  const list = getAt(data, arrayPath);
  const items = Array.isArray(list) ? list : [];
  if (!Array.isArray(list)) setAt(data, arrayPath, items);
  items.push(item);
  const itemPath = [...arrayPath, items.length - 1];
  draw();
  const set = document.getElementById(`${fieldId(itemPath)}-item`);
  // The new item's first field to fill: its title (or name, label) when it has one.
  const first = document.getElementById(fieldId([...itemPath, "title"])) ?? set?.querySelector<HTMLElement>("input, select, textarea");
  first?.focus();
  announce("Élément ajouté : remplissez ses champs.");
  edited();
}

function remove(itemPath: Path): void {
  history.record(data, `-${formatPath(itemPath)}`, false);
  setAt(data, itemPath, undefined);
  const arrayPath = itemPath.slice(0, -1);
  draw();
  document.querySelector<HTMLElement>(`button[data-add="${CSS.escape(formatPath(arrayPath))}"]`)?.focus();
  announce("Élément supprimé. « Annuler la dernière modification » le rétablit.");
  edited();
}

function move(itemPath: Path, by: -1 | 1): void {
  const arrayPath = itemPath.slice(0, -1);
  const index = itemPath[itemPath.length - 1] as number;
  const items = getAt(data, arrayPath) as unknown[];
  const target = index + by;
  if (target < 0 || target >= items.length) return;
  history.record(data, `~${formatPath(itemPath)}`, false);
  [items[index], items[target]] = [items[target], items[index]];
  draw();
  const moved = document.getElementById(`${fieldId([...arrayPath, target])}-item`);
  const label = by < 0 ? "Monter" : "Descendre";
  const button = [...(moved?.querySelectorAll<HTMLButtonElement>(".item-tools button") ?? [])].find((b) => b.textContent?.includes(label) && !b.disabled);
  (button ?? moved?.querySelector<HTMLElement>("button"))?.focus();
  announce(`Élément déplacé en position ${target + 1}.`);
  edited();
}

function edited(): void {
  dirty = true;
  updateState();
  window.clearTimeout(storeTimer);
  storeTimer = window.setTimeout(store, 200);
  window.clearTimeout(analyseTimer);
  analyseTimer = window.setTimeout(() => void analyseNow(), ANALYSE_DELAY_MS);
}

function undo(): void {
  const step = history.undo();
  if (!step) return;
  data = step.data;
  draw(step.path.replace(/^[+\-~]/, ""));
  announce("Dernière modification annulée.");
  edited();
}

// ————— findings —————

async function analyseNow(): Promise<void> {
  const seq = ++analyseSeq;
  try {
    const result = await postJson<Analysis>("api/analyse", { data });
    // A slower answer to an older request is dropped.
    if (seq === analyseSeq) applyAnalysis(result, true);
  } catch (error) {
    if (seq === analyseSeq) $("summary-line").textContent = `Vérification impossible : ${(error as Error).message}`;
  }
}

function applyAnalysis(result: Analysis, announceIt: boolean): void {
  analysis = result;
  const form = $("form-host");
  const items = itemsOf(result);
  const holders = showProblems(form, items);
  const line = summaryText(result);
  $("summary-line").textContent = line;
  $("summary-list").replaceChildren(...items.map((item) => summaryEntry(item, holders.get(item))));
  if (announceIt && line !== lastAnnounced) {
    lastAnnounced = line;
    announce(`Vérification : ${line}`);
  }
}

function summaryEntry(item: Item, holder: HTMLElement | undefined): HTMLElement {
  const li = document.createElement("li");
  li.className = item.severity;
  const text = `${SEVERITY[item.severity]}${item.reference ? ` ${item.reference}` : ""} — ${placeOf(holder) || item.path || "projet"} : ${item.message}`;
  if (!holder) {
    li.textContent = text;
    return li;
  }
  const button = document.createElement("button");
  button.type = "button";
  button.className = "goto";
  button.textContent = text;
  button.addEventListener("click", () => focusHolder(holder));
  li.append(button);
  return li;
}

/** Where a field is, in the form's words: « Activité 2 : Étude de cas › Consignes ». */
function placeOf(holder: HTMLElement | undefined): string {
  if (!holder) return "";
  const own = holder.querySelector(":scope > label, :scope > legend, :scope > h2")?.textContent ?? "";
  const item = holder.parentElement?.closest("fieldset.item")?.querySelector(":scope > legend")?.textContent;
  return [item, own.replace(/ \(obligatoire\)$/, "")].filter(Boolean).join(" › ");
}

function focusHolder(holder: HTMLElement): void {
  const control = holder.matches(".field") ? controlOf(holder) : (controlOf(holder) ?? holder);
  holder.scrollIntoView({ block: "center" });
  control?.focus({ preventScroll: true });
}

function focusPathOrParent(path: string): void {
  const holder = holderOf($("form-host"), path);
  if (holder) focusHolder(holder);
}

// ————— save, reload, unsaved edits —————

async function save(): Promise<void> {
  window.clearTimeout(storeTimer);
  store();
  try {
    const result = await postJson<{ hash: string }>("api/save", { data, baseHash });
    baseHash = result.hash;
    dirty = false;
    localStorage.removeItem(storageKey);
    clearAlert();
    updateState("Enregistré.");
    announce("Projet enregistré.");
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      showAlert(`${error.message} Vos modifications restent dans la page.`, [
        { label: "Recharger depuis le disque (mes modifications seront perdues)", action: () => reload() },
        { label: "Garder mes modifications", action: () => clearAlert() },
      ]);
    } else {
      showAlert(`Enregistrement impossible : ${(error as Error).message}`, [{ label: "Fermer", action: () => clearAlert() }]);
    }
  }
}

async function reload(): Promise<void> {
  const project = await getJson<ProjectAnswer>("api/project");
  data = project.data;
  baseHash = project.hash;
  dirty = false;
  localStorage.removeItem(storageKey);
  history.clear();
  clearAlert();
  draw();
  updateState("Rechargé depuis le disque.");
  announce("Projet rechargé depuis le disque.");
  await analyseNow();
}

function askReload(): void {
  if (!dirty) return void reload();
  showAlert("Recharger efface vos modifications non enregistrées.", [
    { label: "Recharger quand même", action: () => reload() },
    { label: "Ne pas recharger", action: () => clearAlert() },
  ]);
}

function store(): void {
  if (!dirty) return;
  try {
    localStorage.setItem(storageKey, JSON.stringify({ baseHash, data, at: new Date().toISOString() } satisfies Stored));
  } catch {
    // Storage full or refused: the edits stay in the page.
  }
}

function readStored(): Stored | undefined {
  try {
    const raw = localStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Stored) : undefined;
  } catch {
    return undefined;
  }
}

function updateState(message?: string): void {
  $("save-state").textContent = dirty ? "Modifications non enregistrées" : (message ?? "Aucune modification");
  $("save-state").classList.toggle("dirty", dirty);
  $<HTMLButtonElement>("undo").disabled = history.size === 0;
}

// ————— documents —————

function setupDocuments(documents: { id: string; title: string }[]): void {
  const choice = $("doc-choice");
  const select = $<HTMLSelectElement>("preview-doc");
  for (const d of documents) {
    const box = document.createElement("div");
    box.className = "choice";
    const input = Object.assign(document.createElement("input"), { type: "checkbox", id: `doc-${d.id}`, value: d.id, checked: true });
    const label = Object.assign(document.createElement("label"), { htmlFor: `doc-${d.id}`, textContent: d.title });
    box.append(input, label);
    choice.append(box);
    select.append(Object.assign(document.createElement("option"), { value: d.id, textContent: d.title }));
  }
}

async function generate(): Promise<void> {
  const out = $("generated");
  const documents = [...document.querySelectorAll<HTMLInputElement>("#doc-choice input:checked")].map((c) => c.value);
  if (documents.length === 0) {
    out.replaceChildren(paragraph("Cochez au moins un document."));
    return;
  }
  const button = $<HTMLButtonElement>("generate");
  button.disabled = true;
  out.replaceChildren(paragraph("Génération en cours…"));
  try {
    const result = await postJson<{ files: { title: string; name: string }[]; warnings: string[] }>("api/generate", {
      data,
      documents,
      draft: $<HTMLInputElement>("draft").checked,
      pdf: $<HTMLInputElement>("pdf").checked,
    });
    const list = document.createElement("ul");
    list.className = "downloads";
    for (const f of result.files) {
      const link = Object.assign(document.createElement("a"), { href: `download/${encodeURIComponent(f.name)}`, textContent: `${f.title} (${f.name})` });
      link.setAttribute("download", f.name);
      const li = document.createElement("li");
      li.append(link);
      list.append(li);
    }
    out.replaceChildren(paragraph(`Documents écrits (${result.files.length}) : à télécharger ci-dessous.`), list);
  } catch (error) {
    const items = error instanceof ApiError && Array.isArray(error.body.items) ? (error.body.items as { path: string; message: string }[]) : [];
    const list = document.createElement("ul");
    list.className = "summary-list";
    for (const item of items.slice(0, 20)) {
      list.append(summaryEntry({ ...item, severity: "error", reference: "" }, holderOf($("form-host"), item.path)));
    }
    out.replaceChildren(paragraph((error as Error).message, "error-text"), list);
  } finally {
    button.disabled = false;
  }
}

async function preview(): Promise<void> {
  const id = $<HTMLSelectElement>("preview-doc").value;
  const title = $<HTMLSelectElement>("preview-doc").selectedOptions[0]?.textContent ?? id;
  try {
    const { html } = await postJson<{ html: string }>("api/preview", { data, document: id });
    const frame = $<HTMLIFrameElement>("preview-frame");
    frame.title = `Aperçu : ${title}`;
    frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${html}</body></html>`;
    $("preview-title").textContent = `Aperçu : ${title}`;
    $<HTMLDialogElement>("preview-dialog").showModal();
  } catch (error) {
    $("generated").replaceChildren(paragraph(`Aperçu impossible : ${(error as Error).message}`, "error-text"));
  }
}

// ————— page —————

function setupToc(): void {
  $("toc").replaceChildren(
    ...sections(schema).map((s) => {
      const li = document.createElement("li");
      li.append(Object.assign(document.createElement("a"), { href: `#${s.id}`, textContent: s.title }));
      return li;
    }),
  );
}

function bindActions(): void {
  $("save").addEventListener("click", () => void save());
  $("undo").addEventListener("click", undo);
  $("reload").addEventListener("click", askReload);
  $("generate").addEventListener("click", () => void generate());
  $("preview").addEventListener("click", () => void preview());
  $("preview-close").addEventListener("click", () => $<HTMLDialogElement>("preview-dialog").close());
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
      e.preventDefault();
      void save();
    }
  });
  window.addEventListener("beforeunload", (e) => {
    if (!dirty) return;
    store();
    e.preventDefault();
  });
}

function showAlert(message: string, actions: { label: string; action: () => void }[]): void {
  const box = $("alert");
  const p = paragraph(message);
  const buttons = actions.map(({ label, action }) => {
    const b = Object.assign(document.createElement("button"), { type: "button", textContent: label });
    b.addEventListener("click", action);
    return b;
  });
  box.replaceChildren(p, ...buttons);
  box.classList.add("shown");
}

function clearAlert(): void {
  $("alert").replaceChildren();
  $("alert").classList.remove("shown");
}

function announce(message: string): void {
  const status = $("status");
  // Emptied first so that the same message twice is announced twice.
  status.textContent = "";
  window.setTimeout(() => (status.textContent = message), 50);
}

function paragraph(text: string, className = ""): HTMLParagraphElement {
  return Object.assign(document.createElement("p"), { textContent: text, className });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

init().catch((error: unknown) => {
  $("form-host").replaceChildren(paragraph(`Le projet n'a pas pu être chargé : ${(error as Error).message}`, "error-text"));
});
