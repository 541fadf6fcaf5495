use std::path::Path;
use std::process::Command;

const BUILD_UI: &str = "cd ui && npm ci && npm run build";

fn main() {
    // The window's files (ui/dist) are embedded at compile time. On a clean clone they don't
    // exist yet: build them here, or stop with one line that names the command.
    if let Err(e) = ensure_ui_dist() {
        println!("cargo::error=ui/dist is missing and could not be built ({e}): run `{BUILD_UI}`");
        return;
    }
    // Our own commands get permissions (allow-snapshot, ...), so the history window's
    // capability can grant exactly these and nothing else.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "catalogue",
        "snapshot",
        "history",
        "export_csv",
        "check_now",
        "settings",
        "save_settings",
        "set_theme",
    ]);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        println!("cargo::error=tauri build step failed: {e:#}");
    }
}

/// Builds ui/dist with npm when it is missing or older than a file in ui/src (`npm ci` first
/// when ui/node_modules is missing too), so an edited window is never shipped stale.
fn ensure_ui_dist() -> Result<(), String> {
    let ui = Path::new("../ui");
    println!("cargo::rerun-if-changed=../ui/dist/index.html");
    println!("cargo::rerun-if-changed=../ui/src");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let built = modified(&ui.join("dist").join("index.html"));
    let newest_src = std::fs::read_dir(ui.join("src"))
        .map(|dir| dir.flatten().filter_map(|e| modified(&e.path())).max())
        .ok()
        .flatten();
    if let Some(built) = built {
        if newest_src.is_none_or(|src| src <= built) {
            return Ok(());
        }
    }
    let npm = |args: &[&str]| -> Result<(), String> {
        let status = Command::new("npm")
            .args(args)
            .current_dir(ui)
            .env("npm_config_update_notifier", "false")
            .status()
            .map_err(|e| format!("npm {}: {e}", args.join(" ")))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("npm {} failed with {status}", args.join(" ")))
        }
    };
    if !ui.join("node_modules").exists() {
        npm(&["ci", "--no-audit", "--no-fund", "--loglevel=error"])?;
    }
    npm(&["run", "--silent", "build"])
}
