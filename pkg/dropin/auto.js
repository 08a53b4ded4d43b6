// skjemasjekk/dropin/auto: the drop-in attached by the page's markup alone, so a
// page needs no script of its own (and runs under a CSP without inline scripts):
//
//   <form data-skjemasjekk-form="pilotplan" data-skjemasjekk-lang="nb"> … </form>
//   <script type="module" src="/pkg/dropin/auto.js"></script>
//
// Every `form[data-skjemasjekk-form]` of the document is attached when this module
// loads. Read from the form: `data-skjemasjekk-form` (the rule set's id),
// `data-skjemasjekk-lang` (else the nearest `lang`), `data-skjemasjekk-server-url`
// (the API root for the server's verdict, optional) and `data-skjemasjekk-ruleset`
// (where to fetch the rule set of a form that is not built in; without it such a
// form's rule set comes from `{server-url}/forms/{id}`). An attached form gets
// `data-skjemasjekk-ready="true"` and a `skjemasjekk:ready` event ({checker}).
// `skjemasjekk scaffold` writes such pages.

import { Validator } from "../dist/skjemasjekk.js";
import { attach, startEngine } from "./index.js";

/** @type {WeakMap<HTMLFormElement, Promise<any>>} the checker of each attached form */
const attached = new WeakMap();

/** The checker of a form this module attached (a promise), or undefined. */
export function checkerOf(form) {
  return attached.get(form);
}

/** Attach the drop-in to one form from its data attributes (once). */
export function attachForm(form) {
  let pending = attached.get(form);
  if (!pending) {
    pending = start(form);
    attached.set(form, pending);
  }
  return pending;
}

async function start(form) {
  const id = form.getAttribute("data-skjemasjekk-form") || "";
  const lang = form.getAttribute("data-skjemasjekk-lang") || form.closest("[lang]")?.getAttribute("lang") || "nb";
  const serverUrl = form.getAttribute("data-skjemasjekk-server-url") || undefined;
  await startEngine();
  let rulesetUrl = form.getAttribute("data-skjemasjekk-ruleset");
  const builtin = Validator.builtin();
  if (!rulesetUrl && serverUrl && !builtin.forms().some((f) => f.id === id)) {
    rulesetUrl = `${serverUrl.replace(/\/+$/, "")}/forms/${encodeURIComponent(id)}`;
  }
  let validator = builtin;
  if (rulesetUrl) {
    const res = await fetch(rulesetUrl, { headers: { accept: "application/json" }, credentials: "same-origin" });
    if (!res.ok) throw new Error(`skjemasjekk: the rule set at ${rulesetUrl} could not be fetched (HTTP ${res.status})`);
    validator = new Validator(await res.text());
  }
  const checker = await attach(form, { form: id, lang, serverUrl, validator });
  form.setAttribute("data-skjemasjekk-ready", "true");
  form.dispatchEvent(new CustomEvent("skjemasjekk:ready", { detail: { checker }, bubbles: true }));
  return checker;
}

/** Attach every `form[data-skjemasjekk-form]` under `root`. */
export function attachAll(root = document) {
  const forms = Array.from(root.querySelectorAll("form[data-skjemasjekk-form]"));
  return Promise.all(
    forms.map((f) =>
      attachForm(f).catch((e) => {
        // The form still works without the drop-in: it posts to its action.
        // (An engine the browser refused has said so in the console already.)
        if (!(e instanceof Error && e.name === "EngineStartError")) console.error(e);
        return null;
      }),
    ),
  );
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => attachAll());
  else attachAll();
}
