//! Putting generated pieces together: imports merged without duplicates at the top, task
//! functions in order, the entry function last.

use std::sync::LazyLock;

use regex::Regex;

use crate::language::Language;

/// The C standard headers a module needs by what its code names (types, macros, calls);
/// a generated function often uses `uint8_t` or `sqrtf` without including the header.
/// The guard's compile check (c_check.rs) assumes these headers, so this keeps the module
/// the judge or the user compiles equal to what was checked.
pub fn c_standard_includes(code: &str) -> Vec<String> {
    static NEEDS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
        [
            ("stdint.h", r"\b(u?int(8|16|32|64)_t|u?int_(fast|least)(8|16|32|64)_t|U?INT(8|16|32|64)_(MAX|MIN)|UINT(8|16|32|64)_MAX|uintptr_t)\b"),
            ("stddef.h", r"\b(size_t|ptrdiff_t|NULL|offsetof)\b"),
            ("stdbool.h", r"\b(bool|true|false)\b"),
            ("string.h", r"\b(mem(cpy|set|move|cmp|chr)|str(len|n?cmp|n?cpy|n?cat|chr|rchr|str|tok))\s*\("),
            ("math.h", r"\b((sqrt|fabs|atan2|atan|asin|acos|sin|cos|tan|exp|log|log10|log2|pow|floor|ceil|round|lround|fmin|fmax|fmod|hypot|trunc)f?\s*\(|M_PI|NAN|INFINITY|isnan|isinf)"),
            ("stdlib.h", r"\b(abs|labs|llabs|atoi|atol|strtol|strtoul|strtod|qsort|bsearch)\s*\("),
            ("stdio.h", r"\b(s?n?printf|puts|putchar)\s*\("),
        ]
        .into_iter()
        .map(|(h, re)| (h, Regex::new(re).expect("valid header pattern")))
        .collect()
    });
    NEEDS.iter().filter(|(_, re)| re.is_match(code)).map(|(h, _)| format!("#include <{h}>")).collect()
}

/// A module's imports: the generated ones merged, plus (C) the standard headers `code` names.
pub fn module_imports<'a>(lang: Language, imports: impl IntoIterator<Item = &'a String>, code: &str) -> Vec<String> {
    let mut all: Vec<String> = imports.into_iter().cloned().collect();
    if lang == Language::C {
        all.extend(c_standard_includes(code));
    }
    merge_imports(&all)
}

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
    fn c_headers_follow_what_the_code_names() {
        let code = "uint8_t f(const uint8_t *p, size_t n) { bool ok = true; return (uint8_t)sqrtf((float)n) + p[0] + ok; }\n/* memcpy is not called */";
        assert_eq!(c_standard_includes(code), vec!["#include <stdint.h>", "#include <stddef.h>", "#include <stdbool.h>", "#include <math.h>"]);
        assert!(c_standard_includes("int g(int x) { return x * 2; }").is_empty());
        assert_eq!(c_standard_includes("int h(int x) { return abs(x); }"), vec!["#include <stdlib.h>"]);
    }

    #[test]
    fn c_module_layout() {
        let m = module(Language::C, &["#include <math.h>".into()], &["int a(void) { return 1; }".into(), "int b(void) { return a(); }\n".into()]);
        assert_eq!(m, "#include <math.h>\n\nint a(void) { return 1; }\n\nint b(void) { return a(); }\n");
    }
}
