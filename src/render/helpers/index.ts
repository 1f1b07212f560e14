import type Handlebars from "handlebars";
import { and } from "./and.js";
import { breakable } from "./breakable.js";
import { eq } from "./eq.js";
import { join } from "./join.js";
import { lines } from "./lines.js";
import { lowerFirst } from "./lower-first.js";
import { not } from "./not.js";
import { or } from "./or.js";
import { pageBreak } from "./page-break.js";
import { plural } from "./plural.js";
import { missing, todo } from "./todo.js";
import { yesNo } from "./yes-no.js";

/** Every helper the templates may call (Handlebars' own: if, unless, each, with, lookup, log). */
export const helpers: Record<string, Handlebars.HelperDelegate> = { todo, missing, lines, join, eq, or, and, not, lowerFirst, yesNo, plural, pageBreak, breakable };
