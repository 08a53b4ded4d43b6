// The playground's editor: turning a place the service gives (1-based line and
// column, the column counted in UTF-8 bytes as every JSON position of the engine
// is) into an offset of the textarea's text, marking the problems' ranges on a
// backdrop behind the textarea, selecting a problem's range, and waiting for a
// pause in typing. Text positions only: no rule logic here.

const encoder = new TextEncoder();

/**
 * The UTF-16 offset in `text` of 1-based `line` and byte `column` (clamped to
 * the text: a place past a line's end is its end).
 * @param {string} text
 * @param {number} line
 * @param {number} column
 */
export function offsetOf(text, line, column) {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) return text.length;
    start = nl + 1;
  }
  const end = text.indexOf("\n", start);
  const lineText = text.slice(start, end < 0 ? text.length : end);
  let bytes = 0;
  let units = 0;
  for (const ch of lineText) {
    if (bytes >= column - 1) break;
    bytes += encoder.encode(ch).length;
    units += ch.length;
  }
  return start + units;
}

/**
 * Select a problem's text in the editor and scroll it into view.
 * @param {HTMLTextAreaElement} editor
 * @param {{line: number, column: number, endLine: number, endColumn: number}} place
 */
export function selectPlace(editor, place) {
  const text = editor.value;
  const start = offsetOf(text, place.line, place.column);
  const end = Math.max(start, offsetOf(text, place.endLine, place.endColumn));
  editor.focus();
  editor.setSelectionRange(start, end, "forward");
  const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 20;
  editor.scrollTop = Math.max(0, (place.line - 3) * lineHeight);
  editor.dispatchEvent(new Event("scroll"));
}

/**
 * Mark each problem's text on `backdrop`, a copy of the editor's text behind it
 * (transparent text, marks only; aria-hidden: the list of problems says it all).
 * Problems of the whole rule set (pointer "") are not marked.
 * @param {HTMLElement} backdrop
 * @param {string} text
 * @param {{pointer: string, line: number, column: number, endLine: number, endColumn: number}[]} problems
 */
export function markProblems(backdrop, text, problems) {
  const ranges = problems
    .filter((p) => p.pointer !== "")
    .map((p) => [offsetOf(text, p.line, p.column), offsetOf(text, p.endLine, p.endColumn)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(from, end);
    parts.push(mark);
    at = end;
  }
  parts.push(text.slice(at), "\n");
  backdrop.replaceChildren(...parts);
}

/** Keep the backdrop scrolled as the editor is. */
export function followScroll(editor, backdrop) {
  const follow = () => {
    backdrop.scrollTop = editor.scrollTop;
    backdrop.scrollLeft = editor.scrollLeft;
  };
  editor.addEventListener("scroll", follow);
  return follow;
}

/**
 * A function that calls `fn` once calls have paused for `ms` milliseconds.
 * @param {() => void} fn
 * @param {number} ms
 */
export function debounce(fn, ms) {
  let timer = 0;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

/**
 * Lint a rule set's text on the service (`POST /api/v1/lint`).
 * @param {string} text
 * @returns {Promise<{form: {id: string, version: string, hash: string} | null, problems: any[]}>}
 */
export async function lintOnService(text) {
  const res = await fetch("/api/v1/lint", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: text,
  });
  if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
  return res.json();
}

/**
 * The scaffolded form of a rule set (`POST /api/v1/scaffold`): the <form>
 * element, `null` when the service has no scaffold route (404), or an Error
 * with the service's message.
 * @param {string} text
 * @param {string} lang
 * @returns {Promise<HTMLFormElement | null>}
 */
export async function scaffoldOnService(text, lang) {
  const res = await fetch(`/api/v1/scaffold?lang=${encodeURIComponent(lang)}&fragment=true`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: text,
  });
  if (res.status === 404) return null;
  if (!res.ok) {
    let message = `HTTP ${res.status}`;
    try {
      message = (await res.json()).error?.message || message;
    } catch {
      // not JSON: the status says enough
    }
    throw new Error(message);
  }
  const template = document.createElement("template");
  template.innerHTML = await res.text();
  const form = template.content.querySelector("form");
  if (!form) throw new Error("the answer held no <form> element");
  return form;
}
