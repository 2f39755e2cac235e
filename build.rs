//! Turns the message files (locales/*.ftl, Fluent syntax) into typed Rust:
//! the `Messages` and `Words` structs with a field or method per message,
//! one constant value of each per language, and the languages' tags. No Fluent runtime
//! reaches the bundle: the parser runs here, at build time.
//!
//! The build fails, naming the file and message, when a language lacks a
//! message of the reference language (en), has one more, or words a message
//! with other placeholders. See docs/ARCHITECTURE.md ("Words").
//!
//! Each file is in two parts, split by the group comment `## ON DEMAND`
//! (`ON_DEMAND_MARK`): the messages above it are the words the first
//! module uses (the shell and the first step: `Messages`), the ones below
//! it the words only the on-demand part uses (`Words`, which reaches the
//! first ones through `Deref`). Where a message is written is the one
//! place that says which it is; every language has each message on the
//! same side as en.ftl. In the release build nothing in the first module
//! refers to `Words`, so wasm-split moves the reference language's
//! on-demand words into the part's module (docs/ARCHITECTURE.md, "Two
//! modules"), and scripts/build-release.sh checks that none is left.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

const REFERENCE: &str = "en";
/// The group comment that starts each file's on-demand part: the messages
/// below it are `Words`, the ones above it `Messages`.
const ON_DEMAND_MARK: &str = "ON DEMAND";
/// The test-only pseudo-locale (`--features pseudo-locale`), made from en.
const PSEUDO_TAG: &str = "en-XA";

/// CLDR plural rules for whole numbers, per language: the categories a
/// language's `[one]`-style variants may use, and the rule as Rust on `n: u64`
/// returning `Plural` (categories in the order tried; `other` last).
const PLURAL_RULES: &[(&str, &[(&str, &str)])] = &[
    ("en", &[("one", "n == 1")]),
    // CLDR: one: n = 1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0.
    (
        "es",
        &[("one", "n == 1"), ("many", "n != 0 && n % 1_000_000 == 0")],
    ),
];

/// A message's text with terms and message references put in place.
#[derive(Clone, Debug)]
enum Piece {
    Text(String),
    Var(String),
    Select {
        var: String,
        /// `[one]` / `[0]` keys and their pieces; the default is `other`'s.
        variants: Vec<(String, Vec<Piece>)>,
        default: Vec<Piece>,
    },
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    /// Plain text: `&'static str`.
    Text,
    /// Placeholders: a method taking them.
    Format,
    /// `-list`: one shown item per line, as many in every language.
    List,
    /// `-words`: words matched in what people type, one per line, never shown.
    Words,
}

/// Where a message's words live: above `## ON DEMAND` (the first module's
/// `Messages`) or below it (the on-demand part's `Words`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Part {
    First,
    OnDemand,
}

impl Part {
    fn of(locale: &Locale, id: &str) -> Part {
        if locale.on_demand.contains(id) {
            Part::OnDemand
        } else {
            Part::First
        }
    }

    fn side(self) -> String {
        match self {
            Part::First => format!("above '## {ON_DEMAND_MARK}'"),
            Part::OnDemand => format!("below '## {ON_DEMAND_MARK}'"),
        }
    }

    /// The generated struct of this part's messages.
    fn struct_name(self) -> &'static str {
        match self {
            Part::First => "Messages",
            Part::OnDemand => "Words",
        }
    }

    /// A language's value of that struct.
    fn constant(self) -> &'static str {
        match self {
            Part::First => "MESSAGES",
            Part::OnDemand => "WORDS",
        }
    }
}

struct Locale {
    tag: String,
    variant: String,
    file: String,
    /// By id; `order` is the file's own order (the reference's is the struct's).
    messages: BTreeMap<String, Vec<Piece>>,
    order: Vec<String>,
    /// The messages below the `## ON DEMAND` comment.
    on_demand: BTreeSet<String>,
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=catalog/components.json");
    // wasm-split reads the linker's relocations to move the on-demand part
    // into its own module (feature "split").
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-cdylib=--emit-relocs");
    }
    let dir = Path::new("locales");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| fail(&format!("locales/: {e}")))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut locales: Vec<Locale> = files.iter().map(|p| read_locale(p)).collect();
    let Some(at) = locales.iter().position(|l| l.tag == REFERENCE) else {
        fail("locales/en.ftl is missing: it is the reference language");
    };
    let reference = locales.remove(at);
    locales.insert(0, reference);
    let kinds = check(&locales);
    if std::env::var_os("CARGO_FEATURE_PSEUDO_LOCALE").is_some() {
        let pseudo = pseudo_locale(&locales[0], &kinds);
        locales.push(pseudo);
    }
    let out = std::env::var("OUT_DIR").unwrap_or_else(|e| fail(&format!("OUT_DIR: {e}")));
    let messages = generate_messages(&locales, &kinds);
    write(&Path::new(&out).join("messages.rs"), &messages);
    let languages = generate_languages(&locales) + &generate_all_words(&locales, &kinds);
    write(&Path::new(&out).join("languages.rs"), &languages);
    write(
        &Path::new(&out).join("localized.rs"),
        &generate_localized(&locales),
    );
    write(
        &Path::new(&out).join("on-demand-words.txt"),
        &on_demand_texts(&locales[0], &kinds),
    );
    // The built-in catalog as the widget carries it: without the file's
    // indentation (about 1 KB gzip of the on-demand part).
    let catalog = std::fs::read_to_string("catalog/components.json")
        .unwrap_or_else(|e| fail(&format!("catalog/components.json: {e}")));
    write(
        &Path::new(&out).join("components.min.json"),
        &minify_json(&catalog),
    );
}

/// JSON without the whitespace between tokens (strings kept as written).
fn minify_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1)
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn kind_of(id: &str, pieces: &[Piece]) -> Kind {
    if id.ends_with("-list") {
        Kind::List
    } else if id.ends_with("-words") {
        Kind::Words
    } else if pieces.iter().all(|p| matches!(p, Piece::Text(_))) {
        Kind::Text
    } else {
        Kind::Format
    }
}

fn read_locale(path: &Path) -> Locale {
    let file = path.display().to_string();
    let tag = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_else(|| fail(&format!("{file}: the file name is not a language tag")))
        .to_string();
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => {
            let list: Vec<String> = errors
                .iter()
                .map(|e| {
                    let line = source[..e.pos.start.min(source.len())].lines().count();
                    format!("{file}:{line}: {:?}", e.kind)
                })
                .collect();
            fail(&format!("Fluent syntax errors:\n{}", list.join("\n")))
        }
    };
    let mut terms = BTreeMap::new();
    let mut raw = BTreeMap::new();
    let mut order = Vec::new();
    let mut on_demand = BTreeSet::new();
    let mut below_mark = false;
    for entry in &resource.body {
        match entry {
            ast::Entry::GroupComment(c)
                if c.content
                    .first()
                    .is_some_and(|l| l.trim().starts_with(ON_DEMAND_MARK)) =>
            {
                if below_mark {
                    fail(&format!("{file}: '## {ON_DEMAND_MARK}' is written twice"));
                }
                below_mark = true;
            }
            ast::Entry::Message(m) => {
                let id = m.id.name.to_string();
                if !m.attributes.is_empty() {
                    fail(&format!(
                        "{file}: {id}: attributes are not used here; make each its own message"
                    ));
                }
                let Some(value) = &m.value else {
                    fail(&format!("{file}: {id} has no value"));
                };
                if raw.insert(id.clone(), value.clone()).is_some() {
                    fail(&format!("{file}: {id} is written twice"));
                }
                if below_mark {
                    on_demand.insert(id.clone());
                }
                order.push(id);
            }
            ast::Entry::Term(t) => {
                terms.insert(t.id.name.to_string(), t.value.clone());
            }
            ast::Entry::Junk { content } => fail(&format!("{file}: cannot read: {content}")),
            _ => {}
        }
    }
    if !below_mark {
        fail(&format!(
            "{file}: no '## {ON_DEMAND_MARK}' comment: the messages only the on-demand part \
             uses go below it, as in en.ftl"
        ));
    }
    let messages = raw
        .iter()
        .map(|(id, value)| {
            let mut seen = Vec::new();
            (
                id.clone(),
                resolve(&file, id, value, &raw, &terms, &mut seen),
            )
        })
        .collect();
    Locale {
        variant: variant_name(&tag),
        tag,
        file,
        messages,
        order,
        on_demand,
    }
}

/// `en` → `En`, `pt-BR` → `PtBr`: the `Lang` variant a file belongs to.
fn variant_name(tag: &str) -> String {
    tag.split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(c) => {
                    c.to_ascii_uppercase().to_string() + &chars.as_str().to_ascii_lowercase()
                }
                None => String::new(),
            }
        })
        .collect()
}

fn resolve(
    file: &str,
    id: &str,
    pattern: &ast::Pattern<&str>,
    messages: &BTreeMap<String, ast::Pattern<&str>>,
    terms: &BTreeMap<String, ast::Pattern<&str>>,
    seen: &mut Vec<String>,
) -> Vec<Piece> {
    let mut pieces = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(&mut pieces, value),
            ast::PatternElement::Placeable { expression } => {
                expression_pieces(file, id, expression, messages, terms, seen, &mut pieces)
            }
        }
    }
    pieces
}

fn push_text(pieces: &mut Vec<Piece>, text: &str) {
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        last.push_str(text);
    } else if !text.is_empty() {
        pieces.push(Piece::Text(text.to_string()));
    }
}

fn expression_pieces(
    file: &str,
    id: &str,
    expression: &ast::Expression<&str>,
    messages: &BTreeMap<String, ast::Pattern<&str>>,
    terms: &BTreeMap<String, ast::Pattern<&str>>,
    seen: &mut Vec<String>,
    pieces: &mut Vec<Piece>,
) {
    match expression {
        ast::Expression::Inline(inline) => {
            inline_pieces(file, id, inline, messages, terms, seen, pieces)
        }
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id: var } = selector else {
                fail(&format!(
                    "{file}: {id}: only a {{ $number }} can choose a variant"
                ));
            };
            let mut keyed = Vec::new();
            let mut default = None;
            for variant in variants {
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                let value = resolve(file, id, &variant.value, messages, terms, seen);
                if variant.default {
                    default = Some(value.clone());
                }
                if key != "other" || !variant.default {
                    keyed.push((key, value));
                }
            }
            let default =
                default.unwrap_or_else(|| fail(&format!("{file}: {id}: a select needs *[other]")));
            pieces.push(Piece::Select {
                var: var.name.to_string(),
                variants: keyed,
                default,
            });
        }
    }
}

fn inline_pieces(
    file: &str,
    id: &str,
    inline: &ast::InlineExpression<&str>,
    messages: &BTreeMap<String, ast::Pattern<&str>>,
    terms: &BTreeMap<String, ast::Pattern<&str>>,
    seen: &mut Vec<String>,
    pieces: &mut Vec<Piece>,
) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => push_text(pieces, &unescape(value)),
        ast::InlineExpression::NumberLiteral { value } => push_text(pieces, value),
        ast::InlineExpression::VariableReference { id: var } => {
            pieces.push(Piece::Var(var.name.to_string()))
        }
        ast::InlineExpression::MessageReference {
            id: other,
            attribute: None,
        } => {
            let name = other.name.to_string();
            reference(
                file,
                id,
                &name,
                messages.get(&name),
                messages,
                terms,
                seen,
                pieces,
            )
        }
        ast::InlineExpression::TermReference {
            id: term,
            attribute: None,
            arguments: None,
        } => {
            let name = format!("-{}", term.name);
            reference(
                file,
                id,
                &name,
                terms.get(term.name),
                messages,
                terms,
                seen,
                pieces,
            )
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_pieces(file, id, expression, messages, terms, seen, pieces)
        }
        _ => fail(&format!(
            "{file}: {id}: functions, attributes and term arguments are not supported"
        )),
    }
}

#[allow(clippy::too_many_arguments)]
fn reference(
    file: &str,
    id: &str,
    name: &str,
    pattern: Option<&ast::Pattern<&str>>,
    messages: &BTreeMap<String, ast::Pattern<&str>>,
    terms: &BTreeMap<String, ast::Pattern<&str>>,
    seen: &mut Vec<String>,
    pieces: &mut Vec<Piece>,
) {
    let Some(pattern) = pattern else {
        fail(&format!(
            "{file}: {id} refers to {name}, which is not in the file"
        ));
    };
    if seen.iter().any(|s| s == name) {
        fail(&format!("{file}: {id}: {name} refers to itself"));
    }
    seen.push(name.to_string());
    for piece in resolve(file, id, pattern, messages, terms, seen) {
        match piece {
            Piece::Text(text) => push_text(pieces, &text),
            other => pieces.push(other),
        }
    }
    seen.pop();
}

fn unescape(raw: &str) -> String {
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some('"' | '\\')) => out.extend(chars.next()),
            ('\\', Some('u')) => {
                chars.next();
                let hex: String = chars.by_ref().take(4).collect();
                let code = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                out.push(code.unwrap_or('\u{fffd}'));
            }
            _ => out.push(c),
        }
    }
    out
}

/// The placeholders of a message: name → chooses a variant (a number).
fn variables(pieces: &[Piece], out: &mut BTreeMap<String, bool>) {
    for piece in pieces {
        match piece {
            Piece::Text(_) => {}
            Piece::Var(v) => {
                out.entry(v.clone()).or_insert(false);
            }
            Piece::Select {
                var,
                variants,
                default,
            } => {
                out.insert(var.clone(), true);
                for (_, p) in variants {
                    variables(p, out);
                }
                variables(default, out);
            }
        }
    }
}

fn lines(pieces: &[Piece]) -> Vec<String> {
    let text: String = pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.as_str(),
            _ => "",
        })
        .collect();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn plural_rule(tag: &str) -> Option<&'static [(&'static str, &'static str)]> {
    let primary = tag.split(['-', '_']).next().unwrap_or(tag);
    PLURAL_RULES
        .iter()
        .find(|(t, _)| *t == primary)
        .map(|(_, r)| *r)
}

fn select_keys(pieces: &[Piece], out: &mut BTreeSet<String>) {
    for piece in pieces {
        if let Piece::Select {
            variants, default, ..
        } = piece
        {
            for (key, p) in variants {
                out.insert(key.clone());
                select_keys(p, out);
            }
            select_keys(default, out);
        }
    }
}

/// Every language has exactly the reference's messages, with its
/// placeholders, and lists as long; returns each message's kind.
fn check(locales: &[Locale]) -> BTreeMap<String, Kind> {
    let reference = &locales[0];
    let mut problems = Vec::new();
    let mut kinds = BTreeMap::new();
    for (id, pieces) in &reference.messages {
        let kind = kind_of(id, pieces);
        if matches!(kind, Kind::List | Kind::Words)
            && pieces.iter().any(|p| !matches!(p, Piece::Text(_)))
        {
            problems.push(format!(
                "{}: {id}: a list has no placeholders",
                reference.file
            ));
        }
        kinds.insert(id.clone(), kind);
    }
    // A struct of its own is one value: all its messages on one side.
    for (prefix, name, _) in GROUPS {
        let sides: BTreeSet<Part> = reference
            .order
            .iter()
            .filter(|id| id.starts_with(prefix))
            .map(|id| Part::of(reference, id))
            .collect();
        if sides.len() > 1 {
            problems.push(format!(
                "{}: the {prefix} messages ({name}) are on both sides of '## {ON_DEMAND_MARK}'; \
                 keep them together",
                reference.file
            ));
        }
    }
    for locale in locales {
        let Some(rule) = plural_rule(&locale.tag) else {
            problems.push(format!(
                "{}: no plural rule for '{}': add its CLDR rule to PLURAL_RULES in build.rs",
                locale.file, locale.tag
            ));
            continue;
        };
        for id in reference.messages.keys() {
            if !locale.messages.contains_key(id) {
                problems.push(format!(
                    "{}: {id} is missing (it is in {})",
                    locale.file, reference.file
                ));
            }
        }
        for (id, pieces) in &locale.messages {
            let Some(theirs) = reference.messages.get(id) else {
                problems.push(format!(
                    "{}: {id} is not in {}",
                    locale.file, reference.file
                ));
                continue;
            };
            if Part::of(locale, id) != Part::of(reference, id) {
                problems.push(format!(
                    "{}: {id} is {}; in {} it is {} (move it to the same side)",
                    locale.file,
                    Part::of(locale, id).side(),
                    reference.file,
                    Part::of(reference, id).side()
                ));
            }
            let (mut ours, mut refs) = (BTreeMap::new(), BTreeMap::new());
            variables(pieces, &mut ours);
            variables(theirs, &mut refs);
            let names = |m: &BTreeMap<String, bool>| m.keys().cloned().collect::<Vec<_>>();
            if names(&ours) != names(&refs) {
                problems.push(format!(
                    "{}: {id} has the placeholders {:?}; {} has {:?}",
                    locale.file,
                    names(&ours),
                    reference.file,
                    names(&refs)
                ));
            }
            if kinds.get(id) == Some(&Kind::List) && lines(pieces).len() != lines(theirs).len() {
                problems.push(format!(
                    "{}: {id} has {} lines; {} has {}",
                    locale.file,
                    lines(pieces).len(),
                    reference.file,
                    lines(theirs).len()
                ));
            }
            let mut keys = BTreeSet::new();
            select_keys(pieces, &mut keys);
            for key in keys {
                let known = key.parse::<u64>().is_ok() || rule.iter().any(|(c, _)| *c == key);
                if !known {
                    problems.push(format!(
                        "{}: {id}: [{key}] is not a plural category of '{}' (it has {:?} and other)",
                        locale.file,
                        locale.tag,
                        rule.iter().map(|(c, _)| *c).collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    if !problems.is_empty() {
        fail(&format!(
            "the message files disagree:\n{}",
            problems.join("\n")
        ));
    }
    kinds
}

/// The reference language's texts below `## ON DEMAND` that no message
/// above it holds (plain texts and list items of at least 16 characters),
/// one a line. scripts/build-release.sh fails when the first module holds
/// one: first-module code reached the on-demand part's `Words`.
fn on_demand_texts(reference: &Locale, kinds: &BTreeMap<String, Kind>) -> String {
    fn texts(pieces: &[Piece], out: &mut Vec<String>) {
        for piece in pieces {
            match piece {
                Piece::Text(t) => out.push(t.clone()),
                Piece::Var(_) => {}
                Piece::Select {
                    variants, default, ..
                } => {
                    for (_, p) in variants {
                        texts(p, out);
                    }
                    texts(default, out);
                }
            }
        }
    }
    let mut first = Vec::new();
    for id in &reference.order {
        if Part::of(reference, id) == Part::First {
            texts(&reference.messages[id], &mut first);
        }
    }
    let mut list = BTreeSet::new();
    for id in &reference.order {
        if Part::of(reference, id) == Part::First {
            continue;
        }
        let pieces = &reference.messages[id];
        let candidates = match kinds[id] {
            Kind::Text => vec![lines_joined(pieces)],
            Kind::List => lines(pieces),
            Kind::Format | Kind::Words => continue,
        };
        for text in candidates {
            if text.chars().count() >= 16
                && !text.contains('\n')
                && !first.iter().any(|f| f.contains(&text))
            {
                list.insert(text);
            }
        }
    }
    list.into_iter().map(|t| t + "\n").collect()
}

/// Accented English in brackets: every ASCII letter becomes another
/// character, so any text on screen not from the catalog stands out.
fn pseudo_text(text: &str) -> String {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: [char; 52] = [
        'á', 'ƀ', 'ç', 'ď', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ó', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž', 'Á', 'Ɓ', 'Ç', 'Ď', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ',
        'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ó', 'Þ', 'Ǫ', 'Ŕ', 'Š', 'Ţ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    text.chars()
        .map(|c| FROM.find(c).map_or(c, |i| TO[i]))
        .collect()
}

fn pseudo_pieces(pieces: &[Piece]) -> Vec<Piece> {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => Piece::Text(pseudo_text(t)),
            Piece::Var(v) => Piece::Var(v.clone()),
            Piece::Select {
                var,
                variants,
                default,
            } => Piece::Select {
                var: var.clone(),
                variants: variants
                    .iter()
                    .map(|(k, p)| (k.clone(), pseudo_pieces(p)))
                    .collect(),
                default: pseudo_pieces(default),
            },
        })
        .collect()
}

fn has_letters(pieces: &[Piece]) -> bool {
    pieces.iter().any(|p| match p {
        Piece::Text(t) => t.chars().any(|c| c.is_ascii_alphabetic()),
        Piece::Var(_) => false,
        Piece::Select {
            variants, default, ..
        } => has_letters(default) || variants.iter().any(|(_, p)| has_letters(p)),
    })
}

fn bracket(mut pieces: Vec<Piece>) -> Vec<Piece> {
    pieces.insert(0, Piece::Text("[".into()));
    pieces.push(Piece::Text("]".into()));
    pieces
}

fn pseudo_locale(en: &Locale, kinds: &BTreeMap<String, Kind>) -> Locale {
    let messages = en
        .messages
        .iter()
        .map(|(id, pieces)| {
            let pseudo = match kinds[id] {
                // Matched, never shown: as in English.
                Kind::Words => pieces.clone(),
                Kind::List => {
                    let items: Vec<String> = lines(pieces)
                        .iter()
                        .map(|l| format!("[{}]\n", pseudo_text(l)))
                        .collect();
                    vec![Piece::Text(items.concat())]
                }
                _ if !has_letters(pieces) => pieces.clone(),
                _ => bracket(pseudo_pieces(pieces)),
            };
            (id.clone(), pseudo)
        })
        .collect();
    Locale {
        tag: PSEUDO_TAG.into(),
        variant: "Pseudo".into(),
        file: format!("{} (pseudo-locale)", en.file),
        messages,
        order: en.order.clone(),
        on_demand: en.on_demand.clone(),
    }
}

/// The Rust name of a message: `-` → `_`; a list drops its `-list`.
fn field(id: &str) -> String {
    id.strip_suffix("-list").unwrap_or(id).replace('-', "_")
}

/// Messages that start with one of these prefixes are a struct of their
/// own (a field of `Messages` or `Words`, by the side of `## ON DEMAND`
/// they are on, all of them on one), named without the prefix: plain texts
/// and lists only. (prefix, struct, field)
const GROUPS: &[(&str, &str, &str)] = &[
    ("printout-", "PrintWords", "print"),
    ("change-", "ReviewWords", "review"),
];

fn group_of(id: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    GROUPS.iter().find(|(prefix, _, _)| id.starts_with(prefix))
}

/// The groups whose messages are in `part` (checked: all on one side).
fn groups_in(
    reference: &Locale,
    part: Part,
) -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str)> + '_ {
    GROUPS.iter().filter(move |(prefix, _, _)| {
        reference
            .order
            .iter()
            .find(|id| id.starts_with(prefix))
            .is_some_and(|id| Part::of(reference, id) == part)
    })
}

/// The messages of `part` that are fields of its struct itself (not of a
/// group), in the reference's order.
fn own_fields<'a>(reference: &'a Locale, part: Part) -> impl Iterator<Item = &'a String> + 'a {
    reference
        .order
        .iter()
        .filter(move |id| group_of(id).is_none() && Part::of(reference, id) == part)
}

fn args(pieces: &[Piece]) -> Vec<(String, bool)> {
    let mut vars = BTreeMap::new();
    variables(pieces, &mut vars);
    vars.into_iter().collect()
}

fn param_list(vars: &[(String, bool)]) -> String {
    vars.iter()
        .map(|(name, number)| {
            let ty = if *number {
                "u64"
            } else {
                "&dyn ::core::fmt::Display"
            };
            format!("{}: {ty}", field(name))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The struct of one part's messages (`Messages` or `Words`), with its
/// groups, and the methods of its messages with placeholders.
fn generate_struct(
    out: &mut String,
    reference: &Locale,
    kinds: &BTreeMap<String, Kind>,
    part: Part,
) {
    let name = part.struct_name();
    match part {
        Part::First => out.push_str(
            "/// The words the first module uses (above `## ON DEMAND` in\n/// locales/<tag>.ftl), in one language.\n",
        ),
        Part::OnDemand => out.push_str(
            "/// The words only the on-demand part uses (below `## ON DEMAND` in\n/// locales/<tag>.ftl), in one language; the first module's `Messages`\n/// of the same language through `Deref`, so the part reads any word here.\n",
        ),
    }
    writeln!(out, "#[derive(Debug)]\npub struct {name} {{").ok();
    if part == Part::OnDemand {
        out.push_str("    messages: &'static Messages,\n");
    }
    for (_, group, member) in groups_in(reference, part) {
        writeln!(out, "    pub {member}: {group},").ok();
    }
    for id in own_fields(reference, part) {
        let pieces = &reference.messages[id];
        let name = field(id);
        match kinds[id] {
            Kind::Text => writeln!(out, "    pub {name}: &'static str,"),
            Kind::List => writeln!(
                out,
                "    pub {name}: [&'static str; {}],",
                lines(pieces).len()
            ),
            // Not in the struct: a value of it keeps every field in the
            // bundle, and only some word lists are read per language.
            Kind::Words => continue,
            Kind::Format => {
                let vars = args(pieces);
                let types: Vec<&str> = vars
                    .iter()
                    .map(|(_, n)| {
                        if *n {
                            "u64"
                        } else {
                            "&dyn ::core::fmt::Display"
                        }
                    })
                    .collect();
                writeln!(out, "    {name}: fn({}) -> String,", types.join(", "))
            }
        }
        .ok();
    }
    writeln!(out, "}}\n\nimpl {name} {{").ok();
    for id in own_fields(reference, part) {
        if kinds[id] != Kind::Format {
            continue;
        }
        let vars = args(&reference.messages[id]);
        let names: Vec<String> = vars.iter().map(|(n, _)| field(n)).collect();
        let example = source_text(&reference.messages[id]);
        writeln!(
            out,
            "    /// {}\n    pub fn {name}(&self, {}) -> String {{\n        (self.{name})({})\n    }}",
            example.replace('\n', " "),
            param_list(&vars),
            names.join(", "),
            name = field(id)
        )
        .ok();
    }
    out.push_str("}\n\n");
}

fn generate_messages(locales: &[Locale], kinds: &BTreeMap<String, Kind>) -> String {
    let reference = &locales[0];
    let mut out = String::new();
    out.push_str("// Generated by build.rs from locales/*.ftl: edit those, not this.\n\n");
    for (prefix, name, _) in GROUPS {
        writeln!(
            out,
            "/// The `{prefix}` messages, in one language.\n#[derive(Debug)]\npub struct {name} {{"
        )
        .ok();
        for id in reference.order.iter().filter(|id| id.starts_with(prefix)) {
            let short = field(&id[prefix.len()..]);
            match kinds[id] {
                Kind::Text => writeln!(out, "    pub {short}: &'static str,"),
                Kind::List => writeln!(
                    out,
                    "    pub {short}: [&'static str; {}],",
                    lines(&reference.messages[id]).len()
                ),
                _ => fail(&format!(
                    "{}: {id}: {prefix} messages are plain text or lists",
                    reference.file
                )),
            }
            .ok();
        }
        out.push_str("}\n\n");
    }
    generate_struct(&mut out, reference, kinds, Part::First);
    generate_struct(&mut out, reference, kinds, Part::OnDemand);
    out.push_str("impl ::core::ops::Deref for Words {\n    type Target = Messages;\n    fn deref(&self) -> &Messages {\n        self.messages\n    }\n}\n\n");
    out.push_str("/// A plural category (CLDR), for whole numbers.\n");
    out.push_str("#[allow(dead_code)]\n#[derive(Clone, Copy, PartialEq)]\nenum Plural { One, Many, Other }\n\n");
    for locale in locales {
        generate_locale(&mut out, locale, reference, kinds);
    }
    // The release build (feature "split") keeps only the reference
    // language's words in the first module (and only its `Messages`: its
    // `Words` are reached only from the on-demand part, so wasm-split moves
    // them there): each other language's are a module of their own
    // (`split_words`), fetched from the widget's files.
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let built_in = if split { &locales[..1] } else { locales };
    let en = module(&locales[0]);
    // The one place a language is tied to its file: a `Lang` variant with
    // no file, or a file with no variant, does not compile.
    out.push_str("impl Lang {\n    /// The words the first module uses, in this language.\n    pub fn messages(self) -> &'static Messages {\n        match self {\n");
    for locale in built_in {
        writeln!(
            out,
            "            Lang::{} => &{}::MESSAGES,",
            locale.variant,
            module(locale)
        )
        .ok();
    }
    if split {
        writeln!(
            out,
            "            // Until its module is here, the reference language's words.\n            other => split_words::loaded(other).map_or(&{en}::MESSAGES, |w| w.messages),"
        )
        .ok();
    }
    out.push_str("        }\n    }\n\n");
    out.push_str("    /// Every word, in this language: the on-demand part's, and the first\n    /// module's through `Deref`. Only the on-demand part's code calls this\n    /// (in the release build, first-module code that did would keep the\n    /// reference language's `Words` in the first module: scripts/build-release.sh\n    /// fails then).\n    pub fn words(self) -> &'static Words {\n        match self {\n");
    for locale in built_in {
        writeln!(
            out,
            "            Lang::{} => &{}::WORDS,",
            locale.variant,
            module(locale)
        )
        .ok();
    }
    if split {
        writeln!(
            out,
            "            // Until its module is here, the reference language's words.\n            other => split_words::loaded(other).unwrap_or(&{en}::WORDS),"
        )
        .ok();
    }
    out.push_str("        }\n    }\n}\n\n");
    // `per_language!(lang, M => body)`: `body` once per language with `M`
    // that language's `Messages` as a constant, so a lookup such as
    // `match key { Text::Undo => M.undo, … }` compiles to a table;
    // `per_language!(lang, words M => body)` the same with its `Words`.
    out.push_str("macro_rules! per_language {\n");
    for (arm, part, accessor) in [
        ("words ", Part::OnDemand, "words"),
        ("", Part::First, "messages"),
    ] {
        writeln!(
            out,
            "    ($lang:expr, {arm}$m:ident => $body:expr) => {{\n        match $lang {{"
        )
        .ok();
        for locale in built_in {
            writeln!(
                out,
                "            Lang::{} => {{\n                const $m: &{} = &$crate::i18n::generated::{}::{};\n                $body\n            }}",
                locale.variant,
                part.struct_name(),
                module(locale),
                part.constant()
            )
            .ok();
        }
        if split {
            writeln!(
                out,
                "            other => {{\n                #[allow(non_snake_case)]\n                let $m: &{} = other.{accessor}();\n                $body\n            }}",
                part.struct_name()
            )
            .ok();
        }
        out.push_str("        }\n    };\n");
    }
    out.push_str("}\n\n");
    if split {
        generate_split_words(&mut out, locales);
    }
    out
}

/// The release build's modules of words, one per language but the
/// reference one (its `Words`, and with them its `Messages`): `load`
/// fetches a language's once (wasm-split), `loaded` has it from then on.
fn generate_split_words(out: &mut String, locales: &[Locale]) {
    out.push_str("/// Each language's words but the reference one's, a module of its own.\npub mod split_words {\n    use super::{Lang, Words};\n    use std::cell::Cell;\n\n    thread_local! {\n");
    for locale in &locales[1..] {
        writeln!(
            out,
            "        static {}: Cell<Option<&'static Words>> = const {{ Cell::new(None) }};",
            module(locale).to_uppercase()
        )
        .ok();
    }
    out.push_str("    }\n\n");
    for locale in &locales[1..] {
        writeln!(
            out,
            "    #[wasm_split_helpers::wasm_split(words_{name})]\n    fn {name}() -> &'static Words {{\n        &super::{name}::WORDS\n    }}\n",
            name = module(locale)
        )
        .ok();
    }
    out.push_str("    /// The words of `lang`, if they are here.\n    pub fn loaded(lang: Lang) -> Option<&'static Words> {\n        match lang {\n");
    writeln!(out, "            Lang::{} => None,", locales[0].variant).ok();
    for locale in &locales[1..] {
        writeln!(
            out,
            "            Lang::{} => {}.with(Cell::get),",
            locale.variant,
            module(locale).to_uppercase()
        )
        .ok();
    }
    out.push_str("        }\n    }\n\n    /// Fetches the words of `lang` once.\n    pub async fn load(lang: Lang) {\n        if loaded(lang).is_some() {\n            return;\n        }\n        match lang {\n");
    writeln!(out, "            Lang::{} => {{}}", locales[0].variant).ok();
    for locale in &locales[1..] {
        writeln!(
            out,
            "            Lang::{} => {{\n                let words = {name}().await;\n                {upper}.with(|w| w.set(Some(words)));\n            }}",
            locale.variant,
            name = module(locale),
            upper = module(locale).to_uppercase()
        )
        .ok();
    }
    out.push_str("        }\n    }\n}\n\n");
}

/// The words matched in what people type (`-words` messages), of every
/// language together: the SMART coach reads what is typed in any language.
fn generate_all_words(locales: &[Locale], kinds: &BTreeMap<String, Kind>) -> String {
    let reference = &locales[0];
    let mut out = String::new();
    out.push_str(
        "/// Matched words (`-words` messages) of every language together.\npub mod all_words {\n",
    );
    for id in &reference.order {
        if kinds[id] != Kind::Words {
            continue;
        }
        let mut all: Vec<String> = Vec::new();
        for locale in locales.iter().filter(|l| l.tag != PSEUDO_TAG) {
            for word in lines(&locale.messages[id]) {
                if !all.contains(&word) {
                    all.push(word);
                }
            }
        }
        let list: Vec<String> = all.iter().map(|w| format!("{w:?}")).collect();
        writeln!(
            out,
            "    pub const {}: &[&str] = &[{}];",
            field(id).to_uppercase(),
            list.join(", ")
        )
        .ok();
    }
    out.push_str("}\n\nimpl Lang {\n");
    // One language's own words: a function each, so the unread ones are
    // left out of the bundle.
    for id in &reference.order {
        if kinds[id] != Kind::Words {
            continue;
        }
        writeln!(out, "    /// This language's `{id}` (locales/<tag>.ftl).\n    pub fn {}(self) -> &'static [&'static str] {{\n        match self {{", field(id)).ok();
        for locale in locales {
            writeln!(
                out,
                "            Lang::{} => &[{}],",
                locale.variant,
                quoted(&lines(&locale.messages[id]))
            )
            .ok();
        }
        out.push_str("        }\n    }\n");
    }
    out.push_str("}\n");
    out
}

fn module(locale: &Locale) -> String {
    format!("locale_{}", field(&locale.tag.to_lowercase()))
}

fn generate_locale(
    out: &mut String,
    locale: &Locale,
    reference: &Locale,
    kinds: &BTreeMap<String, Kind>,
) {
    let rule = plural_rule(&locale.tag).unwrap_or(&[]);
    writeln!(out, "/// {}\npub(super) mod {} {{\n    #![allow(unused_imports)]\n    use super::*;\n    use ::core::fmt::Write as _;\n", locale.file, module(locale)).ok();
    out.push_str("    #[allow(dead_code)]\n    fn plural(n: u64) -> Plural {\n");
    for (category, test) in rule {
        let variant = if *category == "one" { "One" } else { "Many" };
        writeln!(
            out,
            "        if {test} {{\n            return Plural::{variant};\n        }}"
        )
        .ok();
    }
    out.push_str("        Plural::Other\n    }\n");
    for part in [Part::First, Part::OnDemand] {
        writeln!(
            out,
            "\n    pub const {}: {name} = {name} {{",
            part.constant(),
            name = part.struct_name()
        )
        .ok();
        if part == Part::OnDemand {
            out.push_str("        messages: &MESSAGES,\n");
        }
        for (prefix, name, member) in groups_in(reference, part) {
            writeln!(out, "        {member}: {name} {{").ok();
            for id in reference.order.iter().filter(|id| id.starts_with(prefix)) {
                let value = match kinds[id] {
                    Kind::List => format!("[{}]", quoted(&lines(&locale.messages[id]))),
                    _ => format!("{:?}", lines_joined(&locale.messages[id])),
                };
                writeln!(out, "            {}: {value},", field(&id[prefix.len()..])).ok();
            }
            out.push_str("        },\n");
        }
        for id in own_fields(reference, part) {
            let pieces = &locale.messages[id];
            let name = field(id);
            let value = match kinds[id] {
                Kind::Text => format!("{:?}", lines_joined(pieces)),
                Kind::List => format!("[{}]", quoted(&lines(pieces))),
                Kind::Words => continue,
                // The function of the same name below.
                Kind::Format => String::new(),
            };
            if value.is_empty() {
                writeln!(out, "        {name},").ok();
            } else {
                writeln!(out, "        {name}: {value},").ok();
            }
        }
        out.push_str("    };\n");
    }
    for id in &reference.order {
        if kinds[id] != Kind::Format {
            continue;
        }
        let pieces = &locale.messages[id];
        // Parameters in the reference's order (the struct's fn type).
        let vars = args(&reference.messages[id]);
        let has_select = pieces.iter().any(|p| matches!(p, Piece::Select { .. }));
        let body = if has_select {
            let mut body = String::from("        let mut s = String::new();\n");
            body_of(&mut body, pieces, 2);
            body + "        s\n"
        } else {
            // One format! per message, as hand-written code would be.
            let (template, _) = run_of(pieces);
            format!("        format!({template:?})\n")
        };
        writeln!(
            out,
            "\n    fn {}({}) -> String {{\n{body}    }}",
            field(id),
            param_list(&vars)
        )
        .ok();
    }
    out.push_str("}\n\n");
}

fn lines_joined(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.as_str(),
            _ => "",
        })
        .collect()
}

fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("{i:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Texts and placeholders as one format string (literal braces doubled,
/// placeholders by name), and whether it has any placeholder.
fn run_of(pieces: &[Piece]) -> (String, bool) {
    let mut template = String::new();
    let mut args = false;
    for piece in pieces {
        match piece {
            Piece::Text(t) => template.push_str(&t.replace('{', "{{").replace('}', "}}")),
            Piece::Var(v) => {
                template.push('{');
                template.push_str(&field(v));
                template.push('}');
                args = true;
            }
            Piece::Select { .. } => {}
        }
    }
    (template, args)
}

/// Statements that append `pieces` to `s`: one write! per run of texts and
/// placeholders, a match per plural select.
fn body_of(out: &mut String, pieces: &[Piece], depth: usize) {
    let pad = "    ".repeat(depth);
    let mut run: Vec<Piece> = Vec::new();
    let flush = |out: &mut String, run: &mut Vec<Piece>| {
        if run.is_empty() {
            return;
        }
        let (template, placeholders) = run_of(run);
        if placeholders {
            writeln!(out, "{pad}let _ = write!(s, {template:?});").ok();
        } else if template.chars().count() == 1 {
            writeln!(
                out,
                "{pad}s.push({:?});",
                template.chars().next().unwrap_or(' ')
            )
            .ok();
        } else {
            writeln!(out, "{pad}s.push_str({template:?});").ok();
        }
        run.clear();
    };
    for piece in pieces {
        match piece {
            Piece::Text(_) | Piece::Var(_) => run.push(piece.clone()),
            Piece::Select {
                var,
                variants,
                default,
            } => {
                flush(out, &mut run);
                let var = field(var);
                let (numbers, categories): (Vec<_>, Vec<_>) =
                    variants.iter().partition(|(k, _)| k.parse::<u64>().is_ok());
                let mut opened = 0;
                for (key, p) in &numbers {
                    writeln!(out, "{pad}if {var} == {key} {{").ok();
                    body_of(out, p, depth + 1);
                    writeln!(out, "{pad}}} else {{").ok();
                    opened += 1;
                }
                if categories.is_empty() {
                    body_of(out, default, depth + 1);
                } else {
                    writeln!(out, "{pad}match plural({var}) {{").ok();
                    for (key, p) in &categories {
                        let variant = if key == "one" { "One" } else { "Many" };
                        writeln!(out, "{pad}    Plural::{variant} => {{").ok();
                        body_of(out, p, depth + 2);
                        writeln!(out, "{pad}    }}").ok();
                    }
                    writeln!(out, "{pad}    _ => {{").ok();
                    body_of(out, default, depth + 2);
                    writeln!(out, "{pad}    }}\n{pad}}}").ok();
                }
                for _ in 0..opened {
                    writeln!(out, "{pad}}}").ok();
                }
            }
        }
    }
    flush(out, &mut run);
}

fn generate_languages(locales: &[Locale]) -> String {
    let mut out = String::from("// Generated by build.rs from the names of locales/*.ftl.\n\n");
    out.push_str("impl Lang {\n    /// The language's BCP 47 tag, its file's name.\n    pub fn tag(self) -> &'static str {\n        match self {\n");
    for locale in locales {
        writeln!(
            out,
            "            Lang::{} => {:?},",
            locale.variant, locale.tag
        )
        .ok();
    }
    out.push_str("        }\n    }\n}\n");
    out
}

/// The catalog's texts (catalog/components.json): a field per language, so
/// a new language's file asks the catalog for its texts too. The
/// pseudo-locale has none and shows the reference's.
fn generate_localized(locales: &[Locale]) -> String {
    let real: Vec<&Locale> = locales.iter().filter(|l| l.tag != PSEUDO_TAG).collect();
    let name = |l: &Locale| field(&l.tag.to_lowercase());
    let mut out = String::from(
        "// Generated by build.rs from the names of locales/*.ftl.\n\ncatalog_type! {\n",
    );
    out.push_str("    /// One text in every language the widget speaks.\n    #[derive(Default)]\n    pub struct Localized {\n");
    for l in &real {
        if name(l) != l.tag {
            writeln!(out, "        #[serde(rename = {:?})]", l.tag).ok();
        }
        writeln!(out, "        pub {}: String,", name(l)).ok();
    }
    out.push_str("    }\n}\n\nimpl Localized {\n    pub fn get(&self, lang: Lang) -> &str {\n        match lang {\n");
    for l in locales {
        let source = if l.tag == PSEUDO_TAG {
            name(&locales[0])
        } else {
            name(l)
        };
        writeln!(out, "            Lang::{} => &self.{source},", l.variant).ok();
    }
    out.push_str("        }\n    }\n}\n");
    out
}

/// A message as en.ftl words it, for the doc comment of its method.
fn source_text(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.clone(),
            Piece::Var(v) => format!("{{ ${v} }}"),
            Piece::Select { var, default, .. } => {
                format!("{{ ${var} -> … *[other] {} }}", source_text(default))
            }
        })
        .collect::<String>()
        .replace('\n', " ")
}
