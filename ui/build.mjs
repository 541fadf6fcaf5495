// Assembles ui/dist (what the desktop app embeds): our files from src/ and uPlot's browser
// build from node_modules. No bundler: the page loads three scripts, all local (the CSP
// allows nothing else).
import { cpSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const uplot = join(here, "node_modules", "uplot", "dist");
if (!existsSync(uplot)) {
  console.error("ui/build.mjs: uPlot is missing: run `npm ci` in ui/ first");
  process.exit(1);
}
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(join(here, "src"), dist, { recursive: true });
cpSync(join(uplot, "uPlot.iife.min.js"), join(dist, "uplot.js"));
cpSync(join(uplot, "uPlot.min.css"), join(dist, "uplot.css"));
console.log("ui/dist is ready");
