// The demo portal's React page (react.html): the application form (forsøkssøknad)
// with Designsystemet's React components, the engine's live form through
// skjemasjekk/react's useLiveForm, messages after a field is left or on submit, an
// ErrorSummary whose links move focus to the field, and the server's verdict when
// the engine finds nothing. Bundled by scripts/build-www.sh (esbuild) into
// www/vendor/react-app.js; the engine itself is the package under /pkg/.
import init, { Validator } from "/pkg/dist/skjemasjekk.js";
import { useLiveForm } from "../../pkg/react/index.js";
import { checkOnServer } from "../../pkg/dropin/server.js";
import { parsePointer, toPointer } from "../../pkg/dropin/names.js";
import { typedValue, getIn } from "../../pkg/dropin/collect.js";
import { StrictMode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { Alert, Button, ErrorSummary, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Field, childrenOf, idOf } from "./fields.jsx";

const FORM = "forsokssoknad";
const LANGS = ["nb", "nn", "en"];

/** `doc` with `value` at `segs`, new objects on the way (React state is never changed in
 *  place); `undefined` removes. */
function withValue(doc, segs, value) {
  if (segs.length === 0) return value;
  const [head, ...rest] = segs;
  const copy = Array.isArray(doc) ? [...doc] : { ...(doc && typeof doc === "object" ? doc : {}) };
  const next = withValue(copy[head], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[head];
  else copy[head] = next;
  return copy;
}

function App({ v }) {
  const [lang, setLang] = useState(() => new URL(location.href).searchParams.get("lang") || "nb");
  const fields = useMemo(() => v.fields(FORM), [v]);
  const ui = useMemo(() => v.uiTexts(lang), [v, lang]);
  const title = v.forms().find((f) => f.id === FORM).title[lang];
  const live = useLiveForm(v, FORM, { lang });
  const [doc, setDoc] = useState({});
  const [raw] = useState(() => new Map());
  const [touched, setTouched] = useState(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [summary, setSummary] = useState(null);
  const [server, setServer] = useState(null);
  const summaryRef = useRef(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${title} (React)`;
  }, [lang, title]);
  const focusSummary = useRef(false);
  useEffect(() => {
    if (focusSummary.current && summary?.length) summaryRef.current?.focus();
    focusSummary.current = false;
  }, [summary]);
  // A new language words the summary again: the same issues, in the new words.
  useEffect(() => {
    setSummary((old) => {
      const report = old && live.report();
      if (!report) return old;
      const paths = new Set(old.map((i) => i.path));
      return report.issues.filter((i) => i.severity === "error" && paths.has(i.path));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, live.ready]);

  const set = useCallback((segs, value) => {
    setDoc((d) => withValue(d, segs, value));
    live.set(toPointer(segs), value);
    setServer(null);
  }, [live]);
  const ctx = {
    v, lang, ui, fields, doc, raw, live,
    shown: (pointer) => submitted || touched.has(pointer),
    touch: (pointer) => setTouched((t) => (t.has(pointer) ? t : new Set(t).add(pointer))),
    set,
    // Typed text as the field's JSON value, by the engine's one conversion (the
    // drop-in's and the server's); an emptied field is removed, an emptied row of
    // a list of texts stays "".
    setText: (segs, text) => {
      raw.set(toPointer(segs), text);
      const value = typedValue(v, FORM, segs, text);
      set(segs, value === undefined && typeof segs[segs.length - 1] === "number" ? "" : value);
    },
    addRow: (segs, empty) => {
      const rows = getIn(doc, segs);
      const items = Array.isArray(rows) ? rows : [];
      set(segs, [...items, empty]);
    },
    removeRow: (segs, i) => {
      const items = [...getIn(doc, segs)];
      items.splice(i, 1);
      for (const key of [...raw.keys()]) if (key.startsWith(toPointer(segs) + "/")) raw.delete(key);
      set(segs, items.length ? items : undefined);
    },
  };

  async function submit(e) {
    e.preventDefault();
    setSubmitted(true);
    const report = live.report();
    const errors = report ? report.issues.filter((i) => i.severity === "error") : [];
    focusSummary.current = true;
    setSummary(errors);
    if (errors.length) return;
    setServer({ state: "checking" });
    const hash = v.forms().find((f) => f.id === FORM).hash;
    const answer = await checkOnServer("/api/v1", FORM, lang, hash, live.data());
    setServer({ state: answer.status === "ok" ? (answer.report.valid ? "valid" : "invalid") : answer.status });
  }

  /** The field a summary link moves to: the control, else its fieldset. */
  function follow(e, pointer) {
    e.preventDefault();
    const box = document.getElementById(idOf(pointer));
    const control = box && (box.matches("input, textarea, select") ? box : box.querySelector("input, textarea, select"));
    (control || box)?.focus();
  }

  return (
    <>
      <nav className="react-lang" aria-label={ui.choose_language}>
        {LANGS.map((l) => (
          <Button key={l} type="button" variant="tertiary" data-size="sm" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
            {v.uiTexts(l).language_name}
          </Button>
        ))}
      </nav>
      <Heading level={1} data-size="lg">{title}</Heading>
      <Paragraph>{ui.all_required_note}</Paragraph>
      <form className="form" noValidate onSubmit={submit} data-react-form={FORM}>
        {summary?.length > 0 && (
          <ErrorSummary ref={summaryRef} tabIndex={-1}>
            <ErrorSummary.Heading>{ui.error_summary_heading}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {summary.map((i, n) => (
                <ErrorSummary.Item key={`${i.path}-${n}`}>
                  <ErrorSummary.Link href={`#${idOf(i.path)}`} onClick={(e) => follow(e, i.path)}>{i.message}</ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}
        {childrenOf(fields, "").map((info) => (
          <Field key={info.path} ctx={ctx} info={info} segs={parsePointer(info.path)} />
        ))}
        <Button type="submit">{ui.submit}</Button>
        {server && server.state !== "checking" && (
          <Alert data-color={server.state === "valid" ? "success" : "danger"} role="status">
            {ui[`server_${server.state}`] ?? ui.server_unreachable}
          </Alert>
        )}
      </form>
    </>
  );
}

const root = document.getElementById("react-root");
try {
  await init();
  const v = Validator.builtin();
  createRoot(root).render(<StrictMode><App v={v} /></StrictMode>);
  document.documentElement.dataset.ready = "true";
} catch (e) {
  console.error(`skjemasjekk: the engine could not start: ${e && e.message}`);
  document.documentElement.dataset.engine = "unavailable";
}
