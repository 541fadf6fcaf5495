// A GUI program on Windows: no console window opens with the history window.
#![windows_subsystem = "windows"]

fn main() {
    downbeat_window::run();
}
