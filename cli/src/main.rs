fn main() -> std::process::ExitCode {
    downbeat_cli::main()
}
