/** Locations in the project's data, written as the CLI writes them: `units[0].activities[1].title`. */
export type Segment = string | number;
export type Path = readonly Segment[];

export function formatPath(path: Path): string {
  let out = "";
  for (const s of path) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** The display path of the parent: `units[0].title` → `units[0]` → `units` → ``. */
export function parentPath(path: string): string | undefined {
  if (path === "") return undefined;
  return path.replace(/(?:\.?[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/, "");
}

/** An id usable in the page for the field at `path`. */
export function fieldId(path: Path): string {
  return `f-${formatPath(path).replace(/[^A-Za-z0-9_-]+/g, "-")}`;
}

type Container = Record<string, unknown> | unknown[];

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const s of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[s as string];
  }
  return node;
}

/**
 * Sets the value at `path`, creating the objects on the way; `undefined` removes the key, and
 * objects left empty by a removal go too (an emptied « tender.buyer » is no longer written).
 */
export function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  const parents: Container[] = [root];
  let node: Container = root;
  for (const [i, s] of path.slice(0, -1).entries()) {
    const next = (node as Record<string, unknown>)[s as string];
    if (next === null || typeof next !== "object") {
      const created = typeof path[i + 1] === "number" ? [] : {};
      (node as Record<string, unknown>)[s as string] = created;
      node = created;
    } else node = next as Container;
    parents.push(node);
  }
  const last = path[path.length - 1]!;
  if (value !== undefined) {
    (node as Record<string, unknown>)[last as string] = value;
    return;
  }
  if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
  else delete (node as Record<string, unknown>)[last as string];
  // Prune the objects the removal emptied, up to the root (array items stay: they are shown).
  for (let i = path.length - 1; i > 0; i--) {
    const child = parents[i]!;
    const parent = parents[i - 1]!;
    if (Array.isArray(child) || Array.isArray(parent) || Object.keys(child).length > 0) break;
    delete (parent as Record<string, unknown>)[path[i - 1] as string];
  }
}
