/** Attestations for every learner, and Open Badges: the library side of `mentor-docs attestations`. */
export { readLearners, parseLearners, detectDelimiter, type Learner, type LearnerList, type ReadLearnersOptions } from "./learners/read-learners.js";
export { parseLearnerDate, parseTimeSpent, isValidEmail } from "./learners/values.js";
export { learnerFileName, pathInside } from "./naming.js";
export { prepareTemplate, fill, mergeAll, findMergeFields, type Template } from "./fill.js";
export { badgeFacts, hashEmail, awardId, DEFAULT_BADGE_COLOR, type BadgeFacts } from "./badges/common.js";
export { buildIssuerProfile, buildBadgeClass, buildAssertion, type Ob2Assertion, type Ob2BadgeClass, type Ob2Profile } from "./badges/ob2.js";
export { buildCredential, validateCredential, type Credential } from "./badges/ob3.js";
export { badgeSvg, type BadgeImage } from "./badges/svg.js";
export { bake, unbake, type BakePayload, type Unbaked } from "./badges/bake.js";
export { signCredential, verifyCredentialJwt, loadSigningKey, parseSigningKey, type SigningKey } from "./badges/sign.js";
export { MERGE_FIELDS, learnerFields, type MergeFieldName } from "./fields.js";
