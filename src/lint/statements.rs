//! Statement forms: how a `require` rule of a pack says what meets it.
//!
//! ```yaml
//! statements:
//!   - [grant, erase]            # one statement grants the reader erasure
//!   - [right@label, erase]      # or sits under a "Right to …" label and names erasure
//!   - [retain, duration, "!negation"]
//! ```
//!
//! A form is a list of concepts (`rules/vocabulary/`) that one statement
//! must carry. A concept is carried when the statement states it or a label
//! right over it does (its pseudo-heading, the lead-in of its list, its
//! table column and row): labels are evidence, not filters. `name@label`
//! may come from any label, headings included; `name@near` from a label
//! right over the statement, not the statement; `name@lead` from a label
//! right over it that is not a table's (a list's lead-in, a pseudo-heading,
//! the term of a "Term: …" item); `name@column` from the
//! header of its table column; `name@heading` from the innermost heading
//! over the statement (what its section is about: the document title and
//! the outer headings every statement inherits do not count); `@paragraph` lets the concepts come from a
//! statement and the next one (the next sentence, or a short paragraph such
//! as an address block); `@clause` lets a clause between semicolons fit
//! on its own where a concept the form excludes is in another clause
//! (only for forms whose exclusions are about the clause they are said in:
//! a rule's exclusions mostly hold for the whole sentence); `@relative`
//! lets the statement fit without its relative clauses that say a negation
//! (", che non condividiamo con nessuno": the sharing's negation, not the
//! use's), for a form that keeps out `negation`;
//! `name@item` from the lead-in of the statement's own list item ("-
//! **Oposición**: Podrá solicitar …"), not a label over several blocks;
//! `name@term` from the statement's own term: the bold or colon label its
//! own paragraph or list item opens with ("**Retention:** 12 months"), or
//! its own table row's first cell, never a label it inherits;
//! `name@own` must come from the statement
//! itself; `name@governed` too, and where the form's first plain concept
//! (its governor, e.g. `grant`; with none, its first `@own` one) is also in
//! the statement, it must be said after
//! the governor in the same clause or right before it without a comma
//! (`[grant, erase@governed]` is not met by "Where you do not want the data
//! deleted, you may ask us to restrict …");
//! `!name` must be neither in the statement nor a label right over it;
//! `!name@own` must not be in the statement itself (a lead-in that refers
//! to recipients "listed below" is no recipient, the items under it are).

use std::sync::Arc;

use super::tree::Statement;
use super::vocabulary::{self, Set, Vocabulary};
use crate::diagnostic::{Diag, SourceText};
use crate::yaml::Located;

/// A rule's forms reduced to the tests [`Form::any_fits`] makes first:
/// the concepts each form needs (own and near together), and whether a
/// form may fit a part of a statement without them. Every statement in a
/// rule's scope is tried against the rule (1.4 million times on a
/// generated 3,000-page site), nearly always in vain; these tests, on a
/// few words side by side, turn most of them away before the loop over
/// the forms, each of which is some hundred bytes apart.
#[derive(Debug, Clone, Default)]
pub struct Quick {
    /// Each form's [`Form::needed`], once each.
    needed: Vec<Set>,
    /// A form fits a clause or the statement without a relative clause.
    always: bool,
    /// A form keeps out `claim_right`, so a statement that has it may fit
    /// beside the claim.
    claim: bool,
}

impl Quick {
    /// False where [`Form::any_fits`] of the forms would be false: no form
    /// finds what it needs, none fits a part of the statement.
    #[inline]
    pub fn may_fit(&self, statement: &Statement) -> bool {
        if self.always {
            return true;
        }
        let said = statement.own.union(statement.near);
        self.needed.iter().any(|&n| said.contains_all(n))
            || (self.claim && statement.own.meets(clause_bound()))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Form {
    /// The concepts may come from a statement and the one after it
    /// (`@paragraph`): the next sentence of its paragraph ("Some details
    /// are needed to conclude the contract. Without them we cannot
    /// deliver."), or a short paragraph after its last one ("The controller
    /// is X." and then the address block).
    pub paragraph: bool,
    /// A clause between semicolons may fit the form on its own
    /// (`@clause`, [`Form::fits_a_clause`]).
    clause: bool,
    /// A negation said in a relative clause keeps nothing out: the main
    /// clause may fit the form without it (`@relative`,
    /// [`Form::fits_without_a_negated_relative`]).
    relative: bool,
    /// The form as written, for `charter explain`: "grant + erase".
    pub text: String,
    anywhere: Set,
    label: Set,
    near: Set,
    lead: Set,
    column: Set,
    heading: Set,
    item: Set,
    term: Set,
    own: Set,
    governed: Set,
    /// The form's first plain concept, which governs the `@governed` ones.
    governor: Option<usize>,
    absent: Set,
    absent_own: Set,
    /// Kept out of the innermost heading over the statement (`!concept@heading`):
    /// "## Third-party libraries" over "It is maintained by Jane Doe, an
    /// independent developer." (session 36, helper classes-i).
    absent_heading: Set,
    /// What a statement's own and near concepts together must hold for
    /// the form to fit it as a whole: `anywhere`, `near`, `own` and
    /// `governed`. One test of it turns most statements away before the
    /// others ([`Form::fits_whole`]): every statement in scope is tried
    /// against every form of every rule, a tenth of the corpus lint.
    needed: Set,
}

impl Form {
    /// Compiles one form, reporting unknown concepts where they are written.
    pub fn compile(
        source: &Arc<SourceText>,
        names: &[Located<String>],
        problems: &mut Vec<Diag>,
    ) -> Option<Form> {
        let concepts = vocabulary::builtin();
        let mut form = Form {
            text: names
                .iter()
                .map(|n| n.value.trim())
                .collect::<Vec<_>>()
                .join(" + "),
            ..Form::default()
        };
        let before = problems.len();
        // With no plain concept, the first `@own` one governs.
        let mut first_own = None;
        for name in names {
            let raw = name.value.trim();
            if raw == "@paragraph" {
                form.paragraph = true;
                continue;
            }
            if raw == "@clause" {
                form.clause = true;
                continue;
            }
            if raw == "@relative" {
                form.relative = true;
                continue;
            }
            let (negated, rest) = match raw.strip_prefix('!') {
                Some(r) => (true, r),
                None => (false, raw),
            };
            let (concept, place) = rest.split_once('@').unwrap_or((rest, ""));
            let Some(id) = concepts.id(concept) else {
                problems.push(
                    Diag::error("rules.concept", format!("unknown concept `{concept}`"))
                        .at(source, name.span.clone(), "in this statement form")
                        .help("concepts are defined in the vocabularies, rules/vocabulary/<lang>.yaml; `charter explain` lists the built-in ones"),
                );
                continue;
            };
            if !negated && place.is_empty() && form.governor.is_none() {
                form.governor = Some(id);
            }
            if !negated && place == "own" && first_own.is_none() {
                first_own = Some(id);
            }
            let set = match (negated, place) {
                (true, "") => &mut form.absent,
                (true, "own") => &mut form.absent_own,
                (true, "heading") => &mut form.absent_heading,
                (false, "") => &mut form.anywhere,
                (false, "governed") => &mut form.governed,
                (false, "label") => &mut form.label,
                (false, "near") => &mut form.near,
                (false, "lead") => &mut form.lead,
                (false, "column") => &mut form.column,
                (false, "heading") => &mut form.heading,
                (false, "item") => &mut form.item,
                (false, "term") => &mut form.term,
                (false, "own") => &mut form.own,
                _ => {
                    problems.push(
                        Diag::error("rules.concept", format!("cannot read `{raw}`"))
                            .at(source, name.span.clone(), "in this statement form")
                            .help("write `concept`, `concept@label`, `concept@near`, `concept@lead`, `concept@column`, `concept@heading`, `concept@item`, `concept@term`, `concept@own`, `concept@governed`, `!concept`, `!concept@own` or `!concept@heading`"),
                    );
                    continue;
                }
            };
            *set = set.with(id);
        }
        form.governor = form.governor.or(first_own);
        form.needed = form
            .anywhere
            .union(form.near)
            .union(form.own)
            .union(form.governed);
        if !form.governed.is_empty()
            && form.governor.is_none()
            && let Some(first) = names.first()
        {
            problems.push(
                Diag::error("rules.concept", "`@governed` needs a governor")
                    .at(source, first.span.clone(), "in this statement form")
                    .help("put a plain or `@own` concept first, e.g. `[grant, erase@governed]`"),
            );
        }
        (problems.len() == before && !names.is_empty()).then_some(form)
    }

    /// Whether `statement` (read with `vocabulary`) fits the form, as a
    /// whole or by one of its clauses ([`Form::fits_a_clause`]).
    pub fn fits(&self, statement: &Statement, vocabulary: &Vocabulary) -> bool {
        Form::any_fits(std::slice::from_ref(self), statement, vocabulary)
    }

    /// What a statement must hold for any of `forms` to fit it
    /// ([`Quick::may_fit`]), worked out once per rule.
    pub fn quick<'f>(forms: impl IntoIterator<Item = &'f Form>) -> Quick {
        let mut quick = Quick::default();
        for f in forms {
            quick.always |= f.clause || f.relative;
            quick.claim |= f.absent_own.union(f.absent).meets(clause_bound());
            if !quick.needed.contains(&f.needed) {
                quick.needed.push(f.needed);
            }
        }
        quick
    }

    /// Whether any of `forms` fits `statement` ([`Form::fits`]), with what
    /// depends only on the statement worked out once and each form's first
    /// tests in the loop: a large site tries millions of pairs of a
    /// statement and a form (5.9 million on a generated 3,000-page site),
    /// nearly all turned away by [`Form::needed`] or by a form that has no
    /// other way to fit, and a call for each pair cost more than those
    /// tests (callgrind).
    pub fn any_fits<'f>(
        forms: impl IntoIterator<Item = &'f Form>,
        statement: &Statement,
        vocabulary: &Vocabulary,
    ) -> bool {
        if definition().is_some_and(|id| statement.own.has(id)) {
            return false;
        }
        let said = statement.own.union(statement.near);
        let bound = statement.own.intersection(clause_bound());
        forms.into_iter().any(|f| {
            // `fits_whole`'s first test, then the other ways' first tests:
            // each of them returns false at once without its own.
            (said.contains_all(f.needed) && f.fits_whole(statement, vocabulary))
                || ((f.clause || f.relative || f.absent_own.union(f.absent).meets(bound))
                    && f.fits_a_part(statement, vocabulary))
        })
    }

    /// Whether a part of `statement` fits the form: one of its clauses,
    /// the statement without its negated relative clauses, or without the
    /// clause of the organisation's claim.
    #[inline(never)]
    fn fits_a_part(&self, statement: &Statement, vocabulary: &Vocabulary) -> bool {
        self.fits_a_clause(statement, vocabulary)
            || self.fits_without_a_negated_relative(statement, vocabulary)
            || self.fits_beside_a_claim(statement, vocabulary)
    }

    /// For a form that keeps out a concept bound to its clause
    /// ([`clause_bound`]): whether the statement without the clauses that
    /// say it fits the form. The organisation's claimed right over the data
    /// (`claim_right`) is the organisation's, said in its clause; the
    /// reader's right said in another clause of the same sentence is still
    /// granted: "We have the right to delete inactive accounts, and you
    /// have the right to erasure of your data" (the lead's class of session
    /// 27, left by classes-v: the exclusion held for the whole statement).
    /// So is a caveat that the reader may not be able to do something
    /// (`may_be_unable`): "You may not be able to delete public posts, but
    /// you can ask us to delete your personal data at any time" grants
    /// erasure after "but" (session 35, helper classes-g; left by
    /// devdata-j). A sentence that is only the claim or the caveat ("we
    /// have the right to delete your account if you break the rules")
    /// leaves nothing.
    fn fits_beside_a_claim(&self, statement: &Statement, vocabulary: &Vocabulary) -> bool {
        let cut = self
            .absent_own
            .union(self.absent)
            .intersection(statement.own)
            .intersection(clause_bound());
        if cut.is_empty() {
            return false;
        }
        let mut rest = statement.text.clone();
        for concept in cut.ids() {
            // A refusal is read from its sentence's start to its end
            // (`right_refused`), so only its first clause is cut, as often
            // as the rest opens with another refusal.
            let rounds = if refusal() == Some(concept) { 8 } else { 1 };
            for _ in 0..rounds {
                if vocabulary.occurrences(&rest, concept).is_empty() {
                    break;
                }
                match without_clauses_of(&rest, vocabulary, concept) {
                    Some(kept) => rest = kept,
                    None => return false,
                }
            }
        }
        let part = Statement {
            own: vocabulary.concepts(&rest),
            text: rest,
            ..statement.clone()
        };
        self.fits_whole(&part, vocabulary)
    }

    /// For a form marked `@relative` that keeps out `negation`: whether the
    /// statement without its relative clauses that say a negation fits the
    /// form. A relative clause's negation is its own verb's: "Usiamo
    /// l'indirizzo per inviarti le ricevute, che non condividiamo con
    /// nessuno" uses the address for receipts (development half,
    /// it-biketracking-app:17, "… ad un mio backend che non raccoglie ne la
    /// posizione ne il tuo IP"), while "We do not use your data for
    /// advertising" stays negated. Only the negation: a relative clause
    /// that withdraws consent or objects ("…, die Sie jederzeit widerrufen
    /// können") is part of what a form keeps out.
    fn fits_without_a_negated_relative(
        &self,
        statement: &Statement,
        vocabulary: &Vocabulary,
    ) -> bool {
        if !self.relative {
            return false;
        }
        let Some(negation) = negation() else {
            return false;
        };
        if !statement.own.has(negation) || !self.absent.union(self.absent_own).has(negation) {
            return false;
        }
        without_relatives(&statement.text, vocabulary, Set::default().with(negation)).is_some_and(
            |main| {
                let part = Statement {
                    own: vocabulary.concepts(&main),
                    text: main,
                    ..statement.clone()
                };
                self.fits_whole(&part, vocabulary)
            },
        )
    }

    /// For a form marked `@clause`: whether a clause of `statement` that
    /// ends or begins at a semicolon fits the form on its own, where the
    /// whole statement is kept out only
    /// by a concept the form excludes: "Wij sturen u de nieuwsbrief alleen
    /// met uw toestemming; u kunt die toestemming altijd intrekken." names
    /// the basis before the semicolon, and the withdrawal after it is a
    /// clause of its own, not a withdrawal the basis is said in (which
    /// `!withdraw` keeps out: "processing based on consent before its
    /// withdrawal remains lawful"). Phrasings nl:171, es:106 (development,
    /// the team's own lines). The clause keeps the statement's labels; its
    /// own concepts are read from its text alone.
    fn fits_a_clause(&self, statement: &Statement, vocabulary: &Vocabulary) -> bool {
        if !self.clause {
            return false;
        }
        let excluded = statement.own.union(statement.near).meets(self.absent)
            || statement.own.meets(self.absent_own);
        if !excluded || !statement.text.contains(';') {
            return false;
        }
        statement
            .text
            .split(';')
            .map(str::trim)
            .filter(|clause| clause.chars().any(char::is_alphanumeric))
            .any(|clause| {
                let part = Statement {
                    text: clause.to_string(),
                    own: vocabulary.concepts(clause),
                    ..statement.clone()
                };
                self.fits_whole(&part, vocabulary)
            })
    }

    /// Whether `statement`, as it is, fits the form. Called once its first
    /// test passed ([`Form::any_fits`]), or for a part of a statement.
    fn fits_whole(&self, statement: &Statement, vocabulary: &Vocabulary) -> bool {
        let near = statement.own.union(statement.near);
        near.contains_all(self.needed)
            && near.contains_all(self.anywhere)
            && statement.inherited.contains_all(self.label)
            && statement.near.contains_all(self.near)
            && statement.lead.contains_all(self.lead)
            && statement.column.contains_all(self.column)
            && statement.heading.contains_all(self.heading)
            && statement.item.contains_all(self.item)
            && statement.term.contains_all(self.term)
            && statement.own.contains_all(self.own)
            && statement.own.contains_all(self.governed)
            && !near.meets(self.absent)
            && !statement.own.meets(self.absent_own)
            && !statement.heading.meets(self.absent_heading)
            && self.governed_in(statement, vocabulary)
    }

    /// The `@governed` concepts are where the governor can govern them; a
    /// governor that only a label states governs the whole statement, except
    /// one that only a table's column header states ("| Right | What you can
    /// do |"): it governs a cell of a row that names the governed concepts
    /// ("| Erasure | ask us … |"), not any row of the table ("| Floor plans |
    /// Restaurants can delete old floor plans |").
    fn governed_in(&self, statement: &Statement, vocabulary: &Vocabulary) -> bool {
        let Some(governor) = self.governor else {
            return true;
        };
        if self.governed.is_empty() {
            return true;
        }
        if !statement.own.has(governor) {
            return statement.lead.has(governor)
                || !statement.column.has(governor)
                || statement.near.contains_all(self.governed);
        }
        self.governed
            .ids()
            .all(|c| vocabulary.governs(&statement.text, governor, c))
    }

    /// Whether a language defining `defined` can read every concept of the form.
    pub fn readable_with(&self, defined: Set) -> bool {
        let used = self
            .anywhere
            .union(self.label)
            .union(self.near)
            .union(self.lead)
            .union(self.column)
            .union(self.heading)
            .union(self.item)
            .union(self.term)
            .union(self.own)
            .union(self.governed)
            .union(self.absent)
            .union(self.absent_own)
            .union(self.absent_heading);
        defined.contains_all(used)
    }
}

/// The concept `negation`'s id.
fn negation() -> Option<usize> {
    static ID: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    *ID.get_or_init(|| vocabulary::builtin().id("negation"))
}

/// The concept `definition`'s id: a term of GDPR Art. 4 quoted and
/// defined, as a notice's glossary reproduces the law ("\"Controller\"
/// means the natural or legal person …"). Such a statement fits no form,
/// since it defines the law's word and states nothing of the processing
/// (session 32, helper devdata-c; development half,
/// de-joinus4health-platform-datenschutz and en-joinus4health-homepage-privacy).
fn definition() -> Option<usize> {
    static ID: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    *ID.get_or_init(|| vocabulary::builtin().id("definition"))
}

/// The concept `claim_right`'s id.
#[cfg(test)]
fn claim_right() -> Option<usize> {
    static ID: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    *ID.get_or_init(|| vocabulary::builtin().id("claim_right"))
}

/// The concept `right_refused`'s id: a right refused to the reader, read
/// from the sentence's start ([`without_clauses_of`] cuts its first clause).
fn refusal() -> Option<usize> {
    static ID: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    *ID.get_or_init(|| vocabulary::builtin().id("right_refused"))
}

/// The concepts a form keeps out only from the clause they are said in
/// ([`Form::fits_beside_a_claim`]): the organisation's claimed right
/// (`claim_right`), a caveat that the reader may not be able to do
/// something (`may_be_unable`, session 35, helper classes-g), and a right
/// refused to the reader (`right_refused`): "You cannot delete public posts
/// but you can ask us to delete your personal data" grants erasure after
/// "but" with no comma before it (session 36, helper classes-i), while
/// "You cannot delete public posts or ask us to delete them" refuses both.
/// So is someone other than the reader who can see, change or delete the
/// data (`other_access`, `other_can_change`, `other_subject`): "El banco
/// puede acceder a sus datos de pago, y usted puede solicitar una copia"
/// grants access in its second clause (session 37, helper classes-j).
fn clause_bound() -> Set {
    static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    *SET.get_or_init(|| {
        let builtin = vocabulary::builtin();
        [
            "claim_right",
            "may_be_unable",
            "right_refused",
            "other_access",
            "other_can_change",
            "other_subject",
        ]
        .into_iter()
        .filter_map(|name| builtin.id(name))
        .fold(Set::default(), Set::with)
    })
}

/// The words that join two main clauses in the vocabulary's language
/// ("and", "but", "while"), and the pronouns by which the reader is the
/// subject of a clause ("you", "Sie", "vous"): where a new clause with
/// another subject may begin.
fn clause_words(lang: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match lang.get(..2).unwrap_or(lang) {
        "en" => (
            &["and", "but", "while", "whereas", "however", "yet"],
            &["you"],
        ),
        "de" => (
            &["und", "aber", "doch", "jedoch", "während"],
            &["Sie", "du", "Du"],
        ),
        "fr" => (&["et", "mais", "tandis", "cependant"], &["vous", "tu"]),
        // es, it and pt drop the subject: the reader's modal opens the
        // clause ("… pero puedes pedirnos …", "… ma puoi chiederci …",
        // "… mas pode pedir-nos …"; session 36, helper classes-i)
        "es" => (
            &["y", "pero", "mientras", "aunque"],
            &[
                "usted", "ustedes", "tú", "vosotros", "puede", "puedes", "podrá", "podrás",
            ],
        ),
        "it" => (
            &["e", "ed", "ma", "mentre", "però"],
            &["Lei", "lei", "tu", "voi", "può", "puoi", "potrà", "potrai"],
        ),
        "pt" => (
            &["e", "mas", "enquanto", "porém"],
            &["você", "vocês", "tu", "pode", "podes", "poderá", "poderás"],
        ),
        "nl" => (&["en", "maar", "terwijl"], &["u", "je", "jij"]),
        _ => (&[], &[]),
    }
}

/// Where a new main clause may begin in `text`: at a ";", at a "," before
/// a joining word or the reader as subject (", and …", ", mais vous …",
/// ", Sie haben …"), or at a joining word right before the reader as
/// subject ("… and you have …"). Byte offsets of the ";", "," or the
/// space before the joining word.
fn clause_starts(text: &str, lang: &str) -> Vec<usize> {
    let (joins, readers) = clause_words(lang);
    let words_after = |at: usize| {
        text[at..]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    let mut starts = Vec::new();
    for (at, c) in text.char_indices() {
        let opens = match c {
            ';' => true,
            ',' => words_after(at + 1).next().is_some_and(|next| {
                joins.contains(&next.to_lowercase().as_str()) || readers.contains(&next)
            }),
            ' ' if !text[..at].ends_with(',') => {
                let mut next = words_after(at + 1);
                // The joining word right after the space, then the reader.
                text[at + 1..].starts_with(|c: char| c.is_alphanumeric())
                    && next
                        .next()
                        .is_some_and(|join| joins.contains(&join.to_lowercase().as_str()))
                    && next.next().is_some_and(|who| readers.contains(&who))
            }
            _ => false,
        };
        if opens {
            starts.push(at);
        }
    }
    starts
}

/// `text` without the clauses that state `concept` (each from the clause
/// start before its words, or a comma right before them, to the next
/// clause start after them, [`clause_starts`]), when something is left; `None` when the concept
/// cannot be located or every clause states it.
fn without_clauses_of(text: &str, vocabulary: &Vocabulary, concept: usize) -> Option<String> {
    let found = vocabulary.occurrences(text, concept);
    if found.is_empty() {
        return None;
    }
    let starts = clause_starts(text, &vocabulary.lang);
    let mut cut: Vec<std::ops::Range<usize>> = found
        .iter()
        .map(|at| {
            // A claim whose words open a clause after a comma ("If you
            // ask us to delete your data, we have the right to refuse
            // it") begins at that comma.
            let comma = text[..at.start].trim_end().strip_suffix(',').map(str::len);
            let from = starts
                .iter()
                .rev()
                .find(|&&s| s < at.start)
                .copied()
                .max(comma);
            // A refusal's match runs to the sentence's end
            // (`right_refused`): it is said in the clause it opens.
            let to = if refusal() == Some(concept) {
                starts.iter().find(|&&s| s > at.start)
            } else {
                starts.iter().find(|&&s| s >= at.end)
            }
            .copied();
            from.unwrap_or(0)..to.unwrap_or(text.len())
        })
        .collect();
    cut.sort_by_key(|r| r.start);
    let mut kept = String::with_capacity(text.len());
    let mut copied = 0;
    for range in cut {
        if range.start > copied {
            kept.push_str(&text[copied..range.start]);
        }
        copied = copied.max(range.end);
    }
    kept.push_str(&text[copied..]);
    let mut kept = kept.trim_matches(|c: char| c == ' ' || c == ',' || c == ';');
    // The rest of a refusal without the word that joins it ("but you can
    // …"), so that another refusal opening it is read as one.
    if refusal() == Some(concept) {
        let (joins, _) = clause_words(&vocabulary.lang);
        if let Some((first, after)) = kept.split_once(' ')
            && joins.contains(&first.to_lowercase().as_str())
        {
            kept = after.trim_start();
        }
    }
    kept.chars()
        .any(char::is_alphanumeric)
        .then(|| kept.to_string())
}

/// The words that open a relative clause in the vocabulary's language;
/// in German and Dutch, whose relative pronouns are also articles, only
/// right after a comma (", die wir nicht weitergeben").
fn relative_pronoun(word: &str, lang: &str, after_comma: bool) -> bool {
    let word = word.to_lowercase();
    let words: &[&str] = match lang.get(..2).unwrap_or(lang) {
        "en" => &["that", "which", "who", "whom", "whose", "where"],
        "de" if after_comma => &[
            "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches",
            "welchen", "wo",
        ],
        "fr" => &[
            "qui",
            "que",
            "qu",
            "dont",
            "où",
            "lequel",
            "laquelle",
            "lesquels",
            "lesquelles",
        ],
        "es" => &[
            "que", "quien", "quienes", "cual", "cuales", "donde", "cuyo", "cuya",
        ],
        "it" => &["che", "cui", "quale", "quali", "dove"],
        "pt" => &["que", "quem", "qual", "quais", "onde", "cujo", "cuja"],
        "nl" if after_comma => &["die", "dat", "welke", "wat", "waar"],
        _ => &[],
    };
    words.contains(&word.as_str())
}

/// `text` without the relative clauses that state a concept of `excluded`,
/// when it has any: a relative clause runs from its pronoun to the next
/// comma, semicolon, colon or parenthesis, or to the sentence's end. What
/// is left must not state an excluded concept itself (the caller reads it
/// again).
fn without_relatives(text: &str, vocabulary: &Vocabulary, excluded: Set) -> Option<String> {
    let lang = vocabulary.lang.as_str();
    let mut kept = String::with_capacity(text.len());
    let mut copied = 0;
    let mut removed = false;
    let mut at = 0;
    while at < text.len() {
        let Some(start) = text[at..]
            .char_indices()
            .find(|(_, c)| c.is_alphanumeric())
            .map(|(i, _)| at + i)
        else {
            break;
        };
        let end = text[start..]
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(text.len(), |(i, _)| start + i);
        let after_comma = text[..start].trim_end().ends_with(',');
        if start >= copied && relative_pronoun(&text[start..end], lang, after_comma) {
            let close = text[start..]
                .find([',', ';', ':', '(', ')'])
                .map_or(text.len(), |i| start + i);
            let clause = text[start..close].trim_end_matches(['.', '!', '?', ' ']);
            if vocabulary.concepts(clause).meets(excluded) {
                kept.push_str(&text[copied..start]);
                copied = start + clause.len();
                removed = true;
                at = copied;
                continue;
            }
        }
        at = end;
    }
    if !removed {
        return None;
    }
    kept.push_str(&text[copied..]);
    Some(kept)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use schemars::{JsonSchema, SchemaGenerator};

    use crate::diagnostic::SourceText;
    use crate::schema::StatementForm;

    /// The built-in vocabulary of `lang`.
    fn vocabulary(lang: &str) -> &'static crate::lint::vocabulary::Vocabulary {
        crate::lint::vocabulary::builtin()
            .vocabulary(lang)
            .expect("a vocabulary")
    }

    /// A relative clause that says a negation is left out; the main
    /// clause's negation, and a sentence with none, are kept.
    #[test]
    fn negated_relative_clauses_are_left_out() {
        let strip = |lang: &str, text: &str| {
            let negation = super::negation().expect("negation");
            super::without_relatives(
                text,
                vocabulary(lang),
                crate::lint::vocabulary::Set::default().with(negation),
            )
        };
        assert_eq!(
            strip(
                "it",
                "l'app invia la posizione ad un backend che non raccoglie il tuo IP."
            )
            .as_deref(),
            Some("l'app invia la posizione ad un backend .")
        );
        assert_eq!(
            strip("en", "We send receipts, which we do not share, by email.").as_deref(),
            Some("We send receipts, , by email.")
        );
        assert_eq!(
            strip("en", "We do not use the data that you give us for ads."),
            None
        );
        assert_eq!(
            strip("de", "Wir nutzen die Daten nicht für Werbung."),
            None,
            "a German article is no relative pronoun"
        );
        assert!(strip("de", "Wir senden Quittungen, die wir nicht weitergeben.").is_some());
    }

    /// The clause of the organisation's claimed right is cut from the
    /// sentence; the reader's right in another clause is left, and a
    /// sentence that is only the claim leaves nothing.
    #[test]
    fn a_claimed_right_is_cut_to_its_clause() {
        let cut = |lang: &str, text: &str| {
            let claim = super::claim_right().expect("claim_right");
            super::without_clauses_of(text, vocabulary(lang), claim)
        };
        assert_eq!(
            cut(
                "en",
                "We have the right to delete inactive accounts, and you have the right to erasure of your data."
            )
            .as_deref(),
            Some("and you have the right to erasure of your data.")
        );
        assert_eq!(
            cut(
                "en",
                "You may ask us to erase your data, but we have the right to delete inactive accounts."
            )
            .as_deref(),
            Some("You may ask us to erase your data")
        );
        assert_eq!(
            cut(
                "de",
                "Wir haben das Recht, inaktive Konten zu löschen; Sie haben das Recht auf Löschung Ihrer Daten."
            )
            .as_deref(),
            Some("Sie haben das Recht auf Löschung Ihrer Daten.")
        );
        assert_eq!(
            cut(
                "fr",
                "Nous avons le droit de supprimer les comptes inactifs et vous avez le droit à l'effacement."
            )
            .as_deref(),
            Some("et vous avez le droit à l'effacement.")
        );
        assert_eq!(
            cut(
                "de",
                "Wenn Sie die Löschung Ihrer Daten verlangen, haben wir das Recht, dies abzulehnen."
            )
            .as_deref(),
            Some("Wenn Sie die Löschung Ihrer Daten verlangen")
        );
        assert_eq!(
            cut(
                "en",
                "We have the right to delete your account at any time if you break the forum rules."
            ),
            None,
            "the claim alone"
        );
        assert_eq!(
            cut("en", "You have the right to erasure."),
            None,
            "no claim"
        );
    }

    /// Every place the form pattern names is one the statement compiler
    /// reads, and a place outside the pattern is one it refuses.
    #[test]
    fn form_places_are_the_compilers() {
        let pattern = StatementForm::json_schema(&mut SchemaGenerator::default())
            .get("items")
            .and_then(|items| items.get("pattern"))
            .and_then(|p| p.as_str())
            .map(str::to_string)
            .expect("a pattern");
        let pattern = regex::Regex::new(&pattern).expect("the pattern compiles");
        let source: Arc<SourceText> = SourceText::new("rules/x.yaml", "");
        let compiles = |word: &str| {
            let names = [crate::yaml::Located {
                value: word.to_string(),
                span: 0..0,
            }];
            let mut problems = Vec::new();
            super::Form::compile(&source, &names, &mut problems).is_some()
        };
        for word in [
            "grant",
            "grant@label",
            "grant@near",
            "grant@lead",
            "grant@column",
            "grant@heading",
            "grant@item",
            "grant@term",
            "grant@own",
            "!grant",
            "!grant@own",
            "@paragraph",
            "@relative",
        ] {
            assert!(pattern.is_match(word), "{word}");
            assert!(compiles(word), "{word}");
        }
        // `@governed` needs a governor before it.
        assert!(pattern.is_match("erase@governed"));
        assert!(!compiles("erase@governed"));
        let pair = ["grant", "erase@governed"].map(|w| crate::yaml::Located {
            value: w.to_string(),
            span: 0..0,
        });
        assert!(super::Form::compile(&source, &pair, &mut Vec::new()).is_some());
        for word in ["grant@title", "!grant@label"] {
            assert!(!pattern.is_match(word), "{word}");
            assert!(!compiles(word), "{word}");
        }
    }
}
