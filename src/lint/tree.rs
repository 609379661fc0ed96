//! The document tree rules read: statements, each with the labels it sits
//! under and the concepts it and they state.
//!
//! Built once per document from the Markdown outline. Labels are what a
//! reader takes as a title: headings (with the headings above them); a
//! pseudo-heading, a paragraph or list item that opens with bold text ending
//! in "." or ":" (`**Retention:** …`), which labels its own text and the
//! list after it, or, standing alone, everything up to the next heading; a
//! line titled without heading markup ("2. YOUR RIGHTS", "Membership Data
//! Deletion" above its text), a heading in all but
//! markup, up to the next such line or heading; the
//! lead-in of a list, a paragraph ending in ":" or "," ("You can ask us
//! to:"), which labels the items that continue it; and
//! in a table, the header cell of each column and the first cell of each
//! row. Statements are the sentences of paragraphs and list items, and the
//! cells of tables, split where a sentence ends but not after an
//! abbreviation ("Art.", "z. B.", "e.g.", "n°").

use crate::lint::text::{Sections, normalize};
use crate::lint::vocabulary::{Set, Vocabulary};
use crate::markdown::{BlockKind, Outline};

/// Longest paragraph (bytes) read together with the one before it: an
/// address block, not a paragraph of its own.
const SHORT_BLOCK: usize = 200;

/// A sentence, list item or table cell.
#[derive(Debug, Clone)]
pub struct Statement {
    /// Index of the outline block it is part of.
    pub block: usize,
    /// Normalized text.
    pub text: String,
    /// The concepts it states itself.
    pub own: Set,
    /// The concepts its labels state.
    pub inherited: Set,
    /// The concepts of the labels right over it (pseudo-heading, lead-in,
    /// table header and row), not its headings, nor the question heading
    /// over an answer (which is only in `lead`).
    pub near: Set,
    /// The concepts of the labels right over it that are not a table's:
    /// its list's lead-in, its pseudo-heading, its "Term:", the question
    /// heading it answers ("## How long do you keep my data?").
    pub lead: Set,
    /// The concepts of its table column's header.
    pub column: Set,
    /// The concepts of its own list item's lead-in ("- **Oposición**: Podrá
    /// solicitar …": the term of the item the statement is said in), not a
    /// lead-in or pseudo-heading over several blocks.
    pub item: Set,
    /// The concepts of its own term: the bold or colon label its own
    /// paragraph or list item opens with ("**Speicherdauer:** drei Jahre
    /// nach Vertragsende."), or the first cell of its own table row ("|
    /// Conservation | 3 ans |"); never a label over several blocks (a
    /// pseudo-heading standing alone, a lead-in), a heading or a column.
    /// What the statement itself is said of, where `lead` and `near` also
    /// hold labels it inherits (session 29, helper classes-x).
    pub term: Set,
    /// The concepts of the innermost heading over it: what its section is
    /// about ("## How long do we keep personal data?" over "Usually they
    /// are kept 12 months."), without the document title and the outer
    /// headings every statement inherits.
    pub heading: Set,
    /// Its labels, outermost first (indices into [`DocTree::labels`]).
    pub labels: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Label {
    pub text: String,
    pub concepts: Set,
    /// A heading, as opposed to a label right over its statements.
    pub heading: bool,
    /// A table's header cell.
    pub column: bool,
    /// A table's header cell or a row's first cell.
    pub table: bool,
    /// A question heading read over its answer (`faq.rs`): it says what
    /// the answer is about, not what it says, so it is no evidence that a
    /// concept is absent ("## Welke persoonsgegevens verzamelen we van
    /// je?" names access words over a statement of purposes; development
    /// half, nl-ona-volkstuin).
    pub question: bool,
    /// The first cell of a row of two: the term its other cell is said
    /// of, read as the term of a "Term: value" line is (`lead`), for that
    /// row only ("| Server logs | 7 days |" under "## Retention" says how
    /// long server logs are kept, as "**Server logs:** 7 days" would).
    pub term: bool,
}

#[derive(Debug, Clone, Default)]
pub struct DocTree {
    pub statements: Vec<Statement>,
    pub labels: Vec<Label>,
}

impl DocTree {
    /// The tree of a document: its outline with the normalized texts of
    /// its blocks and headings (`sections`, normalized once for every rule),
    /// its source (to see bold openings and table headers), its front
    /// matter's title and the vocabulary of its language.
    pub fn new(
        sections: &Sections<'_>,
        source: &str,
        front_title: &str,
        vocabulary: &Vocabulary,
    ) -> DocTree {
        Builder {
            tree: DocTree::default(),
            vocabulary,
        }
        .build(sections, source, front_title)
    }

    /// The statements of the blocks `blocks` selects.
    pub fn statements_in<'t>(
        &'t self,
        blocks: &'t [bool],
    ) -> impl Iterator<Item = &'t Statement> + 't {
        self.statements
            .iter()
            .filter(|s| blocks.get(s.block).copied().unwrap_or(false))
    }

    /// Each statement of the blocks `blocks` selects together with the
    /// one after it: the next sentence of its paragraph, or, after a
    /// paragraph's last sentence, a short next paragraph of the same section
    /// (an address block after "The controller is X."). Concepts and labels
    /// are joined, and so are the texts. Only pairs whose joined concepts
    /// `may_fit` accepts (it is shown them with no text and no labels) are
    /// joined: copying two texts and the labels for every pair was most of
    /// the pairs' cost, and a rule's first test turns nearly all of them
    /// away (BENCHMARKS.md, session 37).
    pub fn pairs<'t>(
        &'t self,
        in_scope: &'t [bool],
        blocks: &'t [crate::markdown::Block],
        may_fit: impl Fn(&Statement) -> bool + 't,
    ) -> impl Iterator<Item = Statement> + 't {
        self.statements
            .iter()
            .enumerate()
            .filter_map(move |(i, first)| {
                if !in_scope.get(first.block).copied().unwrap_or(false) {
                    return None;
                }
                let next = self.statements.get(i + 1)?;
                let same_block = next.block == first.block;
                let short_next_block = next.block == first.block + 1
                    && in_scope.get(next.block).copied().unwrap_or(false)
                    && blocks
                        .get(next.block)
                        .map(|b| (b.section, b.text.len()))
                        .is_some_and(|(section, len)| {
                            section == blocks[first.block].section && len <= SHORT_BLOCK
                        });
                if !same_block && !short_next_block {
                    return None;
                }
                let mut pair = Statement {
                    text: String::new(),
                    labels: Vec::new(),
                    own: first.own.union(next.own),
                    inherited: first.inherited.union(next.inherited),
                    near: first.near.union(next.near),
                    lead: first.lead.union(next.lead),
                    column: first.column.union(next.column),
                    heading: first.heading.union(next.heading),
                    ..*first
                };
                if !may_fit(&pair) {
                    return None;
                }
                pair.text
                    .reserve_exact(first.text.len() + 1 + next.text.len());
                pair.text.push_str(&first.text);
                pair.text.push(' ');
                pair.text.push_str(&next.text);
                pair.labels = first.labels.clone();
                Some(pair)
            })
    }

    /// The first statement in scope that `fits_one` accepts, in reading
    /// order; failing that, the first pair of statements (see [`pairs`])
    /// that `fits_pair` accepts, of those whose concepts `pair_may_fit`
    /// (a test of the concepts alone) accepts.
    ///
    /// [`pairs`]: DocTree::pairs
    pub fn first_fitting(
        &self,
        in_scope: &[bool],
        blocks: &[crate::markdown::Block],
        fits_one: impl Fn(&Statement) -> bool,
        fits_pair: Option<impl Fn(&Statement) -> bool>,
        pair_may_fit: impl Fn(&Statement) -> bool,
    ) -> Option<Statement> {
        self.statements_in(in_scope)
            .find(|s| fits_one(s))
            .cloned()
            .or_else(|| {
                let fits_pair = fits_pair?;
                self.pairs(in_scope, blocks, pair_may_fit)
                    .find(|pair| fits_pair(pair))
            })
    }

    /// With `CHARTER_DEBUG_TREE` set (read once per run), prints every
    /// statement with its concepts to stderr: a development aid for tuning
    /// the vocabulary against the accuracy harness.
    pub fn dump_if_asked(&self) {
        static ASKED: std::sync::LazyLock<bool> =
            std::sync::LazyLock::new(|| std::env::var_os("CHARTER_DEBUG_TREE").is_some());
        if !*ASKED {
            return;
        }
        let names = &crate::lint::vocabulary::builtin().names;
        let show = |set: Set| {
            (0..names.len())
                .filter(|&i| set.has(i))
                .map(|i| names[i].as_str())
                .collect::<Vec<_>>()
                .join(",")
        };
        for s in &self.statements {
            eprintln!(
                "[{}] own={} near={} label={} under={} :: {}",
                s.block,
                show(s.own),
                show(s.near),
                show(s.inherited),
                self.label_texts(s).collect::<Vec<_>>().join(" > "),
                s.text
            );
        }
    }

    /// The texts of a statement's labels, outermost first.
    pub fn label_texts<'t>(&'t self, s: &'t Statement) -> impl Iterator<Item = &'t str> + 't {
        s.labels.iter().map(|&l| self.labels[l].text.as_str())
    }
}

struct Builder<'v> {
    tree: DocTree,
    vocabulary: &'v Vocabulary,
}

impl Builder<'_> {
    fn label(&mut self, text: &str) -> usize {
        self.normalized_label(normalize(text))
    }

    fn normalized_label(&mut self, text: String) -> usize {
        let concepts = self.vocabulary.concepts(&text);
        self.tree.labels.push(Label {
            text,
            concepts,
            heading: false,
            column: false,
            table: false,
            question: false,
            term: false,
        });
        self.tree.labels.len() - 1
    }

    /// A table whose header has a "Provider" column beside a "Purpose"
    /// column ("| Provider | Purpose | Country |"): the providers' column
    /// takes the purpose column's concept too, so that a rule's form can
    /// read its cells as the providers data go to without a heading that
    /// says so (`provider_col@column, purpose_col@column`; session 22). A
    /// form sees only its own column's header, not the others.
    fn provider_beside_purpose(&mut self, header: &[usize]) {
        let ids = crate::lint::vocabulary::builtin();
        let (Some(provider), Some(purpose)) = (ids.id("provider_col"), ids.id("purpose_col"))
        else {
            return;
        };
        if !header
            .iter()
            .any(|&l| self.tree.labels[l].concepts.has(purpose))
        {
            return;
        }
        for &l in header {
            let label = &mut self.tree.labels[l];
            if label.concepts.has(provider) {
                label.concepts = label.concepts.with(purpose);
            }
        }
    }

    /// A heading's label read as a label right over its statements (not
    /// as a heading): for the address block right under it.
    fn near_copy(&mut self, heading: usize) -> usize {
        let mut label = self.tree.labels[heading].clone();
        label.heading = false;
        self.tree.labels.push(label);
        self.tree.labels.len() - 1
    }

    /// The question heading over an answer, in the policy's voice, as a
    /// label right over it ("## How long do you keep my data?" / "Until you
    /// close your account, then 30 days."; `faq.rs`).
    /// With it, whether the question asks how the reader does something.
    fn answered_question(&mut self, heading: &str, answer: &str) -> Option<(usize, bool)> {
        let (voiced, how_to) = super::faq::answered_question(heading, answer, self.vocabulary)?;
        Some((self.question_label(voiced), how_to))
    }

    /// The label of a question turned into the policy's voice (`voiced`,
    /// from [`super::faq::answered_question`]).
    fn question_label(&mut self, voiced: String) -> usize {
        let l = self.normalized_label(voiced);
        let label = &mut self.tree.labels[l];
        label.question = true;
        // "## Per quanto tempo li conserviamo?": a question of the notice
        // that names what it keeps with a pronoun asks about the personal
        // data the notice is about, as "our data" would.
        if back_reference().is_some_and(|id| label.concepts.has(id))
            && !label.concepts.meets(data_concepts())
        {
            label.concepts = label.concepts.union(data_concepts());
        }
        l
    }

    /// Adds the statement `text` of block `block` under `labels`, and
    /// returns it for the caller to add what only it knows (its term);
    /// `None` for text with nothing to read (no letter or digit).
    fn statement(&mut self, block: usize, text: &str, labels: &[usize]) -> Option<&mut Statement> {
        let text = text.trim();
        if !text.chars().any(char::is_alphanumeric) {
            return None;
        }
        let own = self.vocabulary.concepts(&without_clicked_labels(text));
        // A row's title names the right of its row ("| Access | Ask us for a
        // copy |") only for a cell about the reader's data or how to ask:
        // "| Access | Our offices are open to visitors |" grants nothing.
        let (about_asking, row_rights) = row_right_concepts();
        let unsaid = if own.meets(about_asking) {
            Set::default()
        } else {
            row_rights
        };
        let concepts = |l: usize| {
            let label = &self.tree.labels[l];
            if label.table && !label.column {
                label.concepts.without(unsaid)
            } else {
                label.concepts
            }
        };
        let inherited = labels
            .iter()
            .fold(Set::default(), |acc, &l| acc.union(concepts(l)));
        let near = labels
            .iter()
            .filter(|&&l| !self.tree.labels[l].heading && !self.tree.labels[l].question)
            .fold(Set::default(), |acc, &l| acc.union(concepts(l)));
        let lead = labels
            .iter()
            .filter(|&&l| {
                let label = &self.tree.labels[l];
                !label.heading && (!label.table || label.term)
            })
            .fold(Set::default(), |acc, &l| acc.union(concepts(l)));
        let column = labels
            .iter()
            .filter(|&&l| self.tree.labels[l].column)
            .fold(Set::default(), |acc, &l| {
                acc.union(self.tree.labels[l].concepts)
            });
        // The innermost heading: the last heading label, outermost first.
        let heading = labels
            .iter()
            .rev()
            .find(|&&l| self.tree.labels[l].heading)
            .map_or(Set::default(), |&l| self.tree.labels[l].concepts);
        self.tree.statements.push(Statement {
            block,
            text: text.to_string(),
            own,
            inherited,
            near,
            lead,
            column,
            heading,
            item: Set::default(),
            term: Set::default(),
            labels: labels.to_vec(),
        });
        self.tree.statements.last_mut()
    }

    fn build(mut self, sections: &Sections<'_>, source: &str, front_title: &str) -> DocTree {
        let outline: &Outline = sections.outline;
        let headings: Vec<usize> = sections
            .heading_texts
            .iter()
            .map(|h| {
                let l = self.normalized_label(h.clone());
                self.tree.labels[l].heading = true;
                l
            })
            .collect();
        // For each heading, itself and the headings above it, outermost first.
        let chains: Vec<Vec<usize>> = (0..outline.headings.len())
            .map(|i| {
                sections
                    .ancestry(i)
                    .iter()
                    .rev()
                    .map(|&j| headings[j])
                    .collect()
            })
            .collect();
        let lang = self.vocabulary.lang.clone();
        let mut section = None;
        // A bold paragraph standing alone: a heading in all but markup.
        let mut pseudo_section: Option<usize> = None;
        // A line standing alone that the author meant as a heading though
        // the Markdown does not say so (`is_plain_heading`): like a heading,
        // it labels everything up to the next one, and ends the bold
        // pseudo-heading before it.
        let mut plain_section: Option<usize> = None;
        // Labels of the paragraph a list follows: its pseudo-heading and lead-in.
        let mut list_labels: Vec<usize> = Vec::new();
        let mut table_header: Vec<usize> = Vec::new();
        // Whether the item before ended as part of a running sentence
        // ("…;", "…, and"): the last item of such a list ends in "." but
        // continues the lead-in as its siblings do.
        let mut previous_item_runs_on = false;
        // Whether the list's lead-in stops short of its object ("You have
        // the right to:", "Você tem o direito de:").
        let mut open_lead_in = false;
        // Whether the list's lead-in ends on a conjunction that needs its
        // clause ("…, salvo que:", "…, unless:", "…, es sei denn:"): each
        // item is that clause, even one that opens with a capital and ends
        // with a stop.
        let mut clause_lead_in = false;
        // The lead-in of a run of paragraphs that open with a bold term
        // ("The data we process include the following:" / "**Name and
        // contact data**. Your first and last name, …"): a list in all but
        // markup, each paragraph one of its items.
        let mut term_lead: Vec<usize> = Vec::new();
        // A title standing alone right before this block (a plain heading,
        // bold standing alone): with the section's heading, what leads in a
        // list that follows it with no lead-in of its own.
        let mut title_before: Option<usize> = None;
        for (b, block) in outline.blocks.iter().enumerate() {
            let title_over = title_before.take();
            if block.section != section {
                section = block.section;
                pseudo_section = None;
                plain_section = None;
                list_labels.clear();
                term_lead.clear();
                open_lead_in = false;
                clause_lead_in = false;
            }
            let first_in_section = b == 0 || outline.blocks[b - 1].section != block.section;
            let after_running_item = std::mem::replace(
                &mut previous_item_runs_on,
                block.kind == BlockKind::ListItem && runs_on(&block.text),
            );
            let raw = source.get(block.span.clone()).unwrap_or("");
            // The question heading over this answer, in the policy's voice.
            // The voiced question over the block, and whether it asks how
            // the reader does something (`faq.rs`).
            let mut question: Option<(String, bool)> = None;
            if is_plain_heading(source, outline, b) {
                let l = self.label(&block.text);
                self.tree.labels[l].heading = true;
                plain_section = Some(l);
                pseudo_section = None;
                list_labels.clear();
                term_lead.clear();
                open_lead_in = false;
                clause_lead_in = false;
                title_before = Some(l);
                continue;
            }
            let mut labels: Vec<usize> = section.map(|s| chains[s].clone()).unwrap_or_default();
            labels.extend(plain_section);
            labels.extend(pseudo_section);
            // GFM goes on with a table after a line without a pipe (a lazy
            // row): that is text written right under the table, a paragraph
            // in all but markup, not a row under the table's headers.
            // So is a row whose one cell is a sentence, in a table of more
            // columns: a note across the table ("| Details are in the full
            // policy. |"), not a value under the first header.
            // An HTML row (`<tr><td>…`, a CMS or word-processor export pasted
            // into Markdown) has no pipe in its source but is a row all the
            // same: the lazy-row test is GFM's, not HTML's
            // (pt-unidos-torresvedras-privacidade, a retention period in a
            // `<td>` under a "Prazo de Conservação" column).
            let html_row = block.kind == BlockKind::TableRow && is_html_row(raw);
            let kind = if block.kind == BlockKind::TableRow
                && ((!raw.contains('|') && !html_row)
                    || is_note_row(&block.text, table_header.len()))
            {
                BlockKind::Paragraph
            } else {
                block.kind
            };
            if block.kind != BlockKind::TableRow {
                table_header.clear();
            }
            // An address block right under a heading ("## Controller" /
            // "Example Ltd" / "privacy@example.com"): the heading says what
            // the block is, as a "Controller:" lead-in right over it would.
            // Not an answer that opens with "yes" under a question ("## Can
            // I have my data deleted?" / "Yes. Email privacy@example.com."):
            // that is the answer granting what the question asks (`faq.rs`).
            // Nor one that opens with "no" ("## Kann ich meine Daten löschen
            // lassen?" / "Nein. privacy@example.com"): the answer refuses
            // what the question asks, and the question labels nothing (below;
            // session 35, helper classes-f).
            if kind == BlockKind::Paragraph
                && first_in_section
                && (is_address_block(raw) || is_contact_line(raw))
                && !super::faq::answers_yes(&block.text, &lang)
                && let Some(s) = section
                && !super::faq::refuses(&sections.heading_texts[s], &block.text, &lang)
            {
                labels.push(self.near_copy(headings[s]));
                // Under a sub-heading that names only who the block is for
                // ("### Erreichbarkeit der Verantwortlichen" / "#### Präsident"
                // / "Hochschule Worms" …; de-hsworms-mystudybuddy:6-12), the
                // section over it says what the block is as well: one level
                // up, not the document's title every block inherits. Not under
                // a sub-heading naming the DPO ("#### Datenschutzbeauftragte"):
                // that block is the DPO's, not the controller's.
                if let Some(&parent) = sections.ancestry(s).get(1)
                    && outline.headings[parent].level > 1
                    && !dpo().is_some_and(|d| self.tree.labels[headings[s]].concepts.has(d))
                {
                    labels.push(self.near_copy(headings[parent]));
                }
            } else if kind == BlockKind::Paragraph
                && !first_in_section
                && (is_address_block(raw) || is_contact_line(raw))
                && outline.blocks[b - 1].kind == BlockKind::Paragraph
                && outline.blocks[b - 1].section == block.section
                && let Some(&l) = list_labels.last()
                && self.tree.labels[l].text.trim_end().ends_with(':')
                && outline.blocks[b - 1].text.trim_end().ends_with(':')
            {
                // An address block right after a lead-in ending in ":" ("Our
                // website is hosted by:" / "Example Hosting GmbH" / "Am Markt
                // 4" …): the lead-in says whose address it is, as a heading
                // right over it does above, so a provider's is not read as
                // the controller's (session 34, helper devdata-h).
                labels.push(l);
            } else if kind == BlockKind::Paragraph
                && first_in_section
                && let Some(s) = section
            {
                let heading = sections.heading_texts[s].as_str();
                if let Some((l, how_to)) = self.answered_question(heading, &block.text) {
                    labels.push(l);
                    question = Some((self.tree.labels[l].text.clone(), how_to));
                } else if super::faq::refuses(heading, &block.text, &lang) {
                    // "## How do I delete my account?" / "You cannot: accounts
                    // are kept for ten years.", "## Can I delete my account?" /
                    // "No, but you can deactivate it.": the question the answer
                    // refuses says nothing over it; its right no longer labels
                    // the answer's other grant (`faq.rs`; session 33, helper
                    // classes-c, phrasings/*.txt).
                    labels.retain(|&l| l != headings[s]);
                }
            }
            // A paragraph opening with a bold term continues a lead-in that
            // paragraphs of terms follow; any other block ends that run.
            if kind == BlockKind::Paragraph && bold_opening(raw).is_some() {
                labels.extend(term_lead.iter().copied());
            } else {
                term_lead.clear();
            }
            // Lines of a paragraph right after a lead-in, each ending in ","
            // or "und": a list in all but markup (see `line_items`). Not a
            // short one: an address block after "write to us at:" is read
            // with its lead-in.
            if kind == BlockKind::Paragraph
                && block.text.len() > SHORT_BLOCK
                && !list_labels.is_empty()
                && b > 0
                && outline.blocks[b - 1].section == block.section
                && outline.blocks[b - 1].text.trim_end().ends_with(':')
                && let Some((items, after)) = line_items(raw, &lang)
            {
                let mut item_labels = labels.clone();
                item_labels.extend(list_labels.iter().copied());
                for item in items {
                    self.statement(b, &normalize(item), &item_labels);
                }
                let after = normalize(&after.join(" "));
                for sentence in sentences(&after, &lang) {
                    self.statement(b, sentence, &labels);
                }
                list_labels.clear();
                term_lead.clear();
                open_lead_in = false;
                clause_lead_in = false;
                continue;
            }
            match kind {
                BlockKind::TableRow => {
                    let cells: Vec<&str> = block.text.split(" | ").collect();
                    // An HTML header: `<th>` cells, or (the table's first row)
                    // cells that are all bold, as word processors write a
                    // header row ("<td><b>Prazo de Conservação</b></td>").
                    let first_html_row = b == 0
                        || outline.blocks[b - 1].kind != BlockKind::TableRow
                        || outline.blocks[b - 1].section != block.section;
                    // Or (the table's first row) three or more cells that are
                    // all plain short titles, as a word processor's export
                    // writes a header in plain `<td>` cells ("<td><p>Tempo di
                    // archiviazione</p></td>"; development half,
                    // it-openfoodfacts-privacy, nl-openfoodfacts-privacy).
                    let html_header = html_row
                        && ((raw.contains("<th") && !raw.contains("<td"))
                            || (first_html_row
                                && (all_cells_bold(raw) || all_cells_titles(&cells))));
                    let first_row = html_header || is_table_header(source, block.span.end);
                    if first_row && is_value_row(&cells) {
                        // No column titles: the rows are read on their own.
                        table_header.clear();
                    } else if first_row {
                        table_header = cells.iter().map(|c| self.label(c)).collect();
                        for &l in &table_header {
                            self.tree.labels[l].column = true;
                            self.tree.labels[l].table = true;
                        }
                        self.provider_beside_purpose(&table_header);
                        continue;
                    }
                    let row = cells.first().map(|c| self.label(c));
                    if let Some(l) = row {
                        self.tree.labels[l].table = true;
                        self.tree.labels[l].term = cells.len() == 2;
                    }
                    for (j, cell) in cells.iter().enumerate() {
                        let mut cell_labels = labels.clone();
                        cell_labels.extend(table_header.get(j));
                        if j > 0 {
                            cell_labels.extend(row);
                        }
                        // A cell's own term is its row's first cell.
                        let term = row
                            .filter(|_| j > 0)
                            .map_or(Set::default(), |l| self.tree.labels[l].concepts);
                        if let Some(s) = self.statement(b, &normalize(cell), &cell_labels) {
                            s.term = term;
                        }
                    }
                    continue;
                }
                // A kramdown attribute list under a heading ("{: .h4}") is
                // markup, not a lead-in (it-pagopa-piattaforma).
                BlockKind::Paragraph if is_attribute_list(raw) => continue,
                BlockKind::Paragraph => list_labels.clear(),
                // A table of contents' entry ("- [Recipients](#recipients)")
                // repeats a heading: it states nothing (development half,
                // it-pagopa-piattaforma, whose "Destinatari dei dati
                // personali" entry met `gdpr.recipients`).
                BlockKind::ListItem if is_contents_entry(raw) => continue,
                BlockKind::ListItem => {
                    // A list right under its title, with no lead-in ("## Your
                    // rights" / "- Access to your data" / "- Erasure of your
                    // data"): the title leads it in, as "You have these
                    // rights:" would.
                    let title = title_over
                        .or_else(|| section.filter(|_| first_in_section).map(|s| headings[s]));
                    if list_labels.is_empty()
                        && let Some(t) = title
                    {
                        list_labels = vec![self.near_copy(t)];
                    }
                }
            }
            let mut body = sections.texts[b].as_str();
            if kind != block.kind {
                // The empty cells GFM pads a lazy or note row with.
                body = body.trim_end_matches(['|', ' ']);
            }
            let mut own_label = None;
            // Whether a list item opens with a term and a dash (`dash_label`).
            let mut dashed = false;
            if let Some(bold) = bold_opening(raw) {
                let bold = normalize(bold);
                let rest = body.strip_prefix(bold.as_str()).map(str::trim_start);
                // A run-in heading ends in a stop or colon ("**Retention:** …"),
                // or its text goes on with a new sentence ("**Right to object
                // (Art. 21 GDPR)** Where we …"); bold that a lowercase word
                // continues ("**Northwind Ltd** is …") is emphasis in a sentence.
                // In a paragraph, a term and a spaced dash ("**Portability** –
                // get your data …") runs in as "**Portability:**" does; in a
                // list item it names the item (`dash_label`, below).
                let dash_run_in = kind == BlockKind::Paragraph
                    && rest.is_some_and(|r| r.starts_with(['–', '—']))
                    && dash_label(body).is_some();
                let labelled = bold.ends_with(['.', ':', '?'])
                    || dash_run_in
                    || rest.is_some_and(|r| {
                        r.starts_with(':') || r.chars().next().is_some_and(char::is_uppercase)
                    });
                // "* **Access** – to know what data we hold": see `dash_label`.
                dashed = kind == BlockKind::ListItem
                    && !labelled
                    && rest.is_some_and(|r| r.starts_with(['–', '—']))
                    && dash_label(body).is_some();
                // The last item of a list written wholly in bold ("Vous disposez :"
                // / "- **D’un droit d’accès** ;" / "- **D’un droit d’opposition**.",
                // real/fr-betagouv-aidessimplifiees:33): no item follows for it to
                // label, so it is an item like its siblings, not a title.
                let last_in_list = kind == BlockKind::ListItem
                    && !bold.ends_with(':')
                    && outline.blocks.get(b + 1).is_none_or(|next| {
                        next.kind != BlockKind::ListItem || next.section != block.section
                    });
                let bold_only =
                    rest.is_some_and(|r| r.trim_start_matches([':', '.']).trim().is_empty());
                match rest {
                    Some(_) if bold_only && last_in_list => {}
                    Some(_) if bold_only => {
                        // Nothing but bold: labels what follows.
                        let l = self.label(bold.trim_end_matches(['.', ':']));
                        term_lead.clear();
                        if kind == BlockKind::Paragraph {
                            pseudo_section = Some(l);
                            title_before = Some(l);
                        } else {
                            list_labels = vec![l];
                        }
                        continue;
                    }
                    Some(rest) if labelled => {
                        // A new pseudo-heading ends the one standing alone before it.
                        if kind == BlockKind::Paragraph && pseudo_section.is_some() {
                            pseudo_section = None;
                            labels.pop();
                        }
                        // "**Can I see the data you hold about me?** Yes. Write
                        // to …": a question the reader asks, run in before its
                        // answer, is read as a question heading over it is
                        // ("## Can I …?" / "Yes. …"): in the policy's voice,
                        // restated by a "yes" or a how-to answer, and over
                        // nothing when the answer says no (`faq.rs`; session
                        // 37, the lead, from helper classes-j's Left list).
                        // A question not in the reader's voice ("**Who
                        // receives it?**", "**How long?**") stays a run-in
                        // label as below: its answer is a term's value.
                        let answer = rest.trim_start_matches([':', '–', '—']).trim_start();
                        let in_voice = super::faq::in_readers_voice(&bold, &lang);
                        let asked = in_voice
                            .then(|| super::faq::answered_question(&bold, answer, self.vocabulary))
                            .flatten();
                        let refused = in_voice && super::faq::refuses(&bold, answer, &lang);
                        if let Some((voiced, how_to)) = asked {
                            let l = self.question_label(voiced);
                            question = Some((self.tree.labels[l].text.clone(), how_to));
                            labels.push(l);
                            body = answer;
                        } else if refused {
                            body = answer;
                        } else {
                            let l = self.label(bold.trim_end_matches(['.', ':']));
                            // "**Our newsletter.** We send it four times a year." /
                            // "**Who receives it?** Every member.": the pronoun
                            // question asks who receives the newsletter, not data.
                            let before = self
                                .tree
                                .statements
                                .last()
                                .filter(|st| outline.blocks[st.block].section == block.section)
                                .map(|st| st.own);
                            let label = &mut self.tree.labels[l];
                            label.concepts = unless_it_is_marketing(&bold, label.concepts, before);
                            own_label = Some(l);
                            body = answer;
                        }
                    }
                    _ => {}
                }
            } else if let Some((term, rest)) = colon_label(body)
                // "Certainly: use the form in Settings." under a question
                // is its answer, not a term (`faq.rs`).
                && !(question.is_some() && super::faq::answers_yes(body, &lang))
            {
                // "- Access: Request information about …", or a paragraph
                // "Rettifica: correzione dei dati inesatti …": the term
                // before the colon labels the item, as bold text would.
                own_label = Some(self.label(term));
                body = rest;
            } else {
                dashed = kind == BlockKind::ListItem && dash_label(body).is_some();
            }
            labels.extend(own_label);
            let sentences = sentences(body, &lang);
            // An item continues its list's lead-in ("You can ask us to:" /
            // "erase your data;") unless it is a sentence of its own
            // (German items open with a capital noun: "Auskunft über …").
            let continues = kind == BlockKind::ListItem
                && (own_label.is_some()
                    || dashed
                    || clause_lead_in
                    || match sentences.as_slice() {
                        [only] => {
                            lang == "de"
                                || after_running_item
                                || (open_lead_in && opens_with_infinitive(only, &lang))
                                || only.chars().next().is_some_and(|c| !c.is_uppercase())
                                || !only.ends_with(['.', '!', '?'])
                        }
                        [first, ..] => first.chars().next().is_some_and(|c| !c.is_uppercase()),
                        [] => false,
                    }
                    // A right named in a few words with a stop ("- Acceso a
                    // los datos personales."): a name, not a sentence of its
                    // own (development half, es-codelab-imaginecode).
                    || match sentences.as_slice() {
                        [only] if only.split_whitespace().count() <= SHORT_ITEM_WORDS => {
                            self.vocabulary.concepts(only).meets(right_concepts())
                        }
                        _ => false,
                    });
            // A lead-in followed by a short paragraph instead of a list
            // ("… please get in touch with:" and an address block) is a
            // statement of its own. Before anything else it stays a label:
            // "the following recipients:" says nothing by itself.
            let leads_a_list = !outline.blocks.get(b + 1).is_some_and(|next| {
                next.kind == BlockKind::Paragraph
                    && next.section == block.section
                    && next.text.len() <= SHORT_BLOCK
            });
            // The data the sentence before names, for a sentence that
            // refers back to them with a pronoun.
            let mut antecedent = Set::default();
            // The grounds of an objection the sentence before names, for a
            // sentence that objects to them with a pronoun.
            let mut grounds = Set::default();
            for (i, sentence) in sentences.iter().enumerate() {
                // "Yes." under "## Can I see my data?" says "you can see your
                // data"; so does "Go to Settings …" under "## How do I delete
                // my account?".
                let restated = question
                    .as_ref()
                    .filter(|_| i == 0)
                    .and_then(|(q, how_to)| super::faq::restated(q, sentence, *how_to, &lang));
                let sentence: &str = restated.as_deref().unwrap_or(sentence);
                // A paragraph's lead-in ("You can ask us to:", "Sie haben
                // das Recht,") is the label of its list; an item ending in
                // "," ("2. eine Kopie der Daten anzufordern,") is an item.
                if kind == BlockKind::Paragraph && sentence.ends_with([':', ',']) && leads_a_list {
                    continue;
                }
                let mut labels = labels.clone();
                if kind == BlockKind::ListItem && continues {
                    labels.extend(list_labels.iter().copied());
                }
                let term = own_label.map_or(Set::default(), |l| self.tree.labels[l].concepts);
                let item = if kind == BlockKind::ListItem {
                    term
                } else {
                    Set::default()
                };
                // The sentence before, in this paragraph: what a pronoun
                // question right after it asks about.
                let before = (i > 0)
                    .then(|| self.tree.statements.last().map(|st| st.own))
                    .flatten();
                if let Some(s) = self.statement(b, sentence, &labels) {
                    s.item = item;
                    s.term = term;
                    // "**Our newsletter.** We send a newsletter four times a
                    // year. **Who receives it?** Every member.": "it" is the
                    // newsletter, so the question names no recipient of data.
                    s.own = unless_it_is_marketing(sentence, s.own, before);
                    // "Deze logs … Ze worden automatisch verwijderd na 7
                    // dagen.": "Ze" is the logs (development half,
                    // nl-ricardobalk-website).
                    // "We ask for your name … We do this on the basis of
                    // …", "… We need them to …": those take up the same
                    // data (session 30).
                    if s.own.meets(takes_up_data()) {
                        s.own = s.own.union(antecedent);
                    }
                    // "The app uses the map library Leaflet. It is
                    // maintained by Jane Doe, an independent developer.":
                    // the one-person operator of a sentence opened by a
                    // pronoun or a dropped subject (`operator_individual`)
                    // runs the third-party code the sentence right before
                    // says is used (`library_used`), whatever the heading
                    // (session 38, helper classes-l; session 36's Left).
                    let (used, operator) = library_and_operator();
                    if before.is_some_and(|b| b.meets(used)) && s.own.meets(operator) {
                        s.own = s.own.union(used);
                    }
                    // The data last named in the paragraph: a sentence
                    // naming none in between ("The legal basis is your
                    // consent.") leaves the pronoun's referent as it was.
                    // Data named by their categories ("We ask for your name
                    // and address. We need them to …") are data too.
                    let mut named = s.own.intersection(data_concepts());
                    if named.is_empty() && category().is_some_and(|id| s.own.has(id)) {
                        named = data_concepts();
                    }
                    if !named.is_empty() {
                        antecedent = named;
                    }
                    // "We use your usage data … on the basis of our
                    // legitimate interest. You can object to this at any
                    // time.": "this" is the processing on those grounds
                    // (the lead's class of session 30, phrasings/*.txt).
                    if object_back().is_some_and(|id| s.own.has(id)) {
                        s.own = s.own.union(grounds);
                    }
                    let named = s.own.intersection(objection_grounds());
                    if !named.is_empty() {
                        grounds = named;
                    }
                }
            }
            // A paragraph ending in ":" leads in the list after it.
            if kind == BlockKind::Paragraph {
                list_labels.extend(own_label);
                if let Some(last) = sentences
                    .last()
                    .filter(|s| s.trim_end().ends_with([':', ',']))
                {
                    let l = self.label(last);
                    // A lead-in that refers back ("This includes:", "Dazu
                    // gehören:", "Cela comprend :") says nothing of its own:
                    // its items are what the sentence before it names, so
                    // that sentence leads them in with it ("… we need to
                    // process personal data." / "This includes:" / "-
                    // support"; development half,
                    // en-gds-publishing-guidance-privacy).
                    if includes_ref().is_some_and(|id| self.tree.labels[l].concepts.has(id)) {
                        let before = match sentences.len() {
                            0 | 1 => self
                                .tree
                                .statements
                                .last()
                                .filter(|s| {
                                    s.block + 1 == b
                                        && outline.blocks[s.block].kind == BlockKind::Paragraph
                                        && outline.blocks[s.block].section == block.section
                                })
                                .map_or(Set::default(), |s| s.own),
                            n => self.vocabulary.concepts(sentences[n - 2]),
                        };
                        let label = &mut self.tree.labels[l];
                        label.concepts = label.concepts.union(before);
                    }
                    list_labels.push(l);
                    // Not a lead-in that opens with a bold term itself
                    // ("**Who receives your data.** … namely to:"): the
                    // bold paragraphs after it are its siblings.
                    if last.trim_end().ends_with(':') && own_label.is_none() {
                        term_lead = vec![l];
                    }
                    open_lead_in = ends_open(last, &lang);
                    clause_lead_in = ends_on_conjunction(last, &lang);
                } else {
                    open_lead_in = false;
                    clause_lead_in = false;
                }
            }
        }
        self.mark_signature(outline, source);
        self.mark_own_service(sections, front_title);
        self.mark_own_part(sections, front_title);
        self.tree
    }

    /// The notice's own service said to be a service of an organisation
    /// ("Kestrel ist ein Angebot der Kestrel Mobility GmbH"): the
    /// organisation is the controller, as for "this app is a service of …"
    /// (`service_of`). The same words name a third party's tool ("Google
    /// Analytics ist ein Dienst der Google Ireland Limited"), so a statement
    /// of the language's `service_named` shape is marked `own_service` only
    /// where its leading name shares a word with the notice's own title: a
    /// level-1 heading, or the front matter's `title` (docs/accuracy.md,
    /// session 27, helper classes-u).
    fn mark_own_service(&mut self, sections: &Sections<'_>, front_title: &str) {
        let ids = crate::lint::vocabulary::builtin();
        let (Some(named), Some(own)) = (ids.id("service_named"), ids.id("own_service")) else {
            return;
        };
        if !self.tree.statements.iter().any(|s| s.own.has(named)) {
            return;
        }
        let title_words = self.own_title_words(sections, front_title);
        for s in &mut self.tree.statements {
            if !s.own.has(named) {
                continue;
            }
            // The name the statement opens with: its capitalised words
            // before the verb, without a leading article ("Die App …").
            let subject = s
                .text
                .split_whitespace()
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .flat_map(name_words)
                .filter(|w| !ARTICLES.contains(&w.as_str()));
            if subject.into_iter().any(|w| title_words.contains(&w)) {
                s.own = s.own.with(own);
            }
        }
    }

    /// The words the notice names itself by: those of its title (a level-1
    /// heading, or the front matter's `title`) and of a name it defines as
    /// "we" (`names_defined_as_we`).
    fn own_title_words(&self, sections: &Sections<'_>, front_title: &str) -> Vec<String> {
        let mut titles: Vec<String> = sections
            .outline
            .headings
            .iter()
            .zip(&sections.heading_texts)
            .filter(|(h, _)| h.level == 1)
            .map(|(_, t)| t.clone())
            .collect();
        titles.push(normalize(front_title));
        let mut title_words: Vec<String> = titles.iter().flat_map(|t| name_words(t)).collect();
        title_words.extend(self.names_defined_as_we());
        title_words
    }

    /// The notice's own organisation said to be part of a named body ("het
    /// privacybeleid van ICTU, waar NL Design System onderdeel van is",
    /// "Open Kestrel is part of the Ictu Foundation"): the notice names the
    /// organisation it speaks as and the body it belongs to, the controller's
    /// identity (GDPR Art. 13(1)(a); development half,
    /// nl-nldesignsystem-privacyverklaring:11, session 35, helper classes-f).
    /// The same words name a third party's tool ("YouTube, part of Google"),
    /// so a statement of the language's `part_of_named` shape is marked
    /// `own_part` only where the part's name is the notice's own: it shares a
    /// word with the notice's title or "we" name (`own_title_words`), or,
    /// written without spaces, it is the domain of an address the notice
    /// gives to contact "us" (`reach_us`, `tell_us`: "NL Design System" and
    /// info@nldesignsystem.nl). The part is the name before the verb: the
    /// first name of a match that ends on the whole's name ("X is part of
    /// Y"), else the last ("Y, of which X is part").
    fn mark_own_part(&mut self, sections: &Sections<'_>, front_title: &str) {
        let ids = crate::lint::vocabulary::builtin();
        let (Some(part_of), Some(own), Some(reach), Some(tell)) = (
            ids.id("part_of_named"),
            ids.id("own_part"),
            ids.id("reach_us"),
            ids.id("tell_us"),
        ) else {
            return;
        };
        if !self.tree.statements.iter().any(|s| s.own.has(part_of)) {
            return;
        }
        let title_words = self.own_title_words(sections, front_title);
        // The labels of the domains of the addresses given to contact us,
        // without the top-level one ("info@nldesignsystem.nl" → nldesignsystem).
        let domains: Vec<String> = self
            .tree
            .statements
            .iter()
            .filter(|s| s.own.has(reach) || s.own.has(tell))
            .flat_map(|s| s.text.split_whitespace())
            .filter_map(|w| w.split_once('@').map(|(_, d)| d))
            .flat_map(|d| {
                let labels: Vec<&str> = d
                    .trim_end_matches(|c: char| !c.is_alphanumeric())
                    .split('.')
                    .collect();
                let n = labels.len().saturating_sub(1);
                labels[..n].iter().map(|l| squashed(l)).collect::<Vec<_>>()
            })
            .filter(|l| l.chars().count() >= 3)
            .collect();
        let mut marks = Vec::new();
        for (i, s) in self.tree.statements.iter().enumerate() {
            if !s.own.has(part_of) {
                continue;
            }
            for at in self.vocabulary.occurrences(&s.text, part_of) {
                let words: Vec<&str> = s.text[at].split_whitespace().collect();
                let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
                // The runs of capitalised words in the match.
                let mut runs: Vec<Vec<&str>> = Vec::new();
                let mut open = false;
                for w in &words {
                    if capital(w) {
                        let name = w.trim_end_matches([',', ';', ':']);
                        if open {
                            runs.last_mut().expect("open run").push(name);
                        } else {
                            runs.push(vec![name]);
                        }
                        // "ICTU, waar …": a comma ends the name.
                        open = name.len() == w.len();
                    } else {
                        open = false;
                    }
                }
                let part = if words.last().is_some_and(capital) {
                    runs.first()
                } else {
                    runs.last()
                };
                let Some(part) = part else { continue };
                // A leading word that is no part of the name ("Daarom",
                // "Das Projekt"): every tail of the run is tried.
                let own_name = (0..part.len()).any(|k| {
                    let tail = part[k..].join(" ");
                    let words = name_words(&tail);
                    domains.contains(&squashed(&tail))
                        || words
                            .iter()
                            .any(|w| !ARTICLES.contains(&w.as_str()) && title_words.contains(w))
                });
                if own_name {
                    marks.push(i);
                }
            }
        }
        for i in marks {
            let s = &mut self.tree.statements[i];
            s.own = s.own.with(own);
        }
    }

    /// The words of a name the notice itself defines as "we" ("Kestrel
    /// Mobility GmbH (im Folgenden „wir“)", 'Acme Ltd ("we", "us")',
    /// "Acme SAS (« nous »)": the language's `we_named` formula): the
    /// organisation the notice speaks as, as its title is (session 28,
    /// helper classes-w). The name is the capitalised words right before
    /// the parenthesis, without articles and legal forms, which name no
    /// one in particular ("GmbH", "Ltd").
    fn names_defined_as_we(&self) -> Vec<String> {
        let Some(we_named) = crate::lint::vocabulary::builtin().id("we_named") else {
            return Vec::new();
        };
        let mut words = Vec::new();
        for s in self.tree.statements.iter().filter(|s| s.own.has(we_named)) {
            for at in self.vocabulary.occurrences(&s.text, we_named) {
                let Some(open) = s.text[at.clone()].find(" (").map(|i| at.start + i) else {
                    continue;
                };
                let name: Vec<&str> = s.text[..open]
                    .split_whitespace()
                    .rev()
                    // A dotted legal form ends many names ("Acme e.V.", "Acme
                    // S.p.A."), lowercase or not: part of the name, dropped
                    // below with the words of under three letters.
                    .take_while(|w| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            || (w.contains('.') && w.chars().count() <= 8)
                    })
                    .take(5)
                    .collect();
                words.extend(name.into_iter().flat_map(name_words).filter(|w| {
                    !ARTICLES.contains(&w.as_str()) && !LEGAL_FORMS.contains(&w.as_str())
                }));
            }
        }
        words
    }

    /// The closing signature of a notice: a name on the document's last
    /// line right after a closing formula ("Merci de votre confiance." /
    /// "Liste citoyenne Audierne-Esquibien 2026", "Kind regards, / The
    /// Example team"). A notice that ends as a letter ends is signed by its
    /// author, the "we" who speaks throughout: the controller (development
    /// half, fr-audierne2026-confidentialite, whose only naming of the
    /// organisation is that line). The statement ending the document is
    /// marked with the concept `signed`; the closing formula is the
    /// language's concept `closing`, in the name's paragraph or the one
    /// before it.
    fn mark_signature(&mut self, outline: &Outline, source: &str) {
        let ids = crate::lint::vocabulary::builtin();
        let (Some(closing), Some(signed)) = (ids.id("closing"), ids.id("signed")) else {
            return;
        };
        let Some((b, block)) = outline.blocks.iter().enumerate().next_back() else {
            return;
        };
        if block.kind != BlockKind::Paragraph {
            return;
        }
        let lines = source_lines(source.get(block.span.clone()).unwrap_or(""));
        let Some((name, before)) = lines.split_last() else {
            return;
        };
        if !is_name_line(name) {
            return;
        }
        // The formula's line: the one before the name in its paragraph, or
        // the last line of the paragraph before ("Merci." / blank / "X").
        let formula = match before.last() {
            Some(line) => Some(*line),
            None => b
                .checked_sub(1)
                .and_then(|p| outline.blocks.get(p))
                .filter(|p| p.kind == BlockKind::Paragraph)
                .and_then(|p| {
                    source_lines(source.get(p.span.clone()).unwrap_or(""))
                        .last()
                        .copied()
                }),
        };
        let closes = formula.is_some_and(|line| {
            line.split_whitespace().count() <= 8
                && self.vocabulary.concepts(&normalize(line)).has(closing)
        });
        if !closes {
            return;
        }
        if let Some(s) = self.tree.statements.last_mut().filter(|s| s.block == b) {
            s.own = s.own.with(signed);
        }
    }
}

/// Articles a statement may open with before the name of a service ("Die
/// App ist …", "The Kestrel app is …"): not a word of a name.
const ARTICLES: &[&str] = &[
    "der", "die", "das", "the", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "de",
    "het", "een", "um", "uma", "un", "une", "una", "ein", "eine", "our", "unser", "unsere",
];

/// Legal forms of a company's name ("Kestrel Mobility GmbH"), three
/// letters or more: part of many names, the name of none.
const LEGAL_FORMS: &[&str] = &[
    "gmbh", "ltd", "limited", "inc", "llc", "plc", "sas", "sarl", "srl", "spa", "lda", "ohg",
    "gbr", "llp", "corp", "company",
];

/// A name or domain label lowercased with only its letters and digits
/// ("NL Design System", "nl-design-system" → nldesignsystem).
fn squashed(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The lowercased words of a name or title of three letters or more
/// ("Datenschutz bei Kestrel-App" → datenschutz, bei, kestrel, app).
fn name_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// Whether a line reads as a name signing a text: one to eight words,
/// opening with a capital (after emphasis or a dash: "*The Example team*",
/// "— Jane Doe"), and no sentence (no closing stop, colon or question
/// mark; "Example GmbH" may not end in a stop either, which is the rare case
/// it costs).
fn is_name_line(line: &str) -> bool {
    let line = line.trim_matches(|c: char| matches!(c, '*' | '_' | ' '));
    let line = line.trim_start_matches(['—', '–', '-', ' ']);
    let words = line.split_whitespace().count();
    (1..=8).contains(&words)
        && line.chars().count() <= 80
        && line.chars().next().is_some_and(char::is_uppercase)
        && !line.ends_with(['.', ':', ';', '?', '!', ','])
}

/// Whether a list item's text ends mid-sentence, leading on to the next
/// item: "…;", "…,", "…; and", "…, oder".
fn runs_on(text: &str) -> bool {
    let text = text.trim_end();
    if text.ends_with([';', ',']) {
        return true;
    }
    let Some((before, last)) = text.rsplit_once(' ') else {
        return false;
    };
    before.ends_with([';', ','])
        && matches!(
            last.to_lowercase().as_str(),
            "and" | "or" | "und" | "oder" | "et" | "ou" | "y" | "o" | "e" | "en" | "of"
        )
}

/// The text a statement's own concepts are read from: a short quoted label
/// of a button or link that the reader clicks ("… oder am Ende eines
/// Newsletters auf den Link „Einstellungen ändern“ und anschließend auf
/// „löschen“ klickst", development half,
/// de-collegiumacademicum-datenschutz:22, where unsubscribing met the right
/// to erasure by the button's word) names a control, not the act its word
/// spells, and is left out. Only a label of four words at most, right before
/// or after a word of clicking, a button or a link; the words outside the
/// quotes still count ("delete your account by clicking "Delete"").
fn without_clicked_labels(text: &str) -> std::borrow::Cow<'_, str> {
    // The click words: `Groups` finds their spans with a forward NFA and
    // its lazy DFA, where a `Regex` built its reverse NFA of `\w` too (3.9
    // million instructions, once a run).
    static CLICK: std::sync::LazyLock<crate::lint::matcher::Groups> = std::sync::LazyLock::new(
        || {
            crate::lint::matcher::Groups::new(
                // An ASCII word boundary: every word opens with an ASCII
                // letter, and a Unicode `\b` beside accented text makes the
                // lazy DFA give up for a slow NFA scan of every statement.
                r"(?i)(?-u:\b)(?:click|klick|clic|cliqu|clicc|clica|klik|tipp|appuy|pulsa|druk|drück|button|schaltfläche|knopf|bouton|botón|pulsante|botão|knop|link|lien|enlace)\w*",
            )
            .expect("click word")
        },
    );
    // Most statements quote nothing: the cheaper test first.
    let quoted = quoted_spans(text);
    if quoted.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let clicks: Vec<(usize, usize)> = CLICK
        .each_group(text, 0)
        .into_iter()
        .flatten()
        .map(|m| (m.start, m.end))
        .collect();
    if clicks.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for q in quoted {
        let words = text[q.clone()].split_whitespace().count();
        let near = clicks.iter().any(|&(start, end)| {
            (end <= q.start && q.start - end <= 40) || (start >= q.end && start - q.end <= 25)
        });
        if words <= 4 && near {
            out.push_str(&text[last..q.start]);
            out.push(' ');
            last = q.end;
        }
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

/// The spans of short quotations in `text`, as
/// `[„“"«‚‘][^„“”"«»‚‘’\n]{1,40}[“”"»‘’]` finds them (leftmost-first, not
/// overlapping), without building that regex (2.3 million instructions,
/// once a run): every closing quote is among the characters the middle
/// excludes, so from an opening quote the middle runs to the first excluded
/// character, and there is a match where that run has 1 to 40 characters
/// and that character closes.
fn quoted_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    const OPEN: &[char] = &['„', '“', '"', '«', '‚', '‘'];
    const EXCLUDED: &[char] = &['„', '“', '”', '"', '«', '»', '‚', '‘', '’', '\n'];
    const CLOSE: &[char] = &['“', '”', '"', '»', '‘', '’'];
    let mut spans = Vec::new();
    let mut at = 0;
    while let Some(found) = text[at..].find(OPEN) {
        let start = at + found;
        let open_len = text[start..].chars().next().map_or(1, char::len_utf8);
        let middle = start + open_len;
        let mut chars = 0;
        let mut end = None;
        for (i, c) in text[middle..].char_indices() {
            if EXCLUDED.contains(&c) {
                if chars >= 1 && CLOSE.contains(&c) {
                    end = Some(middle + i + c.len_utf8());
                }
                break;
            }
            chars += 1;
            if chars > 40 {
                break;
            }
        }
        match end {
            Some(end) => {
                spans.push(start..end);
                at = end;
            }
            None => at = middle,
        }
    }
    spans
}

/// Whether a lead-in ends on a conjunction that opens a clause of
/// exception or condition, so that its items are that clause: "no serán
/// comunicados a ningún tercero, salvo que:" / "- La cesión esté autorizada
/// en una ley." (development half, es-ayudaefectiva-privacidad:33-39),
/// "…, unless:", "…, es sei denn:", "…, sauf si :". Only a conjunction
/// that still needs its clause: "except:" or "salvo:" alone is followed by
/// nouns, which the other tests read.
fn ends_on_conjunction(lead_in: &str, lang: &str) -> bool {
    let lower = lead_in.trim_end_matches([':', ',', ' ']).to_lowercase();
    let ends: &[&str] = match lang {
        "en" => &[" unless", " except where", " except when", " except if"],
        "de" => &[
            " es sei denn",
            " außer wenn",
            " ausser wenn",
            " außer falls",
        ],
        "fr" => &[" sauf si", " sauf lorsque", " sauf quand", " à moins que"],
        "es" => &[
            " salvo que",
            " salvo cuando",
            " salvo si",
            " excepto que",
            " excepto cuando",
            " excepto si",
            " a menos que",
            " a no ser que",
        ],
        "it" => &[
            " salvo che",
            " salvo quando",
            " salvo se",
            " tranne che",
            " tranne quando",
            " eccetto quando",
            " a meno che",
        ],
        "pt" => &[
            " salvo se",
            " salvo quando",
            " exceto se",
            " exceto quando",
            " a menos que",
            " a não ser que",
        ],
        "nl" => &[
            " tenzij",
            " behalve als",
            " behalve wanneer",
            " behalve indien",
        ],
        _ => &[],
    };
    ends.iter().any(|e| lower.ends_with(e))
}

/// Whether a lead-in ends on a word that needs its object: "the right
/// to:", "o direito de:", "il diritto di:", "het recht om:".
fn ends_open(lead_in: &str, lang: &str) -> bool {
    let last = lead_in
        .trim_end_matches([':', ',', ' '])
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_lowercase();
    let open: &[&str] = match lang {
        "en" => &["to"],
        "fr" => &["de", "d", "à"],
        "es" | "pt" => &["de", "a"],
        "it" => &["di", "a"],
        "nl" => &["om", "te"],
        _ => &[],
    };
    if open.contains(&last.as_str()) {
        return true;
    }
    // A modal that still needs its verb: "Você pode, a qualquer momento:",
    // "Vous pouvez à tout moment :" (development half, pt-kraemer-pysus).
    // The items must then open with an infinitive, which these languages
    // mark by its ending; English, whose infinitive is bare, is left out.
    let modals: &[&str] = match lang {
        "fr" => &["pouvez", "peux", "pourrez"],
        "es" => &["puede", "puedes", "pueden", "podrá", "podrás"],
        "pt" => &["pode", "podes", "podem", "poderá", "poderás"],
        "it" => &["può", "puoi", "potete", "potrà"],
        _ => &[],
    };
    lead_in
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| modals.contains(&w))
}

/// Whether a list item opens with a verb in the infinitive, continuing
/// an open lead-in ("Solicitar uma cópia …", "Demander l'accès …"). In
/// English the bare infinitive has no ending: any first word but a
/// determiner or pronoun, which opens a sentence of its own.
fn opens_with_infinitive(item: &str, lang: &str) -> bool {
    // After a short opening phrase too: "Em alguns casos, restringir …",
    // "In some cases, restrict …".
    let after_opening = item
        .split_once(", ")
        .filter(|(opening, _)| opening.split_whitespace().count() <= 4)
        .map(|(_, rest)| rest);
    first_word_is_infinitive(item, lang)
        || after_opening.is_some_and(|rest| first_word_is_infinitive(rest, lang))
}

/// The first word of `text`, lowercased.
fn first_word(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// The non-empty lines of a paragraph's source, trimmed, without the
/// trailing backslash of a hard line break.
fn source_lines(raw: &str) -> Vec<&str> {
    raw.lines()
        .map(|l| l.trim().trim_end_matches('\\').trim_end())
        .filter(|l| !l.is_empty())
        .collect()
}

fn first_word_is_infinitive(item: &str, lang: &str) -> bool {
    let first = first_word(item);
    match lang {
        "en" => !matches!(
            first.as_str(),
            "the"
                | "a"
                | "an"
                | "our"
                | "we"
                | "your"
                | "you"
                | "each"
                | "every"
                | "all"
                | "only"
                | "this"
                | "these"
                | "those"
                | "it"
                | "they"
                | "some"
                | "any"
                | "no"
                | "if"
                | "when"
                | "where"
        ),
        "fr" => ["er", "ir", "re"].iter().any(|e| first.ends_with(e)),
        "es" | "pt" => ["ar", "er", "ir"].iter().any(|e| first.ends_with(e)),
        "it" => ["are", "ere", "ire"].iter().any(|e| first.ends_with(e)),
        "nl" => first.ends_with("en"),
        _ => false,
    }
}

/// A list item or paragraph that opens with a short term and a colon ("Access: …"):
/// the term and the rest.
fn colon_label(text: &str) -> Option<(&str, &str)> {
    let (term, rest) = text.split_once(": ")?;
    let words = term.split_whitespace().count();
    (words > 0 && words <= 5 && !term.contains(['.', ',', ';']) && !rest.trim().is_empty())
        .then(|| (term, rest.trim_start()))
}

/// Whether a paragraph is a kramdown attribute list (`{: .h4}`, `{:#id}`).
fn is_attribute_list(raw: &str) -> bool {
    let t = raw.trim();
    t.starts_with("{:") && t.ends_with('}') && !t.contains('\n')
}

/// Whether a list item is nothing but a link to a place in the page
/// (`- [Recipients](#recipients)`): an entry of a table of contents.
fn is_contents_entry(raw: &str) -> bool {
    let item = raw
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '-' | '*' | '+' | '.' | ')' | ' ' | '\t')
        })
        .trim_end();
    item.starts_with('[')
        && item.ends_with(')')
        && item.matches("](").count() == 1
        && item.contains("](#")
}

/// A paragraph's source lines read as list items: two or more lines that
/// run on (each ends in "," or ";", with or without a conjunction after
/// it, or in a bare "und"/"and") and the line after them, which ends the
/// list; then the lines after that list. The generator texts write a
/// list of rights so, soft-broken under "… können Sie jederzeit folgende
/// Rechte ausüben:" ("Auskunft über Ihre bei uns gespeicherten Daten …
/// (Art. 15 DSGVO),", development half, de-freifunk-kreisgt-datenschutz).
fn line_items<'r>(raw: &'r str, lang: &str) -> Option<(Vec<&'r str>, Vec<&'r str>)> {
    let lines = source_lines(raw);
    let running = lines
        .iter()
        .take_while(|l| runs_on(l) || ends_in_conjunction(l, lang))
        .count();
    if running < 2 || running >= lines.len() {
        return None;
    }
    Some((lines[..=running].to_vec(), lines[running + 1..].to_vec()))
}

/// Whether a line ends on a bare "and" or "or" of its language ("…
/// (Art. 21 DSGVO) und"); not on a preposition that a wrapped line of
/// prose ends on as often ("of", French "en").
fn ends_in_conjunction(line: &str, lang: &str) -> bool {
    let words: &[&str] = match lang {
        "en" => &["and", "or"],
        "de" => &["und", "sowie", "oder"],
        "fr" => &["et", "ou"],
        "es" => &["y", "e", "o", "u"],
        "it" => &["e", "ed", "o"],
        "pt" => &["e", "ou"],
        "nl" => &["en", "of"],
        _ => &[],
    };
    line.rsplit(' ')
        .next()
        .is_some_and(|last| words.contains(&last.to_lowercase().as_str()))
}

/// A list item that opens with a short term and a spaced en or em dash
/// ("Access – to know what data we hold about you.", "**Objection** — to
/// processing …", development half, en-cie-heritage-universe): the term
/// names the item as "Access:" would, so the item continues its list's
/// lead-in even though it opens with a capital and ends in a stop. The
/// term stays in the statement's text and is no label of its own: "-
/// **Google Fonts** — polices de caractères ;" names a provider, which
/// is a recipient only where the lead-in says data go to it
/// (fr-anjoubitcoin-confidentialite).
fn dash_label(text: &str) -> Option<&str> {
    let (at, dash) = [" – ", " — "]
        .iter()
        .filter_map(|d| text.find(d).map(|at| (at, d.len())))
        .min()?;
    let (term, rest) = (text[..at].trim(), text[at + dash..].trim());
    let words = term.split_whitespace().count();
    (words > 0 && words <= 5 && !term.contains(['.', ',', ';', ':']) && !rest.is_empty())
        .then_some(term)
}

/// What a table cell must be about for its row's title to name a right of
/// it (the reader's data, a request, a grant, a way to ask, or the GDPR
/// article that grants the right: "| Erasure | Art. 17 GDPR |"), and the
/// rights a row title names only then: access and restriction, whose bare
/// names ("Access", "Auskunft", "Limitación") are also words for other
/// things (session 20, tables), and rectification, erasure and
/// portability, whose bare names are too ("| Erasure | Whiteboards are
/// wiped every evening |", "| Portability | The app runs on phones and
/// tablets |"; session 22).
fn row_right_concepts() -> (Set, Set) {
    static SETS: std::sync::LazyLock<(Set, Set)> = std::sync::LazyLock::new(|| {
        (
            concept_set(&[
                "data",
                "data_pronoun",
                "request",
                "grant",
                "contact_detail",
                "contact_channel",
                "reach_us",
                // "| Access | Art. 15 GDPR |": the article that grants it.
                "art15",
                "art16_21",
            ]),
            concept_set(&["access", "restrict", "rectify", "erase", "port"]),
        )
    });
    *SETS
}

/// The rights of the data subject a short list item may name.
fn right_concepts() -> Set {
    static RIGHTS: std::sync::LazyLock<Set> = std::sync::LazyLock::new(|| {
        concept_set(&["access", "rectify", "erase", "restrict", "port", "object"])
    });
    *RIGHTS
}

/// The built-in concepts of `names` (a name no vocabulary defines is left
/// out).
fn concept_set(names: &[&str]) -> Set {
    let ids = crate::lint::vocabulary::builtin();
    names
        .iter()
        .filter_map(|n| ids.id(n))
        .fold(Set::default(), Set::with)
}

/// The concepts a pronoun can stand for: the data a sentence names.
fn data_concepts() -> Set {
    static DATA: std::sync::LazyLock<Set> = std::sync::LazyLock::new(|| concept_set(&["data"]));
    *DATA
}

/// The concepts of `question` (a sentence or a bold label), without the
/// recipients a pronoun question names ("Who receives it?") when the
/// sentence before (`before`, its own concepts) names a newsletter or other
/// marketing and no data: "it" is the newsletter, not personal data.
fn unless_it_is_marketing(question: &str, concepts: Set, before: Option<Set>) -> Set {
    if question.ends_with('?')
        && asks_of_a_pronoun(concepts)
        && before.is_some_and(names_no_data_but_marketing)
    {
        concepts.without(pronoun_recipient())
    } else {
        concepts
    }
}

/// Whether a sentence (its own concepts) names a newsletter or other
/// marketing and no data: a pronoun question right after it ("Who receives
/// it?") asks about that, not about personal data (session 31, helper
/// classes-a; session 29's pronoun question label, phrasings/*.txt).
fn names_no_data_but_marketing(own: Set) -> bool {
    static MARKETING: std::sync::LazyLock<Set> =
        std::sync::LazyLock::new(|| concept_set(&["marketing"]));
    own.meets(*MARKETING)
        && !own.meets(data_concepts())
        && !category().is_some_and(|id| own.has(id))
}

/// Whether a question (its concepts) asks who receives something it does
/// not name as data ("Who receives it?", "Wer erhält sie?": the pronoun
/// questions are `recipient` terms); "Who receives your data?" names data
/// and keeps its recipients whatever came before.
fn asks_of_a_pronoun(concepts: Set) -> bool {
    recipient().is_some_and(|id| concepts.has(id)) && !concepts.meets(data_concepts())
}

/// The concept of recipients (`recipient` in the vocabularies).
fn recipient() -> Option<usize> {
    static ID: std::sync::LazyLock<Option<usize>> =
        std::sync::LazyLock::new(|| crate::lint::vocabulary::builtin().id("recipient"));
    *ID
}

/// What a pronoun question that asks who receives "it" stands for when
/// "it" is no data: the recipients it would name ("Who receives it?" is a
/// `recipient` term of the vocabularies, with `back_reference`).
fn pronoun_recipient() -> Set {
    static SET: std::sync::LazyLock<Set> =
        std::sync::LazyLock::new(|| concept_set(&["recipient", "back_reference"]));
    *SET
}

/// The concepts of a sentence that takes up the data the sentence before
/// names: a pronoun (`back_reference`: "They are deleted …"), "we do this"
/// (`do_this`) and "we need them to" (`needed_for`).
fn takes_up_data() -> Set {
    static SET: std::sync::LazyLock<Set> =
        std::sync::LazyLock::new(|| concept_set(&["back_reference", "do_this", "needed_for"]));
    *SET
}

/// The concepts of a sentence saying that third-party code is used ("The
/// app uses the map library Leaflet.", `library_used`) and of a one-person
/// operator named after a pronoun or a dropped subject ("It is maintained
/// by Jane Doe, an independent developer.", `operator_individual`).
fn library_and_operator() -> (Set, Set) {
    static SETS: std::sync::LazyLock<(Set, Set)> = std::sync::LazyLock::new(|| {
        (
            concept_set(&["library_used"]),
            concept_set(&["operator_individual"]),
        )
    });
    *SETS
}

/// The concept of the categories of data a sentence names ("your name and
/// address").
fn category() -> Option<usize> {
    static ID: std::sync::LazyLock<Option<usize>> =
        std::sync::LazyLock::new(|| crate::lint::vocabulary::builtin().id("category"));
    *ID
}

/// The concept of a lead-in that refers back to the sentence before it
/// (`includes_ref` in the vocabularies: "This includes:", "Dazu gehören:").
fn includes_ref() -> Option<usize> {
    static ID: std::sync::LazyLock<Option<usize>> =
        std::sync::LazyLock::new(|| crate::lint::vocabulary::builtin().id("includes_ref"));
    *ID
}

/// The concept of a pronoun that refers back to what the sentence before
/// named (`back_reference` in the vocabularies: "They are deleted …",
/// "we delete them", "danach werden sie gelöscht").
fn back_reference() -> Option<usize> {
    static ID: std::sync::LazyLock<Option<usize>> =
        std::sync::LazyLock::new(|| crate::lint::vocabulary::builtin().id("back_reference"));
    *ID
}

/// The concept of an objection to what the sentence before names, with a
/// pronoun (`object_back` in the vocabularies: "You can object to this",
/// "Vous pouvez vous y opposer", "Sie können dem widersprechen").
fn object_back() -> Option<usize> {
    static ID: std::sync::LazyLock<Option<usize>> =
        std::sync::LazyLock::new(|| crate::lint::vocabulary::builtin().id("object_back"));
    *ID
}

/// What a reader may object to under Art. 21(1), as a sentence names it:
/// a processing on legitimate interests. Direct marketing is not: its
/// objection (Art. 21(2)) is a rule of its own
/// (`gdpr.rights.object.direct-marketing`).
fn objection_grounds() -> Set {
    static SET: std::sync::LazyLock<Set> =
        std::sync::LazyLock::new(|| concept_set(&["legitimate_interest"]));
    *SET
}

/// The id of the `dpo` concept (the data protection officer).
fn dpo() -> Option<usize> {
    static ID: std::sync::LazyLock<Option<usize>> =
        std::sync::LazyLock::new(|| crate::lint::vocabulary::builtin().id("dpo"));
    *ID
}

/// Whether a paragraph's source is an address block: two to eight short
/// lines ("Example Ltd" / "1 Main Street" / "privacy@example.com"), none of
/// them a sentence or a lead-in.
fn is_address_block(raw: &str) -> bool {
    let lines = source_lines(raw);
    (2..=8).contains(&lines.len())
        && lines.iter().all(|line| {
            let words = line.split_whitespace().count();
            visible_chars(line) <= 80
                && words <= 10
                && !line.ends_with([':', '!', '?', ';'])
                // "Example Ltd." or "Main St." ends in a stop; a sentence
                // of more words does not belong to an address.
                && !(line.ends_with('.') && words > 3)
                // Each line opens a name, a number or a single token (an
                // e-mail address, a domain): a prose paragraph wrapped
                // into short lines goes on in lowercase ("as the law
                // requires.").
                && (words == 1
                    || line.chars().next().is_some_and(|c| {
                        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '+' | '(' | '[' | '<' | '*' | '_')
                    }))
        })
}

/// The length of a source line as a reader sees it: a Markdown link's
/// target is not shown, only its text ("E-Mail: info@example.org, [Legal
/// Information](https://github.com/…/people.md))" is a short line of an
/// address block; development half, en-dfki-leech:15).
fn visible_chars(line: &str) -> usize {
    let mut count = 0;
    let mut rest = line;
    while let Some(at) = rest.find("](") {
        count += rest[..at + 1].chars().count();
        let after = &rest[at + 2..];
        match after.find(')') {
            Some(close) if !after[..close].contains(char::is_whitespace) => {
                rest = &after[close + 1..];
            }
            _ => {
                count += 2;
                rest = after;
            }
        }
    }
    count + rest.chars().count()
}

/// Whether a paragraph's source is one line of contact details only, an
/// address block on one line ("## Contact" / "privacy@example.com,
/// 1-800-555-0100"): short, no sentence, and an e-mail address, a link or a
/// telephone number in it.
fn is_contact_line(raw: &str) -> bool {
    let [line] = source_lines(raw)[..] else {
        return false;
    };
    let words = line.split_whitespace().count();
    let digits = line.chars().filter(char::is_ascii_digit).count();
    visible_chars(line) <= 80
        && words <= 8
        && !line.ends_with([':', '!', '?', ';'])
        && !(line.ends_with('.') && words > 3)
        && (line.contains('@') || line.contains("://") || digits >= 7)
}

/// Most words of a list item naming a right that continues its lead-in
/// whatever its capitals and stop.
const SHORT_ITEM_WORDS: usize = 5;

/// Longest line (characters) read as a heading without heading markup.
const PLAIN_HEADING_CHARS: usize = 80;

/// Whether block `b` is a heading in all but Markdown markup: a single
/// short line with more text after it in its section, that is
/// - a paragraph in capitals ("HOW LONG WE KEEP YOUR DATA"), as texts
///   converted from a word processor or a PDF set their headings, or a
///   short title (`is_short_title`);
/// - a numbered title: a paragraph "3.1 Retention", or a one-item ordered
///   list "2. Your rights" that a paragraph follows (not an item of a list
///   of several, nor the one item after a lead-in ending in ":").
///
/// None ends in a stop, comma, semicolon, colon or exclamation mark (a
/// question is a heading: "What are your rights?").
fn is_plain_heading(source: &str, outline: &Outline, b: usize) -> bool {
    let block = &outline.blocks[b];
    let text = block.text.trim();
    let raw = source.get(block.span.clone()).unwrap_or("").trim();
    let next_in_section = outline
        .blocks
        .get(b + 1)
        .filter(|next| next.section == block.section);
    // Bold standing alone is a pseudo-heading already (`Builder::build`);
    // a line that opens with a link is a table of contents' entry.
    if raw.contains('\n')
        || !raw.starts_with(|c: char| c.is_alphanumeric() || c == '<')
        || text.chars().count() > PLAIN_HEADING_CHARS
        || !text.chars().any(char::is_alphabetic)
        || text.ends_with(['.', ',', ';', ':', '!'])
        || next_in_section.is_none()
        || block.kind == BlockKind::TableRow
    {
        return false;
    }
    let numbered = numbered_title(source, block.span.start, raw);
    let capitals = text.chars().filter(|c| c.is_uppercase()).count() >= 4
        && !text.chars().any(char::is_lowercase);
    match block.kind {
        BlockKind::Paragraph => capitals || numbered || is_short_title(text),
        BlockKind::ListItem => {
            let previous = b.checked_sub(1).map(|p| &outline.blocks[p]);
            numbered
                && text.chars().next().is_some_and(char::is_uppercase)
                && next_in_section.is_some_and(|n| n.kind == BlockKind::Paragraph)
                && !previous.is_some_and(|p| {
                    p.section == block.section
                        && (p.kind == BlockKind::ListItem || p.text.trim_end().ends_with(':'))
                })
        }
        BlockKind::TableRow => false,
    }
}

/// Whether a line reads as a title: a few words opening with a capital,
/// with no "Term: value" in it ("Membership Data Deletion", "Übernahme von
/// Spracheinstellungen"; development half, en-nottinghack-privacy,
/// de-freifunk-kreisgt-datenschutz). "E-Mail: privacy@example.com" and
/// "Last updated: 1 May 2026" are lines of their own, not titles.
fn is_short_title(text: &str) -> bool {
    text.chars().count() <= 60
        && text.split_whitespace().count() <= 8
        && !text.contains(':')
        && text.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the text at `start` opens with a section number: "3.1 " in the
/// text itself, or a list marker "2. " / "2) " before it on its line.
fn numbered_title(source: &str, start: usize, raw: &str) -> bool {
    let line_start = source
        .get(..start)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |at| at + 1);
    let marker = source.get(line_start..start).unwrap_or("").trim();
    let section_number = |t: &str| {
        let digits = t.trim_end_matches(['.', ')']);
        !digits.is_empty()
            && digits.len() <= 8
            && digits
                .split('.')
                .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    if !marker.is_empty() {
        return section_number(marker);
    }
    // "3.1 Retention": two numbers at least, so that "2026 was …" is not one.
    raw.split_once(' ')
        .is_some_and(|(first, _)| first.contains('.') && section_number(first))
}

/// Whether a table row (cells joined by " | ") has one filled cell, a
/// sentence, in a table of more columns than that.
fn is_note_row(text: &str, columns: usize) -> bool {
    let mut filled = text.split(" | ").filter(|c| !c.trim().is_empty());
    columns > 1
        && filled
            .next()
            .is_some_and(|c| c.trim_end().ends_with(['.', '!', '?']))
        && filled.next().is_none()
}

/// Whether a table's first row, which GFM makes its header, holds values
/// rather than column titles: a table of two columns whose second cell has
/// a number or an e-mail address ("| Server logs | 7 days |", "| Responsable
/// | Quillmoor S.L., Calle del Puerto 4 |"). Authors write key/value tables
/// without a header row, and such a row is a statement of its own, not the
/// title of the rows under it. Column titles rarely hold either ("| Data |
/// Retention period |").
fn is_value_row(cells: &[&str]) -> bool {
    match cells {
        [key, value] => {
            !key.trim().is_empty() && value.contains(|c: char| c.is_ascii_digit() || c == '@')
        }
        _ => false,
    }
}

/// Whether a table row's source is an HTML row (`<tr>` with `<td>` or
/// `<th>` cells) rather than a GFM one.
fn is_html_row(raw: &str) -> bool {
    let lower = raw.to_ascii_lowercase();
    lower.contains("<tr") && (lower.contains("<td") || lower.contains("<th"))
}

/// Whether a row's cells are all column titles: three or more, each a short
/// label of at most four words with no digit, no e-mail address and no stop
/// ("Trattamento | Tipo di dati | Scopi | Tempo di archiviazione"). A row of
/// values has a number, an address or a sentence in some cell ("Visita | IP |
/// 3 anni"); two cells may be a key and its value ("Responsabile | Example
/// S.r.l."), which `is_value_row` and the bold test judge instead.
fn all_cells_titles(cells: &[&str]) -> bool {
    cells.len() >= 3
        && cells.iter().all(|cell| {
            let cell = cell.trim();
            !cell.is_empty()
                && cell.split_whitespace().count() <= 4
                && !cell.contains(|c: char| c.is_ascii_digit() || c == '@')
                && !cell.ends_with(['.', '!', '?', ';', ':'])
        })
}

/// Whether every cell of an HTML row holds only bold text (`<td><b>Data
/// </b></td>`, `<td><strong>…</strong></td>`): a header row as word
/// processors and CMS editors write it, without `<th>`.
fn all_cells_bold(raw: &str) -> bool {
    let lower = raw.to_ascii_lowercase();
    let cells: Vec<&str> = lower
        .split("<td")
        .skip(1)
        .map(|c| c.split("</td").next().unwrap_or(""))
        .collect();
    !cells.is_empty()
        && cells.iter().all(|cell| {
            // The cell's content after its opening tag, white space trimmed.
            let content = cell.split_once('>').map_or("", |(_, c)| c).trim();
            (content.starts_with("<b>") || content.starts_with("<strong>"))
                && (content.ends_with("</b>") || content.ends_with("</strong>"))
        })
}

/// Whether the line after a table row is the header's delimiter row.
fn is_table_header(source: &str, row_end: usize) -> bool {
    let rest = source.get(row_end..).unwrap_or("");
    let next = rest
        .trim_start_matches(['\r', '\n'])
        .lines()
        .next()
        .unwrap_or("");
    let t = next.trim();
    t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// The bold text a block opens with (`**Right to object:** …`), after any
/// list or quote marker.
pub fn bold_opening(raw: &str) -> Option<&str> {
    let t = raw.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '-' | '*' | '+' | '>' | '.' | ')' | ' ' | '\t')
    });
    // The trim ate a leading `**`; find the delimiter again in the raw text.
    let start = raw.len() - t.len();
    let rest = raw[..start]
        .rfind("**")
        .or_else(|| raw[..start].rfind("__"))
        .map_or(t, |at| &raw[at..]);
    let delim = if rest.starts_with("**") {
        "**"
    } else if rest.starts_with("__") {
        "__"
    } else {
        return None;
    };
    let inner = &rest[2..];
    inner.find(delim).map(|end| &inner[..end])
}

/// Words after which a full stop does not end a sentence, per language
/// (lowercase, without the stop). Single letters never end one either
/// ("z. B.", "S. 3"). "St." is Saint, Sankt or Sint before a place or a
/// patron's name ("manitu GmbH, St. Wendel", development half,
/// de-gentooev-datenschutz:34; "St. Gallen", "St. Pölten"); English "Rd.",
/// "Ave." in an address ("4 Park Rd. Leeds"); German "Str."
/// is Straße, also at the end of a street's name ("Hauptstr. 5",
/// "Subbelrather Str. 15c", de-elementies-datenschutz:877), which
/// `street_abbreviation` reads (session 32, helper classes-b).
fn abbreviations(lang: &str) -> &'static [&'static str] {
    match lang {
        "de" => &[
            "art", "abs", "nr", "bzw", "vgl", "ggf", "inkl", "evtl", "ca", "u.a", "z.b", "d.h",
            "s", "lit", "satz", "ziff", "gem", "i.v.m", "bspw", "usw", "etc", "st", "str",
        ],
        "fr" => &[
            "art", "n°", "no", "al", "p.ex", "ex", "cf", "env", "etc", "m", "mme", "st",
        ],
        "es" => &[
            "art", "arts", "n°", "núm", "no", "apdo", "p.ej", "ej", "etc", "sr", "sra", "ee.uu",
            "s.l", "s.a",
        ],
        "it" => &[
            "art", "artt", "n°", "n", "co", "par", "lett", "d.lgs", "es", "ecc", "etc", "sig",
            "dott", "s.r.l", "s.p.a",
        ],
        "pt" => &[
            "art", "arts", "n°", "nº", "no", "inc", "ex", "p.ex", "etc", "sr", "sra", "lda", "s.a",
        ],
        "nl" => &[
            "art", "nr", "lid", "bv", "b.v", "n.v", "bijv", "o.a", "d.w.z", "m.b.t", "etc",
            "z.g.a", "st",
        ],
        _ => &[
            "art", "sec", "para", "no", "e.g", "i.e", "cf", "vs", "etc", "inc", "ltd", "co",
            "corp", "mr", "mrs", "ms", "dr", "st", "u.s", "u.k", "approx", "rd", "ave",
        ],
    }
}

/// German "Hauptstr.", "Prof.-Dr.-Helmert-Str.": a street's name that ends
/// in the abbreviation of Straße (the word before the stop, lowercase); a
/// German word that ends a sentence hardly ever ends in "str". Dutch
/// shortens "straat" the same way ("Kerkstr. 12"). In a notice in another
/// language a German address is written as in German ("TU Dortmund
/// University / August-Schmidt-Str. 4 / 44227 Dortmund"; development half,
/// en-tudortmund-stars:153): there the street ends no sentence before its
/// house number (`after`, the text after the stop), where the name and
/// the postal address would otherwise fall into two statements.
fn street_abbreviation(word: &str, lang: &str, after: &str) -> bool {
    word.len() > 3
        && word.ends_with("str")
        && (matches!(lang, "de" | "nl")
            || after.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// "b.v", "e.g", "z.b", "d.lgs", "s.r.l": short letter groups between
/// dots (not a domain name such as "example.org").
fn is_dotted_abbreviation(word: &str) -> bool {
    let word = word.trim_matches('.');
    word.contains('.')
        && word
            .split('.')
            .all(|part| (1..=4).contains(&part.len()) && part.chars().all(char::is_alphabetic))
}

/// "art.5.e", "art.6.1.a", "nr.3": an abbreviation of the list glued to
/// numbers and single letters by stops, with no space (a citation of the
/// law written tight), not a domain name ("example.org").
fn is_glued_reference(word: &str, abbreviations: &[&str]) -> bool {
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut parts = word.split('.');
    let head = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    abbreviations.contains(&head)
        && rest
            .iter()
            .any(|p| p.bytes().all(|b| b.is_ascii_digit()) && !p.is_empty())
        && rest.iter().all(|p| {
            (!p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
                || p.chars().count() == 1
        })
}

/// Whether a stop stands inside a parenthesis that is still open in the
/// sentence so far (`before`) and closes within 200 bytes after it
/// (`after`): "(Art.5.e. GDPR)" ends no sentence. A parenthesis that does
/// not close soon (a stray one) splits as before.
fn inside_parenthesis(before: &str, after: &str) -> bool {
    let mut depth = 0i32;
    for c in before.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ => {}
        }
    }
    if depth == 0 {
        return false;
    }
    let mut open = depth;
    for (at, c) in after.char_indices() {
        if at > 200 {
            break;
        }
        match c {
            '(' => open += 1,
            ')' => {
                open -= 1;
                if open < depth {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether a stop ends its sentence, from the text right after it: a space
/// and a capital, digit or opening mark. A policy kept in code strings (a
/// locale JSON file, a page's array of paragraphs) closes each string after
/// its last stop and writes a paragraph break as the escape `\n`: so a
/// stop may be followed by closing quotation marks first, then a space or
/// the `\n` escape, and a stop whose string closes right before code
/// punctuation (`."},`, `.", "`) ends the sentence too ("… Bluetooth." },
/// "rights": { "name": …; "… ao tratamento.\n\nNo entanto …"). The
/// length of the closing marks, which end the sentence with the stop.
fn ends_sentence(after: &str) -> Option<usize> {
    let opens =
        |c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '(' | '"' | '\'' | '[');
    let unquoted = after.trim_start_matches(['"', '”', '»', '’']);
    let quotes = after.len() - unquoted.len();
    if quotes == 0 && !after.starts_with("\\n") {
        let next = after.strip_prefix(' ').and_then(|a| a.chars().next());
        return next.is_some_and(opens).then_some(0);
    }
    let rest = skip_breaks(unquoted);
    let next = rest.chars().next()?;
    let code = quotes > 0 && matches!(next, ',' | '}' | ']' | '{' | ';');
    (code || (rest.len() < unquoted.len() && opens(next))).then_some(quotes)
}

/// `text` without the spaces and `\n` escapes it starts with.
fn skip_breaks(mut text: &str) -> &str {
    loop {
        if let Some(r) = text.strip_prefix(' ') {
            text = r;
        } else if let Some(r) = text.strip_prefix("\\n") {
            text = r;
        } else {
            return text;
        }
    }
}

/// Splits normalized text into sentences.
pub fn sentences<'t>(text: &'t str, lang: &str) -> Vec<&'t str> {
    let abbreviations = abbreviations(lang);
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // A sentence ends at a stop followed by a space and a capital,
        // digit or opening mark.
        let after = &text[i + 1..];
        let Some(quotes) = ends_sentence(after) else {
            continue;
        };
        if inside_parenthesis(&text[start..i], after) {
            continue;
        }
        if c == '.' {
            let word_start = text[..i].rfind([' ', '(']).map_or(0, |p| p + 1);
            let word = text[word_start..i].to_lowercase();
            // After an elided article, the word itself ("l'art.").
            let word = word.rsplit('\'').next().unwrap_or("").to_string();
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            // German writes ordinals with a stop ("das 16. Lebensjahr",
            // "am 10. Juli"): a number of up to three digits after a
            // lowercase word (an article or preposition: nouns are
            // capitalised) ends no sentence there; a year ("im Jahr
            // 2023."), a phone number ("+49 341 5580 200.") still do.
            let ordinal = lang == "de"
                && (1..=3).contains(&word.len())
                && word.bytes().all(|b| b.is_ascii_digit())
                && text[..word_start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()));
            // One letter ("z. B.") or dotted ("B.V.", "e.g."), or an
            // abbreviation glued to its numbers ("Art.5.e.", "art.6.1.a").
            if ordinal
                || letters == 1
                || is_dotted_abbreviation(&word)
                || is_glued_reference(&word, abbreviations)
                || street_abbreviation(&word, lang, after)
                || abbreviations.contains(&word.as_str())
                || abbreviations.contains(&word.trim_start_matches(|c: char| !c.is_alphanumeric()))
            {
                continue;
            }
        }
        let _ = bytes;
        let end = i + 1 + quotes;
        out.push(text[start..end].trim());
        start = end;
    }
    let last = text[start..].trim();
    if !last.is_empty() {
        out.push(last);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `quoted_spans` finds what the regex it replaces finds, on texts
    /// drawn from the characters that matter (a fixed pseudo-random
    /// sequence).
    #[test]
    fn quoted_spans_as_the_regex() {
        let re = regex::Regex::new(r#"[„“"«‚‘][^„“”"«»‚‘’\n]{1,40}[“”"»‘’]"#).unwrap();
        let alphabet = [
            "„",
            "“",
            "”",
            "\"",
            "«",
            "»",
            "‚",
            "‘",
            "’",
            "\n",
            "a",
            "é",
            " ",
            "click here ",
            "0123456789",
            "xxxxxxxxxxxxxxxxxxxx",
        ];
        crate::lint::matcher::assert_finds_as(&re, &alphabet, 0x2545_f491_4f6c_dd1d, quoted_spans);
    }

    #[test]
    fn german_ordinals_end_no_sentence() {
        assert_eq!(
            sentences(
                "Wenn Sie das 16. Lebensjahr noch nicht vollendet haben, benötigen wir die Einwilligung Ihrer Eltern. Sie gilt ab dem 10. Juli 2023. Seit dem Jahr 2023. Wir antworten.",
                "de"
            ),
            vec![
                "Wenn Sie das 16. Lebensjahr noch nicht vollendet haben, benötigen wir die Einwilligung Ihrer Eltern.",
                "Sie gilt ab dem 10. Juli 2023.",
                "Seit dem Jahr 2023.",
                "Wir antworten."
            ]
        );
        assert_eq!(
            sentences("Telefon +49 341 5580 200. Sie erreichen uns.", "de").len(),
            2
        );
        // Elsewhere a number before a stop still ends the sentence.
        assert_eq!(
            sentences("We keep it for 30 days, up to 14. Then we stop.", "en").len(),
            2
        );
    }

    #[test]
    fn saint_and_street_abbreviations_end_no_sentence() {
        // "St." before a place or a patron's name (de, fr, nl; en had it),
        // German "Str." and English "Rd." in an address (session 32, helper
        // classes-b; development half, de-gentooev-datenschutz:34).
        assert_eq!(
            sentences(
                "Wir nutzen manitu GmbH, St. Wendel. Sie hostet die Seite.",
                "de"
            ),
            vec![
                "Wir nutzen manitu GmbH, St. Wendel.",
                "Sie hostet die Seite."
            ]
        );
        // (text, language, sentences): a word that only ends in "st" or
        // "str" elsewhere still ends one.
        let cases = [
            (
                "Ihre Daten gehen an die Muster GmbH, Hauptstr. 5, 12345 Berlin. Wir antworten.",
                "de",
                2,
            ),
            ("Subbelrather Str. 15c, 50823 Köln.", "de", 1),
            ("Nous imprimons à St. Gall. Vous pouvez objecter.", "fr", 2),
            (
                "We delen je gegevens met het St. Antonius Ziekenhuis. Je kunt bezwaar maken.",
                "nl",
                2,
            ),
            (
                "The Riverside Tennis Club, 4 Park Rd. Leeds, looks after your data.",
                "en",
                1,
            ),
            ("Das ist der Test. Wir antworten.", "de", 2),
            ("C'est le plus juste. Vous pouvez objecter.", "fr", 2),
            // A German address in a notice in another language, before its
            // house number; Dutch "Kerkstr." (session 34, helper devdata-h;
            // development half, en-tudortmund-stars:153).
            (
                "TU Dortmund University The President August-Schmidt-Str. 4 44227 Dortmund Germany",
                "en",
                1,
            ),
            (
                "Le responsable est Beispiel e.V., Hauptstr. 4, 12345 Berlin.",
                "fr",
                1,
            ),
            (
                "Stichting Voorbeeld, Kerkstr. 12, 1234 AB Utrecht. U kunt bezwaar maken.",
                "nl",
                2,
            ),
            // Elsewhere, before no house number, it still ends one.
            (
                "Our host is Example GmbH in the Hauptstr. Our office replies.",
                "en",
                2,
            ),
        ];
        for (text, lang, n) in cases {
            assert_eq!(sentences(text, lang).len(), n, "{text}");
        }
    }

    #[test]
    fn sentence_splitting_keeps_abbreviations() {
        assert_eq!(
            sentences("We rely on Art. 6(1)(f) GDPR. You may object.", "en"),
            vec!["We rely on Art. 6(1)(f) GDPR.", "You may object."]
        );
        assert_eq!(
            sentences("Etwa z. B. Ihre Adresse. Sie können widersprechen.", "de"),
            vec!["Etwa z. B. Ihre Adresse.", "Sie können widersprechen."]
        );
        assert_eq!(
            sentences("e.g. Hosting B.V. Amsterdam receives it", "en"),
            vec!["e.g. Hosting B.V. Amsterdam receives it"]
        );
        assert_eq!(
            sentences("Voir l'art. 15 RGPD.", "fr"),
            vec!["Voir l'art. 15 RGPD."]
        );
        assert_eq!(
            sentences("Art. 6, par. 1, lett. b) del GDPR. Può opporsi.", "it"),
            vec!["Art. 6, par. 1, lett. b) del GDPR.", "Può opporsi."]
        );
        // The plural: Italian "artt.", Spanish and Portuguese "arts." (the
        // articles of the law cited together, devdata-l's phrasings, session 24).
        assert_eq!(
            sentences("Ai sensi degli artt. 15-22 del GDPR. Può opporsi.", "it"),
            vec!["Ai sensi degli artt. 15-22 del GDPR.", "Può opporsi."]
        );
        assert_eq!(
            sentences("Conforme os arts. 17 e 18 da LGPD. Pode opor-se.", "pt"),
            vec!["Conforme os arts. 17 e 18 da LGPD.", "Pode opor-se."]
        );
        assert_eq!(
            sentences("Según los arts. 15 a 22 del RGPD. Puede oponerse.", "es"),
            vec!["Según los arts. 15 a 22 del RGPD.", "Puede oponerse."]
        );
        assert_eq!(
            sentences("Write to dpo@notes.example. Our officer answers.", "en"),
            vec!["Write to dpo@notes.example.", "Our officer answers."]
        );
    }

    /// A policy kept in code strings (a locale JSON file): a stop that
    /// closes its string before code punctuation, or is followed by the
    /// `\n` escape of a paragraph break, ends the sentence (devdata-f,
    /// session 33: development half, real/pt-stayaway-covid-privacidade).
    #[test]
    fn sentence_splitting_reads_code_strings() {
        assert_eq!(
            sentences(
                r#"Usa o Bluetooth." }, "body": "Tem o direito de acesso."#,
                "pt"
            ),
            vec![
                r#"Usa o Bluetooth.""#,
                r#"}, "body": "Tem o direito de acesso."#
            ]
        );
        assert_eq!(
            sentences(
                r#"Tem o direito de acesso.\n\nNo entanto, não se aplica."#,
                "pt"
            ),
            vec![
                "Tem o direito de acesso.",
                r#"\n\nNo entanto, não se aplica."#
            ]
        );
        assert_eq!(
            sentences(r#"["Data are kept.", "You may object."]"#, "en"),
            vec![r#"["Data are kept.""#, r#", "You may object.""#, "]"]
        );
        // Prose: a quotation closed after its stop ends the sentence only
        // before a capital.
        assert_eq!(
            sentences(
                r#"We call it "opt-out." You may object. See example.org."#,
                "en"
            ),
            vec![
                r#"We call it "opt-out.""#,
                "You may object.",
                "See example.org."
            ]
        );
        assert_eq!(
            sentences(r#"the "opt-out." link"#, "en"),
            vec![r#"the "opt-out." link"#]
        );
    }

    #[test]
    fn no_sentence_ends_inside_an_open_parenthesis() {
        // es-codelab-imaginecode/policy.md:79
        assert_eq!(
            sentences(
                "Los datos se conservarán hasta que se cumpla el objetivo (Art.5.e. GDPR) o hasta que se ejerza el derecho a la supresión. Siempre y cuando esto no entre en conflicto.",
                "es"
            ),
            vec![
                "Los datos se conservarán hasta que se cumpla el objetivo (Art.5.e. GDPR) o hasta que se ejerza el derecho a la supresión.",
                "Siempre y cuando esto no entre en conflicto."
            ]
        );
        assert_eq!(
            sentences(
                "We keep it (see Sec. 4. Retention) for a year. You may object.",
                "en"
            ),
            vec![
                "We keep it (see Sec. 4. Retention) for a year.",
                "You may object."
            ]
        );
        // A parenthesis that never closes splits as before.
        assert_eq!(
            sentences(
                "We keep it (for now. Then we delete it. You may object.",
                "en"
            )
            .len(),
            3
        );
        // One that closes only far away, too.
        let far = format!(
            "We keep it (a note. Then {} end). You may object.",
            "word ".repeat(60)
        );
        assert_eq!(sentences(&far, "en").len(), 3);
        // Closed parentheses before the stop do not hold it back.
        assert_eq!(
            sentences("We rely on Art. 6(1)(f) GDPR. You may object.", "en").len(),
            2
        );
    }

    #[test]
    fn a_service_named_in_the_title_is_the_notices_own() {
        // The name of a level-1 heading: the notice's own service; a third
        // party's tool said the same way is not.
        let md = "# Datenschutzerklärung für Kestrel\n\nKestrel ist ein Angebot der Kestrel Mobility GmbH.\n\nGoogle Analytics ist ein Dienst der Google Ireland Limited.\n";
        assert_eq!(stating(md, "de", &["service_named"]).len(), 2);
        assert_eq!(
            stating(md, "de", &["own_service"]),
            vec!["Kestrel ist ein Angebot der Kestrel Mobility GmbH."]
        );
        // The front matter's title counts as the title.
        let untitled = "Kestrel ist ein Angebot der Kestrel Mobility GmbH.\n";
        let builtin = crate::lint::vocabulary::builtin();
        let vocabulary = builtin.vocabulary("de").expect("built-in vocabulary");
        let outline = crate::markdown::outline_only(untitled, 0, &Default::default()).outline;
        let sections = crate::lint::text::Sections::new(&outline, "de");
        let own = builtin.id("own_service").expect("concept");
        let owned = |title: &str| {
            DocTree::new(&sections, untitled, title, vocabulary)
                .statements
                .iter()
                .any(|s| s.own.has(own))
        };
        assert!(owned("Kestrel: Datenschutz"));
        assert!(!owned("Datenschutz"));
        // A name the notice defines as "we" counts as its title: the
        // notice's own service, in the languages' quote forms; a third
        // party's tool said the same way is still not. A name that ends in a
        // dotted legal form right before the parenthesis ("S.L. (", "B.V. (",
        // "e.V. (") is read too (session 29, helper classes-x).
        for (lang, md, kestrel) in [
            (
                "de",
                "Die Kestrel Mobility GmbH (im Folgenden „wir“) betreibt die App.\n\nKestrel ist ein Angebot der Kestrel Mobility GmbH.\n\nGoogle Analytics ist ein Dienst der Google Ireland Limited.\n",
                "Kestrel ist ein Angebot der Kestrel Mobility GmbH.",
            ),
            (
                "de",
                "Kestrel Mobility e.V. („wir“) betreibt die App.\n\nKestrel ist ein Angebot des Kestrel Mobility e.V.\n\nGoogle Analytics ist ein Dienst der Google Ireland Limited.\n",
                "Kestrel ist ein Angebot des Kestrel Mobility e.V.",
            ),
            (
                "fr",
                "Kestrel Mobilité S.A. (« nous ») édite l'application.\n\nKestrel est un service de Kestrel Mobilité S.A.\n\nGoogle Analytics est un service de Google Ireland Limited.\n",
                "Kestrel est un service de Kestrel Mobilité S.A.",
            ),
            (
                "en",
                "Kestrel Mobility Ltd (\"we\", \"us\") runs the app.\n\nKestrel is a service of Kestrel Mobility Ltd.\n\nGoogle Analytics is a service of Google Ireland Limited.\n",
                "Kestrel is a service of Kestrel Mobility Ltd.",
            ),
            (
                "fr",
                "Kestrel Mobilité SAS (« nous ») édite l'application.\n\nKestrel est un service de Kestrel Mobilité SAS.\n\nGoogle Analytics est un service de Google Ireland Limited.\n",
                "Kestrel est un service de Kestrel Mobilité SAS.",
            ),
            (
                "es",
                "Kestrel Movilidad S.L. («nosotros») gestiona la app.\n\nKestrel es un servicio de Kestrel Movilidad S.L.\n\nGoogle Analytics es un servicio de Google Ireland Limited.\n",
                "Kestrel es un servicio de Kestrel Movilidad S.L.",
            ),
            (
                "it",
                "Kestrel Mobilità S.p.A. (“noi”) gestisce l'app.\n\nKestrel è un servizio di Kestrel Mobilità S.r.l.\n\nGoogle Analytics è un servizio di Google Ireland Limited.\n",
                "Kestrel è un servizio di Kestrel Mobilità S.r.l.",
            ),
            (
                "pt",
                "A Kestrel Mobilidade (doravante \"nós\") gere a app.\n\nKestrel é um serviço da Kestrel Mobilidade, Lda.\n\nGoogle Analytics é um serviço da Google Ireland Limited.\n",
                "Kestrel é um serviço da Kestrel Mobilidade, Lda.",
            ),
            (
                "nl",
                "Kestrel Mobiliteit B.V. (\"wij\") beheert de app.\n\nKestrel is een dienst van Kestrel Mobiliteit B.V.\n\nGoogle Analytics is een dienst van Google Ireland Limited.\n",
                "Kestrel is een dienst van Kestrel Mobiliteit B.V.",
            ),
        ] {
            assert_eq!(stating(md, lang, &["own_service"]), vec![kestrel], "{lang}");
            assert_eq!(stating(md, lang, &["service_named"]).len(), 2, "{lang}");
        }
        // A name's words: three letters or more, lowercased (articles are
        // left out where the statement's name is read, not here).
        assert_eq!(name_words("Die Kestrel-App"), vec!["die", "kestrel", "app"]);
    }

    #[test]
    fn abbreviations_glued_to_numbers_end_no_sentence() {
        assert_eq!(
            sentences(
                "Según el Art.5.e. GDPR los conservamos. Puedes oponerte.",
                "es"
            ),
            vec![
                "Según el Art.5.e. GDPR los conservamos.",
                "Puedes oponerte."
            ]
        );
        assert_eq!(
            sentences(
                "Base: art.6.1.a. RGPD, el consentimiento. Puedes retirarlo.",
                "es"
            )
            .len(),
            2
        );
        assert_eq!(
            sentences(
                "Gemäß Art.6. DSGVO verarbeiten wir. Sie können widersprechen.",
                "de"
            )
            .len(),
            2
        );
        // A domain name or a word that is no abbreviation still ends one.
        assert_eq!(
            sentences("Write to us at notes.example. Our officer answers.", "en").len(),
            2
        );
        assert_eq!(
            sentences("We keep it for version 2.5. Then we stop.", "en").len(),
            2
        );
    }

    /// `pairs` joins only the pairs its concepts test accepts, shown
    /// them without text and labels: they must be the pairs joined in full
    /// that the test accepts, and a rule's first test ([`Quick::may_fit`],
    /// what the packs pass) must answer on the concepts alone as on the
    /// whole pair.
    ///
    /// [`Quick::may_fit`]: crate::lint::statements::Quick::may_fit
    #[test]
    fn pairs_tested_on_their_concepts_are_the_joined_pairs_that_pass() {
        use crate::lint::statements::Form;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let md = std::fs::read_to_string(root.join("content/privacy.md")).unwrap();
        let outline = crate::markdown::outline_only(&md, 0, &Default::default()).outline;
        let tree = tree_of(&md, "en");
        let everywhere = vec![true; outline.blocks.len()];
        let show = |pairs: Vec<Statement>| format!("{pairs:?}");
        let all: Vec<Statement> = tree.pairs(&everywhere, &outline.blocks, |_| true).collect();
        assert!(all.len() > 20, "{}", all.len());
        let source = crate::diagnostic::SourceText::new("rules/x.yaml", "");
        for words in [
            &["grant", "erase"][..],
            &["controller@near"],
            &["retain"],
            &["grant", "object@governed"],
        ] {
            let names: Vec<crate::yaml::Located<String>> = words
                .iter()
                .map(|w| crate::yaml::Located {
                    value: w.to_string(),
                    span: 0..0,
                })
                .collect();
            let form = Form::compile(&source, &names, &mut Vec::new()).expect("a form");
            let quick = Form::quick([&form]);
            let passing: Vec<Statement> =
                all.iter().filter(|p| quick.may_fit(p)).cloned().collect();
            let tested: Vec<Statement> = tree
                .pairs(&everywhere, &outline.blocks, |p| {
                    assert!(p.text.is_empty() && p.labels.is_empty());
                    quick.may_fit(p)
                })
                .collect();
            assert_eq!(show(tested), show(passing), "{words:?}");
        }
    }

    /// The tree of `md` read with the built-in vocabulary of `lang`.
    fn tree_of(md: &str, lang: &str) -> DocTree {
        let builtin = crate::lint::vocabulary::builtin();
        let vocabulary = builtin.vocabulary(lang).expect("built-in vocabulary");
        let outline = crate::markdown::outline_only(md, 0, &Default::default()).outline;
        let sections = crate::lint::text::Sections::new(&outline, lang);
        DocTree::new(&sections, md, "", vocabulary)
    }

    /// How many labels the English statement `text` of `md` has, if it is one.
    fn label_count(md: &str, text: &str) -> Option<usize> {
        tree_of(md, "en")
            .statements
            .iter()
            .find(|s| s.text == text)
            .map(|s| s.labels.len())
    }

    /// The texts of the statements of `md` whose own and near concepts
    /// include every one of `concepts`.
    fn stating(md: &str, lang: &str, concepts: &[&str]) -> Vec<String> {
        let builtin = crate::lint::vocabulary::builtin();
        tree_of(md, lang)
            .statements
            .iter()
            .filter(|s| {
                let near = s.own.union(s.near);
                concepts
                    .iter()
                    .all(|c| near.has(builtin.id(c).expect("concept")))
            })
            .map(|s| s.text.clone())
            .collect()
    }

    /// The texts of the blocks of `md` read as headings without markup.
    fn plain_headings(md: &str) -> Vec<String> {
        let outline = crate::markdown::outline_only(md, 0, &Default::default()).outline;
        (0..outline.blocks.len())
            .filter(|&b| is_plain_heading(md, &outline, b))
            .map(|b| outline.blocks[b].text.clone())
            .collect()
    }

    #[test]
    fn a_list_items_own_lead_in_is_its_item_label() {
        let object = crate::lint::vocabulary::builtin().id("object").unwrap();
        let statement = |md: &str, text: &str| {
            tree_of(md, "en")
                .statements
                .into_iter()
                .find(|s| s.text.contains(text))
                .unwrap()
        };
        let s = statement(
            "## Your rights\n\n- **Objection:** you can tell us at any time.\n",
            "tell us",
        );
        assert!(s.item.has(object), "{s:?}");
        // A bold pseudo-heading over a later paragraph is no item's lead-in.
        let md = "## Your rights\n\n**Right to object (Article 21 GDPR)**\n\nWrite to us.\n";
        let s = statement(md, "Write");
        assert!(!s.item.has(object) && s.near.has(object), "{s:?}");
    }

    #[test]
    fn a_statements_own_label_or_row_title_is_its_term() {
        let label = crate::lint::vocabulary::builtin()
            .id("retention_label")
            .unwrap();
        let statement = |md: &str, lang: &str, text: &str| {
            tree_of(md, lang)
                .statements
                .into_iter()
                .find(|s| s.text.contains(text))
                .unwrap()
        };
        // A paragraph's own run-in label, a list item's, a row's first cell.
        for (md, lang, text) in [
            (
                "**Retention:** 12 months after your last login.\n",
                "en",
                "12 months",
            ),
            ("- **Speicherdauer:** drei Jahre.\n", "de", "drei Jahre"),
            (
                "| Élément | Détail |\n| --- | --- |\n| Conservation | 3 ans |\n",
                "fr",
                "3 ans",
            ),
        ] {
            let s = statement(md, lang, text);
            assert!(s.term.has(label), "{s:?}");
        }
        // A pseudo-heading standing alone over a later paragraph is its
        // label, not its term (session 29, helper classes-x).
        let s = statement(
            "**Retention**\n\nOur app has been on the market for three years.\n",
            "en",
            "three years",
        );
        assert!(!s.term.has(label) && s.near.has(label), "{s:?}");
    }

    #[test]
    fn lines_titled_without_markup_are_headings() {
        let md = "1. WHO WE ARE\n\nExample Ltd runs the site.\n\nYOUR RIGHTS\n\nYou may object.\n\n\
                  3.1 Retention\n\nWe keep logs for a week.\n\n<h2>Recipients</h2>\n\nHosting.\n\n\
                  Membership Data Deletion\n\nWe delete it.\n";
        // `<h2>` is a heading of the outline itself (`markdown::html_blocks`).
        assert_eq!(
            plain_headings(md),
            [
                "WHO WE ARE",
                "YOUR RIGHTS",
                "3.1 Retention",
                "Membership Data Deletion"
            ]
        );
        // Not the items of a list, the one item after a lead-in, a line
        // with nothing after it, a sentence, bold (a pseudo-heading of its
        // own), a table of contents' link or a "Term: value" line.
        let md = "We collect:\n\n1. Name\n2. Email\n\nThat is all.\n\nWe collect:\n\n1. Name\n\n\
                  We keep it.\n\nWe do not sell data.\n\n**Your rights**\n\nYou may object.\n\n\
                  [Overview](#overview)\n\nText.\n\nE-Mail: privacy@example.com\n\nText.\n\n\
                  Kind regards\n";
        assert!(plain_headings(md).is_empty(), "{:?}", plain_headings(md));
    }

    #[test]
    fn items_continue_a_lead_in_that_stops_short_of_its_object() {
        let pt = "Você tem o direito de:\n\n1. Solicitar a portabilidade dos seus dados.\n2. Ter os dados pessoais excluídos.\n3. Em alguns casos, restringir a forma como usamos seus dados.\n";
        assert_eq!(stating(pt, "pt", &["grant", "port"]).len(), 1);
        // After a short opening phrase (development half: pt-mozilla-focus-privacy).
        assert_eq!(stating(pt, "pt", &["grant", "restrict"]).len(), 1);
        let en = "You have the right to:\n\n- Request a copy of your data.\n- Our bikes are serviced in our own workshop.\n";
        assert_eq!(
            stating(en, "en", &["grant"]),
            vec!["Request a copy of your data."]
        );
        // A lead-in that is complete in itself: its items stand alone.
        let closed = "You can ask us the following:\n\n- Bikes are serviced in Chemnitz.\n";
        assert!(stating(closed, "en", &["grant"]).is_empty());
    }

    #[test]
    fn a_modal_lead_in_is_open_for_infinitive_items() {
        // Development half: pt-kraemer-pysus.
        let pt = "Você pode, a qualquer momento:\n\n- Solicitar informações sobre dados.\n- Pedir a exclusão de dados enviados por meio de formulários.\n- O nosso escritório fica em Lisboa.\n";
        assert_eq!(
            stating(pt, "pt", &["grant", "erase"]),
            vec!["Pedir a exclusão de dados enviados por meio de formulários."]
        );
        // A sentence of its own, not an infinitive, does not take the grant.
        assert!(
            !stating(pt, "pt", &["grant"])
                .contains(&"O nosso escritório fica em Lisboa.".to_string())
        );
    }

    #[test]
    fn a_lead_in_before_an_address_block_is_a_statement() {
        // Development half: en-mozilla-thunderbird-privacy.
        let md = "If you want to make a correction to your information, please get in touch with:\n\nExample Corp\n1 Main St\n";
        // The lead-in, and the address block it labels (session 34, helper
        // devdata-h: an address block after a lead-in takes it as its label).
        assert_eq!(
            stating(md, "en", &["grant", "rectify"]),
            vec![
                "If you want to make a correction to your information, please get in touch with:",
                "Example Corp 1 Main St"
            ]
        );
        // Before a list it labels the items and is no statement itself.
        let list = "We pass your data to the following recipients:\n\n- our hosting provider.\n";
        assert_eq!(
            stating(list, "en", &["data"]),
            vec!["our hosting provider."]
        );
    }

    #[test]
    fn the_last_item_of_a_running_list_and_items_ending_in_a_comma_are_items() {
        let en = "Under the GDPR you may have the rights to:\n\n- Request access to your data;\n- If applicable, request your data be ported to another company.\n";
        assert_eq!(stating(en, "en", &["right", "port"]).len(), 1);
        let de = "Sie haben das Recht,\n\n1. eine Kopie der Daten anzufordern,\n2. die Berichtigung unrichtiger Daten zu verlangen.\n";
        assert_eq!(stating(de, "de", &["access"]).len(), 1);
    }

    #[test]
    fn a_paragraph_opening_with_a_short_term_and_a_colon_is_labelled_by_it() {
        // tests/accuracy/phrasings/pt.txt: the right is named by the term only.
        let pt = "Portabilidade: receber os dados que nos forneceu.\n";
        assert_eq!(
            stating(pt, "pt", &["port"]),
            vec!["receber os dados que nos forneceu."]
        );
        // A longer opening is a sentence, not a term.
        let long = "Pode pedir a portabilidade dos dados que nos forneceu: envie um e-mail.\n";
        assert_eq!(stating(long, "pt", &["port"]).len(), 1);
        assert!(stating(long, "pt", &["port"])[0].starts_with("Pode pedir"));
    }

    #[test]
    fn a_row_of_one_sentence_is_a_note_across_the_table() {
        let md = "| Data | Kept for |\n| --- | --- |\n| Invoices | ten years |\n| Your photo book keeps its colours for 50 years. |\n";
        assert_eq!(
            label_count(md, "Your photo book keeps its colours for 50 years."),
            Some(0)
        );
        // A row of values stays under its headers.
        assert_eq!(label_count(md, "Invoices"), Some(1));
    }

    #[test]
    fn a_first_row_of_values_is_a_row_and_its_title_a_term() {
        let builtin = crate::lint::vocabulary::builtin();
        let md = "| Server logs | 7 days |\n| --- | --- |\n| Invoices | 10 years |\n";
        let tree = tree_of(md, "en");
        let period = |text: &str| tree.statements.iter().find(|s| s.text == text);
        // The first row is read as a row: its period is a statement.
        let first = period("7 days").expect("the first row's period");
        // Each row's title is the term of its own period, not of the next.
        let data = builtin.id("data").expect("concept");
        assert!(first.lead.has(data));
        let second = period("10 years").expect("the second row's period");
        assert_eq!(second.labels.len(), 1);
        // Column titles stay titles.
        let titled = "| Data | Retention period |\n| --- | --- |\n| Invoices | 10 years |\n";
        assert_eq!(label_count(titled, "10 years"), Some(2));
        assert_eq!(label_count(titled, "Retention period"), None);
    }

    #[test]
    fn a_line_without_a_pipe_under_a_table_is_a_paragraph() {
        // GFM makes it a row; its words are no cell under the table's headers.
        let md = "| Data | Kept for |\n| --- | --- |\n| Invoices | ten years |\nYour photo book keeps its colours for 50 years.\n";
        assert_eq!(label_count(md, "ten years"), Some(2));
        assert_eq!(
            label_count(md, "Your photo book keeps its colours for 50 years."),
            Some(0)
        );
    }

    #[test]
    fn a_clicked_label_is_left_out() {
        assert_eq!(
            without_clicked_labels("Klicke auf \"löschen\".").as_ref(),
            "Klicke auf  ."
        );
        assert_eq!(
            without_clicked_labels("delete your account by clicking \"Delete\"").as_ref(),
            "delete your account by clicking  "
        );
        // Not a quotation that no click, button or link is near.
        assert_eq!(
            without_clicked_labels("We call these \"usage data\".").as_ref(),
            "We call these \"usage data\"."
        );
    }

    #[test]
    fn a_lead_in_ending_on_a_conjunction_wants_its_clause() {
        assert!(ends_on_conjunction(
            "Los datos no serán comunicados a ningún tercero, salvo que:",
            "es"
        ));
        assert!(ends_on_conjunction(
            "Your data are not disclosed, unless:",
            "en"
        ));
        assert!(ends_on_conjunction(
            "Vos données ne sont pas transmises, sauf si :",
            "fr"
        ));
        // Nouns follow "except:" and "salvo:": the other tests read them.
        assert!(!ends_on_conjunction(
            "We share your data with no one, except:",
            "en"
        ));
        assert!(!ends_on_conjunction("No cedemos sus datos, salvo:", "es"));
        assert!(!ends_on_conjunction(
            "Wir geben Ihre Daten weiter an:",
            "de"
        ));
    }

    #[test]
    fn a_link_target_is_not_counted_in_a_line() {
        let line = "E-Mail: info@example.org, [Legal Information](https://github.com/example/project/blob/master/people.md))";
        assert_eq!(
            visible_chars(line),
            "E-Mail: info@example.org, [Legal Information])"
                .chars()
                .count()
        );
        assert_eq!(
            visible_chars("no link [here] (ok)"),
            "no link [here] (ok)".chars().count()
        );
        assert!(is_address_block(&format!(
            "Example Research Institute\nPhone: +49 631 2057500\n{line}"
        )));
    }

    #[test]
    fn plain_short_cells_are_column_titles() {
        assert!(all_cells_titles(&[
            "Trattamento",
            "Tipo di dati",
            "Scopi",
            "Tempo di archiviazione"
        ]));
        assert!(!all_cells_titles(&["Visita", "IP, registro", "3 anni"]));
        assert!(!all_cells_titles(&["Responsabile", "Example S.r.l."]));
        assert!(!all_cells_titles(&[
            "Newsletter",
            "Your email address is kept until you unsubscribe.",
            "Consent"
        ]));
    }

    #[test]
    fn an_html_row_is_a_row_under_its_header() {
        // `<th>` cells, or a first row of bold cells, title the columns;
        // a pipe-less source does not make an HTML row a lazy GFM row.
        let th = "<table>\n<tr><th>Data</th><th>Kept for</th></tr>\n<tr><td>Invoices</td><td>ten years</td></tr>\n</table>\n";
        assert_eq!(label_count(th, "ten years"), Some(2));
        let bold = "<table>\n<tr><td><b>Data</b></td><td><strong>Kept for</strong></td></tr>\n<tr><td>Invoices</td><td>ten years</td></tr>\n</table>\n";
        assert_eq!(label_count(bold, "ten years"), Some(2));
        assert!(is_html_row("<tr>\n<td>a</td><td>b</td>\n</tr>"));
        assert!(!is_html_row("| a | b |"));
        assert!(all_cells_bold(
            "<tr><td><b>A </b> </td><td> <strong>B</strong></td></tr>"
        ));
        assert!(!all_cells_bold("<tr><td><b>A</b></td><td>B</td></tr>"));
    }

    #[test]
    fn bold_text_that_a_new_sentence_follows_is_a_run_in_heading() {
        // The label is no part of the statement: "Right to object" in bold
        // over decoys about objects in photos states no right by itself
        // (tests/accuracy/bases/northwind, the decoy case of gdpr.rights.object).
        let md = "**Right to object (Article 21 GDPR)** Objects in the background of your photos are not analysed.\n";
        assert_eq!(
            stating(md, "en", &["object"]),
            vec!["Objects in the background of your photos are not analysed."]
        );
        // The grant the label names is near the body, not in its own words.
        assert_eq!(stating(md, "en", &["grant", "object"]).len(), 1);
        // Bold that the sentence goes on from is part of it.
        let emphasis = "**Northwind Ledger Ltd** is the controller.\n";
        assert_eq!(
            stating(emphasis, "en", &[]),
            vec!["Northwind Ledger Ltd is the controller."]
        );
    }

    #[test]
    fn bold_openings() {
        assert_eq!(
            bold_opening("- **Right to object:** you may"),
            Some("Right to object:")
        );
        assert_eq!(
            bold_opening("**Widerspruch** nach Art. 21"),
            Some("Widerspruch")
        );
        assert_eq!(bold_opening("1. __Opposition__ : vous"), Some("Opposition"));
        assert_eq!(bold_opening("You may **object**"), None);
        assert_eq!(bold_opening("- plain item"), None);
    }
}
