// Submitting: the whole form checked in the browser (every message, the error
// summary, focus on it when something is wrong); when it is valid and a server
// is named, the server's own verdict, shown the same way. The submit button is
// never disabled: a second press simply checks again.

import { checkOnServer, sameVerdict } from "./server.js";

/**
 * Check everything as on submit and show it; returns the browser's report.
 * @param {any} c the checker
 */
export function checkAll(c) {
  c.resync();
  c.reveal();
  const report = c.v.validate(c.formId, c.data(), { lang: c.lang, strict: true });
  c.vis.submit();
  c.refresh(report);
  return report;
}

/** @param {any} c the checker */
export async function submit(c) {
  const report = checkAll(c);
  const data = c.data();
  if (!report.valid) {
    c.setStatus(null);
    c.summary.focus();
    c.emit("invalid", { report, data });
    return;
  }
  if (!c.serverUrl) {
    c.emit("valid", { report, data });
    if (c.onValid) c.onValid(data, report);
    else c.form.submit();
    return;
  }
  c.setStatus("checking", "server_checking");
  const answer = await checkOnServer(c.serverUrl, c.formId, c.lang, c.hash, data);
  if (answer.status !== "ok") {
    // 409: the server checks against other (newer) rules than this page has.
    if (answer.status === "stale") c.setStatus("stale", "server_stale");
    else c.setStatus("unreachable", "server_unreachable");
    c.emit("server", { status: answer.status, httpStatus: answer.httpStatus, browserReport: report, data });
    return;
  }
  const server = answer.report;
  const agree = sameVerdict(report, server);
  // The server has the last word: its issues are shown, the same way as ours.
  c.refresh(server);
  c.setStatus(server.valid ? "valid" : "invalid", server.valid ? "server_valid" : "server_invalid");
  c.summary.status.setAttribute("data-agree", String(agree));
  c.emit("server", { status: "ok", report: server, browserReport: report, agree, data });
  if (!server.valid) c.summary.focus();
  else if (c.onValid) c.onValid(data, server);
}
