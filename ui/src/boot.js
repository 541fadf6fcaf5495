// Loaded first: script errors, resources that fail to load and CSP blocks show in the window
// instead of failing silently.
"use strict";
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
    ? `Could not load ${e.target.src}`
    : `Script error: ${e.message} (${(e.filename || "").split("/").pop()}:${e.lineno})`);
}, true);
document.addEventListener("securitypolicyviolation", (e) => {
  showProblem(`Blocked by the content security policy: ${e.violatedDirective} ${e.blockedURI}`);
});

// Under a "C" or POSIX locale WebKit reports navigator.language as "C", which Intl rejects
// (and uPlot formats dates with Intl): fall back to a real language tag.
try {
  new Intl.DateTimeFormat(navigator.language);
} catch (_) {
  Object.defineProperty(Navigator.prototype, "language", { get: () => "en-US", configurable: true });
  Object.defineProperty(Navigator.prototype, "languages", { get: () => ["en-US"], configurable: true });
}
