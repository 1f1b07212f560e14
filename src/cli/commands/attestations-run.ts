import { join } from "node:path";
import cliProgress from "cli-progress";
import { ExitCode, UserError } from "../../common/errors.js";
import { writeAtomically, writeAtomicallySync } from "../../docx/write.js";
import { ensureWritableDir } from "../../docx/write-probe.js";
import { loadProjectFile } from "../../load/load-project.js";
import { convertToPdf } from "../../pdf/libreoffice.js";
import type { SourceLocator } from "../../load/source-map.js";
import type { TrainingProject } from "../../schema/training-project.js";
import { validateProject } from "../../validate/index.js";
import { checkProject } from "../../check/index.js";
import { printFindingsBySeverity } from "../findings.js";
import { printWarnings } from "./validate.js";
import { learnerFields } from "../../attestations/fields.js";
import { fill, mergeAll, prepareTemplate } from "../../attestations/fill.js";
import { readLearners, type Learner } from "../../attestations/learners/read-learners.js";
import { pathInside } from "../../attestations/naming.js";
import { planOutputNames } from "../../attestations/output-plan.js";
import { parseSourceDateEpoch } from "../../common/source-date-epoch.js";
import { awardId, badgeFacts, newSalt, type BadgeFacts } from "../../attestations/badges/common.js";
import { criteriaPage } from "../../attestations/badges/criteria-page.js";
import { buildAssertion, buildBadgeClass, buildIssuerProfile } from "../../attestations/badges/ob2.js";
import type { SigningKey } from "../../attestations/badges/sign.js";
import { badgeSvg } from "../../attestations/badges/svg.js";
import { formatProblem, plural, processOutput, type Output } from "../output.js";

/**
 * The Open Badges 3.0 tools (jose for JWTs, ajv for the credential schema), loaded only when
 * badges are asked for: most runs write attestations alone, and these modules are a large part
 * of the command's start-up.
 */
let badgeTools: Promise<[typeof import("../../attestations/badges/bake.js"), typeof import("../../attestations/badges/ob3.js"), typeof import("../../attestations/badges/sign.js")]> | undefined;
const loadBadgeTools = () =>
  (badgeTools ??= Promise.all([import("../../attestations/badges/bake.js"), import("../../attestations/badges/ob3.js"), import("../../attestations/badges/sign.js")]));

export interface AttestationsOptions {
  project: string;
  learners: string;
  out: string;
  skipInvalid: boolean;
  pdf: boolean;
  merge: boolean;
  badges: boolean;
  signKey?: string;
  quiet: boolean;
  /** `--draft`: write even when guide requirements are missing (the attestation then shows « À COMPLÉTER »). */
  draft?: boolean;
  /** `--templates DIR` and `--reference-doc FILE`, as for `generate`: overrides apply to attestations too. */
  templates?: string;
  referenceDoc?: string;
}

/** Attestations written between two turns of the event loop (signals, progress bar). */
const FILES_BETWEEN_PAUSES = 25;

/** What the learner list gives, so the attestation shows a line only when it has a value to print. */
export interface ListedFields {
  result: boolean;
  timeSpent: boolean;
}

/** Renders the attestation document once, with mail-merge fields where the learner's data goes. */
export type RenderAttestationTemplate = (
  project: TrainingProject,
  options: AttestationsOptions,
  /** Which optional learner fields the list gives (a line is shown only when it has a value). */
  listed?: ListedFields,
  /** Where the project's values stand in its file (to locate a problem with the logo). */
  source?: SourceLocator,
) => Promise<Uint8Array>;

/**
 * `mentor-docs attestations`: one attestation per learner of the list (and, with --badges, Open
 * Badges 2.0 and 3.0). The list is read and checked whole first: a bad row aborts before any file is
 * written, unless --skip-invalid. Files are generated and written one at a time.
 */
export async function runAttestations(
  options: AttestationsOptions,
  renderAttestationTemplate: RenderAttestationTemplate,
  output: Output = processOutput,
): Promise<number> {
  const started = Date.now();
  // A malformed SOURCE_DATE_EPOCH is refused before anything is read or written.
  const epoch = parseSourceDateEpoch(process.env.SOURCE_DATE_EPOCH);
  const loaded = await loadProjectFile(options.project);
  const validation = validateProject(loaded);
  printWarnings(validation.warnings, output);
  if (!validation.valid) {
    for (const problem of validation.problems) output.err(formatProblem(problem));
    output.err(`${options.project} : ${plural(validation.problems.length, "problème")} ; aucune attestation écrite.`);
    return ExitCode.invalid;
  }
  const project = validation.project;
  // As `generate`: an attestation that lacks a mention the guide requires is a draft.
  const guideErrors = checkProject(project, loaded.source).findings.filter((f) => f.severity === "error");
  if (guideErrors.length > 0 && !options.draft) {
    printFindingsBySeverity(guideErrors, output, output.err);
    output.err(
      `${options.project} : ${plural(guideErrors.length, "erreur")} au regard du guide ; aucune attestation écrite.\n` +
        "Complétez le projet (voir « mentor-docs check »), ou relancez avec --draft pour écrire des attestations de travail marquées « À COMPLÉTER ».",
    );
    return ExitCode.invalid;
  }
  const list = await readLearners(options.learners, { criteria: project.recognition?.criteria });
  for (const note of list.notes) output.err(note);
  for (const problem of list.problems) output.err(formatProblem(problem));
  const skippedLines = new Set(list.problems.map((p) => p.line)).size;
  if (skippedLines > 0 && !options.skipInvalid) {
    output.err(
      `${options.learners} : ${plural(skippedLines, "ligne")} à corriger ; aucun fichier écrit. ` +
        "Corrigez la liste, ou relancez avec --skip-invalid pour ignorer ces participants.",
    );
    return ExitCode.invalid;
  }
  if (list.learners.length === 0) {
    output.err(`${options.learners} : aucun participant à certifier.`);
    return ExitCode.invalid;
  }
  const wantBadges = options.badges || options.signKey !== undefined;
  // Everything that can fail on the user's input fails here, before the first file is written.
  const facts = wantBadges ? badgeFacts(project) : undefined;
  const key = options.signKey ? await (await loadBadgeTools())[2].loadSigningKey(options.signKey) : undefined;
  const listed: ListedFields = {
    result: list.learners.some((l) => l.result !== undefined),
    timeSpent: list.learners.some((l) => l.timeSpentMinutes !== undefined),
  };
  const template = prepareTemplate(await renderAttestationTemplate(project, options, listed, loaded.source));
  // A list without completion dates: the attestation is dated the day it is issued
  // (SOURCE_DATE_EPOCH when set, for reproducible runs).
  const issued = (epoch === undefined ? new Date() : new Date(epoch * 1000)).toISOString().slice(0, 10);
  const fieldsOf = (learner: (typeof list.learners)[number]) =>
    learnerFields(learner.completionDate ? learner : { ...learner, completionDate: issued });
  // Every output name is given out, and every output folder shown to take files, before the first
  // file is written: no file takes the place of another, and a read-only folder or a name too long
  // stops the run with nothing written.
  const plan = planOutputNames(list.learners, {
    mergedFrom: options.merge ? project.course.shortName || project.course.title : undefined,
    badgeId: facts ? (learner) => awardId(facts.urls.badgeClass, learner.email) : undefined,
  });
  for (const note of plan.notes) output.err(`${options.learners}:${note.line}  ${note.message}`);
  // Per-learner files go in <out>/attestations/, beside the other documents of the course.
  const outDir = join(options.out, "attestations");
  const longest = (names: string[]) => names.reduce((a, b) => (b.length > a.length ? b : a), "");
  await ensureWritableDir(outDir, longest([...plan.attestations.map((a) => a.name), plan.merged ?? ""]));
  const badgeFolders = facts ? badgeFolderPaths(options.out) : undefined;
  if (badgeFolders) {
    await ensureWritableDir(badgeFolders.root, "criteres.html");
    await ensureWritableDir(badgeFolders.assertions, `${awardId("", "")}.json`);
    await ensureWritableDir(badgeFolders.credentials, `${awardId("", "")}.json`);
    await ensureWritableDir(badgeFolders.participants, `${longest(plan.attestations.map((a) => a.stem))}.svg`);
  }

  const bar =
    output.isTTY && !options.quiet
      ? new cliProgress.SingleBar(
          { format: "Attestations [{bar}] {value}/{total}", hideCursor: true, clearOnComplete: true, stream: process.stdout },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(list.learners.length, 0);
  const written: string[] = [];
  const badges = facts && badgeFolders ? await prepareBadgeFolder(badgeFolders, facts) : undefined;
  try {
    // One file after the other, written synchronously (see writeAtomicallySync), with a pause now
    // and then for the event loop: a signal is handled there, and the progress bar drawn.
    for (const [i, { learner, name, stem }] of plan.attestations.entries()) {
      const target = pathInside(outDir, name);
      if (!writeAtomicallySync(target, fill(template, fieldsOf(learner)))) return new Promise<number>(() => {}); // interrupted: the process is exiting
      if (badges && facts) await writeBadges(badges, facts, learner, stem, project, key);
      written.push(target);
      bar?.increment();
      if (i % FILES_BETWEEN_PAUSES === FILES_BETWEEN_PAUSES - 1) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    bar?.stop();
  }
  let merged: string | undefined;
  if (plan.merged) {
    merged = pathInside(outDir, plan.merged);
    await writeAtomically(merged, () => mergeAll(template, (function* () {
      for (const learner of list.learners) yield fieldsOf(learner);
    })()));
  }
  if (options.pdf) await convertToPdf(merged ? [...written, merged] : written);

  const seconds = ((Date.now() - started) / 1000).toFixed(1).replace(".", ",");
  if (!options.quiet) {
    const parts = [`${plural(written.length, "attestation écrite", "attestations écrites")} dans ${outDir}`];
    if (merged) parts.push(`document unique ${merged}`);
    if (badges) parts.push(`open badges dans ${badges.root} (à publier sous ${facts!.urls.base})`);
    if (skippedLines > 0) parts.push(`${plural(skippedLines, "participant ignoré", "participants ignorés")}`);
    output.out(`${parts.join(" ; ")} ; en ${seconds} s.`);
  }
  return ExitCode.ok;
}

interface BadgeFolder {
  root: string;
  assertions: string;
  credentials: string;
  participants: string;
  image: string;
}

/** `<out>/badges/`: what to publish under baseUrl (issuer, badge, image, criteria, assertions, credentials) and `participants/` to send to each learner. */
function badgeFolderPaths(out: string): Omit<BadgeFolder, "image"> {
  const root = join(out, "badges");
  return { root, assertions: join(root, "assertions"), credentials: join(root, "credentials"), participants: join(root, "participants") };
}

/** Writes the files common to every learner's badge into the folders (already made). */
async function prepareBadgeFolder(paths: Omit<BadgeFolder, "image">, facts: BadgeFacts): Promise<BadgeFolder> {
  const folder: BadgeFolder = { ...paths, image: badgeSvg(facts) };
  const root = folder.root;
  const text = (value: string) => () => new TextEncoder().encode(value);
  const json = (value: unknown) => text(JSON.stringify(value, null, 2) + "\n");
  await writeAtomically(join(root, "issuer.json"), json(buildIssuerProfile(facts)));
  await writeAtomically(join(root, "badge.json"), json(buildBadgeClass(facts)));
  await writeAtomically(join(root, "badge.svg"), text(folder.image));
  await writeAtomically(join(root, "criteres.html"), text(criteriaPage(facts)));
  return folder;
}

async function writeBadges(
  folder: BadgeFolder,
  facts: BadgeFacts,
  learner: Learner,
  stem: string,
  project: TrainingProject,
  key: SigningKey | undefined,
): Promise<void> {
  const text = (value: string) => () => new TextEncoder().encode(value);
  const salt = newSalt();
  const [{ bake }, { buildCredential, validateCredential }, { signCredential }] = await loadBadgeTools();
  const assertion = buildAssertion(facts, learner, { salt });
  const assertionFile = assertion.id.split("/").pop()!.replace(/\.json$/, "");
  await writeAtomically(join(folder.assertions, `${assertionFile}.json`), text(JSON.stringify(assertion, null, 2) + "\n"));
  await writeAtomically(join(folder.assertions, `${assertionFile}.svg`), text(bake(folder.image, { version: "2.0", assertion })));
  const credential = buildCredential(facts, learner, { salt, attestationType: project.recognition?.attestationType });
  const problems = validateCredential(credential);
  if (problems.length > 0) throw new Error(`OB 3.0 credential does not match the official schema: ${problems.join("; ")}`);
  const credentialFile = credential.id.replace(/^urn:uuid:/, "");
  if (key) {
    const jwt = await signCredential(credential, key);
    await writeAtomically(join(folder.credentials, `${credentialFile}.jwt`), text(jwt));
    await writeAtomically(pathInside(folder.participants, `${stem}.svg`), text(bake(folder.image, { version: "3.0", jwt })));
  } else {
    await writeAtomically(join(folder.credentials, `${credentialFile}.json`), text(JSON.stringify(credential, null, 2) + "\n"));
    await writeAtomically(pathInside(folder.participants, `${stem}.svg`), text(bake(folder.image, { version: "3.0", credential })));
  }
}
