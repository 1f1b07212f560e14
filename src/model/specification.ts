/**
 * What the cahier des charges (tender specification) needs beyond the common view model: what each
 * chosen modality implies for the provider (D.1), every resource with the activity it serves and
 * every external link with its host (D.2), the activities the requirements name (positioning,
 * reflective, evaluated, wrapping the whole course…), the deliverables the guide implies, the
 * publication settings (F), the award criteria's total and the conformity grid (annex).
 */
import { checkProject } from "../check/index.js";
import { hostOf, isInstitutional, DEFAULT_INSTITUTIONAL_HOSTS } from "../check/hosts.js";
import { GRID_STATUS_LABELS } from "../check/wording.js";
import type { CheckResult, GridStatus } from "../check/types.js";
import type { TrainingProject } from "../schema/index.js";
import type { AnnexRow } from "./conformity-annex.js";
import { LABELS } from "./labels.js";
import type { ActivityView, Ref, ResourceView, ViewModel } from "./view-model.js";

/** One of the seven modalities of guide D.1, with what it implies for the provider. */
export interface ModalityDescription {
  id: string;
  label: string;
  /** What the modality is, in a sentence (our wording of guide D.1). */
  description: string;
  /** What a provider must produce or plan for it. */
  providerDuties: string;
  /** True when the course declares it. */
  chosen: boolean;
}

export interface SpecificationResource extends ResourceView {
  /** The activity it serves: the one that declares it, or the one it names (`activity`). */
  activityRef: Ref | undefined;
  /** Host of its address, when it has one. */
  host: string | undefined;
  /** Whether that host is institutional (guide D.2), when it has an address. */
  institutional: boolean | undefined;
}

export interface ExternalLinkView {
  title: string;
  url: string;
  host: string | undefined;
  institutional: boolean;
  /** « Ressource de l'activité 1.4 » or « Pour aller plus loin ». */
  place: string;
  instructions: string | undefined;
  durationText: string | undefined;
}

export interface StandardDeliverable {
  title: string;
  format: string;
  /** What it contains, with the figures of this project. */
  description: string;
  /** Guide section that asks for it. */
  section: string;
}

export interface ConformityRow {
  requirement: string;
  section: string;
  label: string;
  status: GridStatus;
  statusLabel: string;
  /** The checker's messages for this requirement (errors, warnings, information). */
  messages: string[];
  /** The documents that show it, as codes (`CDC, LIV`). */
  renderedInText: string;
}

export interface ConformityView {
  rows: ConformityRow[];
  satisfied: number;
  missing: number;
  notApplicable: number;
  notChecked: number;
  total: number;
  errors: number;
  warnings: number;
}

export interface SpecificationView {
  /** The seven modalities of the guide, in its order. */
  modalities: ModalityDescription[];
  /** The modalities the course declares, in the guide's order. */
  chosenModalities: ModalityDescription[];
  /** Every resource of the activities, then the trainer booklet's ones. */
  resources: SpecificationResource[];
  resourceCounts: { learner: number; trainer: number; withoutAudience: number; total: number };
  /** External links of the resources and of « pour aller plus loin » (RES-5). */
  externalLinks: ExternalLinkView[];
  positioningActivities: ActivityView[];
  reflectiveActivities: ActivityView[];
  /** Activities said to wrap the whole course, or SCORM packages (UNI-2). */
  scormActivities: ActivityView[];
  wrappingActivities: ActivityView[];
  /** Evaluated activities by kind of evaluation, in the order of the guide's list (EVA-1). */
  evaluationGroups: { id: string; label: string; activities: ActivityView[] }[];
  /** Individual activities evaluated by the trainer (EVA-2). */
  individualTrainerEvaluated: ActivityView[];
  /** Units with their number of activities (ACT-1). */
  unitActivityCounts: { number: string; title: string; count: number; depth: number }[];
  /** Units without any activity of their own nor in sub-units. */
  unitsWithoutActivity: Ref[];
  /** Deliverables the guide implies, beyond the buyer's list. */
  standardDeliverables: StandardDeliverable[];
  /** Sum of the award criteria's weights, when at least one is weighted. */
  awardWeightTotal: number | undefined;
  /** The owning space and the spaces the session is opened to (PUB-1). */
  publication: { ownerSpace: string | undefined; openToSpaces: string[]; regions: string[]; openToAll: boolean };
  /** The checker's grid: from the check given to `buildViewModel`, else computed here (not printed: see `annex`). */
  conformity: ConformityView;
  /** The annex for bidders, one row per requirement (set by `buildViewModel` once the rest is known). */
  annex: AnnexRow[];
}

export interface Specification {
  specification: SpecificationView;
}

/** Guide D.1, in our words: what each modality is and what it asks of a provider. */
export const MODALITY_DESCRIPTIONS: Record<keyof typeof LABELS.courseModality, { description: string; providerDuties: string }> = {
  hybrid: {
    description:
      "La formation alterne des temps à distance et des temps en présence ou en situation de travail, articulés par un scénario d'activités individuelles et collectives.",
    providerDuties:
      "Le titulaire conçoit l'articulation entre les temps à distance et les temps en présence : ce qui les prépare, ce qui les prolonge, et la guidance des regroupements (supports, déroulé, consignes) pour l'équipe qui les anime.",
  },
  "online-tutored": {
    description:
      "La formation se déroule entièrement à distance, en alternant temps synchrones et asynchrones, avec l'accompagnement de tuteurs ou de formateurs.",
    providerDuties:
      "Le titulaire prévoit les interventions des tuteurs (messages, rétroactions, animation des échanges), les documente dans le livret du formateur et estime la charge de travail qu'elles représentent.",
  },
  webinar: {
    description:
      "Un regroupement synchrone en ligne, ouvert à un large public, sur une thématique précise, avec un intervenant et des interactions limitées.",
    providerDuties:
      "Le titulaire fournit le support de présentation, le déroulé minuté et les modalités d'interaction (questions écrites, sondages), ainsi que les consignes pour l'intervenant.",
  },
  "virtual-classroom": {
    description:
      "Des séances synchrones en ligne pour un petit groupe, fondées sur la mise en activité des participants ou le tutorat.",
    providerDuties:
      "Le titulaire fournit, pour chaque classe virtuelle, le diaporama, le scénario minuté, les travaux en sous-groupes et les consignes d'animation, utilisables avec l'outil de classe virtuelle de Mentor.",
  },
  "online-self-paced": {
    description:
      "La formation se suit entièrement en ligne, à tout moment et sans accompagnement : c'est l'autoformation.",
    providerDuties:
      "Le titulaire rend chaque activité compréhensible sans formateur : consignes explicites, rétroactions automatiques, repères de durée et de progression, contacts pour les questions techniques.",
  },
  "enhanced-on-site": {
    description:
      "Une formation en présence, complétée en amont par des questionnements, pendant par des ressources complémentaires, et après par un prolongement à distance.",
    providerDuties:
      "Le titulaire conçoit les activités en ligne qui préparent et prolongent la présence, et la guidance de la journée en présence pour l'équipe qui l'anime.",
  },
  "professional-community": {
    description:
      "Un espace d'échanges entre pairs autour d'une problématique métier, pour produire, mutualiser et partager l'expérience.",
    providerDuties:
      "Le titulaire propose les espaces d'échange (forums, écriture collaborative), les règles de fonctionnement et les consignes d'animation de la communauté.",
  },
};

/** Evaluations in the order of the guide's list (D.8): automatic tools, trainers or peers, self-positioning. */
const EVALUATION_ORDER = ["automatic", "trainer", "peer", "self-positioning"] as const;

type Base = Pick<ViewModel, "course" | "session" | "activities" | "allUnits" | "trainerBooklet" | "conclusion" | "recognition" | "welcome" | "tender" | "tracking" | "synchronousActivities" | "settings" | "mentor">;

/** The cahier des charges' fields, from the rest of the view model and the check (computed from `project` when not given). */
export function specification(vm: Base, project: TrainingProject, check: unknown): Specification {
  const modalities = (Object.keys(MODALITY_DESCRIPTIONS) as (keyof typeof MODALITY_DESCRIPTIONS)[]).map((id) => ({
    id,
    label: LABELS.courseModality[id],
    ...MODALITY_DESCRIPTIONS[id],
    chosen: (vm.course.modalities ?? []).includes(id),
  }));

  const hosts = [...DEFAULT_INSTITUTIONAL_HOSTS, ...(vm.settings.institutionalHosts ?? [])];
  const activityById = new Map(vm.activities.map((a) => [a.id, a]));
  const refOf = (a: ActivityView | undefined): Ref | undefined => (a ? { id: a.id, number: a.number, title: a.title } : undefined);
  const withHost = (r: ResourceView, activity: ActivityView | undefined): SpecificationResource => {
    const host = r.url ? hostOf(r.url) : undefined;
    return { ...r, activityRef: refOf(activity), host, institutional: r.url ? host !== undefined && isInstitutional(host, hosts) : undefined };
  };
  const resources = [
    ...vm.activities.flatMap((a) => a.resources.map((r) => withHost(r, r.activity ? activityById.get(r.activity) ?? a : a))),
    ...vm.trainerBooklet.resources.map((r) => withHost(r, r.activity ? activityById.get(r.activity) : undefined)),
  ];
  const externalLinks: ExternalLinkView[] = [
    ...resources
      .filter((r) => r.url)
      .map((r) => ({
        title: r.title,
        url: r.url!,
        host: r.host,
        institutional: r.institutional === true,
        place: r.activityRef ? `Ressource de l'activité ${r.activityRef.number}` : "Ressource du formateur",
        instructions: r.instructions,
        durationText: r.durationText,
      })),
    ...(vm.conclusion.furtherReading ?? [])
      .filter((l) => l.url)
      .map((l) => {
        const host = hostOf(l.url!);
        return {
          title: l.title,
          url: l.url!,
          host,
          institutional: host !== undefined && isInstitutional(host, hosts),
          place: "Pour aller plus loin",
          instructions: l.description,
          durationText: undefined,
        };
      }),
  ];

  const evaluationGroups = EVALUATION_ORDER.map((id) => ({
    id,
    label: LABELS.evaluation[id],
    activities: vm.activities.filter((a) => a.evaluation === id),
  })).filter((g) => g.activities.length > 0);

  const countActivities = (unit: ViewModel["allUnits"][number]): number => unit.activities.length + unit.units.reduce((n, u) => n + countActivities(u), 0);
  const unitActivityCounts = vm.allUnits.map((u) => ({ number: u.number, title: u.title, count: u.activities.length, depth: u.depth }));

  const weights = (vm.tender.awardCriteria ?? []).map((c) => c.weight).filter((w): w is number => typeof w === "number");

  return {
    specification: {
      modalities,
      chosenModalities: modalities.filter((m) => m.chosen),
      resources,
      resourceCounts: {
        learner: resources.filter((r) => r.audience === "learner").length,
        trainer: resources.filter((r) => r.audience === "trainer").length,
        withoutAudience: resources.filter((r) => r.audience === undefined).length,
        total: resources.length,
      },
      externalLinks,
      positioningActivities: vm.activities.filter((a) => a.positioning === true),
      reflectiveActivities: vm.activities.filter((a) => a.reflective === true),
      scormActivities: vm.activities.filter((a) => a.kind === "scorm"),
      wrappingActivities: vm.activities.filter((a) => a.wrapsWholeCourse === true),
      evaluationGroups,
      individualTrainerEvaluated: vm.activities.filter((a) => a.evaluation === "trainer" && a.modality?.grouping === "individual"),
      unitActivityCounts,
      unitsWithoutActivity: vm.allUnits.filter((u) => countActivities(u) === 0).map((u) => ({ id: u.id, number: u.number, title: u.title })),
      standardDeliverables: standardDeliverables(vm, resources.length),
      awardWeightTotal: weights.length > 0 ? weights.reduce((a, b) => a + b, 0) : undefined,
      publication: {
        ownerSpace: vm.session.ownerSpace,
        openToSpaces: vm.session.openToSpaces ?? [],
        regions: vm.session.regions ?? [],
        openToAll: vm.session.openTo === "all",
      },
      conformity: conformityView(isCheckResult(check) ? check : checkProject(project)),
      annex: [],
    },
  };
}

function isCheckResult(value: unknown): value is CheckResult {
  return typeof value === "object" && value !== null && Array.isArray((value as CheckResult).grid);
}

function conformityView(check: CheckResult): ConformityView {
  const rows = check.grid.map((row) => ({
    requirement: row.requirement,
    section: row.section,
    label: row.label,
    status: row.status,
    statusLabel: GRID_STATUS_LABELS[row.status],
    messages: row.findings.map((f) => f.message),
    renderedInText: row.renderedIn.join(", "),
  }));
  const count = (status: GridStatus) => rows.filter((r) => r.status === status).length;
  return {
    rows,
    satisfied: count("satisfied"),
    missing: count("missing"),
    notApplicable: count("not-applicable"),
    notChecked: count("not-checked"),
    total: rows.length,
    errors: check.findings.filter((f) => f.severity === "error").length,
    warnings: check.findings.filter((f) => f.severity === "warning").length,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The deliverables the guide implies for this project, with its figures. */
function standardDeliverables(vm: Base, resourceCount: number): StandardDeliverable[] {
  const out: StandardDeliverable[] = [];
  const synchronous = vm.synchronousActivities.length;
  out.push({
    title: "Ressources pédagogiques",
    format: "Fichiers sources modifiables et versions intégrées dans l'espace Mentor",
    description: `Les ${plural(resourceCount, "ressource", "ressources")} du scénario, chacune introduite par sa consigne, avec sa forme et sa durée de consultation.`,
    section: "D.2",
  });
  out.push({
    title: "Activités paramétrées",
    format: "Activités Moodle dans l'espace de formation Mentor",
    description: `Les ${plural(vm.activities.length, "activité", "activités")} du scénario, réparties en ${plural(vm.allUnits.length, "unité", "unités")} navigables librement, dont ${plural(vm.tracking.count, "activité suivie", "activités suivies")} dans la barre de suivi.`,
    section: "D.3, E.3.b, E.4",
  });
  if (synchronous > 0) {
    out.push({
      title: "Guidance des temps synchrones",
      format: "Diaporamas et déroulés modifiables (.pptx ou .odp, .docx)",
      description: `Pour chacun des ${plural(synchronous, "temps synchrone", "temps synchrones")} : supports de présentation, scénario minuté et consignes pour l'équipe qui l'anime.`,
      section: "D.1",
    });
  }
  out.push({
    title: "Livret du formateur",
    format: "Document .docx modifiable et PDF accessible",
    description: "Objectifs et approche, scénario, calendrier proposé, consignes de mise en place, ressources complémentaires, synthèses et messages préparés, charge de travail des activités évaluées.",
    section: "E.3.c, D.8",
  });
  out.push({
    title: "Carnet de bord",
    format: "Document modifiable à télécharger (.docx et PDF)",
    description: "Un espace de notes, de questions et de réflexions pour chaque étape, que le participant complète ou imprime.",
    section: "D.7, E.3.a",
  });
  const attestation = vm.recognition.attestation === true;
  const badge = vm.recognition.badge?.enabled === true;
  out.push({
      title: attestation && badge ? "Attestation et open badge" : badge ? "Open badge" : vm.recognition.attestationTypeLabel ?? "Attestation",
      format: badge ? "Modèle d'attestation .docx et badge (image et critères publiés)" : "Modèle d'attestation .docx, paramétré dans Mentor",
      description: "Avec les mentions du guide : libellé, durée, objectifs, compétences travaillées, organisme qui délivre, critères d'obtention.",
      section: "D.9, E.6",
    });
  out.push({
    title: "Fiche formation et fiche session",
    format: "Textes prêts à saisir dans les formulaires de Mentor",
    description: "Tous les champs des deux fiches, dans les limites de longueur de Mentor.",
    section: "E.1, F",
  });
  out.push({
    title: "Page d'accueil",
    format: "Textes et présentation d'ensemble intégrés dans l'espace Mentor",
    description: `Présentation d'ensemble des modules${vm.welcome.overviewFormLabel ? ` (${vm.welcome.overviewFormLabel.toLowerCase()})` : ""}, rendez-vous synchrones, repères de progression, modalités d'évaluation et contacts.`,
    section: "E.2, D.5",
  });
  out.push({
    title: "Questionnaire d'évaluation de la formation",
    format: "Activité Questionnaire de Mentor, suivie dans la barre de suivi",
    description: "Le questionnaire de la conclusion, avec le rappel des objectifs, la rubrique « pour aller plus loin » et les crédits.",
    section: "E.6",
  });
  if (vm.course.trailer) {
    out.push({
      title: "Bande-annonce vidéo",
      format: "Vidéo MP4 sous-titrée, hébergée sur video.mentor.gouv.fr",
      description: "Une courte vidéo qui présente la formation dans sa fiche, pour que l'agent juge si elle répond à ses besoins.",
      section: "E.1",
    });
  }
  return out;
}
