use std::ops::Range;
use std::sync::{Mutex, OnceLock};

use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID, PatternSet, hybrid};

use crate::lint::Check;
use crate::lint::matcher::{Groups, Matcher};
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

code_rule! {
    /// The notice period stated in the text differs from the configured one.
    ///
    /// A policy that says "changes become effective 30 days after being
    /// posted" makes a promise; `[lint] notice_period_days` in site.toml is how
    /// Charter checks that the dates keep it (see `dates.effective-delay`). If
    /// the two disagree, one of them is wrong, and readers hold the company to
    /// the text. Recognised in English, German, French, Spanish, Italian,
    /// Portuguese and Dutch.
    ///
    /// ## Example
    /// With `notice_period_days = 30`, "Changes take effect 14 days after
    /// publication" is a finding on "14".
    pub static NOTICE_PERIOD_TEXT = {
        id: "dates.notice-period-text",
        severity: Error,
        pack: "core",
        applies_to: [],
        jurisdictions: [],
        languages: &LANGUAGES,
        message: "The notice period in the text differs from site.toml",
        help: "make the text and `[lint] notice_period_days` in site.toml agree",
        check: Document(check),
    };
}

/// The languages [`PHRASES`] has: in others the rule says it cannot read
/// the text (`lint.unsupported-language`).
const LANGUAGES: [&str; PHRASES.len()] = crate::lint::rule::languages_of(PHRASES);

/// Phrases stating a notice period, per language; group 1 is the number of days.
const PHRASES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            r"(?:effective|take[sn]? effect|in force|appl(?:y|ies))\W+(?:\w+\W+){0,6}?(\d{1,3})\s+(?:calendar\s+)?days?\s+(?:after|following|from)",
            r"(?:at\s+least\s+)?(\d{1,3})\s+(?:calendar\s+)?days['’]?\s+(?:prior\s+|advance\s+)*notice",
            r"at\s+least\s+(\d{1,3})\s+(?:calendar\s+)?days\s+(?:prior|before|in\s+advance)",
        ],
    ),
    (
        "de",
        &[
            r"(\d{1,3})\s+Tage[n]?\s+nach\s+(?:ihrer\s+|der\s+|deren\s+|seiner\s+)?(?:Veröffentlichung|Bekanntgabe|Mitteilung|Benachrichtigung|Bekanntmachung)",
            r"(?:mindestens|spätestens)\s+(\d{1,3})\s+Tage\s+(?:vor|im\s+Voraus)",
        ],
    ),
    (
        "fr",
        &[
            r"(\d{1,3})\s+jours\s+(?:calendaires\s+)?(?:après|suivant)\s+(?:sa\s+|leur\s+|la\s+|leurs\s+)?(?:publication|notification|mise\s+en\s+ligne)",
            r"(?:au\s+moins|minimum)\s+(\d{1,3})\s+jours\s+(?:avant|à\s+l'avance|à\s+l’avance)",
            r"préavis\s+d['’](?:au\s+moins\s+)?(\d{1,3})\s+jours",
        ],
    ),
    (
        "es",
        &[
            r"(\d{1,3})\s+días\s+(?:naturales\s+)?(?:después|tras|a\s+partir)\s+(?:de\s+)?(?:su\s+|la\s+)?(?:publicación|notificación)",
            r"(?:al\s+menos|con)\s+(\d{1,3})\s+días\s+de\s+antelación",
        ],
    ),
    (
        "it",
        &[
            r"(\d{1,3})\s+giorni\s+(?:dopo|dalla)\s+(?:la\s+)?(?:loro\s+|sua\s+)?(?:pubblicazione|notifica)",
            r"(?:almeno|con)\s+(\d{1,3})\s+giorni\s+di\s+preavviso",
        ],
    ),
    (
        "pt",
        &[
            r"(\d{1,3})\s+dias\s+(?:após|depois\s+d[ae])\s+(?:a\s+)?(?:sua\s+)?(?:publicação|notificação)",
            r"(?:pelo\s+menos|com)\s+(\d{1,3})\s+dias\s+de\s+antecedência",
        ],
    ),
    (
        "nl",
        &[
            r"(\d{1,3})\s+dagen\s+na\s+(?:de\s+|hun\s+|haar\s+)?(?:publicatie|bekendmaking|kennisgeving)",
            r"(?:ten\s+minste|minstens)\s+(\d{1,3})\s+dagen\s+(?:van\s+tevoren|vooraf)",
        ],
    ),
];

/// What follows the number of days in every phrase of [`PHRASES`] (after
/// `(\d{1,3})\s+`), per language, in its order: a text without a digit,
/// white space and this states no notice period, and one pass over it
/// says so. Most documents state none, and finding a phrase's groups costs
/// several times a yes/no pass (a tenth of the lint of a generated
/// 300-page site).
const DAYS: [&str; PHRASES.len()] = [
    r"(?:calendar\s+)?day",
    "Tage",
    "jours",
    "días",
    "giorni",
    "dias",
    "dagen",
];

/// Words that make a sentence about changes to the document, per language:
/// "10 days' notice" of termination in a contract is not a change notice.
const CHANGE_WORDS: &[(&str, &str)] = &[
    ("en", r"chang|updat|amend|modif|revis"),
    ("de", r"änder|aktualis"),
    ("fr", r"modifi|changement|mise à jour|mises à jour"),
    ("es", r"cambio|modific|actualiz"),
    ("it", r"modific|cambiament|aggiorn"),
    ("pt", r"altera|modific|atualiz|actualiz"),
    ("nl", r"wijzig|aanpass"),
];

/// A language's compiled patterns: its notice-period phrases and its change
/// words, compiled the first time a document in that language is linted,
/// without the reverse automata of a `regex::Regex` (`lint::matcher`): the
/// English phrase's `(?:\w+\W+){0,6}?` made building that a tenth of a
/// small site's lint.
struct Compiled {
    /// Its index in [`PHRASES`].
    language: usize,
    /// A digit, white space and [`DAYS`]: whether a phrase may match.
    days: Matcher,
    /// The same as a `Regex`, built once a document passes `days`, to find
    /// each number before a day word ([`tail_ends`]).
    day_numbers: OnceLock<regex::Regex>,
    /// The phrases' sources, compiled into `phrases` once a document
    /// passes `days`: a site whose documents name no days never builds
    /// their capture automata.
    sources: &'static [&'static str],
    phrases: OnceLock<Vec<Groups>>,
    /// Each phrase's [`tail`], one pattern each, anchored where a number
    /// ends ([`Compiled::phrases_after`]); `None` if it cannot be built.
    tails: OnceLock<Option<hybrid::dfa::DFA>>,
    /// The caches of `tails`, kept for the next document: a fresh one
    /// builds its states again (more than the searches cost).
    tail_caches: Mutex<Vec<hybrid::dfa::Cache>>,
    change: Matcher,
}

impl Compiled {
    fn day_numbers(&self) -> &regex::Regex {
        self.day_numbers.get_or_init(|| {
            regex::RegexBuilder::new(&days_pattern(self.language))
                .case_insensitive(true)
                .build()
                .expect("static day words")
        })
    }

    fn phrases(&self) -> &[Groups] {
        self.phrases.get_or_init(|| {
            self.sources
                .iter()
                .map(|p| Groups::new(p).expect("static notice-period pattern"))
                .collect()
        })
    }

    /// The phrases, by index, whose [`tail`] matches at one of `ends` (where
    /// a number that may be reported ends): only they can report. `None`
    /// where the lazy DFA cannot say, for every phrase to run.
    ///
    /// A phrase's number is its top-level group 1, followed by the rest of
    /// the pattern, its tail: each match of the phrase is the tail's match
    /// where its number ends. A phrase reports only numbers [`tail_ends`]
    /// finds, so a phrase whose tail matches after none of them reports
    /// nothing, and finding its groups over the whole document (most of
    /// this rule's cost on a generated 300-page site, whose documents state
    /// a notice period in one of a language's phrases) is skipped.
    fn phrases_after(&self, body: &str, ends: &[usize]) -> Option<PatternSet> {
        let dfa = self
            .tails
            .get_or_init(|| {
                let tails: Vec<&str> = self.sources.iter().map(|p| tail(p)).collect();
                hybrid::dfa::DFA::builder()
                    .configure(hybrid::dfa::DFA::config().match_kind(MatchKind::All))
                    .syntax(syntax::Config::new().case_insensitive(true))
                    .build_many(&tails)
                    .ok()
            })
            .as_ref()?;
        let kept = self.tail_caches.lock().ok().and_then(|mut kept| kept.pop());
        let mut cache = kept.unwrap_or_else(|| dfa.create_cache());
        let mut found = Some(PatternSet::new(dfa.pattern_len()));
        for &end in ends {
            let input = Input::new(body).range(end..).anchored(Anchored::Yes);
            let Some(set) = found.as_mut() else { break };
            if dfa
                .try_which_overlapping_matches(&mut cache, &input, set)
                .is_err()
            {
                found = None;
            } else if set.is_full() {
                break;
            }
        }
        if let Ok(mut kept) = self.tail_caches.lock() {
            kept.push(cache);
        }
        found
    }
}

/// What follows the number of days, `(\d{1,3})`, in `phrase`: the rest of
/// the pattern (a test checks that the group is at its top level).
fn tail(phrase: &str) -> &str {
    phrase.split_once(NUMBER).map_or(phrase, |(_, tail)| tail)
}

/// The number of days in every phrase of [`PHRASES`], its group 1.
const NUMBER: &str = r"(\d{1,3})";

/// One cell per language of [`PHRASES`], in its order.
static COMPILED: [OnceLock<Compiled>; PHRASES.len()] = [const { OnceLock::new() }; PHRASES.len()];

/// The compiled patterns of `lang` (a primary language subtag), if it has any.
fn compiled(lang: &str) -> Option<&'static Compiled> {
    let i = PHRASES.iter().position(|(l, _)| *l == lang)?;
    let (_, phrases) = PHRASES[i];
    let change = change_words(lang)?;
    Some(COMPILED[i].get_or_init(|| Compiled {
        language: i,
        days: Matcher::new(&[days_pattern(i)], None).expect("static day words"),
        day_numbers: OnceLock::new(),
        sources: phrases,
        phrases: OnceLock::new(),
        tails: OnceLock::new(),
        tail_caches: Mutex::new(Vec::new()),
        change: Matcher::new(&[change], None).expect("static change words"),
    }))
}

/// The [`CHANGE_WORDS`] of `lang`.
fn change_words(lang: &str) -> Option<&'static str> {
    CHANGE_WORDS
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, words)| *words)
}

/// The pattern of [`Compiled::days`] for language `i` of [`PHRASES`].
fn days_pattern(i: usize) -> String {
    format!(r"\d\s+{}", DAYS[i])
}

/// The pattern sets this rule compiles, as it gives them to `Matcher::new`
/// and `Groups::new` (`lint::static_sets`).
#[cfg(test)]
pub(crate) fn static_sets() -> Vec<crate::lint::static_sets::StaticSet> {
    use crate::lint::static_sets::StaticSet;
    let mut sets = Vec::new();
    for (i, (lang, phrases)) in PHRASES.iter().enumerate() {
        sets.push(StaticSet::plain(vec![days_pattern(i)]));
        if let Some(change) = change_words(lang) {
            sets.push(StaticSet::plain(vec![change.to_string()]));
        }
        for phrase in *phrases {
            sets.push(StaticSet::groups(phrase));
        }
    }
    sets
}

/// The sentence around byte `at`: from the previous full stop to the next.
fn sentence(text: &str, at: usize) -> &str {
    let start = text[..at].rfind(['.', '\n']).map_or(0, |i| i + 1);
    let end = text[at..].find(['.', '\n']).map_or(text.len(), |i| at + i);
    &text[start..end]
}

fn check(c: &mut Check<'_>) {
    let primary = crate::i18n::primary_subtag(&c.doc.lang).to_string();
    let Some(compiled) = compiled(&primary) else {
        return;
    };
    let expected = c.linter.notice_period_days;
    let (body, offset) = c.body();
    if !compiled.days.is_match(body) {
        return;
    }
    let ends = tail_ends(compiled, body, expected);
    if ends.is_empty() {
        return;
    }
    let phrases = compiled.phrases_after(body, &ends);
    for (number, days) in differing(compiled, body, expected, phrases.as_ref()) {
        let span = offset + number.start..offset + number.end;
        c.report_violation(span, Promises { days, expected });
    }
}

/// The numbers of days the phrases state in `body` in sentences about
/// changes that differ from `expected`, in order, with their spans. Only
/// the phrases in `only` are searched, when it is given
/// ([`Compiled::phrases_after`]).
fn differing(
    compiled: &Compiled,
    body: &str,
    expected: i64,
    only: Option<&PatternSet>,
) -> Vec<(Range<usize>, String)> {
    let mut hits = Vec::new();
    for (i, p) in compiled.phrases().iter().enumerate() {
        if only.is_some_and(|only| !only.contains(PatternID::must(i))) {
            continue;
        }
        for number in p.each_group(body, 1).into_iter().flatten() {
            if !compiled.change.is_match(sentence(body, number.start)) {
                continue;
            }
            let digits = &body[number.clone()];
            if digits.parse::<i64>().is_ok_and(|n| n != expected) {
                hits.push((number, digits.to_string()));
            }
        }
    }
    hits.sort_by_key(|(s, _)| s.start);
    hits.dedup_by_key(|(s, _)| s.start);
    hits
}

/// Where each number a phrase may report in `body` ends: numbers before a
/// day word that differ from `expected`, in sentences with a change word.
/// Empty: no phrase can report.
///
/// Most documents that name days name them for something else (logs kept
/// 30 days) or promise the configured period, and finding the phrases'
/// groups costs several times this pass (4% of the corpus lint). It is
/// exact: every phrase's number is `(\d{1,3})\s+` and a day word, so it ends
/// where a match of [`days_pattern`] starts, and it is the last three or
/// fewer digits of that run of digits (a phrase cannot start inside the run:
/// what comes before its number is a word, white space or nothing, and the
/// leftmost match takes the run whole, or its last three when it is
/// longer). The sentence around any digit of the run is the same.
fn tail_ends(compiled: &Compiled, body: &str, expected: i64) -> Vec<usize> {
    let bytes = body.as_bytes();
    let may_report = |last: usize| {
        // A digit outside ASCII is left to the phrases to judge.
        if !bytes[last].is_ascii_digit() {
            return true;
        }
        let run = bytes[..=last]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let digits = &body[last + 1 - run.min(3)..=last];
        digits.parse::<i64>().is_ok_and(|n| n != expected)
            && compiled.change.is_match(sentence(body, last))
    };
    compiled
        .day_numbers()
        .find_iter(body)
        .map(|hit| hit.start())
        .filter(|&last| may_report(last))
        // The number's last digit is a whole character: the match starts there.
        .map(|last| last + body[last..].chars().next().map_or(1, char::len_utf8))
        .collect()
}

/// The text promises `days` of notice (as written), site.toml `expected`.
struct Promises {
    days: String,
    expected: i64,
}

impl Violation for Promises {
    fn message(&self) -> String {
        let Self { days, expected } = self;
        format!(
            "The text promises {days} days' notice; notice_period_days in site.toml is {expected}"
        )
    }
    fn label(&self) -> String {
        format!("site.toml says {}", self.expected)
    }
}

#[cfg(test)]
mod tests {
    fn days(lang: &str, text: &str) -> Option<String> {
        let compiled = super::compiled(lang).unwrap();
        compiled.phrases().iter().find_map(|p| {
            let number = p.each_group(text, 1).into_iter().flatten().next()?;
            Some(text[number].to_string())
        })
    }

    #[test]
    fn recognises_phrasings() {
        assert_eq!(
            days(
                "en",
                "Any changes become effective 30 days after being posted."
            )
            .as_deref(),
            Some("30")
        );
        assert_eq!(
            days("en", "we will provide at least 14 days' notice").as_deref(),
            Some("14")
        );
        assert_eq!(
            days(
                "de",
                "Änderungen werden 30 Tage nach ihrer Veröffentlichung wirksam"
            )
            .as_deref(),
            Some("30")
        );
        assert_eq!(
            days(
                "fr",
                "Toute modification prend effet 15 jours après sa publication"
            )
            .as_deref(),
            Some("15")
        );
        assert_eq!(
            days("es", "entrarán en vigor 30 días después de su publicación").as_deref(),
            Some("30")
        );
        assert_eq!(
            days("en", "We keep logs for 30 days after collection"),
            None
        );
    }

    /// The number in every phrase is followed by its language's day word,
    /// which [`super::DAYS`] relies on to pass over a text.
    #[test]
    fn every_phrase_has_its_day_word() {
        for ((lang, phrases), day) in super::PHRASES.iter().zip(super::DAYS) {
            for phrase in *phrases {
                assert!(
                    phrase.contains(&format!(r"(\d{{1,3}})\s+{day}")),
                    "{lang}: {phrase}"
                );
            }
        }
        let en = super::compiled("en").unwrap();
        assert!(en.days.is_match("within 30 calendar days"));
        assert!(!en.days.is_match("thirty days, 30 hours"));
    }

    /// Where [`super::tail_ends`] says no phrase can report, the phrases
    /// report nothing: numbers in and around runs of digits, day words in
    /// sentences with and without a change word, the configured number
    /// and others, in every language.
    #[test]
    fn the_quick_pass_never_hides_a_finding() {
        let texts = [
            (
                "en",
                "Any changes become effective 30 days after being posted.",
            ),
            ("en", "Changes take effect 1030 days after publication."),
            ("en", "Changes take effect 130 days after publication."),
            (
                "en",
                "Changes apply x30 days after publication. 14 days' notice of updates.",
            ),
            (
                "en",
                "We keep logs for 14 days. Changes: at least 30 calendar days prior.",
            ),
            (
                "en",
                "We give at least 7 days' notice of any change. Logs: 90 days.",
            ),
            ("en", "Effective\n14 days after changes are posted"),
            (
                "de",
                "Änderungen werden 14 Tage nach ihrer Veröffentlichung wirksam.",
            ),
            (
                "de",
                "Protokolle löschen wir nach 14 Tagen. Änderungen mindestens 30 Tage vor Inkrafttreten.",
            ),
            (
                "fr",
                "Toute modification prend effet 15 jours après sa publication.",
            ),
            ("fr", "Nous conservons les journaux 15 jours."),
            (
                "es",
                "Los cambios entrarán en vigor 10 días después de su publicación.",
            ),
            (
                "it",
                "Le modifiche hanno effetto 20 giorni dalla pubblicazione.",
            ),
            (
                "pt",
                "As alterações entram em vigor 45 dias após a sua publicação.",
            ),
            ("nl", "Wijzigingen gelden 60 dagen na publicatie."),
        ];
        let mut silent = 0;
        for (lang, text) in texts {
            let compiled = super::compiled(lang).unwrap();
            for expected in [0, 7, 14, 15, 30, 45] {
                let found = super::differing(compiled, text, expected, None);
                if super::tail_ends(compiled, text, expected).is_empty() {
                    silent += 1;
                    assert!(found.is_empty(), "{lang} {expected}: {text}: {found:?}");
                }
            }
        }
        // The pass does answer no for some of them.
        assert!(silent >= 10, "{silent}");
        let en = super::compiled("en").unwrap();
        let may_report = |text, expected| !super::tail_ends(en, text, expected).is_empty();
        assert!(may_report("Changes take effect 14 days after posting.", 30));
        assert!(!may_report(
            "Changes take effect 30 days after posting.",
            30
        ));
        assert!(!may_report("Logs are deleted after 14 days.", 30));
    }

    /// [`super::tail`] is what follows the number in the phrase's matches:
    /// the number is the phrase's only `(\d{1,3})`, outside any group, and
    /// no flag before it changes how the tail reads.
    #[test]
    fn every_phrase_number_is_at_its_top_level() {
        for (lang, phrases) in super::PHRASES {
            for phrase in *phrases {
                assert_eq!(phrase.matches(super::NUMBER).count(), 1, "{lang}: {phrase}");
                let (head, _) = phrase.split_once(super::NUMBER).unwrap();
                let mut depth = 0i32;
                let mut escaped = false;
                for c in head.chars() {
                    match c {
                        _ if escaped => escaped = false,
                        '\\' => escaped = true,
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    assert!(depth >= 0, "{lang}: {phrase}");
                }
                assert_eq!(depth, 0, "{lang}: {phrase}");
                assert_eq!(
                    head.matches("(?").count(),
                    head.matches("(?:").count(),
                    "{lang}: {phrase}"
                );
                // No class in these phrases holds a parenthesis or a backslash
                // that the count above would misread.
                assert!(!head.contains("[(") && !head.contains("[)"));
            }
        }
    }

    /// Skipping the phrases whose tail follows no number that may be
    /// reported finds what searching every phrase finds: texts with two
    /// or three phrases, numbers whose tail is another phrase's, in every
    /// language, with expected periods each number matches and not.
    #[test]
    fn skipping_phrases_by_their_tail_is_exact() {
        let texts = [
            (
                "en",
                "Changes take effect 14 days after posting. We give at least 30 days' notice of updates and at least 7 days prior notice of changes.",
            ),
            (
                "en",
                "Changes apply 14 days following posting; updates: 30 calendar days' advance notice. Revisions at least 60 days in advance.",
            ),
            (
                "en",
                "Effective\n14 days after changes. Amendments in force 1 2 3 days from now, 45 days notice.",
            ),
            (
                "en",
                "We update this policy 30 days' prior notice. Logs 90 days. Changes effective 10 DAYS AFTER posting.",
            ),
            (
                "en",
                "Changes: at least 30 days before, and 14 days after publication they take effect.",
            ),
            (
                "en",
                "Changes take effect 1030 days after publication, or 130 days' notice.",
            ),
            (
                "de",
                "Änderungen werden 14 Tage nach ihrer Veröffentlichung wirksam. Änderungen mindestens 30 Tage vor Inkrafttreten.",
            ),
            (
                "de",
                "Protokolle löschen wir nach 14 Tagen. Änderungen spätestens 30 Tage im Voraus, 7 Tagen nach der Mitteilung.",
            ),
            (
                "fr",
                "Toute modification prend effet 15 jours après sa publication, avec un préavis d'au moins 30 jours. Modifications au moins 7 jours avant.",
            ),
            (
                "es",
                "Los cambios entrarán en vigor 10 días después de su publicación; modificaciones con 30 días de antelación.",
            ),
            (
                "it",
                "Le modifiche hanno effetto 20 giorni dalla pubblicazione, con 30 giorni di preavviso.",
            ),
            (
                "pt",
                "As alterações entram em vigor 45 dias após a sua publicação, com 30 dias de antecedência.",
            ),
            (
                "nl",
                "Wijzigingen gelden 60 dagen na publicatie, minstens 30 dagen van tevoren.",
            ),
        ];
        let mut skipped = 0;
        for (lang, text) in texts {
            let compiled = super::compiled(lang).unwrap();
            for expected in [0, 7, 10, 14, 15, 20, 30, 45, 60] {
                let ends = super::tail_ends(compiled, text, expected);
                let only = compiled.phrases_after(text, &ends).unwrap();
                skipped += compiled.sources.len() - only.len();
                assert_eq!(
                    super::differing(compiled, text, expected, Some(&only)),
                    super::differing(compiled, text, expected, None),
                    "{lang} {expected}: {text}"
                );
            }
        }
        // The phrases are skipped often.
        assert!(skipped >= 50, "{skipped}");
    }

    #[test]
    fn only_sentences_about_changes_count() {
        let change = &super::compiled("en").unwrap().change;
        let text =
            "Company may terminate upon 10 days' notice. We post changes 30 days' notice ahead.";
        assert!(!change.is_match(super::sentence(text, text.find("10").unwrap())));
        assert!(change.is_match(super::sentence(text, text.find("30").unwrap())));
    }
}
