import type { PathSegment } from "../common/json-path.js";
import type { RuleFinding } from "./types.js";

export const error = (path: PathSegment[], message: string): RuleFinding => ({ severity: "error", path, message });
export const warning = (path: PathSegment[], message: string): RuleFinding => ({ severity: "warning", path, message });
export const info = (path: PathSegment[], message: string): RuleFinding => ({ severity: "info", path, message });
