// The settings page: reads the config file's form through `settings`, saves it through
// `save_settings` (the engine's loader validates every field; an error shows at its field and
// nothing is written), and the tray process reloads it. Its words come from the catalogue
// (boot.js: `t`).
"use strict";
/* global t, wordsReady */
(function () {
  const call = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);
  const $ = (id) => document.getElementById(id);
  let view = null;
  let services = [];

  function mk(tag, attrs = {}, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function show(open) {
    $("settings").hidden = !open;
    $("history-page").hidden = open;
    $("open-settings").setAttribute("aria-expanded", String(open));
    if (open) load();
    else $("open-settings").focus();
  }

  function clearErrors() {
    for (const e of document.querySelectorAll(".field-error")) { e.hidden = true; e.textContent = ""; }
    for (const e of document.querySelectorAll("[aria-invalid]")) e.removeAttribute("aria-invalid");
  }

  // A field's error goes as soon as the field is changed.
  function clearError(field) {
    const box = $(`err-${field}`);
    if (box) { box.hidden = true; box.textContent = ""; }
    const input = { interval: "set-interval", remind_every: "set-remind-every", country: "set-country" }[field];
    if (input) $(input).removeAttribute("aria-invalid");
  }

  function fieldError(field, message) {
    // "services.2.url" shows under the services list, naming the service.
    const m = /^services\.(\d+)\.(\w+)$/.exec(field);
    let box = $(`err-${field}`);
    let text = message;
    if (m) {
      box = $("err-services");
      const s = services[Number(m[1])];
      text = s ? t("ui-settings-service-error", { service: s.name, error: message }) : t("ui-settings-some-service-error", { error: message });
    }
    box = box || $("err-file");
    box.hidden = false;
    box.textContent = text;
    const input = { interval: "set-interval", remind_every: "set-remind-every", country: "set-country" }[field];
    if (input) { $(input).setAttribute("aria-invalid", "true"); $(input).focus(); }
  }

  function renderServices() {
    const ul = $("set-services");
    ul.replaceChildren();
    services.forEach((s, i) => {
      const li = mk("li", { "data-service": s.name });
      const label = mk("span");
      label.append(mk("span", {}, s.name));
      const sub = s.type === "custom" ? s.url : s.type === "other" ? t("ui-settings-service-other") : "";
      if (sub) label.append(" ", mk("span", { class: "sub" }, sub));
      const rm = mk("button", { type: "button", "aria-label": t("ui-settings-remove-label", { service: s.name }) }, t("ui-settings-remove"));
      rm.addEventListener("click", () => { services.splice(i, 1); clearError("services"); renderServices(); });
      const buttons = mk("span", { class: "buttons" });
      // A custom service goes back into the form to be edited, and is added again from there.
      if (s.type === "custom") {
        const edit = mk("button", { type: "button", "aria-label": t("ui-settings-edit-label", { service: s.name }) }, t("ui-settings-edit"));
        edit.addEventListener("click", () => {
          services.splice(i, 1);
          $("custom").open = true;
          $("custom-name").value = s.name;
          $("custom-url").value = s.url;
          $("custom-status").value = s.expect_status || "200-399";
          clearError("services");
          renderServices();
          $("custom-name").focus();
        });
        buttons.append(edit);
      }
      buttons.append(rm);
      li.append(label, buttons);
      ul.append(li);
    });
    const pick = $("add-preset");
    pick.replaceChildren();
    const have = new Set(services.filter((s) => s.type === "preset").map((s) => s.preset));
    for (const c of view.catalogue) {
      if (!have.has(c.preset)) pick.append(mk("option", { value: c.preset }, c.name));
    }
    pick.disabled = $("add-preset-btn").disabled = pick.options.length === 0;
  }

  async function load() {
    clearErrors();
    say(null);
    await wordsReady;
    view = await call("settings").catch((e) => ({ error: e.message || String(e), catalogue: [] }));
    $("settings-form").hidden = !view.form;
    services = view.form ? view.form.services.map((s) => ({ ...s })) : [];
    relabel();
    if (!view.form) return;
    const f = view.form;
    $("set-interval").value = f.interval;
    $("set-baseline").checked = f.baseline;
    $("set-down").checked = f.notify_down;
    $("set-recovered").checked = f.notify_recovered;
    $("set-degraded").checked = f.notify_degraded;
    $("set-offline").checked = f.notify_offline;
    $("set-remind").checked = !!f.remind_every;
    $("set-remind-every").value = f.remind_every || "30m";
    $("set-elsewhere").checked = f.ask_elsewhere;
    $("set-provider").checked = f.learn_provider;
    $("set-country").value = f.country || "";
    $("set-token").value = f.outside_view_token || "";
    renderLanguages(f);
    const login = $("set-autostart");
    login.checked = !!view.start_at_login;
    login.disabled = view.start_at_login === null || view.start_at_login === undefined;
  }

  // The language picker: "Same as the system" (its label is the page's), then each language by
  // its name in itself, as the form lists them; the file's choice selected.
  function renderLanguages(f) {
    const pick = $("set-language");
    const auto = pick.querySelector('option[value="auto"]');
    pick.replaceChildren(auto);
    for (const l of view.languages || []) pick.append(mk("option", { value: l.code }, l.name));
    const chosen = f.language || "auto";
    // A code the list lacks (written by hand) stays as written.
    if (![...pick.options].some((o) => o.value === chosen)) pick.append(mk("option", { value: chosen }, chosen));
    pick.value = chosen;
  }

  // What the page writes from the settings it has, in the page's words: the file's name, and
  // what to do with a broken file. Again when the window's language changes.
  function relabel() {
    if (!view) return;
    $("settings-path").textContent = view.path ? t("ui-settings-path", { path: view.path }) : "";
    const broken = $("settings-broken");
    broken.hidden = !view.error;
    // What to do, once; the error itself too unless the window's problem line already says it.
    const said = !$("app-problem").hidden;
    broken.textContent = view.error
      ? [t("ui-settings-broken"), said ? "" : view.error].filter(Boolean).join(" ")
      : "";
    if (view.form) renderServices();
    const saved = $("settings-saved");
    if (saved.dataset.said) saved.textContent = t(saved.dataset.said);
  }

  function form() {
    return {
      interval: $("set-interval").value.trim(),
      notify_down: $("set-down").checked,
      notify_recovered: $("set-recovered").checked,
      notify_degraded: $("set-degraded").checked,
      notify_offline: $("set-offline").checked,
      remind_every: $("set-remind").checked ? $("set-remind-every").value.trim() : null,
      baseline: $("set-baseline").checked,
      ask_elsewhere: $("set-elsewhere").checked,
      learn_provider: $("set-provider").checked,
      country: $("set-country").value.trim(),
      outside_view_token: $("set-token").value.trim(),
      language: $("set-language").value,
      services: services.map((s) => s.type === "preset" ? { type: "preset", preset: s.preset, name: s.name }
        : s.type === "custom" ? { type: "custom", name: s.name, url: s.url, expect_status: s.expect_status }
        : { type: "other", name: s.name }),
    };
  }

  async function save(ev) {
    ev.preventDefault();
    clearErrors();
    const saved = $("settings-saved");
    say("ui-settings-saving");
    const login = $("set-autostart");
    try {
      await call("save_settings", { form: { ...(view.form || {}), ...form() }, startAtLogin: login.disabled ? null : login.checked });
      say("ui-settings-saved");
      setTimeout(() => { if (saved.dataset.said === "ui-settings-saved") say(null); }, 6000);
    } catch (e) {
      say(null);
      if (e && e.kind === "field") fieldError(e.field, e.message);
      else fieldError("file", (e && e.message) || String(e));
    }
  }

  // What the form says while and after saving (its id kept, to say it again in another
  // language), or nothing.
  function say(id) {
    const saved = $("settings-saved");
    if (id) saved.dataset.said = id;
    else delete saved.dataset.said;
    saved.textContent = id ? t(id) : "";
  }

  // The appearance is the window's own (kept in its storage), applied at once.
  function applyTheme(theme) {
    call("set_theme", { theme }).catch(() => {});
  }

  document.addEventListener("DOMContentLoaded", () => {
    const theme = localStorage.getItem("theme") || "system";
    $("set-theme").value = theme;
    if (theme !== "system") applyTheme(theme);
    $("set-theme").addEventListener("change", (e) => {
      localStorage.setItem("theme", e.target.value);
      applyTheme(e.target.value);
    });
    $("open-settings").addEventListener("click", () => show($("settings").hidden));
    $("settings-close").addEventListener("click", () => show(false));
    $("settings-form").addEventListener("submit", save);
    $("add-preset-btn").addEventListener("click", () => {
      const pick = $("add-preset");
      const c = view.catalogue.find((x) => x.preset === pick.value);
      if (c) { services.push({ type: "preset", preset: c.preset, name: c.name }); renderServices(); }
    });
    $("custom-add").addEventListener("click", () => {
      const name = $("custom-name").value.trim();
      const url = $("custom-url").value.trim();
      if (!name || !url) { fieldError("services", t("ui-settings-custom-incomplete")); return; }
      services.push({ type: "custom", name, url, expect_status: $("custom-status").value.trim() || "200-399" });
      $("custom-name").value = $("custom-url").value = "";
      renderServices();
    });
    for (const [input, field] of [["set-interval", "interval"], ["set-remind-every", "remind_every"], ["set-remind", "remind_every"], ["set-country", "country"],
      ["custom-name", "services"], ["custom-url", "services"], ["custom-status", "services"]]) {
      $(input).addEventListener("input", () => { clearError(field); clearError("file"); });
    }
    // Opened from the tray's "Settings…".
    if (location.hash === "#settings") show(true);
    window.__TAURI__.event.listen("show-settings", () => show(true));
    // A file fixed by hand while the page says it is broken: the page comes back with the next
    // snapshot (the tray reloads the file within a few seconds).
    window.__TAURI__.event.listen("snapshot", () => {
      if (!$("settings").hidden && view && view.error) load();
    });
    document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("settings").hidden) show(false); });
  });
  window.downbeatSettings = { show, relabel };
})();
