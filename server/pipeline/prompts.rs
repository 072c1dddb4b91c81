//! Prompt templates (models/prompts, embedded at build time) and their rendering.
//! Syntax: `{{name}}` placeholders only — see models/README.md. The training scripts render
//! the same files with the same rules.

use crate::language::Language;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Td,
    Rt,
    Cg,
    Direct,
    /// The requirement's stated examples and rules as executable checks.
    Checks,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Td => "td",
            Role::Rt => "rt",
            Role::Cg => "cg",
            Role::Direct => "direct",
            Role::Checks => "checks",
        }
    }
}

/// The plain completion template of a role (base models).
pub fn template(role: Role, lang: Language) -> &'static str {
    use Language::*;
    use Role::*;
    match (role, lang) {
        (Td, Python) => include_str!("../../models/prompts/td.python.txt"),
        (Td, C) => include_str!("../../models/prompts/td.c.txt"),
        (Rt, Python) => include_str!("../../models/prompts/rt.python.txt"),
        (Rt, C) => include_str!("../../models/prompts/rt.c.txt"),
        (Cg, Python) => include_str!("../../models/prompts/cg.python.txt"),
        (Cg, C) => include_str!("../../models/prompts/cg.c.txt"),
        (Direct, Python) => include_str!("../../models/prompts/direct.python.txt"),
        (Direct, C) => include_str!("../../models/prompts/direct.c.txt"),
        (Checks, Python) => include_str!("../../models/prompts/checks.python.txt"),
        (Checks, C) => include_str!("../../models/prompts/checks.c.txt"),
    }
}

/// The chat template of a role (instruct models): `<<system>>`, `<<user>>` and optionally
/// `<<assistant>>` sections, each on a line of its own; the assistant section is the start of
/// the reply the model continues.
pub fn chat_template(role: Role, lang: Language) -> &'static str {
    use Language::*;
    use Role::*;
    match (role, lang) {
        (Td, Python) => include_str!("../../models/prompts/chat/td.python.txt"),
        (Td, C) => include_str!("../../models/prompts/chat/td.c.txt"),
        (Rt, Python) => include_str!("../../models/prompts/chat/rt.python.txt"),
        (Rt, C) => include_str!("../../models/prompts/chat/rt.c.txt"),
        (Cg, Python) => include_str!("../../models/prompts/chat/cg.python.txt"),
        (Cg, C) => include_str!("../../models/prompts/chat/cg.c.txt"),
        (Direct, Python) => include_str!("../../models/prompts/chat/direct.python.txt"),
        (Direct, C) => include_str!("../../models/prompts/chat/direct.c.txt"),
        (Checks, Python) => include_str!("../../models/prompts/chat/checks.python.txt"),
        (Checks, C) => include_str!("../../models/prompts/chat/checks.c.txt"),
    }
}

/// The repair turn (chat only): the failing check and what it printed, after the code.
pub fn render_repair(lang: Language, vars: &[(&str, &str)]) -> Result<Prompt, RenderError> {
    let source = match lang {
        Language::Python => include_str!("../../models/prompts/chat/repair.python.txt"),
        Language::C => include_str!("../../models/prompts/chat/repair.c.txt"),
    };
    Ok(split_chat(&render(source, vars)?))
}

/// A rendered prompt in either format.
#[derive(Clone, Debug, PartialEq)]
pub struct Prompt {
    /// (role, content) messages; empty for a completion prompt.
    pub messages: Vec<(String, String)>,
    /// The completion prompt, or the start of the assistant's reply.
    pub text: String,
}

/// Renders a role's prompt in `format`. `vars` must match the template's placeholders
/// exactly (see [`render`]); `optional` values are used when the template has them (the chat
/// prompts show the requirement to CG; the completion prompts, as trained, do not).
pub fn render_prompt(
    role: Role,
    lang: Language,
    format: crate::models::manifest::PromptFormat,
    vars: &[(&str, &str)],
    optional: &[(&str, &str)],
) -> Result<Prompt, RenderError> {
    use crate::models::manifest::PromptFormat;
    let source = match format {
        PromptFormat::Completion => template(role, lang),
        PromptFormat::Chat => chat_template(role, lang),
    };
    let mut all: Vec<(&str, &str)> = vars.to_vec();
    all.extend(optional.iter().filter(|(k, _)| source.contains(&format!("{{{{{k}}}}}"))));
    let rendered = render(source, &all)?;
    Ok(match format {
        PromptFormat::Completion => Prompt { messages: Vec::new(), text: rendered },
        PromptFormat::Chat => split_chat(&rendered),
    })
}

/// Splits a rendered chat template into its messages and the assistant's reply start: the
/// sections in order (an assistant section followed by another section is a worked example's
/// answer), the last one, when it is the assistant's, being the start of the reply.
fn split_chat(text: &str) -> Prompt {
    let mut sections: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        let marker = match line.trim_end() {
            "<<system>>" => Some("system"),
            "<<user>>" => Some("user"),
            "<<assistant>>" => Some("assistant"),
            _ => None,
        };
        match (marker, sections.last_mut()) {
            (Some(role), _) => sections.push((role.to_string(), String::new())),
            (None, Some((_, content))) => content.push_str(line),
            (None, None) => {} // text before the first marker: the template's comment
        }
    }
    let reply = match sections.last() {
        Some((role, _)) if role == "assistant" => sections.pop().map(|(_, c)| c).unwrap_or_default(),
        _ => String::new(),
    };
    let messages = sections.into_iter().map(|(role, content)| (role, content.trim_end().to_string())).collect();
    Prompt { messages, text: reply }
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum RenderError {
    #[error("template needs `{{{{{0}}}}}` but no value was given")]
    Missing(String),
    #[error("value `{0}` given but the template has no `{{{{{0}}}}}`")]
    Unused(String),
}

/// Replaces every `{{name}}` with its value. Every placeholder must have a value and every
/// value must be used, so templates and callers cannot drift apart silently.
pub fn render(template: &str, vars: &[(&str, &str)]) -> Result<String, RenderError> {
    let mut out = String::with_capacity(template.len() + 256);
    let mut used = vec![false; vars.len()];
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start + 2..].find("}}") else { break };
        let name = &rest[start + 2..start + 2 + len];
        let idx = vars.iter().position(|(k, _)| *k == name).ok_or_else(|| RenderError::Missing(name.to_string()))?;
        used[idx] = true;
        out.push_str(&rest[..start]);
        out.push_str(vars[idx].1);
        rest = &rest[start + 2 + len + 2..];
    }
    out.push_str(rest);
    if let Some(i) = used.iter().position(|u| !u) {
        return Err(RenderError::Unused(vars[i].0.to_string()));
    }
    Ok(out)
}

/// Per-role settings from models/prompts/roles.toml.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct RoleSettings {
    pub grammar: Option<String>,
    pub stop: Vec<String>,
    pub max_tokens: u32,
}

#[derive(Clone, Debug, serde::Deserialize)]
pub struct Roles {
    pub td: RoleSettings,
    pub rt: RoleSettings,
    pub cg: RoleSettings,
    pub direct: RoleSettings,
    pub checks: RoleSettings,
}

impl Roles {
    pub fn embedded() -> Roles {
        toml::from_str(include_str!("../../models/prompts/roles.toml")).expect("roles.toml is valid (checked by tests)")
    }

    pub fn get(&self, role: Role) -> &RoleSettings {
        match role {
            Role::Td => &self.td,
            Role::Rt => &self.rt,
            Role::Cg => &self.cg,
            Role::Direct => &self.direct,
            Role::Checks => &self.checks,
        }
    }
}

pub fn grammar(file: &str) -> Option<&'static str> {
    match file {
        "tasks.gbnf" => Some(include_str!("../../models/grammars/tasks.gbnf")),
        "spec.gbnf" => Some(include_str!("../../models/grammars/spec.gbnf")),
        "checks.gbnf" => Some(include_str!("../../models/grammars/checks.gbnf")),
        _ => None,
    }
}

/// `grammar` with the rule `name` given a new `body`. The grammar files define every rule on
/// one line (`name ::= ...`); `None` when there is no such rule.
pub fn with_rule(grammar: &str, name: &str, body: &str) -> Option<String> {
    let mut found = false;
    let lines: Vec<String> = grammar
        .lines()
        .map(|l| match l.split_once("::=") {
            Some((head, _)) if head.trim() == name => {
                found = true;
                format!("{name} ::= {body}")
            }
            _ => l.to_string(),
        })
        .collect();
    found.then(|| lines.join("\n") + "\n")
}

/// A GBNF literal that matches exactly `text`.
pub fn gbnf_literal(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn a_rule_can_be_pinned_to_a_literal() {
        let g = grammar("tasks.gbnf").unwrap();
        let sig = serde_json::to_string("uint8_t crc8(const uint8_t *data, size_t len)").unwrap();
        let pinned = with_rule(g, "sig", &gbnf_literal(&sig)).unwrap();
        assert!(pinned.contains(r#"sig ::= "\"uint8_t crc8(const uint8_t *data, size_t len)\"""#), "{pinned}");
        assert_eq!(pinned.lines().filter(|l| l.contains("::=")).count(), g.lines().filter(|l| l.contains("::=")).count());
        assert!(with_rule(g, "nope", "\"x\"").is_none());
        assert_eq!(gbnf_literal("a\"b\\c\n"), r#""a\"b\\c\n""#);
    }

    #[test]
    fn render_replaces_placeholders_verbatim() {
        assert_eq!(render("a {{x}} b {{y}}{{x}}", &[("x", "1"), ("y", "{{z}}")]).unwrap(), "a 1 b {{z}}1");
    }

    #[test]
    fn render_rejects_missing_and_unused_values() {
        assert_eq!(render("{{x}}", &[]), Err(RenderError::Missing("x".into())));
        assert_eq!(render("x", &[("y", "1")]), Err(RenderError::Unused("y".into())));
    }

    #[test]
    fn roles_and_grammars_are_consistent() {
        let roles = Roles::embedded();
        for r in [Role::Td, Role::Rt, Role::Cg, Role::Direct, Role::Checks] {
            if let Some(g) = &roles.get(r).grammar {
                assert!(grammar(g).is_some(), "{g} is embedded");
            }
        }
    }

    #[test]
    fn chat_prompts_have_system_and_user_messages_and_code_replies_open_a_block() {
        use crate::models::manifest::PromptFormat;
        for lang in [Language::Python, Language::C] {
            let req = ("requirement", "Requirement: report the heart rate.");
            let td = render_prompt(Role::Td, lang, PromptFormat::Chat, &[("context", "none"), req], &[]).unwrap();
            let roles: Vec<&str> = td.messages.iter().map(|(r, _)| r.as_str()).collect();
            assert_eq!(roles, ["system", "user"], "{td:?}");
            assert!(td.messages[1].1.contains("Requirement: report the heart rate."));
            assert_eq!(td.text, "", "the grammar starts the reply");
            let sig = ("signature", "int band_pass(int x)");
            let cg = render_prompt(Role::Cg, lang, PromptFormat::Chat, &[("helpers", "none"), ("spec", "{}")], &[req, sig]).unwrap();
            assert!(cg.messages[1].1.contains("report the heart rate"), "CG sees the requirement: {cg:?}");
            assert!(cg.messages[1].1.contains("this one function, `int band_pass(int x)`"), "CG is told which function to write: {cg:?}");
            let fence = format!("```{}\n", if lang == Language::Python { "python" } else { "c" });
            assert_eq!(cg.text, fence);
            let plain = render_prompt(Role::Cg, lang, PromptFormat::Completion, &[("helpers", "none"), ("spec", "{}")], &[req, sig]).unwrap();
            assert!(plain.messages.is_empty() && !plain.text.contains("heart rate") && !plain.text.contains("band_pass"), "the trained format is unchanged");
        }
    }

    #[test]
    fn td_python_prompt_snapshot() {
        let p = render(
            template(Role::Td, Language::Python),
            &[("context", "imports: numpy"), ("requirement", "Requirement: report the heart rate.")],
        )
        .unwrap();
        expect![[r#"
            ### GPIoT task decomposition
            ### Language: python
            ### Context:
            imports: numpy
            ### Requirement:
            Requirement: report the heart rate.
            ### Tasks:
        "#]]
        .assert_eq(&p);
    }

    #[test]
    fn cg_c_prompt_snapshot() {
        let p = render(
            template(Role::Cg, Language::C),
            &[("helpers", "none"), ("spec", "{\"signature\": \"int f(void)\"}")],
        )
        .unwrap();
        expect![[r#"
            ### GPIoT code generation
            ### Language: c
            ### Helpers:
            none
            ### Spec:
            {"signature": "int f(void)"}
            ### Code:
            ```c
        "#]]
        .assert_eq(&p);
    }
}
