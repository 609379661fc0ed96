//! Rules written in code, one per file. Each file's doc comment on the
//! `static` is the rule's documentation (`charter explain ID`).

pub(crate) mod contact_address;
mod effective_delay;
mod engine;
mod i18n_missing_translation;
mod i18n_stale_translation;
mod i18n_structure;
mod i18n_theme_strings;
mod i18n_untranslated;
mod i18n_version_mismatch;
pub(crate) mod notice_period_text;
mod subprocessors_list;
mod subprocessors_undeclared;
mod subprocessors_unmentioned;
mod updated_in_future;
mod versions_annual_review;
mod versions_backdated;
mod versions_date_not_bumped;
mod versions_notice_period;
mod versions_shallow_history;

pub use engine::{
    MISSING_FACT, SUPPRESSION_REASON, UNKNOWN_RULE, UNSUPPORTED_LANGUAGE, UNUSED_SUPPRESSION,
};
pub use i18n_stale_translation::STALE_TRANSLATION;
pub use i18n_theme_strings::THEME_STRINGS;
pub use subprocessors_undeclared::SUBPROCESSORS_UNDECLARED;
pub use versions_shallow_history::SHALLOW_HISTORY;

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
    &i18n_missing_translation::MISSING_TRANSLATION,
    &i18n_version_mismatch::VERSION_MISMATCH,
    &i18n_stale_translation::STALE_TRANSLATION,
    &i18n_structure::STRUCTURE,
    &i18n_untranslated::UNTRANSLATED,
    &THEME_STRINGS,
    &versions_date_not_bumped::DATE_NOT_BUMPED,
    &versions_notice_period::NOTICE_PERIOD,
    &versions_backdated::BACKDATED,
    &versions_annual_review::ANNUAL_REVIEW,
    &SHALLOW_HISTORY,
    &UNKNOWN_RULE,
    &UNUSED_SUPPRESSION,
    &SUPPRESSION_REASON,
    &UNSUPPORTED_LANGUAGE,
    &MISSING_FACT,
];
