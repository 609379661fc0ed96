use std::process::ExitCode;

fn main() -> ExitCode {
    charter::cli::run()
}
