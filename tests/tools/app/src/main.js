// A portal page's use of the package as a bundler sees it: `import`, `await init()`
// (the bundler's copy of the .wasm, found from import.meta.url), one validation and
// one live edit. The result goes into #out for bundlers.test.mjs to compare with Node.
import init, { Validator } from "skjemasjekk";

const out = document.getElementById("out");
try {
  await init();
  const v = Validator.builtin();
  const report = v.validate("pilotplan", { planYear: 1999 }, { lang: "nn" });
  const live = v.live("forsokssoknad", { lang: "en" });
  const delta = live.set("/title", "Ny");
  out.textContent = JSON.stringify({ report, delta });
} catch (e) {
  out.textContent = JSON.stringify({ error: String(e && e.stack ? e.stack : e) });
}
document.documentElement.dataset.done = "true";
