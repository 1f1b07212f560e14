// A rolldown plugin for the command line's bundle: two of the helpers that docx's build (oxc, for
// an old JavaScript target) puts in place of native syntax, replaced by equivalents that let V8 do
// the work natively. docx 9 writes `{ ...a, b }` as `_objectSpread2(_objectSpread2({}, a), {}, { b })`,
// which copies each key through a closure, `_defineProperty`, `toPropertyKey` and `toPrimitive`:
// on the large example's cahier des charges, 0.2 s of the HTML → Word conversion and much of the
// garbage it leaves. The fix belongs upstream (a build target of ES2018 or later, where the spread
// stays native); until then, the bundle carries the faster helpers.
//
// Same results, for every argument:
// - a spread argument (odd position) is copied by Object.assign: own enumerable keys, strings then
//   symbols, read through getters, as the helper does. The two differ only where assigning is not
//   defining: a key "__proto__", which goes through the helper as before (the target is an object
//   literal being built, so it has no setter of its own);
// - a literal argument (even position) keeps the helper's own native path;
// - `_defineProperty` converts its key only when it is not already a string or a symbol, which
//   `toPropertyKey` would return unchanged.
// test/build/fast-helpers.test.ts checks that the installed docx still has these helpers, word for
// word, and that the bundled command line writes the same bytes as the library.

const OBJECT_SPREAD = `function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
			_defineProperty(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}`;

const FAST_OBJECT_SPREAD = `function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? Object.prototype.hasOwnProperty.call(t, "__proto__") ? ownKeys(Object(t), !0).forEach(function(r) {
			_defineProperty(e, r, t[r]);
		}) : Object.assign(e, t) : Object.defineProperties(e, Object.getOwnPropertyDescriptors(t));
	}
	return e;
}`;

const DEFINE_PROPERTY = `function _defineProperty(e, r, t) {
	return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {`;

const FAST_DEFINE_PROPERTY = `function _defineProperty(e, r, t) {
	return (typeof r === "string" || typeof r === "symbol" ? r : r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {`;

export const REPLACEMENTS = [
  { name: "_objectSpread2", from: OBJECT_SPREAD, to: FAST_OBJECT_SPREAD },
  { name: "_defineProperty", from: DEFINE_PROPERTY, to: FAST_DEFINE_PROPERTY },
];

/** docx's modules, where the helpers are. */
const DOCX_MODULE = /[\\/]node_modules[\\/]docx[\\/]dist[\\/][^\\/]+\.mjs$/;

/** The plugin; `replaced` counts, by helper, the modules where it was replaced. */
export function fastHelpers() {
  const replaced = Object.fromEntries(REPLACEMENTS.map(({ name }) => [name, 0]));
  return {
    replaced,
    plugin: {
      name: "mentor-docs-fast-helpers",
      transform(code, id) {
        if (!DOCX_MODULE.test(id)) return null;
        let out = code;
        for (const { name, from, to } of REPLACEMENTS) {
          if (!out.includes(from)) continue;
          out = out.split(from).join(to);
          replaced[name]++;
        }
        return out === code ? null : { code: out, map: null };
      },
    },
  };
}
