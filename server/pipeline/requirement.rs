//! Finding a requirement in a whole file, for the CLI (`gpiot generate FILE`). The language
//! server uses the tree-sitter queries in `syntax` instead, which also track edits.

use crate::language::Language;

use super::code;
use super::FileContext;

/// The first comment block whose text starts with `Requirement:` or `@iot`, without comment
/// markers, lines joined by `\n`.
pub fn find_in_source(source: &str, lang: Language) -> Option<String> {
    let mut block: Vec<String> = Vec::new();
    let mut in_c_block = false;
    let flush = |block: &mut Vec<String>| -> Option<String> {
        let text = block.join("\n").trim().to_string();
        block.clear();
        let first = text.lines().next().unwrap_or("").trim_start();
        (first.starts_with("Requirement:") || first.starts_with("@iot")).then_some(text)
    };
    for line in source.lines() {
        let t = line.trim();
        let content = match lang {
            Language::Python => t.strip_prefix('#').map(|c| c.strip_prefix(' ').unwrap_or(c).to_string()),
            Language::C if in_c_block => {
                let (body, end) = match t.find("*/") {
                    Some(i) => (&t[..i], true),
                    None => (t, false),
                };
                in_c_block = !end;
                Some(body.trim_start_matches('*').trim().to_string())
            }
            Language::C => {
                if let Some(c) = t.strip_prefix("//") {
                    Some(c.trim().to_string())
                } else if let Some(c) = t.strip_prefix("/*") {
                    let (body, end) = match c.find("*/") {
                        Some(i) => (&c[..i], true),
                        None => (c, false),
                    };
                    in_c_block = !end;
                    Some(body.trim_start_matches('*').trim().to_string())
                } else {
                    None
                }
            }
        };
        match content {
            Some(c) => block.push(c),
            None => {
                if let Some(found) = flush(&mut block) {
                    return Some(found);
                }
            }
        }
    }
    flush(&mut block)
}

/// Imports and function names already in the file.
pub fn file_context(source: &str, lang: Language) -> FileContext {
    let a = code::analyse(source, lang);
    FileContext { imports: a.imports, functions: a.functions }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_requirement_block() {
        let src = "import numpy as np\n# not this\n\n# Requirement: read PPG at 50 Hz\n# and report HR.\nx = 1\n";
        assert_eq!(find_in_source(src, Language::Python).as_deref(), Some("Requirement: read PPG at 50 Hz\nand report HR."));
    }

    #[test]
    fn c_block_comment_requirement() {
        let src = "#include <stdint.h>\n/* @iot debounce a button\n * sampled every 5 ms\n */\nint x;\n";
        assert_eq!(find_in_source(src, Language::C).as_deref(), Some("@iot debounce a button\nsampled every 5 ms"));
    }
}
