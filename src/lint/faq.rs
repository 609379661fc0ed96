//! Policies written as questions and answers: "## How long do you keep my
//! data?" / "Until you close your account, then 30 days." The answer only
//! makes sense with its question, as a list item only does with its
//! lead-in; the document tree reads the question as a label right over the
//! first paragraph under it (`tree.rs`).
//!
//! The reader asks in the first person ("Can I see the data you hold about
//! me?") and the vocabularies speak in the policy's voice ("you can", "the
//! data we hold about you"), so the question is turned into that voice
//! first: a question "Can I …?" answered anything but "No" is the policy
//! saying "you can …".

use std::sync::LazyLock;

use super::vocabulary::Vocabulary;

/// The question heading `heading` (normalized text) in the policy's voice,
/// to label `answer`, the first paragraph under it, and whether it asks how
/// the reader does something ([`asks_how_to`]: its answer's first sentence
/// is then restated after it, [`restated`]); `None` when the heading asks
/// nothing or the answer says no ("## Can I delete my account?" / "No, but
/// you can deactivate it.": no grant of erasure).
pub(super) fn answered_question(
    heading: &str,
    answer: &str,
    vocabulary: &Vocabulary,
) -> Option<(String, bool)> {
    let lang = vocabulary.lang.as_str();
    let heading = heading.trim();
    if !is_question(heading) || answers_no(answer, lang) {
        return None;
    }
    let how_to = asks_how_to(heading, lang);
    (how_to || leans_on_question(heading, answer, vocabulary))
        .then(|| (policy_voice(heading, lang), how_to))
}

/// Whether `answer`, the first paragraph under the question heading
/// `heading`, refuses what it asks ("## How do I delete my account?" /
/// "You cannot: …", "No, but you can deactivate it.").
pub(super) fn refuses(heading: &str, answer: &str, lang: &str) -> bool {
    is_question(heading.trim()) && answers_no(answer, lang)
}

/// Whether the (trimmed) heading asks a question: "…?", or Spanish "¿…".
fn is_question(heading: &str) -> bool {
    heading.ends_with('?') || heading.starts_with('¿')
}

/// Whether `question` asks how the reader does something ("How do I delete
/// my account?", "Comment supprimer mon compte ?", "¿Cómo puedo borrar mis
/// datos?"): whatever its answer says (where to go, whom to write to), the
/// answer is how, so it is read with the question, which in the policy's
/// voice grants what it asks ("you can delete your account?"; the lead's
/// class of session 32, phrasings/*.txt). The answer "No" still grants
/// nothing.
fn asks_how_to(question: &str, lang: &str) -> bool {
    how_to_opening(question.trim_start_matches('¿'), &voice_table(lang)).is_some()
}

/// The length of the how-to opening `text` begins with ("how do i ",
/// "comment " before an infinitive), and the grant it becomes. An opening
/// with `*` wants one word there, the reader's verb, and the rest after it
/// ("wie * ich ": "Wie lösche ich mein Konto?"); the opening is read up to
/// the `*`, so the verb stays. A verb wanted by its endings has more than
/// three letters ("¿Cómo lo borramos?": "lo" is no verb) and none of the
/// table's `how_to_not` endings (Italian "come trattiamo": the policy's
/// own practice).
fn how_to_opening(text: &str, table: &VoiceTable) -> Option<(usize, &'static str)> {
    let lower = text.to_lowercase();
    table.how_to.iter().find_map(|(asked, infinitive_endings)| {
        let (opening, after_verb) = asked.split_once('*').unwrap_or((asked, ""));
        let rest = lower.strip_prefix(opening)?;
        let verb = rest.split(' ').next().unwrap_or("");
        let then = rest.get(verb.len()..).unwrap_or("");
        let fits = if infinitive_endings.is_empty() {
            true
        } else {
            verb.chars().count() > 3
                && infinitive_endings.iter().any(|e| verb.ends_with(e))
                && !table.how_to_not.iter().any(|e| verb.ends_with(e))
        };
        (fits && then.starts_with(after_verb)).then_some((opening.len(), table.how_to_grant))
    })
}

/// The first sentence of an answer that opens with the language's "yes"
/// ("Yes.", "Oui, sur simple demande.", "Ja, schreiben Sie uns."), or of
/// any answer to a question that asks how the reader does something
/// (`how_to`: "Go to Settings and tap Delete account." under "How do I
/// delete my account?"), read after its question in the policy's voice:
/// "you can see the data we hold about you? Yes." states what the question
/// asks, with its verb and object in the order the grant forms want them.
pub(super) fn restated(voiced: &str, sentence: &str, how_to: bool, lang: &str) -> Option<String> {
    (how_to || answers_yes(sentence, lang)).then(|| format!("{voiced} {sentence}"))
}

/// Whether `answer` opens with the language's "yes" ("Yes.", "Oui, …",
/// "Ja, …", "Sí.", "Sì.", "Sim."), or with a word of assent that stands
/// alone before a stop or a comma ("Of course.", "Bien sûr, …",
/// "Natürlich, eine E-Mail genügt."; the lead's class of session 32,
/// phrasings/*.txt). Followed by its sentence, the same word says how the
/// policy does something ("Of course we delete data we no longer need",
/// "Natürlich löschen wir …"): no answer.
pub(super) fn answers_yes(answer: &str, lang: &str) -> bool {
    let (yes, assent): (&[&str], &[&str]) = match lang {
        "de" => (
            &["ja"],
            &[
                "natürlich",
                "selbstverständlich",
                "klar",
                "gewiss",
                "jawohl",
            ],
        ),
        "nl" => (
            &["ja"],
            &[
                "natuurlijk",
                "zeker",
                "uiteraard",
                "jazeker",
                "absoluut",
                "vanzelfsprekend",
            ],
        ),
        "fr" => (
            &["oui"],
            &[
                "bien sûr",
                "évidemment",
                "absolument",
                "certainement",
                "tout à fait",
                "naturellement",
            ],
        ),
        "es" => (
            &["sí", "si"],
            &[
                "claro",
                "por supuesto",
                "desde luego",
                "naturalmente",
                "efectivamente",
            ],
        ),
        "it" => (
            &["sì", "si"],
            &[
                "certo",
                "certamente",
                "naturalmente",
                "assolutamente",
                "ovviamente",
            ],
        ),
        "pt" => (
            &["sim"],
            &[
                "claro",
                "com certeza",
                "certamente",
                "naturalmente",
                "sem dúvida",
            ],
        ),
        _ => (
            &["yes"],
            &["of course", "sure", "certainly", "absolutely", "definitely"],
        ),
    };
    yes.contains(&first_word(answer).as_str()) || assent.iter().any(|a| assents_alone(answer, a))
}

/// Whether `answer` opens with `assent` followed by a stop, comma, colon or
/// dash, or nothing.
fn assents_alone(answer: &str, assent: &str) -> bool {
    let lower = answer.trim_start().to_lowercase();
    lower.strip_prefix(assent).is_some_and(|rest| {
        rest.trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | '!' | ':' | ';' | '–' | '—' | '-'))
    })
}

/// The first word of `text`, in lowercase.
fn first_word(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase()
}

/// Most words of a first sentence that still leans on its question.
const SHORT_ANSWER_WORDS: usize = 10;

/// Whether `answer` needs its question to be understood: it opens with
/// "yes", or its first sentence is a short fragment ("Until you close your
/// account, then 30 days.", "Dodici mesi dopo la prenotazione."). A full
/// sentence says what it is about itself: "Kept away from sunlight, your
/// photo book holds its colours for 50 years." under "## How long do we
/// keep your personal data?" is about the photo book (bases/brightlane).
fn leans_on_question(question: &str, answer: &str, vocabulary: &Vocabulary) -> bool {
    let lang = vocabulary.lang.as_str();
    let first = answer
        .split_inclusive(['.', '!', '?'])
        .next()
        .unwrap_or(answer);
    answers_yes(answer, lang)
        || first.split_whitespace().count() <= SHORT_ANSWER_WORDS
        || opens_with_a_time_clause(first, vocabulary)
        || opens_with_the_questions_preposition(question, first, lang)
}

/// Whether `sentence`, an answer's first, opens with the preposition its
/// question asks with ("¿A quién comunicamos sus datos?" / "A la Agencia
/// Tributaria y a nuestra gestoría, cuando lo exige la normativa …"; "Who
/// do we share your data with?" / "With our payment provider …"): the
/// answer names whom, however long it is, and only its question says what
/// was given to them (the lead's class of session 30, phrasings/*.txt).
/// A sentence of its own opens otherwise ("Sus datos se comunican a …").
fn opens_with_the_questions_preposition(question: &str, sentence: &str, lang: &str) -> bool {
    // Each preposition a question asks "whom" with, and the forms an
    // answer opens with (the article joined to it: "al", "all'", "ao").
    let prepositions: &[(&str, &[&str])] = match lang {
        "de" => &[("an", &["an"]), ("mit", &["mit"])],
        "fr" => &[("à", &["à", "au", "aux"]), ("avec", &["avec"])],
        "es" => &[("a", &["a", "al"]), ("con", &["con"])],
        "it" => &[
            (
                "a",
                &["a", "al", "allo", "alla", "all", "ai", "agli", "alle"],
            ),
            ("con", &["con"]),
        ],
        "pt" => &[("a", &["a", "à", "ao", "aos", "às"]), ("com", &["com"])],
        "nl" => &[("aan", &["aan"]), ("met", &["met"])],
        _ => &[("with", &["with"]), ("to", &["to"])],
    };
    let asked = question.to_lowercase();
    let asked: Vec<&str> = asked
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // Cut at an elision too: "All'Agenzia delle Entrate" opens with "all".
    let first = first_word(sentence);
    let opening = first.split('\'').next().unwrap_or("");
    prepositions
        .iter()
        .any(|(asked_with, forms)| asked.contains(asked_with) && forms.contains(&opening))
}

/// Whether `sentence`, an answer's first, opens with a clause of time that
/// has no main clause before it ("Mientras dure la matrícula y, después, durante los plazos
/// que exige la normativa fiscal (cuatro años)."): a long answer to "How
/// long …?" that is still a fragment, however many words it has
/// (phrasings/es.txt, session 29, the team's own). A full sentence that
/// says what it is about itself opens otherwise ("Kept away from sunlight,
/// your photo book …"). The openers are the vocabularies' `time_opening`,
/// which `gdpr.retention` reads after a "How long?" label as well.
fn opens_with_a_time_clause(sentence: &str, vocabulary: &Vocabulary) -> bool {
    static TIME_OPENING: LazyLock<Option<usize>> =
        LazyLock::new(|| super::vocabulary::builtin().id("time_opening"));
    TIME_OPENING.is_some_and(|id| vocabulary.concepts(sentence.trim()).has(id))
}

/// Whether `answer` opens with the language's "no" ("No, …", "Nein.",
/// "Non, …", "Não …", "Nee, …"), or with a refusal in words that stands
/// alone before a stop, comma or colon ("You cannot: accounts are kept for
/// ten years", "Gar nicht: …", « Vous ne pouvez pas : … », "Dat kan niet:
/// …"): the answer to "How do I delete my account?" that says it cannot be
/// done grants nothing, as "No." does (session 32, all merged, Left;
/// session 33, helper classes-c, phrasings/*.txt).
fn answers_no(answer: &str, lang: &str) -> bool {
    let first = first_word(answer);
    let (no, refusals): (&[&str], &[&str]) = match lang {
        "de" => (
            &["nein"],
            &[
                "gar nicht",
                "überhaupt nicht",
                "leider nicht",
                "das geht nicht",
                "das geht leider nicht",
                "das ist nicht möglich",
                "das ist leider nicht möglich",
                "nicht möglich",
            ],
        ),
        "fr" => (
            &["non"],
            &[
                "vous ne pouvez pas",
                "tu ne peux pas",
                "ce n'est pas possible",
                "ce n’est pas possible",
                "c'est impossible",
                "c’est impossible",
                "impossible",
                "pas possible",
            ],
        ),
        "pt" => (&["não", "nao"], &["impossível", "infelizmente não"]),
        "nl" => (
            &["nee", "neen"],
            &[
                "dat kan niet",
                "dat kan helaas niet",
                "dat is niet mogelijk",
                "dat is helaas niet mogelijk",
                "niet mogelijk",
                "helaas niet",
                "onmogelijk",
            ],
        ),
        "it" => (&["no", "non"], &["impossibile", "purtroppo no"]),
        "es" => (&["no"], &["imposible", "lamentablemente no"]),
        _ => (
            &["no"],
            &[
                "you cannot",
                "you can not",
                "you can't",
                "you can’t",
                "that is not possible",
                "that's not possible",
                "that’s not possible",
                "it is not possible",
                "it's not possible",
                "it’s not possible",
                "not possible",
                "unfortunately not",
            ],
        ),
    };
    no.contains(&first.as_str()) || refusals.iter().any(|r| assents_alone(answer, r))
}

/// `question` with the reader's first person turned into the policy's
/// second and, then only, the policy's "you" into "we": "Can I see the data
/// you hold about me?" → "you can see the data we hold about you?"; "What
/// rights do you have?" is already in the policy's voice and stays. An
/// opening modal ("Can I", "Kann ich", "Puis-je", "¿Puedo", "Posso", "Kan
/// ik") becomes the grant it asks for.
/// Whether `question` is asked in the reader's voice ("Can I …?", "How
/// do I …?", "… my data?"), as [`policy_voice`] turns it; "Who receives
/// it?" and "How long?" are not.
pub(super) fn in_readers_voice(question: &str, lang: &str) -> bool {
    let question = question.trim();
    policy_voice(question, lang) != question
}

fn policy_voice(question: &str, lang: &str) -> String {
    let table = voice_table(lang);
    let text = question.trim_start_matches('¿');
    let lower = text.to_lowercase();
    let (opening, rest) = table
        .openings
        .iter()
        .find_map(|(asked, granted)| {
            lower
                .starts_with(asked)
                .then(|| (*granted, text.get(asked.len()..).unwrap_or("")))
        })
        .or_else(|| {
            how_to_opening(text, &table)
                .map(|(len, granted)| (granted, text.get(len..).unwrap_or("")))
        })
        .unwrap_or(("", text));
    let words: Vec<&str> = rest.split(' ').collect();
    let in_readers_voice =
        !opening.is_empty() || words.iter().any(|w| swapped(w, table.reader).is_some());
    if !in_readers_voice {
        return question.to_string();
    }
    let turned: Vec<String> = words
        .iter()
        .map(|w| {
            swapped(w, table.reader)
                .or_else(|| swapped(w, table.policy))
                .unwrap_or_else(|| w.to_string())
        })
        .collect();
    format!("{opening}{}", turned.join(" "))
}

/// `word` (with its punctuation) with its pronoun swapped, if it is one
/// of `swaps`.
fn swapped(word: &str, swaps: &[(&str, &str)]) -> Option<String> {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    let lower = core.to_lowercase();
    swaps
        .iter()
        .find(|(from, _)| !core.is_empty() && *from == lower)
        .map(|(_, to)| word.replacen(core, to, 1))
}

/// Openings asked → granted, and pronoun swaps, of `lang`. The grants are
/// the vocabularies' own (`grant` in rules/vocabulary/<lang>.yaml: "you
/// can", "Sie können", "vous pouvez", "=puede", "=può", "=pode", "u kunt").
struct VoiceTable {
    openings: &'static [(&'static str, &'static str)],
    /// The reader's first person and the policy's second.
    reader: &'static [(&'static str, &'static str)],
    /// The policy addressed as "you" and its first person.
    policy: &'static [(&'static str, &'static str)],
    /// Openings that ask how the reader does something ("how do i ",
    /// "wie kann ich "), each with the endings of the infinitive that must
    /// follow it where the opening alone asks anything ("comment " +
    /// "supprimer", not "comment supprimons-nous": the policy's own
    /// practice); none: any word.
    how_to: &'static [(&'static str, &'static [&'static str])],
    /// What a how-to opening becomes: the language's grant ("you can").
    how_to_grant: &'static str,
    /// Endings of a word after a how-to opening that make it the policy's
    /// verb, not the reader's (Italian "-iamo", the first person plural).
    how_to_not: &'static [&'static str],
}

fn voice_table(lang: &str) -> VoiceTable {
    match lang {
        "de" => VoiceTable {
            openings: &[
                ("kann ich ", "Sie können "),
                ("darf ich ", "Sie dürfen "),
                ("habe ich ", "Sie haben "),
            ],
            reader: &[
                ("ich", "Sie"),
                ("mich", "Sie"),
                ("mir", "Ihnen"),
                ("mein", "Ihr"),
                ("meine", "Ihre"),
                ("meinen", "Ihren"),
                ("meinem", "Ihrem"),
                ("meiner", "Ihrer"),
                ("meines", "Ihres"),
            ],
            policy: &[("sie", "wir"), ("ihr", "wir"), ("euch", "uns")],
            how_to: &[("wie kann ich ", &[]), ("wie * ich ", &[])],
            how_to_grant: "Sie können ",
            how_to_not: &[],
        },
        "fr" => VoiceTable {
            openings: &[
                ("puis-je ", "vous pouvez "),
                ("est-ce que je peux ", "vous pouvez "),
                ("ai-je ", "vous avez "),
            ],
            reader: &[
                ("je", "vous"),
                ("moi", "vous"),
                ("me", "vous"),
                ("mon", "votre"),
                ("ma", "votre"),
                ("mes", "vos"),
            ],
            policy: &[("vous", "nous"), ("votre", "notre"), ("vos", "nos")],
            how_to: &[
                ("comment puis-je ", &[]),
                ("comment est-ce que je peux ", &[]),
                ("comment ", &["er", "ir", "re"]),
            ],
            how_to_grant: "vous pouvez ",
            how_to_not: &[],
        },
        "es" => VoiceTable {
            openings: &[("puedo ", "puede "), ("tengo ", "tiene ")],
            reader: &[
                ("yo", "usted"),
                ("mí", "usted"),
                ("mi", "su"),
                ("mis", "sus"),
            ],
            policy: &[("ustedes", "nosotros")],
            how_to: &[
                ("cómo puedo ", &[]),
                ("cómo ", &["ar", "er", "ir"]),
                ("cómo ", &["o"]),
            ],
            how_to_grant: "puede ",
            how_to_not: &[],
        },
        "it" => VoiceTable {
            openings: &[("posso ", "può "), ("ho ", "ha ")],
            reader: &[
                ("io", "lei"),
                ("me", "lei"),
                ("mio", "suo"),
                ("mia", "sua"),
                ("miei", "suoi"),
                ("mie", "sue"),
            ],
            policy: &[("voi", "noi")],
            how_to: &[
                ("come posso ", &[]),
                ("come ", &["are", "ere", "ire"]),
                ("come ", &["o"]),
            ],
            how_to_grant: "può ",
            how_to_not: &["iamo"],
        },
        "pt" => VoiceTable {
            openings: &[("posso ", "pode "), ("tenho ", "tem ")],
            reader: &[
                ("eu", "você"),
                ("mim", "si"),
                ("meu", "seu"),
                ("minha", "sua"),
                ("meus", "seus"),
                ("minhas", "suas"),
            ],
            policy: &[("vocês", "nós")],
            how_to: &[
                ("como posso ", &[]),
                ("como ", &["ar", "er", "ir"]),
                ("como ", &["o"]),
            ],
            how_to_grant: "pode ",
            how_to_not: &[],
        },
        "nl" => VoiceTable {
            openings: &[
                ("kan ik ", "u kunt "),
                ("mag ik ", "u mag "),
                ("heb ik ", "u hebt "),
            ],
            reader: &[("ik", "u"), ("mij", "u"), ("me", "u"), ("mijn", "uw")],
            policy: &[("jullie", "wij"), ("u", "wij"), ("uw", "ons")],
            how_to: &[("hoe kan ik ", &[]), ("hoe * ik ", &[])],
            how_to_grant: "u kunt ",
            how_to_not: &[],
        },
        _ => VoiceTable {
            openings: &[
                ("can i ", "you can "),
                ("may i ", "you may "),
                ("do i have ", "you have "),
            ],
            reader: &[
                ("i", "you"),
                ("me", "you"),
                ("my", "your"),
                ("mine", "yours"),
            ],
            policy: &[("you", "we"), ("your", "our"), ("yours", "ours")],
            how_to: &[("how do i ", &[]), ("how can i ", &[])],
            how_to_grant: "you can ",
            how_to_not: &[],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `answered_question` with the built-in vocabulary of `lang`.
    fn answered(heading: &str, answer: &str, lang: &str) -> Option<String> {
        let vocabulary = crate::lint::vocabulary::builtin()
            .vocabulary(lang)
            .expect("a built-in vocabulary");
        answered_question(heading, answer, vocabulary).map(|(voiced, _)| voiced)
    }

    #[test]
    fn a_question_is_read_in_the_policy_voice() {
        assert_eq!(
            answered("Can I see the data you hold about me?", "Yes.", "en").as_deref(),
            Some("you can see the data we hold about you?")
        );
        assert_eq!(
            answered("Wie lange speichern Sie meine Daten?", "Drei Jahre.", "de").as_deref(),
            Some("Wie lange speichern wir Ihre Daten?")
        );
        assert_eq!(
            answered("¿Puedo ver mis datos?", "Sí.", "es").as_deref(),
            Some("puede ver sus datos?")
        );
        // Already in the policy's voice: "you" is the reader.
        assert_eq!(
            answered("What rights do you have?", "You can …", "en").as_deref(),
            Some("What rights do you have?")
        );
    }

    #[test]
    fn a_yes_restates_the_question() {
        assert_eq!(
            restated(
                "vous pouvez les faire corriger ?",
                "Oui, sur simple demande.",
                false,
                "fr"
            )
            .as_deref(),
            Some("vous pouvez les faire corriger ? Oui, sur simple demande.")
        );
        assert_eq!(
            restated("you can object?", "Only by email.", false, "en"),
            None
        );
    }

    #[test]
    fn a_long_answer_that_opens_with_a_time_clause_leans_on_its_question() {
        let long = "Mientras dure la matrícula y, después, durante los plazos que exige la normativa fiscal (cuatro años).";
        assert!(answered("¿Cuánto tiempo conservamos sus datos?", long, "es").is_some());
        // The same length as a sentence of its own is not read with the question.
        let full = "La academia guarda las fichas en un armario cerrado de la secretaría, al que solo accede la dirección.";
        assert_eq!(
            answered("¿Cuánto tiempo conservamos sus datos?", full, "es"),
            None
        );
    }

    #[test]
    fn the_time_openers_are_the_vocabularies() {
        // "for the duration of" is in the English vocabulary's
        // `time_opening` (gdpr.retention reads it after "How long?" too).
        let long = "For the duration of your membership and then for the six years the tax rules require of our accounts.";
        assert!(answered("How long do you keep my data?", long, "en").is_some());
        let full = "Our volunteers keep the membership files in a locked cabinet at the office, which only the board may open.";
        assert_eq!(answered("How long do you keep my data?", full, "en"), None);
    }

    #[test]
    fn a_long_answer_that_opens_with_the_questions_preposition_leans_on_it() {
        let long = "A la Agencia Tributaria y a nuestra gestoría, cuando lo exigen la normativa fiscal y contable vigente.";
        assert!(answered("¿A quién comunicamos sus datos?", long, "es").is_some());
        let with = "With the tax office and our accounting firm, where the tax and accounting rules in force require it.";
        assert!(answered("Who do we share your data with?", with, "en").is_some());
        // The same opening under a question that asks with no preposition.
        assert_eq!(
            answered("¿Quién es el responsable del tratamiento?", long, "es"),
            None
        );
        // A sentence of its own.
        let full = "Sus datos se comunican a la Agencia Tributaria cuando lo exigen la normativa fiscal y contable vigente.";
        assert_eq!(
            answered("¿A quién comunicamos sus datos?", full, "es"),
            None
        );
    }

    #[test]
    fn a_question_that_asks_how_grants_what_it_asks_whatever_the_answer() {
        // An answer of more than ten words that is a sentence of its own
        // still says how: the question is read with it.
        let how = "Open the app, go to Settings > Account and choose Delete account.";
        assert_eq!(
            answered("How do I delete my account?", how, "en").as_deref(),
            Some("you can delete your account?")
        );
        assert_eq!(
            answered("Comment supprimer mon compte ?", how, "fr").as_deref(),
            Some("vous pouvez supprimer votre compte ?")
        );
        assert_eq!(
            answered("¿Cómo puedo borrar mis datos?", how, "es").as_deref(),
            Some("puede borrar sus datos?")
        );
        assert_eq!(
            restated(
                "you can delete your account?",
                "Go to Settings.",
                true,
                "en"
            )
            .as_deref(),
            Some("you can delete your account? Go to Settings.")
        );
        // The policy asking about its own practice is no how-to question:
        // a conjugated verb after "comment", "we" after "how do".
        assert!(!asks_how_to("Comment supprimons-nous vos données ?", "fr"));
        assert!(!asks_how_to("How do we delete your data?", "en"));
        assert!(asks_how_to("Come cancellare i miei dati?", "it"));
        // The reader's verb in the first person: "Wie lösche ich …?",
        // "¿Cómo borro …?", "Come cancello …?", "Como apago …?", "Hoe
        // verwijder ik …?"; not the policy's ("come cancelliamo", "wie
        // löschen wir"), nor a pronoun ("¿Cómo lo borramos?").
        assert_eq!(
            answered("Wie lösche ich mein Konto?", how, "de").as_deref(),
            Some("Sie können lösche Sie Ihr Konto?")
        );
        assert!(asks_how_to("¿Cómo borro mi cuenta?", "es"));
        assert!(asks_how_to("Come cancello il mio account?", "it"));
        assert!(asks_how_to("Como apago a minha conta?", "pt"));
        assert!(asks_how_to("Hoe verwijder ik mijn account?", "nl"));
        assert!(!asks_how_to("Come cancelliamo i dati?", "it"));
        assert!(!asks_how_to("Wie löschen wir Ihre Daten?", "de"));
        assert!(!asks_how_to("Wie lange dauert eine Löschung?", "de"));
        assert!(!asks_how_to("¿Cómo lo borramos?", "es"));
        // "No" still grants nothing.
        assert_eq!(answered("How do I delete my account?", "No.", "en"), None);
    }

    #[test]
    fn a_word_of_assent_alone_answers_yes() {
        assert!(answers_yes("Of course. Email privacy@acme.com.", "en"));
        assert!(answers_yes("Bien sûr, il suffit d'un e-mail.", "fr"));
        assert!(answers_yes("Natürlich!", "de"));
        // The same word opening a sentence about the policy's practice.
        assert!(!answers_yes(
            "Of course we delete data we no longer need.",
            "en"
        ));
        assert!(!answers_yes(
            "Natürlich löschen wir Daten, die wir nicht mehr brauchen.",
            "de"
        ));
        assert!(!answers_yes(
            "Claro que borramos los datos que ya no necesitamos.",
            "es"
        ));
    }

    #[test]
    fn a_heading_that_asks_nothing_or_an_answer_no_labels_nothing() {
        assert_eq!(answered("Your rights", "You can …", "en"), None);
        assert_eq!(
            answered("Can I delete my account?", "No, but …", "en"),
            None
        );
        assert_eq!(
            answered("Kann ich mein Konto löschen?", "Nein.", "de"),
            None
        );
        // A refusal in words before a stop or a colon answers no, under a
        // how-to question too; the same words opening a sentence do not.
        let refused = "You cannot: accounts are kept for ten years.";
        assert_eq!(answered("How do I delete my account?", refused, "en"), None);
        assert_eq!(
            answered(
                "Comment supprimer mon compte ?",
                "Vous ne pouvez pas : …",
                "fr"
            ),
            None
        );
        assert_eq!(
            answered("Come posso cancellare il mio account?", "Non puoi: …", "it"),
            None
        );
        assert!(!answers_no(
            "You cannot delete it yourself; email us.",
            "en"
        ));
    }
}
