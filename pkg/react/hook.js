// `useLiveForm`: the engine's live form in a React component. Each `set` sends one
// value (through a handle kept per pointer) and applies the returned delta to the
// issues on show; the component re-renders with them. The live form is made when
// the component mounts (or the validator or form changes) and freed when it unmounts.

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * @param {import("../dist/skjemasjekk.js").Validator} validator a ready validator
 * @param {string} formId
 * @param {{ lang?: "nb" | "nn" | "en", strict?: boolean, data?: unknown }} [options]
 *   `data`: where the form starts (read when the live form is made)
 */
export function useLiveForm(validator, formId, options = {}) {
  const { lang = "nb", strict = true } = options;
  const initial = useRef(options.data);
  const live = useRef(null);
  const handles = useRef(new Map());
  const [state, setState] = useState({ ready: false, valid: false, byPath: new Map() });

  const show = useCallback((report) => {
    const byPath = new Map();
    for (const issue of report.issues) byPath.set(issue.path, [...(byPath.get(issue.path) || []), issue]);
    setState({ ready: true, valid: report.valid, byPath });
  }, []);

  useEffect(() => {
    const form = validator.live(formId, { lang, strict }, initial.current);
    live.current = form;
    show(form.report());
    return () => {
      for (const h of handles.current.values()) h.free();
      handles.current = new Map();
      live.current = null;
      form.free();
    };
    // The language is switched below without a new live form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [validator, formId, strict, show]);

  useEffect(() => {
    const form = live.current;
    if (!form) return;
    form.setLang(lang);
    show(form.report());
  }, [lang, show]);

  const set = useCallback((pointer, value) => {
    const form = live.current;
    if (!form) return null;
    let handle = handles.current.get(pointer);
    if (!handle) handles.current.set(pointer, (handle = form.handle(pointer)));
    const delta = form.setAt(handle, value);
    setState((old) => {
      const byPath = new Map(old.byPath);
      for (const { path, issues } of delta.changed) {
        if (issues.length) byPath.set(path, issues);
        else byPath.delete(path);
      }
      return { ready: true, valid: delta.valid, byPath };
    });
    return delta;
  }, []);

  const issues = useCallback((pointer) => state.byPath.get(pointer) || [], [state]);
  const report = useCallback(() => (live.current ? live.current.report() : null), []);
  const data = useCallback(() => (live.current ? live.current.data() : null), []);
  return { ready: state.ready, valid: state.valid, issues, set, remove: (pointer) => set(pointer, undefined), report, data };
}
