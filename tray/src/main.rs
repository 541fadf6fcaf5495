// A GUI program on Windows: no console window opens with the tray app. Started from a
// terminal, it still prints there (`platform::attach_console`).
#![windows_subsystem = "windows"]

fn main() {
    downbeat_desktop::run();
}
