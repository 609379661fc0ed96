use std::process::ExitCode;

// Parsing, linting and rendering allocate many small, short-lived values on
// every core; glibc's allocator spent a sixth of a large build in malloc and
// free (see BENCHMARKS.md), mimalloc far less.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    charter::cli::run()
}
