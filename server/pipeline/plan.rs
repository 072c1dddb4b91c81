//! The structured outputs: the task list (TD) and the spec (RT), as the grammars in
//! models/grammars shape them.

use serde::{Deserialize, Serialize};

use crate::language::Language;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Task {
    pub name: String,
    pub description: String,
    pub inputs: String,
    pub outputs: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Signature of the wiring function (the one the requirement names, or run_pipeline).
    pub entry: String,
    pub tasks: Vec<Task>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Spec {
    pub signature: String,
    pub inputs: String,
    pub outputs: String,
    pub behaviour: String,
    pub constraints: String,
    pub libraries: String,
}

impl Spec {
    /// The one-line JSON form used in prompts and training targets.
    pub fn to_prompt_json(&self) -> String {
        python_json(&[
            ("signature", &self.signature),
            ("inputs", &self.inputs),
            ("outputs", &self.outputs),
            ("behaviour", &self.behaviour),
            ("constraints", &self.constraints),
            ("libraries", &self.libraries),
        ])
    }

    /// The function name in the signature.
    pub fn function_name(&self) -> Option<String> {
        function_name(&self.signature)
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PlanError {
    #[error("the model's output is not valid JSON: {0}")]
    Json(String),
    #[error("the task list has {0} tasks; 2 to 8 are needed")]
    TaskCount(usize),
    #[error("task name `{0}` is not an identifier")]
    BadName(String),
    #[error("the entry signature `{0}` names no function")]
    BadEntry(String),
}

pub fn parse_plan(text: &str, lang: Language) -> Result<Plan, PlanError> {
    let text = text.trim();
    let mut plan: Plan = match serde_json::from_str(text) {
        Ok(p) => p,
        Err(e) => complete_tasks_of(text).ok_or_else(|| PlanError::Json(e.to_string()))?,
    };
    if !(2..=8).contains(&plan.tasks.len()) {
        return Err(PlanError::TaskCount(plan.tasks.len()));
    }
    for t in &plan.tasks {
        if !is_identifier(&t.name) {
            return Err(PlanError::BadName(t.name.clone()));
        }
    }
    plan.entry = normalise_signature(&plan.entry, lang);
    if function_name(&plan.entry).is_none() {
        return Err(PlanError::BadEntry(plan.entry));
    }
    Ok(plan)
}

impl Plan {
    /// Renames tasks and the entry whose names are already `taken` (functions the file
    /// defines) or used twice in the plan: `name_2`, `name_3`, ... Generated code must never
    /// define a second function of a name the user's file (or the plan) already has: in
    /// Python it would silently replace the user's, in C it would not compile.
    pub fn avoid_taken_names(&mut self, taken: &[String]) {
        let mut used: std::collections::HashSet<String> =
            taken.iter().filter_map(|t| function_name(t).or_else(|| is_identifier(t).then(|| t.clone()))).collect();
        let mut fresh = |name: &str| -> String {
            let mut candidate = name.to_string();
            let mut n = 2;
            while used.contains(&candidate) {
                candidate = format!("{name}_{n}");
                n += 1;
            }
            used.insert(candidate.clone());
            candidate
        };
        // The entry first: its name is the one the requirement (and whoever calls the code)
        // uses, so a task the model named like it is the one renamed.
        if let Some(name) = function_name(&self.entry) {
            let new = fresh(&name);
            if new != name {
                self.entry = self.entry.replacen(&format!("{name}("), &format!("{new}("), 1);
            }
        }
        for t in &mut self.tasks {
            t.name = fresh(&t.name);
        }
    }
}

/// A task list cut off by the token limit (the grammar guarantees its shape up to the cut):
/// keep the tasks that were finished.
fn complete_tasks_of(text: &str) -> Option<Plan> {
    const NEXT: &str = "}, {\"name\": ";
    let mut ends: Vec<usize> = text.match_indices(NEXT).map(|(i, _)| i + 1).collect();
    ends.reverse();
    ends.into_iter().find_map(|end| serde_json::from_str(&format!("{}]}}", &text[..end])).ok())
}

pub fn parse_spec(text: &str, lang: Language) -> Result<Spec, PlanError> {
    let text = text.trim();
    let mut spec: Spec = match serde_json::from_str(text) {
        Ok(s) => s,
        Err(e) => complete_spec_of(text).ok_or_else(|| PlanError::Json(e.to_string()))?,
    };
    spec.signature = normalise_signature(&spec.signature, lang);
    Ok(spec)
}

/// The spec keys in the order the grammar writes them.
const SPEC_KEYS: [&str; 6] = ["signature", "inputs", "outputs", "behaviour", "constraints", "libraries"];

/// A spec cut off by the token limit (the grammar guarantees its shape up to the cut): keep
/// the fields that were finished and leave the rest empty. The signature must be complete —
/// without it there is nothing to implement.
fn complete_spec_of(text: &str) -> Option<Spec> {
    let end = SPEC_KEYS[1..]
        .iter()
        // No space after the colon: the caller trims, so a cut right after it ends with `:`.
        .filter_map(|k| text.find(&format!("\", \"{k}\":")).map(|i| i + 1))
        .max()?;
    let mut fixed = text[..end].to_string();
    for k in SPEC_KEYS {
        if !fixed.contains(&format!("\"{k}\": ")) {
            fixed.push_str(&format!(", \"{k}\": \"\""));
        }
    }
    fixed.push('}');
    serde_json::from_str(&fixed).ok()
}

/// Canonical signatures, as the training data writes them: Python `name(args)` (no `def`,
/// no colon — stubs add the `def`), C the prototype without `;`.
pub fn normalise_signature(sig: &str, lang: Language) -> String {
    let s = sig.trim().trim_end_matches([':', ';', '{']).trim();
    match lang {
        Language::Python => s.strip_prefix("def ").unwrap_or(s).trim().to_string(),
        Language::C => s.to_string(),
    }
}

/// The identifier just before the first `(`.
pub fn function_name(sig: &str) -> Option<String> {
    let head = &sig[..sig.find('(')?];
    let name: String = head
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    is_identifier(&name).then_some(name)
}

pub fn is_identifier(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some(f) if f.is_ascii_alphabetic() || f == '_')
        && c.all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
        // As long as the task grammar lets a signature's head be (80 characters).
        && s.len() <= 80
}

/// JSON with Python's `json.dumps` separators (", " and ": ") and ASCII escapes, so prompts
/// match the training targets byte for byte.
pub fn python_json(fields: &[(&str, &str)]) -> String {
    let mut out = String::from("{");
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&json_str(k));
        out.push_str(": ");
        out.push_str(&json_str(v));
    }
    out.push('}');
    out
}

pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_parses_and_normalises_entry() {
        let p = parse_plan(
            r#"{"entry": "estimate_heart_rate(samples, fs):", "tasks": [{"name": "a", "description": "d", "inputs": "i", "outputs": "o"}, {"name": "b_2", "description": "d", "inputs": "i", "outputs": "o"}]}"#,
            Language::Python,
        )
        .unwrap();
        assert_eq!(p.entry, "estimate_heart_rate(samples, fs)");
        assert_eq!(function_name(&p.entry).as_deref(), Some("estimate_heart_rate"));
    }

    #[test]
    fn a_plan_cut_by_the_token_limit_keeps_its_finished_tasks() {
        let cut = r#"{"entry": "f(x)", "tasks": [{"name": "a", "description": "d", "inputs": "i", "outputs": "o"}, {"name": "b", "description": "d", "inputs": "i", "outputs": "o"}, {"name": "c", "description": "half a sen"#;
        let p = parse_plan(cut, Language::Python).unwrap();
        assert_eq!(p.tasks.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        // One finished task is not a plan.
        let one = r#"{"entry": "f(x)", "tasks": [{"name": "a", "description": "d", "inputs": "i", "outputs": "o"}, {"name": "b", "descr"#;
        assert_eq!(parse_plan(one, Language::Python), Err(PlanError::TaskCount(1)));
    }

    #[test]
    fn names_the_file_or_the_plan_already_uses_are_made_unique() {
        let text = r#"{"entry": "int existing(int x)", "tasks": [{"name": "filter", "description": "d", "inputs": "i", "outputs": "o"}, {"name": "filter", "description": "d", "inputs": "i", "outputs": "o"}, {"name": "existing_2", "description": "d", "inputs": "i", "outputs": "o"}]}"#;
        let mut plan = parse_plan(text, Language::C).unwrap();
        plan.avoid_taken_names(&["int existing(void)".into(), "main".into()]);
        let names: Vec<&str> = plan.tasks.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["filter", "filter_2", "existing_2_2"]);
        assert_eq!(plan.entry, "int existing_2(int x)");
    }

    #[test]
    fn a_task_named_like_the_entry_is_renamed_not_the_entry() {
        // The requirement (and the judge, or the user's caller) names detect_fall: it stays.
        let text = r#"{"entry": "detect_fall(acc, fs)", "tasks": [{"name": "magnitude", "description": "d", "inputs": "i", "outputs": "o"}, {"name": "detect_fall", "description": "d", "inputs": "i", "outputs": "o"}]}"#;
        let mut plan = parse_plan(text, Language::Python).unwrap();
        plan.avoid_taken_names(&[]);
        assert_eq!(plan.entry, "detect_fall(acc, fs)");
        assert_eq!(plan.tasks.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["magnitude", "detect_fall_2"]);
    }

    #[test]
    fn a_spec_cut_by_the_token_limit_keeps_its_finished_fields() {
        let cut = r#"{"signature": "smooth(x, k)", "inputs": "x: list", "outputs": "list", "behaviour": "moving av"#;
        let spec = parse_spec(cut, Language::Python).unwrap();
        assert_eq!((spec.signature.as_str(), spec.inputs.as_str(), spec.outputs.as_str()), ("smooth(x, k)", "x: list", "list"));
        assert_eq!((spec.behaviour.as_str(), spec.libraries.as_str()), ("", ""));
        let only_signature = parse_spec(r#"{"signature": "smooth(x)", "inputs": "x: li"#, Language::Python).unwrap();
        assert_eq!((only_signature.signature.as_str(), only_signature.inputs.as_str()), ("smooth(x)", ""));
        let cut_after_the_key = parse_spec("{\"signature\": \"smooth(x)\", \"inputs\": ", Language::Python).unwrap();
        assert_eq!(cut_after_the_key.signature, "smooth(x)");
        // Cut inside the signature: nothing to implement.
        assert!(parse_spec(r#"{"signature": "smooth(x, "#, Language::Python).is_err());
    }

    #[test]
    fn plan_with_one_task_is_rejected() {
        let e = parse_plan(r#"{"entry": "f()", "tasks": [{"name": "a", "description": "", "inputs": "", "outputs": ""}]}"#, Language::C);
        assert_eq!(e, Err(PlanError::TaskCount(1)));
    }

    #[test]
    fn c_function_name_skips_pointer_return_types() {
        assert_eq!(function_name("const char *parse_nmea(const char *line)").as_deref(), Some("parse_nmea"));
        assert_eq!(function_name("no parens"), None);
    }

    #[test]
    fn json_matches_python_dumps() {
        assert_eq!(python_json(&[("a", "µ \"x\"\n")]), r#"{"a": "\u00b5 \"x\"\n"}"#);
    }
}
