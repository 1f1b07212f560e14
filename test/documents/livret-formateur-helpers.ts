import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDocument, type DocumentDefinition } from "../../src/documents/definition.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import { buildViewModel, type ViewModel } from "../../src/model/index.js";
import type { TrainingProject } from "../../src/schema/index.js";

/** Shared by the livret du formateur and carnet de bord tests: the examples, rendered. */
export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const examplesDir = join(root, "examples");

export const EXAMPLES = {
  hybride: { file: join(examplesDir, "hybride-management-equipe.yaml"), draft: false },
  autonomie: { file: join(examplesDir, "autonomie-accessibilite-numerique.yaml"), draft: false },
  grand: { file: join(examplesDir, "grand-parcours.json"), draft: false },
  brouillon: { file: join(examplesDir, "drafts", "cahier-des-charges-brouillon.yaml"), draft: true },
} as const;
export type ExampleName = keyof typeof EXAMPLES;

export async function exampleViewModel(name: ExampleName): Promise<ViewModel> {
  const { file, draft } = EXAMPLES[name];
  const { data } = await loadProjectFile(file);
  return buildViewModel(data as TrainingProject, { draft });
}

export interface Rendered {
  vm: ViewModel;
  buffer: Uint8Array;
  warnings: string[];
  html: string;
}

export async function renderExamples(definition: DocumentDefinition, names: readonly ExampleName[]): Promise<Record<string, Rendered>> {
  const out: Record<string, Rendered> = {};
  for (const name of names) {
    const vm = await exampleViewModel(name);
    const { buffer, warnings, html } = await renderDocument(definition, vm, { projectDir: dirname(EXAMPLES[name].file) });
    out[name] = { vm, buffer, warnings, html };
  }
  return out;
}

/** pdftotext output with every kind of space made plain and lines joined, to search it. */
export const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ");
/** The same normalisation for expected values taken from the view model or the example. */
export const norm = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();
