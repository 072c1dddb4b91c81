//! Putting generated pieces together: imports merged without duplicates at the top, task
//! functions in order, the entry function last.

use crate::language::Language;

/// Merges import lines, keeping first-seen order and dropping exact duplicates (after
/// whitespace normalisation). `from __future__` imports go first, as Python requires.
pub fn merge_imports<'a>(groups: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<String> = Vec::new();
    for line in groups {
        let key = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !key.is_empty() && seen.insert(key) {
            out.push(line.trim().to_string());
        }
    }
    out.sort_by_key(|l| !l.starts_with("from __future__"));
    out
}

/// The module text: imports, then the definitions.
pub fn module(lang: Language, imports: &[String], parts: &[String]) -> String {
    let sep = match lang {
        Language::Python => "\n\n\n",
        Language::C => "\n\n",
    };
    let mut out = String::new();
    if !imports.is_empty() {
        out.push_str(&imports.join("\n"));
        out.push_str(sep);
    }
    let body: Vec<&str> = parts.iter().map(|p| p.trim_end()).filter(|p| !p.is_empty()).collect();
    out.push_str(&body.join(sep));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imports_are_deduplicated_in_order() {
        let v: Vec<String> = ["import numpy as np", "from scipy import signal", "import  numpy as np", "from __future__ import annotations"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            merge_imports(&v),
            vec!["from __future__ import annotations", "import numpy as np", "from scipy import signal"]
        );
    }

    #[test]
    fn c_module_layout() {
        let m = module(Language::C, &["#include <math.h>".into()], &["int a(void) { return 1; }".into(), "int b(void) { return a(); }\n".into()]);
        assert_eq!(m, "#include <math.h>\n\nint a(void) { return 1; }\n\nint b(void) { return a(); }\n");
    }
}
