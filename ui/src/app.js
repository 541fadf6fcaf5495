// Downbeat's history window. Talks to the app only through its own IPC commands (catalogue,
// snapshot, history, export_csv, check_now) and the "snapshot" event. Its words come from the
// catalogue (boot.js: `t`) and the engine's view.
"use strict";

const tauri = window.__TAURI__;
/* global uPlot, showProblem, t, i18n, loadWords, wordsReady, pageLocale */
const invoke = (cmd, args) => tauri.core.invoke(cmd, args);
const $ = (id) => document.getElementById(id);
const PHASES = ["dns", "connect", "tls", "hello", "ttfb", "transfer"];
// Each phase's name in the chart's legend.
const PHASE_NAMES = {
  dns: "ui-latency-phase-dns", connect: "ui-latency-phase-connect", tls: "ui-latency-phase-tls",
  hello: "ui-latency-phase-hello", ttfb: "ui-latency-phase-ttfb", transfer: "ui-latency-phase-transfer",
};
// A group's state, in words, for screen readers.
const GROUP_STATES = {
  up: "ui-group-state-up", degraded: "ui-group-state-degraded", down: "ui-group-state-down", unknown: "ui-group-state-unknown",
};
// The uptime windows: each row's label, and its name for screen readers.
const WINDOWS = {
  "24h": ["ui-uptime-window-24h", "ui-uptime-bars-24h"],
  "7d": ["ui-uptime-window-7d", "ui-uptime-bars-7d"],
  "30d": ["ui-uptime-window-30d", "ui-uptime-bars-30d"],
};
let lastHistory = null;
let lastSnapshot = null;
let chart = null;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

function renderSnapshot(s) {
  lastSnapshot = s;
  $("verdict").textContent = s.verdict || t("ui-verdict-checking");
  // It's you: its own colour, and the advice that helps, under the line.
  const you = s.blame === "you";
  $("verdict").className = `verdict ${you ? "you" : s.overall}`;
  const advice = $("advice");
  if (advice) {
    // Said under the line, unless the line already ends with it ("…: open a browser").
    const lead = (s.advice || "").split(" ").slice(0, 3).join(" ").toLowerCase();
    const said = lead && (s.verdict || "").toLowerCase().includes(lead);
    advice.hidden = !you || !s.advice || said;
    advice.textContent = you ? s.advice : "";
  }
  const problem = $("app-problem");
  problem.hidden = !s.problem;
  problem.textContent = s.problem || "";
  // To the second, and "checking…" while a round runs, so that "Check now" visibly does something.
  $("last-checked").textContent = s.checked_text;
  // Every failing check failing alike (offline, say): said once (the engine words it), not
  // under each check.
  const alike = Boolean(s.merged);
  const merged = $("merged");
  merged.hidden = !alike;
  merged.textContent = s.merged || "";
  const cards = $("services");
  cards.replaceChildren();
  // The user's own connection first, above however tall the services' cards are: the
  // baseline sites, the same way.
  if (s.connection_line) {
    const you = !["none", "service"].includes(s.cause) && s.blame === "you";
    const card = el("article", { class: `card connection ${you ? "you" : s.connection}`, "data-service": "", "aria-label": t("ui-connection") });
    card.append(el("h3", {}, el("span", { class: "name", text: t("ui-connection") })));
    // The connection's state without its label: the card's heading says it.
    card.append(el("p", { class: "detail", text: s.connection_detail || "" }));
    if (s.baseline.length) card.append(checkList(s.baseline, alike));
    cards.append(card);
  }
  for (const svc of s.services) {
    // The look, the badge and the sentence come composed from the engine (downbeat::view).
    const card = el("article", { class: `card ${svc.look}`, "data-service": svc.name, "data-state": svc.word, "data-cause": svc.cause });
    card.append(el("h3", {}, el("span", { class: "name", text: svc.name }), el("span", { class: `badge ${svc.look}`, text: svc.badge })));
    const detail = [svc.summary, svc.since_text].filter(Boolean).join(" ");
    // What probes elsewhere said (the outside view), once asked: its own line on the card.
    const outside = svc.outside_line ? el("p", { class: "detail outside", text: svc.outside_line }) : null;
    // Which clients are hit: one chip per group (the apps, the web player, login).
    if (svc.groups && svc.groups.length) {
      const chips = el("ul", { class: "groups", "aria-label": t("ui-groups-label", { service: svc.name }) });
      for (const g of svc.groups) {
        const mark = { up: "✓", degraded: "!", down: "✕" }[g.status] || "…";
        const state = t(GROUP_STATES[g.status] || GROUP_STATES.unknown);
        chips.append(el("li", { class: `group g-${g.status}`, "data-group": g.name, "aria-label": t("ui-group-label", { group: g.name, state }), text: `${mark} ${g.name}` }));
      }
      card.append(chips);
    }
    card.append(el("p", { class: "detail", text: detail }));
    // The vendor's own word, beside what was observed.
    if (svc.status_page_line) card.append(el("p", { class: "detail vendor", text: svc.status_page_line }));
    if (outside) {
      card.append(outside);
      // Each probe asked: where it is, its network, and whether it got through.
      if (svc.outside_places.length) {
        const list = el("ul", { class: "places", "aria-label": t("ui-places-label", { service: svc.name }) });
        for (const p of svc.outside_places) list.append(el("li", { text: p }));
        card.append(list);
      }
    }
    const list = checkList(svc.checks, alike);
    card.append(list);
    cards.append(card);
  }
}

// A card's checks: each with its phases, and its own words when it fails (not when every
// failure is the same one, said once above).
function checkList(checks, alike) {
  const list = el("ul", { class: "checks" });
  for (const c of checks) {
    // Each phase's chip, worded by the engine ("dns 0.4 ms", "ttfb ✕").
    const phases = el("div", { class: "phases" });
    for (const chip of c.chips) phases.append(el("span", { class: `phase${chip.failed ? " failed" : ""}`, text: chip.text }));
    // Which access point (and port) answered the hello.
    if (c.access_point) phases.append(el("span", { class: "phase via", text: t("ui-check-via", { address: c.access_point }) }));
    const li = el("li", { class: `st-${c.status}`, "data-check": c.name }, el("span", { class: "name", text: c.name }));
    if (c.unverified) li.append(el("span", { class: "badge unverified", text: t("ui-badge-unverified"), title: t("ui-check-unverified-title") }));
    // A problem, or a result that was not verified, is explained in the check's own words.
    // (Not when every failure is the same one, said once above.)
    if ((c.status !== "up" && !alike) || c.unverified) li.append(el("div", { class: "check-detail", text: c.detail }));
    li.append(phases);
    list.append(li);
  }
  return list;
}

function renderUptime(h) {
  const root = $("uptime");
  root.replaceChildren();
  if (!h.services.length) {
    root.append(el("p", { class: "note", text: t("ui-uptime-nothing") }));
    return;
  }
  for (const svc of h.services) {
    const name = el("div", { class: "svc-name", text: svc.name });
    // Its checks' names in a sentence, composed by the app (a list).
    const unverified = (h.unverified_titles || {})[svc.name];
    if (unverified) {
      name.append(" ", el("span", { class: "badge unverified", text: t("ui-badge-unverified"), title: unverified }));
    }
    root.append(name);
    for (const [label, [word, named]] of Object.entries(WINDOWS)) {
      const w = svc.windows[label];
      const bars = el("div", { class: "bars", role: "img", "aria-label": t(named, { service: svc.name }) });
      // Each bar's look and words, and the uptime's, come from the engine (no data is
      // "no data", and a bar with a red slot never reads "100%").
      for (const b of w.buckets) bars.append(el("span", { class: b.look, title: b.title }));
      const pct = w.uptime_text;
      root.append(el("div", { class: "uptime-row", "data-service": svc.name, "data-window": label },
        el("span", { class: "label", text: t(word) }), bars, el("span", { class: "pct", text: pct })));
    }
  }
}

// The chart's time axis as the page's language writes times and days (Intl, with the
// catalogue's language), with the day under the first tick and each new day's, and the year
// under the first and each new year's when the ticks are days or months. uPlot calls it with
// the ticks (seconds) and their step.
function timeTicks(u, splits, axisIdx, space, step) {
  const lang = pageLocale();
  const format = (opts) => new Intl.DateTimeFormat(lang, opts);
  const year = format({ year: "numeric" });
  const month = format({ month: "short" });
  const day = format({ day: "numeric", month: "short" });
  const time = format(step < 60 ? { hour: "numeric", minute: "2-digit", second: "2-digit" } : { hour: "numeric", minute: "2-digit" });
  let before = null;
  return splits.map((s) => {
    const d = new Date(s * 1000);
    if (step >= 365 * 86400) return year.format(d);
    if (step >= 86400) {
      const tick = (step >= 28 * 86400 ? month : day).format(d);
      const first = before === null || before.getFullYear() !== d.getFullYear();
      before = d;
      return first ? `${tick}\n${year.format(d)}` : tick;
    }
    const first = before === null || before.toDateString() !== d.toDateString();
    before = d;
    return first ? `${time.format(d)}\n${day.format(d)}` : time.format(d);
  });
}

// A number in the chart (its legend and its axis), as the page's language writes it.
function chartNumber(v, places) {
  return v.toLocaleString(pageLocale(), { minimumFractionDigits: places, maximumFractionDigits: places, useGrouping: false });
}

function renderLatency(h) {
  const picker = $("latency-service");
  const names = h.services.map((s) => s.name);
  if ([...picker.options].map((o) => o.value).join() !== names.join()) {
    picker.replaceChildren(...names.map((n) => el("option", { value: n, text: n })));
  }
  $("latency-picker").hidden = names.length < 2;
  const svc = h.services.find((s) => s.name === picker.value) || h.services[0];
  const box = $("latency");
  const points = svc ? svc.latency.filter((b) => Object.keys(b.phases).length).length : 0;
  const recent = svc && svc.latency_span === "1h";
  $("latency-title").textContent = t(recent ? "ui-latency-title-hour" : "ui-latency-title-24h");
  $("latency-unit").textContent = t(recent ? "ui-latency-unit-round" : "ui-latency-unit-median");
  const empty = $("latency-empty");
  empty.hidden = points >= 2;
  empty.textContent = t(points === 0 ? "ui-latency-empty" : "ui-latency-too-few");
  box.hidden = points < 2;
  if (points < 2) return;
  const xs = svc.latency.map((b) => b.start_ms / 1000);
  // Only the phases this service has (no "hello" without an access-point check).
  const phases = svc.phases;
  const series = phases.map((p) => svc.latency.map((b) => (b.phases[p] ? b.phases[p].p50_ms : null)));
  const p95 = svc.latency.map((b) => (b.phases.total ? b.phases.total.p95_ms : null));
  const colours = ["#7c5cff", "#1f8fff", "#00a37a", "#8a6d00", "#e07b00", "#c83b8a"];
  const dark = matchMedia("(prefers-color-scheme: dark)").matches;
  const axis = { stroke: dark ? "#a2a7b0" : "#60656f", grid: { stroke: dark ? "#30343c" : "#e2e4e8" } };
  const opts = {
    width: Math.max(300, box.clientWidth - 16),
    height: 220,
    series: [
      // The time, as the engine words it (local time, one format).
      { label: t("ui-latency-time"), value: (u, v, si, idx) => (idx == null ? "" : svc.times[idx] || "") },
      ...phases.map((p) => ({ label: PHASE_NAMES[p] ? t(PHASE_NAMES[p]) : p, stroke: colours[PHASES.indexOf(p)], width: 2, spanGaps: true, points: { show: points < 20 }, value: (u, v) => (v == null ? "–" : chartNumber(v, 1)) })),
      { label: t("ui-latency-p95"), stroke: dark ? "#eceef1" : "#1b1d21", dash: [4, 4], width: 1, spanGaps: true, value: (u, v) => (v == null ? "–" : chartNumber(v, 0)) },
    ],
    axes: [{ ...axis, values: timeTicks }, { ...axis, size: 50, values: (u, splits) => splits.map((v) => v.toLocaleString(pageLocale())) }],
    scales: { x: { time: true } },
  };
  if (typeof uPlot !== "function") throw new Error(`the chart library did not load (${typeof uPlot}, ${typeof window.uPlot})`);
  if (chart) chart.destroy();
  box.replaceChildren();
  chart = new uPlot(opts, [xs, ...series, p95], box);
}

function renderIncidents(h) {
  const body = $("incidents").tBodies[0];
  body.replaceChildren();
  $("no-incidents").hidden = h.incidents.length > 0;
  $("no-incidents").textContent = h.no_incidents;
  $("incidents").hidden = h.incidents.length === 0;
  // What it was, why, whose side, when and how long: the engine's words (downbeat::view).
  for (const i of h.incidents) {
    body.append(el("tr", { "data-service": i.service || "", class: i.ongoing ? "ongoing" : "" },
      el("td", { text: i.when }),
      el("td", { class: i.ongoing ? "ongoing" : "", text: i.lasted }),
      el("td", { text: i.what }),
      el("td", { text: i.why }),
      el("td", { text: i.side })));
  }
}

async function refreshHistory() {
  try {
    const h = await invoke("history");
    lastHistory = h;
    renderUptime(h);
    renderLatency(h);
    renderIncidents(h);
  } catch (e) {
    showProblem(t("ui-problem-history", { error: e?.message ?? e }));
  }
}

let historyTimer = null;
function soon() {
  // Coalesce bursts of snapshots into one history query.
  clearTimeout(historyTimer);
  historyTimer = setTimeout(refreshHistory, 400);
}

async function main() {
  $("check-now").addEventListener("click", () => invoke("check_now"));
  $("export").addEventListener("click", async () => {
    const note = $("exported");
    try {
      note.textContent = t("ui-exported", { path: await invoke("export_csv") });
    } catch (e) {
      note.textContent = t("ui-export-failed", { error: e?.message ?? e });
    }
    note.hidden = false;
    clearTimeout(note.timer);
    note.timer = setTimeout(() => { note.hidden = true; }, 10_000);
  });
  $("latency-service").addEventListener("change", () => lastHistory && renderLatency(lastHistory));
  addEventListener("resize", () => lastHistory && renderLatency(lastHistory));
  // The chart's colours follow the appearance.
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => lastHistory && renderLatency(lastHistory));
  // The words first: nothing shows before them.
  await wordsReady;
  renderSnapshot(await invoke("snapshot"));
  await refreshHistory();
  await tauri.event.listen("snapshot", async (e) => {
    // The window's language changed (the settings, reloaded): its words again, then the rest.
    if (e.payload.language && e.payload.language !== i18n.lang) await relabel();
    renderSnapshot(e.payload);
    soon();
  });
  setInterval(refreshHistory, 60_000);
}

// The page in the window's new language: the labels, and everything drawn with words.
async function relabel() {
  try {
    await loadWords();
  } catch (e) {
    showProblem(String(e?.message ?? e));
    return;
  }
  if (lastSnapshot) renderSnapshot(lastSnapshot);
  await refreshHistory();
  if (window.downbeatSettings) window.downbeatSettings.relabel();
}

main().catch((e) => showProblem(t("ui-problem-start", { error: e })));
