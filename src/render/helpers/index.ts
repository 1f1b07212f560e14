import type Handlebars from "handlebars";
import { eq } from "./eq.js";
import { join } from "./join.js";
import { lines } from "./lines.js";
import { not } from "./not.js";
import { or } from "./or.js";
import { pageBreak } from "./page-break.js";
import { plural } from "./plural.js";
import { todo } from "./todo.js";
import { yesNo } from "./yes-no.js";

/** Every helper the templates may call (Handlebars' own: if, unless, each, with, lookup, log). */
export const helpers: Record<string, Handlebars.HelperDelegate> = { todo, lines, join, eq, or, not, yesNo, plural, pageBreak };
