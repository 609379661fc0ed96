//! `charter facts`: asks the questions conditional rules wait for and
//! records the answers under `[lint.facts]` in site.toml.
//!
//! Which facts to ask comes from the linter itself ([`Linter::fact_needs`]):
//! the facts that some rule applying to some document reads in its `when:`,
//! that neither the document nor site.toml declares and that the text does
//! not reveal. Nothing here lists rules or facts by hand.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, IsTerminal, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::Status;
use crate::config::{self, CONFIG_FILE};
use crate::diagnostic::{Diag, SourceText};
use crate::fact_catalogue::{CATALOGUE, Fact};
use crate::lint::FactNeed;
use crate::lint::facts::Known;
use crate::report::Verbosity;
use crate::{load, pipeline, report};

#[derive(Debug, clap::Args)]
pub struct FactsArgs {
    /// The site folder (holding site.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Print every fact the site's rules read, with its question, its current
    /// value and the rules that depend on it; write nothing.
    #[arg(long, conflicts_with_all = ["set", "stdin"])]
    pub list: bool,
    /// Record an answer without asking: FACT=yes or FACT=no (true and false
    /// work too). Repeat for several facts.
    #[arg(long, value_name = "FACT=yes|no", value_parser = parse_answer)]
    pub set: Vec<Answer>,
    /// Read the answers from standard input, one line per question in the
    /// order they are asked: y or n, s or an empty line to skip, q to stop.
    /// The questions go to standard error.
    #[arg(long, conflicts_with = "set")]
    pub stdin: bool,
}

/// One answer: a fact of the catalogue and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub fact: &'static str,
    pub value: bool,
}

/// `FACT=yes|no`, the fact checked against the catalogue (with "did you
/// mean"), so a typo cannot record a fact no rule reads.
fn parse_answer(text: &str) -> Result<Answer, String> {
    let Some((name, value)) = text.split_once('=') else {
        return Err(format!(
            "expected FACT=yes or FACT=no, e.g. consent_basis=yes; got {text:?}"
        ));
    };
    let name = name.trim();
    let Some(fact) = crate::fact_catalogue::fact(name) else {
        let names = crate::fact_catalogue::FACTS;
        return Err(match crate::suggest::closest(name, names.iter().copied()) {
            Some(best) => format!("unknown fact `{name}`; did you mean `{best}`?"),
            None => format!("unknown fact `{name}`; facts: {}", names.join(", ")),
        });
    };
    let value = parse_yes_no(value.trim()).ok_or_else(|| {
        format!(
            "`{}` is not an answer for `{name}`: use yes or no",
            value.trim()
        )
    })?;
    Ok(Answer {
        fact: fact.name,
        value,
    })
}

pub fn run(args: &FactsArgs, verbosity: Verbosity) -> Status {
    let input = if args.stdin {
        Some(Input::Piped)
    } else if std::io::stdin().is_terminal() {
        Some(Input::Terminal)
    } else {
        None
    };
    match facts(args, input, verbosity) {
        Ok(status) => status,
        Err(diags) => {
            report::eprint(&diags);
            Status::Broken
        }
    }
}

/// Asks on the terminal what the site at `root` still needs (`charter init`).
pub fn ask_on_terminal(root: &Path, verbosity: Verbosity) -> Status {
    let args = FactsArgs {
        root: root.to_path_buf(),
        list: false,
        set: Vec::new(),
        stdin: false,
    };
    match facts(&args, Some(Input::Terminal), verbosity) {
        Ok(status) => status,
        Err(diags) => {
            report::eprint(&diags);
            Status::Broken
        }
    }
}

/// `yes`/`no` and their short and boolean spellings.
pub fn parse_yes_no(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "y" | "yes" | "true" => Some(true),
        "n" | "no" | "false" => Some(false),
        _ => None,
    }
}

/// Where the answers come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Input {
    /// A person at a terminal: a mistyped answer is asked again.
    Terminal,
    /// A script (`--stdin`): a line that is no answer is an error, since
    /// asking again would shift every later answer to the wrong question.
    Piped,
}

fn facts(
    args: &FactsArgs,
    input: Option<Input>,
    verbosity: Verbosity,
) -> Result<Status, Vec<Diag>> {
    let quiet = verbosity == Verbosity::Quiet;
    if !args.set.is_empty() {
        record(&args.root, &args.set)?;
        if !quiet {
            eprintln!(
                "Recorded in {CONFIG_FILE} [lint.facts]: {}.",
                listed(&args.set)
            );
            // The answers are written either way: content errors are for
            // `charter lint` to report, not a reason to fail here.
            match needs(&args.root) {
                Ok(needs) => {
                    let left = questions(&needs);
                    if !left.is_empty() {
                        let names: Vec<&str> = left.iter().map(|q| q.fact.name).collect();
                        eprintln!(
                            "Still undeclared: {}. `charter facts` asks them.",
                            names.join(", ")
                        );
                    }
                }
                Err(_) => eprintln!(
                    "Could not tell which facts are still undeclared: the site has errors `charter lint` reports."
                ),
            }
        }
        return Ok(Status::Success);
    }
    let needs = needs(&args.root)?;
    if args.list {
        super::print_stdout(&list(&needs));
        return Ok(Status::Success);
    }
    let questions = questions(&needs);
    if questions.is_empty() {
        if !quiet {
            eprintln!(
                "Nothing to ask: every fact the rules read is declared or revealed by the text. `charter facts --list` shows them."
            );
        }
        return Ok(Status::Success);
    }
    let Some(input) = input else {
        // Reading a pipe nobody writes to would hang a CI job: ask nothing.
        let mut out = String::new();
        for (i, q) in questions.iter().enumerate() {
            out.push_str(&q.text(i, questions.len()));
        }
        super::print_stdout(&out);
        return Err(vec![
            Diag::error(
                "facts.no-terminal",
                format!(
                    "{} question(s) to answer, and standard input is not a terminal",
                    questions.len()
                ),
            )
            .help(
                "answer with flags, e.g. `charter facts --set consent_basis=yes --set dpo_designated=no`, or pipe one answer per line into `charter facts --stdin`",
            ),
        ]);
    };
    let stdin = std::io::stdin();
    let answers = ask(&questions, input, &mut stdin.lock(), &mut std::io::stderr())?;
    if !answers.is_empty() {
        record(&args.root, &answers)?;
    }
    if !quiet {
        if answers.is_empty() {
            eprintln!("Nothing recorded.");
        } else {
            eprintln!(
                "Recorded in {CONFIG_FILE} [lint.facts]: {}.",
                listed(&answers)
            );
        }
        let skipped: Vec<&str> = questions
            .iter()
            .map(|q| q.fact.name)
            .filter(|name| !answers.iter().any(|a| a.fact == *name))
            .collect();
        if !skipped.is_empty() {
            eprintln!(
                "Not answered: {}; `charter lint` keeps asking for them.",
                skipped.join(", ")
            );
        }
    }
    Ok(Status::Success)
}

/// "consent_basis = yes, dpo_designated = no".
fn listed(answers: &[Answer]) -> String {
    answers
        .iter()
        .map(|a| format!("{} = {}", a.fact, yes_no(a.value)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

/// Each document's needs, by document name.
fn needs(root: &Path) -> Result<Vec<(String, Vec<FactNeed>)>, Vec<Diag>> {
    pipeline::Build::open(root, &pipeline::Plan::lint())?.fact_needs()
}

/// One fact across the site's documents.
struct Summary {
    fact: &'static Fact,
    /// The rules that read it, with the value that switches each on.
    readers: BTreeMap<String, bool>,
    /// The rules that wait for it, and the documents where they wait.
    waiting: BTreeSet<String>,
    waiting_in: Vec<String>,
    /// Declared in site.toml, or per document in the front matter.
    site: Option<bool>,
    front_matter: Vec<(String, bool)>,
    /// "content/privacy.md:14", where the text reveals it.
    revealed: Vec<String>,
}

fn summaries(needs: &[(String, Vec<FactNeed>)]) -> Vec<Summary> {
    let mut by_fact: BTreeMap<&str, Summary> = BTreeMap::new();
    for (doc, doc_needs) in needs {
        for need in doc_needs {
            let Some(fact) = CATALOGUE.iter().find(|f| f.name == need.fact) else {
                continue;
            };
            let s = by_fact.entry(need.fact).or_insert_with(|| Summary {
                fact,
                readers: BTreeMap::new(),
                waiting: BTreeSet::new(),
                waiting_in: Vec::new(),
                site: need.site,
                front_matter: Vec::new(),
                revealed: Vec::new(),
            });
            s.readers.extend(need.readers.iter().cloned());
            if !need.waiting.is_empty() {
                s.waiting.extend(need.waiting.iter().cloned());
                s.waiting_in.push(doc.clone());
            }
            if let Some(v) = need.front_matter {
                s.front_matter.push((doc.clone(), v));
            }
            if let Known::Inferred(i) = &need.known {
                s.revealed.push(format!("{doc}:{}", i.line));
            }
        }
    }
    // In catalogue order, the order questions are asked in.
    CATALOGUE
        .iter()
        .filter_map(|f| by_fact.remove(f.name))
        .collect()
}

impl Summary {
    /// "gdpr.dpo.contact (runs if yes), …" for `ids`.
    fn rules(&self, ids: impl Iterator<Item = String>) -> String {
        ids.map(|id| match self.readers.get(&id) {
            Some(v) => format!("{id} (runs if {})", yes_no(*v)),
            None => id,
        })
        .collect::<Vec<_>>()
        .join(", ")
    }

    /// The question as asked: the fact, the question, why, the rules that
    /// wait for it and what an answer overrides.
    fn text(&self, i: usize, of: usize) -> String {
        let mut out = format!(
            "({}/{of}) {}: {}\n      {}\n      Rules that depend on it: {}\n",
            i + 1,
            self.fact.name,
            self.fact.question,
            self.fact.description,
            self.rules(self.waiting.iter().cloned()),
        );
        if !self.revealed.is_empty() {
            out.push_str(&format!(
                "      The text reveals it true in {}; an answer here wins over that.\n",
                self.revealed.join(", ")
            ));
        }
        out
    }
}

/// The facts some rule waits for, in the order they are asked.
fn questions(needs: &[(String, Vec<FactNeed>)]) -> Vec<Summary> {
    summaries(needs)
        .into_iter()
        .filter(|s| !s.waiting.is_empty())
        .collect()
}

/// `--list`: every fact the site's rules read.
fn list(needs: &[(String, Vec<FactNeed>)]) -> String {
    let all = summaries(needs);
    if all.is_empty() {
        return "No rule that applies to the site's documents reads a fact.\n".to_string();
    }
    let mut out = String::new();
    for s in &all {
        let state = match s.site {
            Some(v) => format!(" = {} ({CONFIG_FILE})", yes_no(v)),
            None if !s.waiting.is_empty() => ": undeclared".to_string(),
            None if !s.revealed.is_empty() => ": revealed by the text".to_string(),
            None if !s.front_matter.is_empty() => ": declared in front matter".to_string(),
            // Every rule that reads it is ruled out by another fact.
            None => ": undeclared, no rule waits for it".to_string(),
        };
        out.push_str(&format!(
            "{}{state}\n  {}\n  {}\n  Rules: {}\n",
            s.fact.name,
            s.fact.question,
            s.fact.description,
            s.rules(s.readers.keys().cloned()),
        ));
        if !s.waiting_in.is_empty() {
            out.push_str(&format!(
                "  Waiting for it: {} in {}\n",
                s.waiting.iter().cloned().collect::<Vec<_>>().join(", "),
                s.waiting_in.join(", ")
            ));
        }
        for (doc, v) in &s.front_matter {
            out.push_str(&format!("  Front matter of {doc}: {}\n", yes_no(*v)));
        }
        if !s.revealed.is_empty() {
            out.push_str(&format!(
                "  Revealed true by the text: {}\n",
                s.revealed.join(", ")
            ));
        }
        out.push('\n');
    }
    out
}

/// Asks each question on `out` and reads the answers from `input`, until
/// all are asked, `q` or the end of the input.
fn ask(
    questions: &[Summary],
    mode: Input,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<Vec<Answer>, Vec<Diag>> {
    let mut answers = Vec::new();
    // What was read, so that a bad answer is shown where it stands.
    let mut read = String::new();
    let shown = |out: &mut dyn Write, text: &str| {
        // A closed standard error must not lose the answers given so far.
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    };
    'questions: for (i, q) in questions.iter().enumerate() {
        shown(out, &format!("\n{}", q.text(i, questions.len())));
        loop {
            shown(out, "      [y]es, [n]o, [s]kip, [q]uit: ");
            let start = read.len();
            let mut line = String::new();
            match input.read_line(&mut line) {
                Ok(0) => {
                    shown(out, "\n(end of input)\n");
                    break 'questions;
                }
                Ok(_) => {}
                Err(e) => {
                    return Err(vec![Diag::error(
                        "facts.input",
                        format!("cannot read the answers from standard input: {e}"),
                    )]);
                }
            }
            read.push_str(&line);
            if mode == Input::Piped {
                // The questions are not echoed back by a pipe as by a terminal.
                shown(out, &line);
            }
            let answer = line.trim();
            match answer.to_ascii_lowercase().as_str() {
                "" | "s" | "skip" => continue 'questions,
                "q" | "quit" => break 'questions,
                _ => {}
            }
            if let Some(value) = parse_yes_no(answer) {
                answers.push(Answer {
                    fact: q.fact.name,
                    value,
                });
                continue 'questions;
            }
            if mode == Input::Piped {
                return Err(vec![bad_answer(
                    &read,
                    start..start + line.trim_end().len(),
                    q,
                )]);
            }
            shown(out, &format!("      `{answer}` is not an answer.\n"));
        }
    }
    Ok(answers)
}

/// A line of piped answers that is none, shown where it stands.
fn bad_answer(read: &str, span: Range<usize>, q: &Summary) -> Diag {
    let source = SourceText::new("(standard input)", read.to_string());
    Diag::error(
        "facts.answer",
        format!("not an answer to the question about `{}`", q.fact.name),
    )
    .at(&source, span, "expected y, n, s or q")
    .help("answer each question on its own line: y or yes, n or no, s or an empty line to skip, q to stop; nothing is recorded until every line is an answer")
}

/// Writes `answers` under `[lint.facts]` in site.toml.
fn record(root: &Path, answers: &[Answer]) -> Result<(), Vec<Diag>> {
    // Refuses a broken site.toml with its own diagnostics before editing it.
    let config = load::read_config(root)?;
    let text = with_facts(&config.source, answers).map_err(|d| vec![d])?;
    // The edit must leave a configuration Charter reads, or nothing is written.
    config::parse(&SourceText::new(CONFIG_FILE, text.clone()))?;
    let path = root.join(CONFIG_FILE);
    std::fs::write(&path, text).map_err(|e| {
        vec![Diag::error(
            "facts.write",
            format!("cannot write {}: {e}", path.display()),
        )]
    })
}

/// `source`, a site.toml, with `answers` set in its `[lint] facts` table,
/// wherever and however it is written (`[lint.facts]`, an inline table,
/// dotted keys), or in a new `[lint.facts]` table; everything else,
/// comments and order included, as it was.
fn with_facts(source: &Arc<SourceText>, answers: &[Answer]) -> Result<String, Diag> {
    use toml_edit::{DocumentMut, InlineTable, Item, Table, TableLike, Value};
    let mut doc: DocumentMut = source.text.parse().map_err(|e: toml_edit::TomlError| {
        Diag::error(
            "config.invalid",
            format!("invalid {CONFIG_FILE}: {}", e.message()),
        )
        .at(source, e.span().unwrap_or(0..0), "here")
    })?;
    let not_a_table = |key: &str| {
        Diag::error(
            "facts.site-toml",
            format!("`{key}` in {CONFIG_FILE} is not a table"),
        )
        .in_file(source)
        .help("facts go in a table: [lint.facts] with lines such as consent_basis = true")
    };
    // Comments after the last table are the document's trailing text, which
    // is printed after every table: a new `[lint.facts]` goes before them, or
    // they would end up under it. They stay right above it instead.
    let trailing = doc.trailing().as_str().unwrap_or("").to_string();
    let moves_trailing = !trailing.trim().is_empty();
    let mut created = false;
    let lint = doc.as_table_mut().entry("lint").or_insert_with(|| {
        // No `[lint]` header of its own: the new `[lint.facts]` is enough.
        let mut t = Table::new();
        t.set_implicit(true);
        Item::Table(t)
    });
    let (facts, inline): (Option<&mut dyn TableLike>, bool) = match lint {
        Item::Table(t) => {
            let item = t.entry("facts").or_insert_with(|| {
                created = true;
                let mut table = Table::new();
                if moves_trailing {
                    table.decor_mut().set_prefix(trailing.as_str());
                }
                Item::Table(table)
            });
            let inline = item.is_inline_table();
            (item.as_table_like_mut(), inline)
        }
        Item::Value(Value::InlineTable(t)) => {
            let value = t
                .entry("facts")
                .or_insert_with(|| Value::InlineTable(InlineTable::new()));
            let table = value.as_inline_table_mut();
            (table.map(|t| t as &mut dyn TableLike), true)
        }
        _ => return Err(not_a_table("lint")),
    };
    let facts = facts.ok_or_else(|| not_a_table("lint.facts"))?;
    // In an inline table the space before `}` belongs to the last value: it
    // moves to whatever value ends up last, so new keys land before it.
    let closing = match inline {
        true => last_value(facts).and_then(|v| v.decor().suffix().cloned()),
        false => None,
    };
    if closing.is_some()
        && let Some(v) = last_value(facts)
    {
        v.decor_mut().set_suffix("");
    }
    for answer in answers {
        match facts.get_mut(answer.fact).and_then(Item::as_value_mut) {
            Some(value) => {
                // Keeps the comment after the old value, if any.
                let decor = value.decor().clone();
                *value = Value::from(answer.value);
                *value.decor_mut() = decor;
            }
            None => {
                facts.insert(answer.fact, toml_edit::value(answer.value));
            }
        }
    }
    if let Some(closing) = closing
        && let Some(v) = last_value(facts)
    {
        v.decor_mut().set_suffix(closing);
    }
    if created && moves_trailing {
        doc.set_trailing("");
    }
    Ok(doc.to_string())
}

fn last_value(table: &mut dyn toml_edit::TableLike) -> Option<&mut toml_edit::Value> {
    table
        .iter_mut()
        .last()
        .and_then(|(_, item)| item.as_value_mut())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(fact: &'static str, value: bool) -> Answer {
        Answer { fact, value }
    }

    fn edit(text: &str, answers: &[(&'static str, bool)]) -> String {
        let answers: Vec<Answer> = answers
            .iter()
            .map(|&(fact, value)| Answer { fact, value })
            .collect();
        with_facts(&SourceText::new(CONFIG_FILE, text), &answers).unwrap()
    }

    const HEAD: &str = "# the site\ntitle = \"T\" # shown everywhere\nbase_url = \"https://x.example\"\ndefault_language = \"en\"\n";

    #[test]
    fn a_new_table_goes_at_the_end_and_nothing_else_moves() {
        let out = edit(HEAD, &[("consent_basis", true), ("dpo_designated", false)]);
        assert_eq!(
            out,
            format!("{HEAD}\n[lint.facts]\nconsent_basis = true\ndpo_designated = false\n")
        );
        let config = config::parse(&SourceText::new(CONFIG_FILE, out)).unwrap();
        assert_eq!(config.lint.facts.get("consent_basis"), Some(&true));
    }

    #[test]
    fn comments_at_the_end_stay_above_a_new_table() {
        let text = format!("{HEAD}[lint]\nnotice_period_days = 30\n# Facts go in [lint.facts].\n");
        let out = edit(&text, &[("dpo_designated", true)]);
        assert_eq!(
            out,
            format!(
                "{HEAD}[lint]\nnotice_period_days = 30\n# Facts go in [lint.facts].\n[lint.facts]\ndpo_designated = true\n"
            )
        );
    }

    #[test]
    fn an_inline_table_is_edited_in_place() {
        let text = format!(
            "{HEAD}[lint]\nnotice_period_days = 30\n# what is true\nfacts = {{ consent_basis = false, dpo_designated = true }} # ours\n\n[markdown]\nunsafe_html = false\n"
        );
        let out = edit(
            &text,
            &[("consent_basis", true), ("direct_marketing", false)],
        );
        assert_eq!(
            out,
            format!(
                "{HEAD}[lint]\nnotice_period_days = 30\n# what is true\nfacts = {{ consent_basis = true, dpo_designated = true, direct_marketing = false }} # ours\n\n[markdown]\nunsafe_html = false\n"
            )
        );
    }

    #[test]
    fn a_facts_table_keeps_its_comments() {
        let text = format!(
            "{HEAD}[lint.facts]\n# asked by legal in May\nconsent_basis = false # for now\n\n[markdown]\nunsafe_html = false\n"
        );
        let out = edit(&text, &[("consent_basis", true), ("dpo_designated", true)]);
        assert_eq!(
            out,
            format!(
                "{HEAD}[lint.facts]\n# asked by legal in May\nconsent_basis = true # for now\ndpo_designated = true\n\n[markdown]\nunsafe_html = false\n"
            )
        );
    }

    #[test]
    fn a_lint_that_is_no_table_is_refused() {
        let src = SourceText::new(CONFIG_FILE, format!("{HEAD}lint = 3\n"));
        let answer = a("consent_basis", true);
        let err = with_facts(&src, &[answer]).unwrap_err();
        assert_eq!(err.code, "facts.site-toml");
    }

    fn summary(name: &str) -> Summary {
        Summary {
            fact: crate::fact_catalogue::fact(name).unwrap(),
            readers: BTreeMap::from([("gdpr.dpo.contact".to_string(), true)]),
            waiting: BTreeSet::from(["gdpr.dpo.contact".to_string()]),
            waiting_in: vec!["content/privacy.md".into()],
            site: None,
            front_matter: Vec::new(),
            revealed: Vec::new(),
        }
    }

    /// The answers to `qs` read from `input`, the questions dropped.
    fn read_answers(qs: &[Summary], mode: Input, input: &str) -> Result<Vec<Answer>, Vec<Diag>> {
        ask(qs, mode, &mut input.as_bytes(), &mut Vec::new())
    }

    #[test]
    fn answers_are_read_a_line_per_question() {
        let qs = [
            summary("dpo_designated"),
            summary("consent_basis"),
            summary("direct_marketing"),
        ];
        let mut out = Vec::new();
        let answers = ask(&qs, Input::Piped, &mut "yes\n\nN\n".as_bytes(), &mut out).unwrap();
        assert_eq!(
            answers,
            [a("dpo_designated", true), a("direct_marketing", false)]
        );
        let shown = String::from_utf8(out).unwrap();
        assert!(
            shown.contains("(1/3) dpo_designated: Have you designated a data protection officer?"),
            "{shown}"
        );
        assert!(shown.contains("gdpr.dpo.contact (runs if yes)"), "{shown}");
        // `q` stops; the answers before it count.
        let answers = read_answers(&qs, Input::Piped, "n\nq\ny\n").unwrap();
        assert_eq!(answers, [a("dpo_designated", false)]);
    }

    #[test]
    fn a_person_is_asked_again_a_script_is_stopped() {
        let qs = [summary("dpo_designated")];
        let answers = read_answers(&qs, Input::Terminal, "maybe\ny\n").unwrap();
        assert_eq!(answers, [a("dpo_designated", true)]);
        let err = read_answers(&qs, Input::Piped, "maybe\ny\n").unwrap_err();
        assert_eq!(err[0].code, "facts.answer");
        assert_eq!(err[0].position().unwrap().0, (1, 1));
    }
}
