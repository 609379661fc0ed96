//! `charter build`

use std::time::Instant;

use crate::cli::{BuildArgs, Status, Verbosity};
use crate::pipeline::{self, BuildOptions};
use crate::report;

pub fn run(args: &BuildArgs, verbosity: Verbosity) -> Status {
    let started = Instant::now();
    let options = BuildOptions {
        root: args.root.clone(),
        output: args.output.clone(),
        base_url: args.base_url.clone(),
    };
    match pipeline::build(&options) {
        Ok(summary) => {
            if verbosity != Verbosity::Quiet {
                eprintln!(
                    "Built {} pages in {:.2} s ({} languages) into {}",
                    summary.pages,
                    started.elapsed().as_secs_f64(),
                    summary.languages,
                    summary.output.display()
                );
            }
            Status::Success
        }
        Err(diags) => {
            report::eprint(&diags);
            eprintln!(
                "Build failed: {} problem(s); nothing was written.",
                diags.len()
            );
            Status::Broken
        }
    }
}
