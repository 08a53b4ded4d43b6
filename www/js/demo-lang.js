// The demo pages' language: chosen by `?lang=`, else the one last picked
// (localStorage), else bokmål; shown on the language buttons and kept in links
// marked `data-keep-lang` and in the address. One piece of code for every page
// (page.js, playground.js); the words themselves come from the engine's UI texts.

export const LANGS = ["nb", "nn", "en"];
const STORE = "skjemasjekk-demo-lang";

/** The language the page opens in. */
export function initialLang() {
  const fromUrl = new URL(location.href).searchParams.get("lang");
  if (fromUrl && LANGS.includes(fromUrl)) return fromUrl;
  try {
    const stored = localStorage.getItem(STORE);
    if (stored && LANGS.includes(stored)) return stored;
  } catch {
    // storage may be switched off; the default is fine
  }
  return "nb";
}

/**
 * Shows `lang` on the page: each language button names its own language (from
 * `validator.uiTexts`) and says whether it is pressed, links marked
 * `data-keep-lang` carry `?lang=`, and `<html lang>` is set.
 */
export function showLang(lang, validator) {
  for (const b of document.querySelectorAll("[data-lang]")) {
    const own = b.getAttribute("data-lang") || "nb";
    b.textContent = validator.uiTexts(own).language_name;
    b.setAttribute("aria-pressed", String(own === lang));
  }
  for (const a of document.querySelectorAll("a[data-keep-lang]")) {
    const url = new URL(a.getAttribute("href") || "/", location.href);
    url.searchParams.set("lang", lang);
    a.setAttribute("href", url.pathname + url.search);
  }
  document.documentElement.lang = lang;
}

/** Remembers `lang` for the next visit and puts it in the address. */
export function rememberLang(lang) {
  try {
    localStorage.setItem(STORE, lang);
  } catch {
    // not remembered; the address still says it
  }
  const url = new URL(location.href);
  url.searchParams.set("lang", lang);
  history.replaceState(null, "", url.pathname + url.search + url.hash);
}

/** Calls `setLang` with a language button's language when it is pressed. */
export function onLangButtons(setLang) {
  for (const b of document.querySelectorAll("[data-lang]")) {
    b.addEventListener("click", () => setLang(b.getAttribute("data-lang") || "nb"));
  }
}
