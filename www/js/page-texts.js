// The demo portal's own texts (page titles, introductions, section headings),
// in bokmål, nynorsk and English, kept in page-texts.json so that the server's
// pages for browsers without JavaScript (src/serve/nojs/) show the very same
// words. Field labels, help texts, options and every message come from the rule
// sets and the engine, not from here.

import PAGE_TEXTS from "./page-texts.json" with { type: "json" };

export { PAGE_TEXTS };
