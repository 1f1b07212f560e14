import type { Rule } from "../types.js";
import { ACC_1 } from "./ACC-1.js";
import { ACT_1 } from "./ACT-1.js";
import { ACT_2 } from "./ACT-2.js";
import { AUT_1 } from "./AUT-1.js";
import { AUT_2 } from "./AUT-2.js";
import { CON_1 } from "./CON-1.js";
import { ENT_1 } from "./ENT-1.js";
import { ENT_2 } from "./ENT-2.js";
import { EVA_2 } from "./EVA-2.js";
import { EVA_4 } from "./EVA-4.js";
import { FIC_1 } from "./FIC-1.js";
import { FIC_2 } from "./FIC-2.js";
import { MOD_1 } from "./MOD-1.js";
import { MOD_2 } from "./MOD-2.js";
import { ORG_2 } from "./ORG-2.js";
import { ORG_3 } from "./ORG-3.js";
import { PRE_1 } from "./PRE-1.js";
import { PRO_1 } from "./PRO-1.js";
import { PUB_1 } from "./PUB-1.js";
import { REC_1 } from "./REC-1.js";
import { REP_1 } from "./REP-1.js";
import { RES_1 } from "./RES-1.js";
import { RES_4 } from "./RES-4.js";
import { RES_5 } from "./RES-5.js";
import { UNI_1 } from "./UNI-1.js";
import { UNI_2 } from "./UNI-2.js";

/** Every rule, one per requirement ID (order does not matter: findings are sorted). */
export const RULES: readonly Rule[] = [
  MOD_1, MOD_2, RES_1, RES_4, RES_5, ACT_1, ACT_2, ENT_1, ENT_2, AUT_1, AUT_2, REP_1, PRO_1, EVA_2, EVA_4,
  REC_1, FIC_1, FIC_2, ACC_1, ORG_2, ORG_3, UNI_1, UNI_2, PRE_1, CON_1, PUB_1,
];
