use std::process::ExitCode;

// Parsing, linting and rendering allocate many small, short-lived values on
// every core; glibc's allocator spent a sixth of a large build in malloc and
// free (see BENCHMARKS.md), mimalloc far less.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// mimalloc's own options (`mimalloc.h`), part of the library the `mimalloc`
// crate links; the crate declares them only with its `extended` feature,
// which would add a crate for two C types.
unsafe extern "C" {
    fn mi_option_set_default(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay`: how long, in milliseconds, memory freed stays
/// committed before mimalloc hands it back to the system.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// mimalloc v3 waits a second, longer than a small site's whole build, so
/// everything a build ever freed stayed resident to the end: 10 ms (v2's
/// delay) took a 300-page build's peak from 47.5 to 46 MiB and the generated
/// 3,000-page lint's from 122 to 116 MiB, with the same CPU time (`perf
/// stat`, 15 runs); 0 saved 1.3 MiB more but cost 3% CPU in page faults.
const PURGE_DELAY_MS: std::ffi::c_long = 10;

unsafe extern "C" {
    /// POSIX `_exit`: ends the process without the C library's exit
    /// handlers.
    fn _exit(status: std::ffi::c_int) -> !;
}

fn main() -> ExitCode {
    // SAFETY: sets an option's default (the `MIMALLOC_PURGE_DELAY`
    // variable still wins); mimalloc reads it on its next purge, from any
    // thread, and no other thread exists yet.
    unsafe { mi_option_set_default(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    let status = charter::cli::status();
    exit_without_cleanup(status)
}

/// Ends the process once the command is done and its output flushed.
/// Returning from `main` would run the C library's exit handlers, among
/// them mimalloc's, which collects every heap and hands its pages back to
/// the system one `madvise` at a time (a tail of about forty calls after a
/// 300-page build) although the process's memory is about to go whole.
/// Rust's own exit only flushes standard output; standard error is not
/// buffered.
fn exit_without_cleanup(status: u8) -> ExitCode {
    if std::io::Write::flush(&mut std::io::stdout()).is_err() {
        // As a normal return would: the status stays the command's.
        return ExitCode::from(status);
    }
    // SAFETY: every thread that could still write (rayon's workers) is
    // idle, every file is closed or written through, and standard output
    // is flushed above; nothing else is left for exit handlers to do.
    unsafe { _exit(std::ffi::c_int::from(status)) }
}
