// The settings page: reads the config file's form through `settings`, saves it through
// `save_settings` (the engine's loader validates every field; an error shows at its field and
// nothing is written), and the tray process reloads it.
"use strict";
/* global tauri */
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
      text = `${s ? s.name : "A service"}: ${message}`;
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
      const sub = s.type === "custom" ? ` ${s.url}` : s.type === "other" ? " (written in the config file)" : "";
      if (sub) label.append(mk("span", { class: "sub" }, sub));
      const rm = mk("button", { type: "button", "aria-label": `Remove ${s.name}` }, "Remove");
      rm.addEventListener("click", () => { services.splice(i, 1); clearError("services"); renderServices(); });
      const buttons = mk("span", { class: "buttons" });
      // A custom service goes back into the form to be edited, and is added again from there.
      if (s.type === "custom") {
        const edit = mk("button", { type: "button", "aria-label": `Edit ${s.name}` }, "Edit");
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
    $("settings-saved").textContent = "";
    view = await call("settings").catch((e) => ({ error: e.message || String(e), catalogue: [] }));
    $("settings-path").textContent = view.path ? `(${view.path})` : "";
    const broken = $("settings-broken");
    broken.hidden = !view.error;
    // What to do, once; the error itself too unless the window's problem line already says it.
    const said = !$("app-problem").hidden;
    broken.textContent = view.error
      ? "This page can't show the settings while their file (named above) has an error. Fix it in a text editor: Downbeat reloads it as soon as it loads." +
        (said ? "" : ` ${view.error}`)
      : "";
    $("settings-form").hidden = !view.form;
    if (!view.form) return;
    const f = view.form;
    services = f.services.map((s) => ({ ...s }));
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
    const login = $("set-autostart");
    login.checked = !!view.start_at_login;
    login.disabled = view.start_at_login === null || view.start_at_login === undefined;
    renderServices();
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
      services: services.map((s) => s.type === "preset" ? { type: "preset", preset: s.preset, name: s.name }
        : s.type === "custom" ? { type: "custom", name: s.name, url: s.url, expect_status: s.expect_status }
        : { type: "other", name: s.name }),
    };
  }

  async function save(ev) {
    ev.preventDefault();
    clearErrors();
    const saved = $("settings-saved");
    saved.textContent = "Saving…";
    const login = $("set-autostart");
    try {
      await call("save_settings", { form: form(), startAtLogin: login.disabled ? null : login.checked });
      saved.textContent = "Saved. The next round checks the new settings.";
      setTimeout(() => { if (saved.textContent.startsWith("Saved")) saved.textContent = ""; }, 6000);
    } catch (e) {
      saved.textContent = "";
      if (e && e.kind === "field") fieldError(e.field, e.message);
      else fieldError("file", (e && e.message) || String(e));
    }
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
      if (!name || !url) { fieldError("services", "a custom service needs a name and a URL"); return; }
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
  window.downbeatSettings = { show };
})();
