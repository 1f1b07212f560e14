/**
 * The skeleton `mentor-docs init` writes: every field the guide needs, each with a French comment
 * drawn from the schema (title and description) and an example. What only a person can decide is
 * left blank (`""`, `[]`, `{}`, or a key left in a comment when its form forbids a blank), so that
 * `check` on the skeleton lists exactly those decisions; the rest has the guide's usual choice.
 */
import { stringify } from "yaml";
import type { PathSegment } from "../common/json-path.js";
import { schemaNodeAt } from "../validate/schema-walk.js";

export interface SkeletonAnswers {
  title: string;
  /** Values of `course.modalities` (`hybrid`, `online-self-paced`…). */
  modalities: string[];
  /** ISO dates. */
  start?: string;
  end?: string;
  /** With a `tender` part (a consultation). */
  tender: boolean;
  /** The `$schema` reference for the editors' first line. */
  schemaRef: string;
}

type Scalar = string | number | boolean;
/** One key of the skeleton. */
type Field =
  | { key: string; value: Scalar | Scalar[] | Record<string, never>; example?: string }
  | { key: string; fields: Field[]; example?: string }
  | { key: string; items: Field[][]; example?: string }
  /** A key left in a comment: its form (a date, an address…) admits no blank. */
  | { key: string; commented: string };

const TUTORED = new Set(["hybrid", "online-tutored", "virtual-classroom", "webinar", "enhanced-on-site", "professional-community"]);
const ON_SITE = new Set(["enhanced-on-site"]);
const QUESTIONNAIRE_ID = "a-questionnaire-evaluation";

/** The YAML text of the skeleton. */
export function skeletonYaml(answers: SkeletonAnswers): string {
  const lines = [
    `# yaml-language-server: $schema=${answers.schemaRef}`,
    "# Projet de formation Mentor, créé par « mentor-docs init ».",
    "# Complétez les champs vides (\"\", [] ou {}) et les clés en commentaire ; « mentor-docs check » dit ce qui manque",
    "# encore au regard du guide, et où. Chaque champ est précédé de son libellé et de sa description.",
  ];
  for (const field of skeletonFields(answers)) emit(field, [], 0, lines, true);
  return lines.join("\n") + "\n";
}

/** The paths the skeleton leaves to the author (blank values and commented keys). */
export function skeletonBlanks(answers: SkeletonAnswers): PathSegment[][] {
  const blanks: PathSegment[][] = [];
  const visit = (fields: Field[], path: PathSegment[]) => {
    for (const field of fields) {
      const at = [...path, field.key];
      if ("commented" in field) blanks.push(at);
      else if ("fields" in field) visit(field.fields, at);
      else if ("items" in field) field.items.forEach((item, i) => visit(item, [...at, i]));
      else if (isBlank(field.value)) blanks.push(at);
    }
  };
  visit(skeletonFields(answers), []);
  return blanks;
}

function isBlank(value: unknown): boolean {
  return value === "" || (Array.isArray(value) && value.length === 0) || (typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);
}

function skeletonFields(a: SkeletonAnswers): Field[] {
  const tutored = a.modalities.some((m) => TUTORED.has(m));
  const onSite = a.modalities.some((m) => ON_SITE.has(m)) || a.modalities.includes("hybrid");
  const online = a.modalities.some((m) => m !== "enhanced-on-site");
  const mode = onSite && online ? "blended" : onSite ? "on-site" : "online";
  const fields: Field[] = [
    { key: "meta", fields: [{ key: "version", value: "0.1" }, { key: "authors", value: [], example: "[Camille Martin]" }] },
    {
      key: "course",
      fields: [
        { key: "title", value: a.title },
        { key: "shortName", value: "", example: "ACCESS-NUM" },
        { key: "catchphrase", value: "", example: "Rendre ses documents accessibles à tous, en trois heures." },
        { key: "goal", value: "", example: "Les documents publiés par les services ne sont pas lisibles par tous les agents…" },
        { key: "summary", value: "", example: "Trois unités en ligne, un quiz final." },
        {
          key: "objectives",
          value: [],
          example: "\n  - id: obj-1\n    label: Identifier les obstacles d'accès à un document numérique",
        },
        { key: "competences", value: [], example: "\n  - label: Produire des documents numériques accessibles\n    framework: RIME" },
        { key: "typicalJobs", value: [], example: "[Chargé de communication]" },
        { key: "targetAudience", value: "", example: "Agents de l'État qui rédigent ou publient des documents" },
        { key: "prerequisites", value: "", example: "Aucun" },
        { key: "modalities", value: a.modalities, example: "[online-self-paced]" },
        ...(a.modalities.length > 0 ? [{ key: "mentorModality", value: mode } as Field] : []),
        { key: "pedagogicalApproach", value: "", example: "Apprendre en faisant : chaque unité part d'un document réel à corriger." },
        { key: "estimatedDuration", value: {}, example: "{ online: 3h, onSite: 0 min }" },
        { key: "calendar", value: "", example: "6 semaines, de mars à avril" },
        { key: "evaluationModalities", value: "", example: "Un quiz par unité, avec rétroactions" },
        { key: "registrationModalities", value: "", example: "Inscription libre sur Mentor" },
        { key: "accompanimentModalities", value: "", example: "Un forum animé par une tutrice ; assistance technique par courriel" },
        { key: "certifying", value: false },
        { key: "selfEvaluationPrivate", value: true },
        {
          key: "producer",
          fields: [
            { key: "name", value: "", example: "Direction interministérielle du numérique" },
            { key: "shortName", value: "", example: "DINUM" },
            { key: "contactEmail", commented: "formation@numerique.gouv.fr" },
          ],
        },
        { key: "designers", value: [], example: "[Camille Martin]" },
        { key: "credits", value: "", example: "Illustrations : Marianne Dupont, licence Etalab 2.0" },
      ],
    },
    {
      key: "session",
      fields: [
        { key: "title", value: "", example: `${a.title} — session de printemps` },
        a.start ? { key: "startDate", value: a.start } : { key: "startDate", commented: "2026-03-09" },
        a.end ? { key: "endDate", value: a.end } : { key: "endDate", commented: "2026-04-17" },
        ...(a.modalities.length > 0 ? [{ key: "modality", value: mode } as Field] : []),
        { key: "ownerSpace", commented: "Ministère de la Transition écologique" },
        { key: "openTo", commented: "current-entity" },
        { key: "targetAudience", value: "", example: "Tout public" },
        { key: "registration", fields: [{ key: "mode", value: "free-registration" }] },
        { key: "accompaniment", value: "", example: "Forum animé par la tutrice" },
        ...(tutored ? [{ key: "trainers", value: [], example: "\n  - name: Camille Martin\n    role: tutrice" } as Field] : []),
        { key: "appointments", value: [], example: "\n  - date: 2026-03-12\n    startTime: \"10:00\"\n    duration: 1h\n    tool: bigbluebutton" },
      ],
    },
    {
      key: "units",
      items: [
        [
          { key: "id", value: "u1" },
          { key: "title", value: "Unité 1" },
          { key: "summary", value: "", example: "Ce qu'on y fait et pourquoi" },
          { key: "objectives", value: [], example: "[obj-1]" },
          { key: "duration", commented: "1h30" },
          { key: "modality", value: "", example: "à distance, en autonomie" },
          { key: "instructions", value: "", example: "Lisez la fiche, puis faites le quiz." },
          {
            key: "activities",
            items: [
              [
                { key: "id", value: "u1-a1" },
                { key: "title", value: "Activité 1" },
                { key: "kind", commented: "quiz" },
                { key: "modality", fields: [{ key: "synchronous", value: false }, { key: "grouping", value: "individual" }, { key: "place", value: onSite && !online ? "on-site" : "online" }] },
                { key: "duration", commented: "30 min" },
                { key: "objectives", value: [], example: "[obj-1]" },
                { key: "instructions", value: "", example: "Répondez aux dix questions ; chaque réponse est commentée." },
                { key: "expectedOutput", value: "", example: "Un score d'au moins 7 sur 10" },
                { key: "tracked", value: true },
                { key: "evaluation", value: "automatic" },
                { key: "workload", value: {}, example: "{ learner: 30 min }" },
                { key: "resources", value: [], example: "\n  - title: Fiche « Les bases »\n    form: text\n    duration: 10 min\n    instructions: Lisez la fiche avant le quiz." },
              ],
              questionnaire(online || !onSite),
            ],
          },
        ],
      ],
    },
    {
      key: "presence",
      fields: [
        { key: "trainersBlock", value: tutored },
        { key: "participantList", value: tutored },
        { key: "profileInvitation", value: true },
        { key: "tools", value: tutored ? ["forum"] : [] , example: "[forum, messaging]" },
      ],
    },
    {
      key: "welcome",
      fields: [
        { key: "message", value: "", example: "Bienvenue dans cette formation !" },
        { key: "overview", fields: [{ key: "form", value: "infographic" }, { key: "description", value: "", example: "Les unités et leurs durées, sur une page" }] },
        { key: "progressCues", value: "La barre de suivi montre les activités achevées ; le carnet de bord garde vos notes." },
        { key: "contacts", value: [], example: "\n  - name: Assistance Mentor\n    role: assistance technique\n    email: assistance@mentor.gouv.fr" },
      ],
    },
    {
      key: "conclusion",
      fields: [
        { key: "objectivesReminder", value: "", example: "Vous savez maintenant…" },
        { key: "evaluationQuestionnaire", value: QUESTIONNAIRE_ID },
        { key: "furtherReading", value: [], example: "\n  - title: Référentiel général d'amélioration de l'accessibilité\n    url: https://accessibilite.numerique.gouv.fr" },
        { key: "credits", value: "", example: "Conception : DINUM, 2026" },
      ],
    },
    {
      key: "recognition",
      fields: [
        { key: "attestation", value: true },
        { key: "attestationType", value: "participation" },
        { key: "issuer", commented: "{ name: Direction interministérielle du numérique }" },
        { key: "criteria", fields: [{ key: "activities", value: [QUESTIONNAIRE_ID] }, { key: "description", value: "", example: "Avoir achevé toutes les activités suivies" }] },
      ],
    },
    { key: "logbook", fields: [{ key: "introduction", value: "", example: "Ce carnet vous accompagne tout au long de la formation." }, { key: "finalQuestions", value: [], example: "[Ce que je vais mettre en œuvre dans mon poste]" }] },
    {
      key: "trainerBooklet",
      fields: [
        { key: "introduction", value: "", example: "Ce livret vous donne tout pour animer la session." },
        { key: "calendar", value: [], example: "\n  - label: Semaine 1\n    units: [u1]" },
        { key: "setupInstructions", value: "", example: "Ouvrez le forum la veille de la session." },
        { key: "resources", value: [], example: "\n  - title: Corrigé du quiz\n    audience: trainer" },
        { key: "preparedFeedback", value: [], example: "\n  - title: Synthèse de l'unité 1\n    activity: u1-a1" },
        { key: "proactiveMessages", value: [], example: "\n  - when: semaine 1, lundi\n    subject: Bienvenue" },
      ],
    },
    { key: "navigation", fields: [{ key: "mode", value: "free" }, { key: "summaryBlock", value: true }] },
  ];
  if (a.tender) fields.push(tenderField());
  return fields;
}

/** The evaluation questionnaire of the course (guide E.6): an organisation activity, filled in. */
function questionnaire(online: boolean): Field[] {
  return [
    { key: "id", value: QUESTIONNAIRE_ID },
    { key: "title", value: "Questionnaire d'évaluation de la formation" },
    { key: "kind", value: "questionnaire" },
    { key: "modality", fields: [{ key: "synchronous", value: false }, { key: "grouping", value: "individual" }, { key: "place", value: online ? "online" : "on-site" }] },
    { key: "duration", value: "10 min" },
    { key: "objectives", value: [], example: "[obj-1]" },
    { key: "instructions", value: "Répondez au questionnaire : vos réponses servent à améliorer la formation." },
    { key: "tracked", value: true },
    { key: "evaluation", value: "none" },
  ];
}

function tenderField(): Field {
  return {
    key: "tender",
    fields: [
      { key: "form", commented: "ccp" },
      { key: "buyer", commented: "{ name: Direction interministérielle du numérique }" },
      { key: "reference", value: "", example: "2026-FORM-012" },
      { key: "context", value: "", example: "Le service forme chaque année 300 agents…" },
      { key: "object", value: "", example: "Conception et réalisation de la formation en ligne…" },
      { key: "scope", value: "", example: "Comprend la scénarisation, la réalisation et une session pilote." },
      { key: "expectedParticipants", commented: "300" },
      { key: "deliverables", value: [], example: "\n  - title: Sauvegarde Moodle\n    format: .mbz" },
      { key: "milestones", value: [], example: "\n  - title: Storyboard validé\n    date: 2026-05-15" },
      { key: "acceptance", value: "", example: "Recette sur la plateforme de préproduction de Mentor" },
      { key: "awardCriteria", value: [], example: "\n  - label: Valeur technique\n    weight: 60\n  - label: Prix\n    weight: 40" },
      { key: "technicalRequirements", fields: [{ key: "accessibility", value: "RGAA 4.1, niveau AA" }] },
      { key: "contract", commented: "{ durationMonths: 12 }" },
      { key: "intellectualProperty", commented: "{ rights: use }" },
      { key: "warranty", commented: "{ months: 12 }" },
    ],
  };
}

/** Writes one field with its comment, at `indent` spaces; `first` of a list item starts with `- `. */
function emit(field: Field, parent: PathSegment[], indent: number, lines: string[], topLevel = false, dash = false): void {
  const path = [...parent, field.key];
  const pad = " ".repeat(indent);
  const lead = dash ? `${" ".repeat(indent - 2)}- ` : pad;
  if (topLevel) lines.push("");
  // The comment of a list item's first key stands above the « - », at its indentation.
  const commentPad = dash ? " ".repeat(indent - 2) : pad;
  for (const line of commentFor(path, field)) lines.push(`${commentPad}# ${line}`);
  if ("commented" in field) {
    lines.push(`${lead}# ${field.key}: ${field.commented}`);
    return;
  }
  if ("fields" in field) {
    lines.push(`${lead}${field.key}:`);
    field.fields.forEach((f) => emit(f, path, indent + 2, lines));
  } else if ("items" in field) {
    lines.push(`${lead}${field.key}:`);
    field.items.forEach((item, i) => item.forEach((f, j) => emit(f, [...path, i], indent + 4, lines, false, j === 0)));
  } else {
    lines.push(`${lead}${field.key}: ${scalarText(field.value)}`);
  }
}

function scalarText(value: Scalar | Scalar[] | Record<string, never>): string {
  if (Array.isArray(value)) return `[${value.map((v) => scalarText(v)).join(", ")}]`;
  if (typeof value === "object") return "{}";
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** `Titre : description`, wrapped, then the example, from the schema node at `path`. */
function commentFor(path: PathSegment[], field: Field): string[] {
  const node = schemaNodeAt(path.map((s) => s))?.node;
  const text = [node?.title, node?.description].filter(Boolean).join(" : ");
  const lines = wrap(text, 96);
  const example = "commented" in field ? undefined : field.example;
  if (example !== undefined) {
    const [first, ...rest] = example.split("\n");
    if (first) lines.push(`Exemple : ${first}`);
    else lines.push("Exemple :");
    lines.push(...rest);
  } else if ("commented" in field) {
    lines.push("À compléter : retirez le « # » devant la clé.");
  }
  return lines;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
