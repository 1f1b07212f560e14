import type { PathSegment } from "../common/json-path.js";
import type { ActivityAt, ResourceAt, UnitAt } from "../common/project-walk.js";
import type { TrainingProject } from "../schema/index.js";
import type { DocumentCode } from "./requirements.js";

export type Severity = "error" | "warning" | "info";

/** A gap between the project and the guide, located in the source file. */
export interface Finding {
  requirement: string;
  /** Guide section(s), e.g. `D.3` or `D.9, E.6`. */
  section: string;
  severity: Severity;
  /** French message: what is missing and what to do. */
  message: string;
  /** Display path of the element concerned, e.g. `units[0].activities[1].duration`; empty for the whole document. */
  path: string;
  file: string;
  /** 1-based; 0 when the project was checked without a source locator. */
  line: number;
  column: number;
}

/** What a rule reports, before it is stamped with its requirement and located. */
export interface RuleFinding {
  severity: Severity;
  message: string;
  path: PathSegment[];
}

/** Settings of the check, with their defaults applied. */
export interface CheckSettings {
  trackingThreshold: number;
  /** Percentage. */
  durationTolerance: number;
  /** Institutional domains (subdomains included): the defaults plus `settings.institutionalHosts`. */
  institutionalHosts: string[];
}

/** What every rule receives: the project and the walks and lookups most rules need. */
export interface CheckContext {
  project: TrainingProject;
  units: UnitAt[];
  activities: ActivityAt[];
  resources: ResourceAt[];
  activityById: Map<string, ActivityAt>;
  settings: CheckSettings;
}

/** One rule per requirement ID, in `src/check/rules/<ID>.ts`. */
export interface Rule {
  readonly requirement: string;
  /** Guide section(s), as in the requirements table. */
  readonly section: string;
  /** The severities this rule can report, as the "check" column of the requirements table says. */
  readonly severities: readonly Severity[];
  /** French, one sentence: what the rule checks (for the README table). */
  readonly checks: string;
  /** False when the requirement does not concern this project (e.g. no synchronous activity): "non applicable". */
  applies?(ctx: CheckContext): boolean;
  check(ctx: CheckContext): RuleFinding[];
}

/**
 * - satisfied: the rule found nothing but information, or (for a requirement the guide leaves
 *   unchecked) the data plainly provides it;
 * - missing: the rule reported at least one error or warning;
 * - not-applicable: the requirement does not concern this project (no synchronous activity for
 *   MOD-2, no tutored modality for PRE-1, a certifying course for EVA-2…);
 * - not-checked: the guide sets no check and the data does not show it.
 */
export type GridStatus = "satisfied" | "missing" | "not-applicable" | "not-checked";

/** One row of the conformity grid, the annex of the cahier des charges. */
export interface GridRow {
  requirement: string;
  section: string;
  label: string;
  renderedIn: DocumentCode[];
  status: GridStatus;
  findings: Finding[];
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Requirements whose status is "satisfied". */
  satisfied: number;
  /** Requirements in the guide's table. */
  total: number;
}

export interface CheckResult {
  findings: Finding[];
  grid: GridRow[];
  summary: CheckSummary;
}

