// The CommonJS side of the TypeScript consumer (tsc --strict, Node resolution): a
// `require` of the package gets the types of node.d.cts, the same API as the ES module.
import skjemasjekk = require("skjemasjekk");

const v: skjemasjekk.Validator = skjemasjekk.Validator.builtin();
const report: skjemasjekk.Report = v.validate("pilotplan", {}, { lang: "nn" });
const valid: boolean = report.valid;
const live: skjemasjekk.LiveForm = v.live("pilotplan");
const handle: skjemasjekk.LiveHandle = live.handle("/planYear");
const delta: skjemasjekk.LiveDelta = live.setAt(handle, 2024);
const inEnglish: skjemasjekk.Report = live.report("en");
live.setLang("nb");
const ready: Promise<skjemasjekk.InitOutput> = skjemasjekk.default();
export const used = [valid, delta, inEnglish, ready, skjemasjekk.version()];

// @ts-expect-error: a validator has no `check` method
v.check("pilotplan", {});
// @ts-expect-error: a language is "nb", "nn" or "en"
live.setLang("sv");
