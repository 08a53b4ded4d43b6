// Asking the server for its own verdict: the same data, POSTed to
// `{serverUrl}/forms/{id}/validate?lang=…` with the hash of the rule set the
// browser checked against (`X-Ruleset-Hash`; a server with other rules answers 409).

/**
 * @typedef {{ status: "ok", report: any } | { status: "stale" | "failed" | "unreachable", httpStatus?: number }} ServerAnswer
 */

/**
 * @param {string} serverUrl e.g. "/api/v1"
 * @param {string} formId @param {string} lang @param {string} hash @param {unknown} data
 * @param {typeof fetch} [fetchImpl]
 * @returns {Promise<ServerAnswer>}
 */
export async function checkOnServer(serverUrl, formId, lang, hash, data, fetchImpl = fetch) {
  const base = serverUrl.replace(/\/+$/, "");
  const url = `${base}/forms/${encodeURIComponent(formId)}/validate?lang=${encodeURIComponent(lang)}`;
  let res;
  try {
    res = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", "x-ruleset-hash": hash },
      body: JSON.stringify(data),
      credentials: "same-origin",
    });
  } catch {
    return { status: "unreachable" };
  }
  if (res.status === 409) return { status: "stale", httpStatus: 409 };
  if (res.status !== 200) return { status: "failed", httpStatus: res.status };
  try {
    return { status: "ok", report: await res.json() };
  } catch {
    return { status: "failed", httpStatus: res.status };
  }
}

/** Whether two reports say exactly the same (verdict, rule set and every issue). */
export function sameVerdict(a, b) {
  return (
    !!a && !!b &&
    a.valid === b.valid &&
    a.ruleset?.hash === b.ruleset?.hash &&
    JSON.stringify(a.issues) === JSON.stringify(b.issues)
  );
}
