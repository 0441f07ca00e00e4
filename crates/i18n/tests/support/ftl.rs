//! What the tests need to know of a Fluent file: its messages, their attributes, the variables
//! each part uses, a flat form of its text, and where a number is selected on without
//! `PLURAL()`.
//!
//! Shared by the parity test and the crate's own unit tests, which include this file by path,
//! so each uses only some of it.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

/// The plural categories a variant key can name.
const PLURAL_KEYS: [&str; 5] = ["zero", "one", "two", "few", "many"];

/// One message or term of a file (a term's id keeps its leading `-`).
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) id: String,
    /// The variables of each part: `""` for the value, then each attribute by name.
    pub(crate) parts: BTreeMap<String, BTreeSet<String>>,
    /// The text of each part with its placeables written as `{…}`, for comparing languages.
    pub(crate) texts: BTreeMap<String, String>,
    /// The variables a select expression chooses a plural variant on directly (`{ $n -> [few]`).
    pub(crate) plural_selectors: BTreeSet<String>,
}

/// The entries of a Fluent source, or its syntax errors with their line numbers.
pub(crate) fn scan(source: &str) -> Result<Vec<Entry>, Vec<String>> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|error| {
                let line = source[..error.pos.start.min(source.len())]
                    .lines()
                    .count()
                    .max(1);
                format!("line {line}: {:?}", error.kind)
            })
            .collect::<Vec<_>>()
    })?;
    let mut entries = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(message) => (
                message.id.name.to_string(),
                message.value.as_ref(),
                &message.attributes,
            ),
            ast::Entry::Term(term) => (
                format!("-{}", term.id.name),
                Some(&term.value),
                &term.attributes,
            ),
            ast::Entry::Junk { content } => return Err(vec![format!("junk: {content}")]),
            _ => continue,
        };
        let mut scanned = Entry {
            id,
            parts: BTreeMap::new(),
            texts: BTreeMap::new(),
            plural_selectors: BTreeSet::new(),
        };
        let parts = value
            .map(|pattern| (String::new(), pattern))
            .into_iter()
            .chain(attributes.iter().map(|a| (a.id.name.to_string(), &a.value)));
        for (part, pattern) in parts {
            let mut walk = Walk::default();
            let text = walk.pattern(pattern);
            scanned.parts.insert(part.clone(), walk.variables);
            scanned.texts.insert(part, text);
            scanned.plural_selectors.extend(walk.plural_selectors);
        }
        entries.push(scanned);
    }
    Ok(entries)
}

/// Gathers the variables and the flat text of one pattern.
#[derive(Default)]
struct Walk {
    variables: BTreeSet<String>,
    plural_selectors: BTreeSet<String>,
}

impl Walk {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) -> String {
        let mut text = String::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => text.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    text.push('{');
                    text.push_str(&self.expression(expression));
                    text.push('}');
                }
            }
        }
        text
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) -> String {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            ast::Expression::Select { selector, variants } => {
                if let ast::InlineExpression::VariableReference { id } = selector {
                    let plural = variants.iter().any(|variant| {
                        matches!(variant.key, ast::VariantKey::Identifier { name }
                            if PLURAL_KEYS.contains(&name))
                    });
                    if plural {
                        self.plural_selectors.insert(id.name.to_string());
                    }
                }
                let mut text = format!("{} ->", self.inline(selector));
                for variant in variants {
                    let key = match variant.key {
                        ast::VariantKey::Identifier { name } => name,
                        ast::VariantKey::NumberLiteral { value } => value,
                    };
                    text.push_str(&format!(" [{key}] {}", self.pattern(&variant.value)));
                }
                text
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) -> String {
        match inline {
            ast::InlineExpression::StringLiteral { value } => format!("\"{value}\""),
            ast::InlineExpression::NumberLiteral { value } => value.to_string(),
            ast::InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_string());
                format!("${}", id.name)
            }
            ast::InlineExpression::MessageReference { id, attribute } => match attribute {
                Some(attribute) => format!("{}.{}", id.name, attribute.name),
                None => id.name.to_string(),
            },
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let arguments = arguments.as_ref().map(|a| self.arguments(a));
                format!(
                    "-{}{}{}",
                    id.name,
                    attribute
                        .as_ref()
                        .map(|a| format!(".{}", a.name))
                        .unwrap_or_default(),
                    arguments.unwrap_or_default()
                )
            }
            ast::InlineExpression::FunctionReference { id, arguments } => {
                format!("{}{}", id.name, self.arguments(arguments))
            }
            ast::InlineExpression::Placeable { expression } => {
                format!("{{{}}}", self.expression(expression))
            }
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) -> String {
        let mut parts: Vec<String> = arguments
            .positional
            .iter()
            .map(|a| self.inline(a))
            .collect();
        for named in &arguments.named {
            let value = self.inline(&named.value);
            parts.push(format!("{}: {value}", named.name.name));
        }
        format!("({})", parts.join(", "))
    }
}
