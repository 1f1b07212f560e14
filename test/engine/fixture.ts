import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocumentDefinition } from "../../src/documents/definition.js";
import { buildViewModel } from "../../src/model/index.js";
import type { TrainingProject } from "../../src/schema/index.js";

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

/** A test-only document: its template is `test/engine/fixtures/fixture/document.hbs`. */
export const fixtureDocument: DocumentDefinition = {
  id: "fiche-test",
  title: "Document d'essai",
  template: "fixture",
  templateRoot: fixturesDir,
};

export function fixtureProject(): TrainingProject {
  return JSON.parse(readFileSync(join(fixturesDir, "project.json"), "utf8")) as TrainingProject;
}

export function fixtureViewModel(change?: (p: TrainingProject & Record<string, any>) => void, draft = false) {
  const project = fixtureProject() as TrainingProject & Record<string, any>;
  change?.(project);
  return buildViewModel(project, { draft });
}
