//! Built for Windows, `downbeat.exe` gets Downbeat's icon (`icons/icon.ico`) and a version
//! resource, which is what Explorer shows. Nothing happens for other targets.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=../icons/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = tauri_winres::WindowsResource::new();
    res.set_icon("../icons/icon.ico")
        .set("ProductName", "Downbeat")
        .set("FileDescription", "Downbeat: is it down, or is it me?")
        .set("OriginalFilename", "downbeat.exe");
    if let Err(e) = res.compile_for(&["downbeat"]) {
        println!("cargo::error=could not embed the Windows icon and version resource: {e}");
    }
}
