fn main() {
    // Our own commands get permissions (allow-snapshot, ...), so the history window's
    // capability can grant exactly these and nothing else.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "snapshot",
        "history",
        "export_csv",
        "check_now",
    ]);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        panic!("tauri build step failed: {e:#}");
    }
}
