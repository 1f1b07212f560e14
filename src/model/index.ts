/** The view model: what every document shows the same way, computed once. */
export { buildViewModel, listText } from "./view-model.js";
export type * from "./view-model.js";
export { LABELS, ENUM_TABLES, label, type LabelTable } from "./labels.js";
export { frenchDate, frenchPeriod, type FrenchDate } from "./dates.js";
export { courseTotals, unitTotals, type DurationView, type Totals } from "./durations.js";
export { slugify } from "./slug.js";
