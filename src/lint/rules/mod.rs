//! Rules written in code, one per file. Each file's doc comment on the
//! `static` is the rule's documentation (`charter explain ID`).

mod contact_address;
mod effective_delay;
mod engine;
mod notice_period_text;
mod subprocessors_list;
mod subprocessors_undeclared;
mod subprocessors_unmentioned;
mod updated_in_future;

pub use engine::{
    MISSING_FACT, SUPPRESSION_REASON, UNKNOWN_RULE, UNSUPPORTED_LANGUAGE, UNUSED_SUPPRESSION,
};

use super::rule::CodeRule;

/// The registry of code rules.
pub static ALL: &[&CodeRule] = &[
    &contact_address::CONTACT_ADDRESS,
    &effective_delay::EFFECTIVE_DELAY,
    &notice_period_text::NOTICE_PERIOD_TEXT,
    &updated_in_future::UPDATED_IN_FUTURE,
    &subprocessors_list::SUBPROCESSORS_LIST,
    &subprocessors_undeclared::SUBPROCESSORS_UNDECLARED,
    &subprocessors_unmentioned::SUBPROCESSORS_UNMENTIONED,
    &UNKNOWN_RULE,
    &UNUSED_SUPPRESSION,
    &SUPPRESSION_REASON,
    &UNSUPPORTED_LANGUAGE,
    &MISSING_FACT,
];
