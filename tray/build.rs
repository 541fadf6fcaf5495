//! Built for Windows, `downbeat-desktop.exe` gets Downbeat's icon (`icons/icon.ico`), a version
//! resource (what Explorer shows) and a manifest: the common controls of today's Windows for
//! its menu and message boxes, and per-monitor DPI awareness so its icon isn't blurred.
//! Nothing happens for other targets.

const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">
  <dependency>
    <dependentAssembly>
      <assemblyIdentity type="win32" name="Microsoft.Windows.Common-Controls" version="6.0.0.0"
        processorArchitecture="*" publicKeyToken="6595b64144ccf1df" language="*"/>
    </dependentAssembly>
  </dependency>
  <application xmlns="urn:schemas-microsoft-com:asm.v3">
    <windowsSettings>
      <dpiAware xmlns="http://schemas.microsoft.com/SMI/2005/WindowsSettings">true/pm</dpiAware>
      <dpiAwareness xmlns="http://schemas.microsoft.com/SMI/2016/WindowsSettings">PerMonitorV2</dpiAwareness>
    </windowsSettings>
  </application>
</assembly>
"#;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=../icons/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = tauri_winres::WindowsResource::new();
    res.set_icon("../icons/icon.ico")
        .set_manifest(MANIFEST)
        .set("ProductName", "Downbeat")
        .set("FileDescription", "Downbeat: is it down, or is it me?")
        .set("OriginalFilename", "downbeat-desktop.exe");
    if let Err(e) = res.compile_for(&["downbeat-desktop"]) {
        println!("cargo::error=could not embed the Windows icon and version resource: {e}");
    }
}
