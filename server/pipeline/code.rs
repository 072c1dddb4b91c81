//! Generated code, read with tree-sitter: split imports from definitions, find syntax errors
//! and the functions it defines, and cut a truncated output back to its complete part.

use tree_sitter::{Node, Parser, Tree};

use crate::language::Language;

/// What the guard learned about a piece of generated code.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    pub imports: Vec<String>,
    /// Everything else, in order, as source text.
    pub body: String,
    pub functions: Vec<String>,
    /// Top-level items other than imports: (function name if a function, source text).
    pub items: Vec<(Option<String>, String)>,
    /// Human-readable problems ("syntax error at line 3", ...). Empty = clean.
    pub errors: Vec<String>,
}

fn parse(src: &str, lang: Language) -> Tree {
    let mut parser = Parser::new();
    parser.set_language(&lang.tree_sitter()).expect("grammar version matches tree-sitter");
    parser.parse(src, None).expect("parsing without a timeout always yields a tree")
}

fn is_import(node: Node, lang: Language) -> bool {
    match lang {
        Language::Python => matches!(node.kind(), "import_statement" | "import_from_statement" | "future_import_statement"),
        Language::C => node.kind() == "preproc_include",
    }
}

fn function_name(node: Node, src: &str, lang: Language) -> Option<String> {
    match (lang, node.kind()) {
        (Language::Python, "function_definition") => node.child_by_field_name("name").map(|n| src[n.byte_range()].to_string()),
        (Language::Python, "decorated_definition") => node.child_by_field_name("definition").and_then(|d| function_name(d, src, lang)),
        (Language::C, "function_definition") => {
            let mut d = node.child_by_field_name("declarator")?;
            // Unwrap pointer declarators (`char *f(...)`) down to the function declarator.
            while d.kind() != "function_declarator" {
                d = d.child_by_field_name("declarator")?;
            }
            let name = d.child_by_field_name("declarator")?;
            Some(src[name.byte_range()].to_string())
        }
        _ => None,
    }
}

fn first_error(node: Node) -> Option<Node> {
    if node.is_error() || node.is_missing() {
        return Some(node);
    }
    if !node.has_error() {
        return None;
    }
    let mut cursor = node.walk();
    let found = node.children(&mut cursor).find_map(first_error);
    found.or(Some(node))
}

fn runs_on_import(node: Node, lang: Language) -> bool {
    lang == Language::Python && node.kind() == "expression_statement" && {
        // Docstrings and constants are fine; calls, prints and the like are not.
        let mut c = node.walk();
        let r = node.children(&mut c).any(|ch| !matches!(ch.kind(), "string" | "assignment" | "augmented_assignment" | "comment"));
        r
    }
}

pub fn analyse(src: &str, lang: Language) -> Analysis {
    let tree = parse(src, lang);
    let root = tree.root_node();
    let mut a = Analysis::default();
    let mut body_parts = Vec::new();
    let mut cursor = root.walk();
    for node in root.children(&mut cursor) {
        let text = &src[node.byte_range()];
        if is_import(node, lang) && !node.has_error() {
            a.imports.push(text.trim_end().to_string());
            continue;
        }
        let name = function_name(node, src, lang);
        if let Some(name) = &name {
            a.functions.push(name.clone());
        }
        if runs_on_import(node, lang) {
            // Top-level calls in a library module run on import (and crash judges): drop.
            continue;
        }
        body_parts.push(text.trim_end().to_string());
        a.items.push((name, text.trim_end().to_string()));
    }
    a.body = body_parts.join("\n\n");
    if let Some(err) = first_error(root) {
        let line = err.start_position().row + 1;
        let what = if err.is_missing() { format!("missing `{}`", err.kind()) } else { "syntax error".to_string() };
        a.errors.push(format!("{what} at line {line}"));
    }
    a
}

/// Keeps the leading top-level nodes that parse cleanly: a completion cut off by the token
/// limit still yields its finished functions.
pub fn complete_prefix(src: &str, lang: Language) -> String {
    let tree = parse(src, lang);
    let root = tree.root_node();
    let mut end = 0;
    let mut cursor = root.walk();
    for node in root.children(&mut cursor) {
        if node.has_error() || node.is_error() || node.is_missing() {
            break;
        }
        end = node.end_byte();
    }
    src[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_imports_and_functions_are_separated() {
        let a = analyse("import numpy as np\n\ndef f(x):\n    return np.mean(x)\n", Language::Python);
        assert_eq!(a.imports, vec!["import numpy as np"]);
        assert_eq!(a.functions, vec!["f"]);
        assert!(a.errors.is_empty());
    }

    #[test]
    fn c_pointer_function_name_is_found_and_errors_reported() {
        let a = analyse("#include <stdint.h>\nchar *f(int x) { return 0; }\nint g( {\n", Language::C);
        assert_eq!(a.imports, vec!["#include <stdint.h>"]);
        assert_eq!(a.functions.first().map(String::as_str), Some("f"));
        assert_eq!(a.errors.len(), 1);
    }

    #[test]
    fn truncated_output_keeps_complete_functions() {
        let src = "def a():\n    return 1\n\ndef b(:\n    ret";
        assert_eq!(complete_prefix(src, Language::Python), "def a():\n    return 1");
    }
}
