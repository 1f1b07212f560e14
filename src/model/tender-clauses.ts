/**
 * The clauses of a consultation, as the cahier des charges prints them and the price breakdown
 * (DPGF) lists them: every parameter of `tender` with its default applied, plus what follows from
 * the rest of the project (the course's licence, the on-site place, the documents of the contract
 * in their order of precedence). The wording lives in the templates
 * (`templates/cahier-des-charges/clauses-*.hbs`); this module only decides values.
 *
 * Where the defaults come from:
 * - penalties: CCAG-PI 2021, art. 14.1.1 (P = V × R / 3 000) and the 10 % cap common to the 2021 CCAG;
 * - rights: CCAG-PI 2021, chapter 5 (a non-exclusive right to use the results for the needs of the
 *   contract, by default; an exclusive assignment is a derogation the particular documents state);
 * - review time, correction rounds, warranty and kick-off: common practice in State consultations
 *   for the design of e-learning courses (10 working days of review, 2 rounds, 12 months).
 */
import type { TrainingProject } from "../schema/index.js";
import type { FrenchDate } from "./dates.js";
import { LABELS } from "./labels.js";

type Tender = NonNullable<TrainingProject["tender"]>;
type StepId = NonNullable<Tender["validationSteps"]>[number]["step"];

export const DEFAULT_REVIEW_DAYS = 10;
export const DEFAULT_CORRECTION_ROUNDS = 2;
export const DEFAULT_KICKOFF_DAYS = 15;
export const DEFAULT_WARRANTY_CORRECTION_DAYS = 10;
export const DEFAULT_PENALTY_DENOMINATOR = 3000;
export const DEFAULT_PENALTY_CAP_PERCENT = 10;
export const DEFAULT_VAT_RATE = 20;
export const DEFAULT_DATA_LOCATION = "dans l'Union européenne";

const DEFAULT_STEPS: StepId[] = ["storyboard", "mockup", "full-version"];

/** Moodle's short licence names, and the usual labels, as a bidder reads them. */
const LICENCE_NAMES: Record<string, string> = {
  "etalab-2.0": "Licence Ouverte / Open Licence version 2.0 (Etalab)",
  "cc-by": "Creative Commons Attribution (CC BY)",
  "cc-sa": "Creative Commons Attribution – Partage dans les mêmes conditions (CC BY-SA)",
  "cc-nc": "Creative Commons Attribution – Pas d'utilisation commerciale (CC BY-NC)",
  "cc-nd": "Creative Commons Attribution – Pas de modification (CC BY-ND)",
  "cc-nc-sa": "Creative Commons Attribution – Pas d'utilisation commerciale – Partage dans les mêmes conditions (CC BY-NC-SA)",
  "cc-nc-nd": "Creative Commons Attribution – Pas d'utilisation commerciale – Pas de modification (CC BY-NC-ND)",
  public: "domaine public",
  allrightsreserved: "tous droits réservés",
};

export interface ValidationStepView {
  step: StepId;
  label: string;
  reviewDays: number;
  correctionRounds: number;
}

export interface PriceLine {
  /** Section of the breakdown: deliverables, milestones, units, other lines. */
  group: "Livrables" | "Jalons" | "Unités du scénario" | "Autres prestations";
  label: string;
  quantity: number;
  unit: string;
  /** Due date, when the line has one. */
  due: string | undefined;
}

export interface TenderClauses {
  /** True when the project has a tender part (the cahier des charges is a consultation document). */
  present: boolean;
  form: "ccp" | "cctp" | undefined;
  isCcp: boolean;
  isCctp: boolean;
  /** « cahier des clauses particulières (CCP) »… */
  formName: string | undefined;
  /** « CCP », « CCTP » */
  formShort: string | undefined;
  contract: { durationMonths: number | undefined; kickoffWithinDays: number; place: string | undefined };
  validationSteps: ValidationStepView[];
  rights: {
    /** Exclusive assignment of the economic rights. */
    assignment: boolean;
    /** The CCAG-PI's non-exclusive right of use. */
    use: boolean;
    chosen: boolean;
    thirdPartyContent: string | undefined;
  };
  /** The course's licence, in words, when it states one. */
  licence: string | undefined;
  personalData: { dataLocation: string; processesLearnerData: boolean };
  warranty: { months: number | undefined; correctionDays: number; contentUpdates: string | undefined };
  penalties: { denominator: number; capPercent: number };
  confidentiality: boolean;
  offer: { technicalReport: string[]; cvs: boolean; sample: string | undefined };
  /** The contract's documents, in their order of precedence. */
  contractDocuments: string[];
  /** Accessibility level asked for (« RGAA 4.1, niveau AA » by default). */
  accessibility: string;
  pricing: { vatRate: number; lines: PriceLine[] };
}

interface Inputs {
  tender: Omit<Tender, "milestones" | "deliverables"> & {
    milestones: (NonNullable<Tender["milestones"]>[number] & { dateView?: FrenchDate | undefined })[];
    deliverables: (NonNullable<Tender["deliverables"]>[number] & { dueView?: FrenchDate | undefined })[];
  };
  course: { licence?: string | undefined };
  session: { location?: string | undefined };
  allUnits: { number: string; title: string; depth: number }[];
  /** Whether any activity takes place on site. */
  hasOnSite: boolean;
}

/** The clauses of the consultation, defaults applied. */
export function tenderClauses(vm: Inputs, present: boolean): { clauses: TenderClauses } {
  const t = vm.tender;
  const form = t.form;
  const steps: NonNullable<Tender["validationSteps"]> = t.validationSteps?.length ? t.validationSteps : DEFAULT_STEPS.map((step) => ({ step }));
  const criteria = (t.awardCriteria ?? []).map((c) => c.label).filter((label) => !/^prix\b/i.test(label.trim()));
  const licenceKey = vm.course.licence?.trim();
  return {
    clauses: {
      present,
      form,
      isCcp: form === "ccp",
      isCctp: form === "cctp",
      formName: form === "ccp" ? "cahier des clauses particulières (CCP)" : form === "cctp" ? "cahier des clauses techniques particulières (CCTP)" : undefined,
      formShort: form?.toUpperCase(),
      contract: {
        durationMonths: t.contract?.durationMonths,
        kickoffWithinDays: t.contract?.kickoffWithinDays ?? DEFAULT_KICKOFF_DAYS,
        place: t.contract?.place?.trim() || (vm.hasOnSite && vm.session.location?.trim() ? vm.session.location.trim() : undefined),
      },
      validationSteps: steps.map((s) => ({
        step: s.step,
        label: LABELS.validationStep[s.step],
        reviewDays: s.reviewDays ?? DEFAULT_REVIEW_DAYS,
        correctionRounds: s.correctionRounds ?? DEFAULT_CORRECTION_ROUNDS,
      })),
      rights: {
        assignment: t.intellectualProperty?.rights === "assignment",
        use: t.intellectualProperty?.rights === "use",
        chosen: t.intellectualProperty?.rights !== undefined,
        // Inside a list item that ends with its own full stop: the text's own is dropped.
        thirdPartyContent: t.intellectualProperty?.thirdPartyContent?.trim().replace(/\.$/, "") || undefined,
      },
      licence: licenceKey ? LICENCE_NAMES[licenceKey.toLowerCase()] ?? licenceKey : undefined,
      personalData: {
        dataLocation: t.personalData?.dataLocation?.trim() || DEFAULT_DATA_LOCATION,
        processesLearnerData: t.personalData?.processesLearnerData ?? false,
      },
      warranty: {
        months: t.warranty?.months,
        correctionDays: t.warranty?.correctionDays ?? DEFAULT_WARRANTY_CORRECTION_DAYS,
        contentUpdates: t.warranty?.contentUpdates?.trim() || undefined,
      },
      penalties: {
        denominator: t.penalties?.dailyRateDenominator ?? DEFAULT_PENALTY_DENOMINATOR,
        capPercent: t.penalties?.capPercent ?? DEFAULT_PENALTY_CAP_PERCENT,
      },
      confidentiality: t.confidentiality ?? true,
      offer: {
        technicalReport: t.offer?.technicalReport?.length ? t.offer.technicalReport : criteria,
        cvs: t.offer?.cvs ?? true,
        sample: t.offer?.sample?.trim() || undefined,
      },
      contractDocuments: contractDocuments(form),
      accessibility: t.technicalRequirements?.accessibility?.trim() || "RGAA 4.1, niveau AA",
      pricing: { vatRate: t.pricing?.vatRate ?? DEFAULT_VAT_RATE, lines: priceLines(vm) },
    },
  };
}

/** The documents of the contract, by order of precedence, as French consultations list them. */
function contractDocuments(form: Tender["form"]): string[] {
  const own = form === "cctp" ? ["le cahier des clauses administratives particulières (CCAP)", "le présent cahier des clauses techniques particulières (CCTP) et ses annexes"] : ["le présent cahier des clauses particulières (CCP) et ses annexes"];
  return [
    "l'acte d'engagement (AE)",
    ...own,
    "la décomposition du prix global et forfaitaire (DPGF)",
    "le cahier des clauses administratives générales applicable aux marchés publics de prestations intellectuelles (CCAG-PI), dans sa version approuvée par l'arrêté du 30 mars 2021",
    "l'offre technique du titulaire (mémoire technique)",
  ];
}

/** One line per deliverable and milestone, per unit when the tender prices units, then its own lines. */
function priceLines(vm: Inputs): PriceLine[] {
  const t = vm.tender;
  return [
    ...t.deliverables.map((d): PriceLine => ({ group: "Livrables", label: d.format ? `${d.title} (${d.format})` : d.title, quantity: 1, unit: "forfait", due: d.dueView?.medium })),
    ...t.milestones.map((m): PriceLine => ({ group: "Jalons", label: m.title, quantity: 1, unit: "forfait", due: m.dateView?.medium })),
    ...(t.pricing?.perUnit
      ? vm.allUnits.filter((u) => u.depth === 0).map((u): PriceLine => ({ group: "Unités du scénario", label: `Unité ${u.number} – ${u.title}`, quantity: 1, unit: "forfait", due: undefined }))
      : []),
    ...(t.pricing?.extraLines ?? []).map((l): PriceLine => ({ group: "Autres prestations", label: l.label, quantity: l.quantity ?? 1, unit: l.unit?.trim() || "forfait", due: undefined })),
  ];
}
