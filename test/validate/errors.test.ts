/**
 * Each category of input error gives a French message, the display path of the element, its line
 * and column in the file, a stable code and the right exit code. The broken files are small
 * fixtures in test/fixtures/invalid/, so the expected positions can be checked by eye.
 */
import { describe, expect, it } from "vitest";
import { runValidate } from "../../src/cli/commands/validate.js";
import type { Output } from "../../src/cli/output.js";
import { ExitCode, UserError, type Problem } from "../../src/common/errors.js";
import { loadProjectFile } from "../../src/load/load-project.js";
import { validateProject } from "../../src/validate/index.js";

const fixture = (name: string) => `test/fixtures/invalid/${name}`;

/** An Output that keeps what a command prints. */
function capture(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, isTTY: false, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t) };
}

async function problemsOf(name: string): Promise<Problem[]> {
  const result = validateProject(await loadProjectFile(fixture(name)));
  expect(result.valid).toBe(false);
  return result.problems;
}

/** The exit code `validate` gives, whether it returns it or throws a UserError. */
async function exitCodeOf(file: string): Promise<number> {
  try {
    return await runValidate({ project: file, format: "text" }, capture());
  } catch (error) {
    if (error instanceof UserError) return error.exitCode;
    throw error;
  }
}

const MODALITIES =
  "hybrid (Hybride), online-tutored (100 % en ligne tutorée), webinar (Webinaire), virtual-classroom (Classe virtuelle), " +
  "online-self-paced (100 % en ligne en autonomie), enhanced-on-site (Présentiel enrichi), professional-community (Communauté de développement professionnel)";

describe("validate: schema errors, located and in French", () => {
  it.each<[string, string, Omit<Problem, "file">]>([
    [
      "wrong type",
      "wrong-type.yaml",
      {
        line: 3,
        column: 15,
        path: "course.certifying",
        message: "type incorrect : attendu vrai ou faux (true / false), reçu le texte « oui »",
        code: "schema.type",
      },
    ],
    [
      "bad enum lists the allowed values and the closest one (MOD-1)",
      "bad-enum.yaml",
      {
        line: 4,
        column: 7,
        path: "course.modalities[0]",
        message: `valeur non admise « hybride » ; valeurs possibles : ${MODALITIES} ; vouliez-vous dire « hybrid » ?`,
        code: "schema.enum",
      },
    ],
    [
      "unknown key suggests the closest key",
      "unknown-key.yaml",
      {
        line: 3,
        column: 3,
        path: "course.objectifs",
        message: "clé inconnue « objectifs » ; vouliez-vous dire « objectives » (Objectifs pédagogiques) ?",
        code: "schema.unknown-key",
      },
    ],
    [
      "missing required course.title (FIC-1)",
      "missing-title.yaml",
      {
        line: 2,
        column: 3,
        path: "course.title",
        message: "champ obligatoire manquant : « title » (Libellé de la formation) : attendu un texte",
        code: "schema.required",
      },
    ],
    [
      "bad duration (ACT-2)",
      "bad-duration.yaml",
      {
        line: 13,
        column: 19,
        path: "units[0].activities[0].duration",
        message: "durée invalide « 1h70 » : attendu « 1h30 », « 45 min » ou « PT1H30M »",
        code: "schema.duration",
      },
    ],
    [
      "bad date (FIC-2)",
      "bad-date.yaml",
      {
        line: 4,
        column: 14,
        path: "session.startDate",
        message: "date invalide « 09/03/2026 » : attendu AAAA-MM-JJ, par exemple « 2026-03-09 »",
        code: "schema.date",
      },
    ],
  ])("%s", async (_name, file, expected) => {
    const problems = await problemsOf(file);
    expect(problems).toEqual([{ file: fixture(file), ...expected }]);
    expect(await exitCodeOf(fixture(file))).toBe(ExitCode.invalid);
  });
});

describe("validate: cross-references and dates", () => {
  it("an impossible calendar date (30 February) is refused, located (FIC-2)", async () => {
    const { parseProjectText } = await import("../../src/load/load-project.js");
    const loaded = parseProjectText('course:\n  title: T\nsession:\n  startDate: "2026-02-30"\n', "fevrier.yaml");
    expect(validateProject(loaded).problems).toEqual([
      {
        file: "fevrier.yaml",
        line: 4,
        column: 14,
        path: "session.startDate",
        message: "date invalide « 2026-02-30 » : attendu AAAA-MM-JJ, par exemple « 2026-03-09 »",
        code: "schema.date",
      },
    ]);
  });

  it("dangling references of a unit objective (UNI-1), an activity objective (ACT-2) and the evaluation questionnaire (CON-1)", async () => {
    const problems = await problemsOf("dangling-references.yaml");
    expect(problems).toEqual([
      {
        file: fixture("dangling-references.yaml"),
        line: 11,
        column: 31,
        path: "units[0].objectives[1]",
        message: "référence inconnue : aucun objectif ne porte l'identifiant « obj-evacuatoin » ; vouliez-vous dire « obj-evacuation » ?",
        code: "ref.dangling",
      },
      {
        file: fixture("dangling-references.yaml"),
        line: 15,
        column: 22,
        path: "units[0].activities[0].objectives[0]",
        message: "référence inconnue : aucun objectif ne porte l'identifiant « obj-risque » ; vouliez-vous dire « obj-risques » ?",
        code: "ref.dangling",
      },
      {
        file: fixture("dangling-references.yaml"),
        line: 20,
        column: 28,
        path: "conclusion.evaluationQuestionnaire",
        message: "référence inconnue : aucune activité ne porte l'identifiant « a-questionaire » ; vouliez-vous dire « a-questionnaire » ?",
        code: "ref.dangling",
      },
    ]);
    expect(await exitCodeOf(fixture("dangling-references.yaml"))).toBe(ExitCode.invalid);
  });

  it("a reference to an element of the wrong kind says what it designates", async () => {
    const { parseProjectText } = await import("../../src/load/load-project.js");
    const loaded = parseProjectText(
      "course:\n  title: T\n  objectives:\n    - id: o1\n      label: L\nunits:\n  - id: u1\n    title: U\n    objectives: [u1]\n",
      "kind.yaml",
    );
    const result = validateProject(loaded);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 9, column: 18, path: "units[0].objectives[0]", message: "référence inconnue : « u1 » désigne une unité, pas un objectif ; vouliez-vous dire « o1 » ?" }),
    ]);
  });

  it("duplicate id names the line of the first use", async () => {
    const problems = await problemsOf("duplicate-id.yaml");
    expect(problems).toEqual([
      {
        file: fixture("duplicate-id.yaml"),
        line: 12,
        column: 13,
        path: "units[0].activities[1].id",
        message: "identifiant en double « a1 » : déjà utilisé ligne 10 (activité)",
        code: "ref.duplicate-id",
      },
    ]);
  });

  it("an end date before the start date (FIC-2)", async () => {
    const problems = await problemsOf("end-before-start.yaml");
    expect(problems).toEqual([
      {
        file: fixture("end-before-start.yaml"),
        line: 5,
        column: 12,
        path: "session.endDate",
        message: "la date de fin (2026-03-09) précède la date de début (2026-04-17)",
        code: "date.order",
      },
    ]);
    expect(await exitCodeOf(fixture("end-before-start.yaml"))).toBe(ExitCode.invalid);
  });
});

describe("validate: syntax errors (exit 2), located at the error", () => {
  it.each([
    ["JSON: a stray token", "syntax-error.json", 4, 19, "JSON invalide : caractère inattendu « t »", "syntax.json"],
    ["JSON: a trailing comma", "trailing-comma.json", 4, 3, "JSON invalide : caractère inattendu « } »", "syntax.json"],
    [
      "YAML: « : » in unquoted French text",
      "syntax-error.yaml",
      5,
      12,
      "deux-points suivi d'une espace (« : ») dans un texte sans guillemets : mettez ce texte entre guillemets, par exemple « title: \"Exercice : rédiger une note\" »",
      "syntax.yaml",
    ],
  ])("%s", async (_name, file, line, column, message, code) => {
    const error = await loadProjectFile(fixture(file)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    const userError = error as UserError;
    expect(userError.exitCode).toBe(ExitCode.usage);
    expect(userError.message).toBe(`${fixture(file)}:${line}:${column}  ${message}`);
    expect(userError.problems).toEqual([{ file: fixture(file), line, column, path: "", message, code }]);
    expect(await exitCodeOf(fixture(file))).toBe(ExitCode.usage);
  });
});

describe("validate --format json", () => {
  it("prints a JSON array of the same problems as the text output", async () => {
    const file = fixture("dangling-references.yaml");
    const json = capture();
    expect(await runValidate({ project: file, format: "json" }, json)).toBe(ExitCode.invalid);
    const printed = JSON.parse(json.stdout.join("\n")) as Problem[];
    expect(printed).toEqual(await problemsOf("dangling-references.yaml"));
    const text = capture();
    await runValidate({ project: file, format: "text" }, text);
    expect(text.stderr.slice(0, -1)).toEqual(printed.map((p) => `${p.file}:${p.line}:${p.column}  ${p.path}  ${p.message}`));
    expect(text.stderr.at(-1)).toBe(`${file} : 3 problèmes.`);
  });

  it("prints an empty array for a valid project", async () => {
    const out = capture();
    expect(await runValidate({ project: "examples/autonomie-accessibilite-numerique.yaml", format: "json" }, out)).toBe(ExitCode.ok);
    expect(JSON.parse(out.stdout.join("\n"))).toEqual([]);
  });
});

describe("validate: schema errors and cross-references together", () => {
  it("a file with both kinds reports both, in file order, so it is fixed in one go", async () => {
    const problems = await problemsOf("schema-and-references.yaml");
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path} ${p.code}`)).toEqual([
      "4:14 session.startDate schema.date",
      "12:13 units[0].activities[1].id ref.duplicate-id",
      "14:19 units[0].activities[1].duration schema.duration",
      "15:22 units[0].activities[1].objectives[0] ref.dangling",
    ]);
  });

  it("no cross-reference message where the schema already refused the value, nor on data far from a project's shape", async () => {
    const { parseProjectText } = await import("../../src/load/load-project.js");
    const wrongId = validateProject(
      parseProjectText("course:\n  title: T\nunits:\n  - id: 5\n    title: U\n    objectives: [x]\n", "ids.yaml"),
    );
    expect(wrongId.problems.map((p) => p.path)).toEqual(["units[0].id", "units[0].objectives[0]"]);
    expect(wrongId.problems[0]!.code).toMatch(/^schema\./);
    const shapeless = validateProject(parseProjectText("course: 3\nunits: {a: 1}\n", "shapeless.yaml"));
    expect(shapeless.problems.every((p) => p.code.startsWith("schema."))).toBe(true);
  });
});

