// Loaded first: the page's words, and script errors, resources that fail to load and CSP
// blocks shown in the window instead of failing silently.
"use strict";

// The page's words, in the window's language: the catalogue's `ui-` messages, by id (the
// `catalogue` command). Nothing on the page is written here: every label comes from it.
const i18n = { lang: "", words: {} };

// A message by id. `facts` fills in the names, paths and error texts a message holds as
// `{$name}` (the catalogue leaves them so); never a count: a sentence with a number in it comes
// composed from the app.
function t(id, facts) {
  const text = i18n.words[id];
  if (text === undefined) {
    // No words yet (an error before the catalogue came): the id and its facts, as they are.
    return [id, ...Object.values(facts || {})].join(" ");
  }
  if (!facts) return text;
  return text.replace(/\{\$(\w+)\}/g, (whole, name) =>
    Object.prototype.hasOwnProperty.call(facts, name) ? String(facts[name]) : whole);
}

// The static labels: `data-i18n` (the text), `data-i18n-aria` (aria-label), `data-i18n-title`
// and `data-i18n-placeholder`.
function applyWords(root = document) {
  for (const e of root.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
  for (const e of root.querySelectorAll("[data-i18n-aria]")) e.setAttribute("aria-label", t(e.dataset.i18nAria));
  for (const e of root.querySelectorAll("[data-i18n-title]")) e.setAttribute("title", t(e.dataset.i18nTitle));
  for (const e of root.querySelectorAll("[data-i18n-placeholder]")) e.setAttribute("placeholder", t(e.dataset.i18nPlaceholder));
}

// Reads the words again (at boot, and when the window's language changes) and applies them.
async function loadWords() {
  const c = await window.__TAURI__.core.invoke("catalogue");
  i18n.lang = c.language;
  i18n.words = c.messages;
  document.documentElement.lang = c.language;
  applyWords();
  return c.language;
}

// A language tag Intl takes: the page's, else the system's (dates and numbers the page writes
// itself, such as the chart's axes).
function pageLocale() {
  for (const tag of [i18n.lang, navigator.language]) {
    try {
      if (tag) return new Intl.DateTimeFormat(tag).resolvedOptions().locale;
    } catch (_) { /* not a tag Intl knows */ }
  }
  return "en";
}

function showProblem(text) {
  const p = document.getElementById("problem");
  if (!p) return;
  p.hidden = false;
  const line = document.createElement("div");
  line.textContent = text;
  p.append(line);
}
window.addEventListener("error", (e) => {
  // A resource that failed to load has no message, only a target.
  showProblem(e.target && e.target.src
    ? t("ui-problem-load", { file: e.target.src })
    : t("ui-problem-script", { error: e.message, place: `${(e.filename || "").split("/").pop()}:${e.lineno}` }));
}, true);
document.addEventListener("securitypolicyviolation", (e) => {
  showProblem(t("ui-problem-csp", { directive: e.violatedDirective, address: e.blockedURI }));
});

// Under a "C" or POSIX locale WebKit reports navigator.language as "C", which Intl rejects
// (and uPlot formats dates with Intl): fall back to a real language tag.
try {
  new Intl.DateTimeFormat(navigator.language);
} catch (_) {
  Object.defineProperty(Navigator.prototype, "language", { get: () => "en-US", configurable: true });
  Object.defineProperty(Navigator.prototype, "languages", { get: () => ["en-US"], configurable: true });
}

// The words before anything shows (the page is hidden until then: style.css, `booting`).
const wordsReady = loadWords()
  .catch((e) => showProblem(String(e?.message ?? e)))
  .finally(() => document.documentElement.classList.remove("booting"));
