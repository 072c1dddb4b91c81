"""The chat prompts (models/prompts/chat) rendered on the training side as the server renders
them: system and user messages, worked examples as earlier turns, the reply start."""
import unittest

import prompts


class ChatPrompts(unittest.TestCase):
    def test_every_role_renders_to_system_and_user_messages(self):
        values = {
            "td": {"context": "none", "requirement": "Requirement: R."},
            "rt": {"requirement": "Requirement: R.", "name": "f", "description": "d", "inputs": "i", "outputs": "o"},
            "cg": {"helpers": "none", "spec": "{}"},
            "direct": {"requirement": "Requirement: R."},
            "checks": {"requirement": "Requirement: R.", "entry": "f(x)"},
        }
        for role, vals in values.items():
            for lang in prompts.LANGUAGES:
                messages, reply = prompts.render_chat(role, lang, optional={"requirement": "Requirement: R.", "signature": "f(x)"}, **vals)
                self.assertEqual(messages[0]["role"], "system", (role, lang))
                self.assertEqual(messages[-1]["role"], "user", (role, lang))
                self.assertIn("Requirement: R.", messages[-1]["content"], (role, lang))
                self.assertNotIn("{{", "".join(m["content"] for m in messages) + reply)
                if role in ("cg", "direct"):
                    self.assertEqual(reply, "```python\n" if lang == "python" else "```c\n")
                else:
                    self.assertEqual(reply, "", (role, lang))

    def test_worked_examples_are_earlier_turns(self):
        messages, _ = prompts.render_chat("checks", "c", requirement="Requirement: R.", entry="int f(void)")
        self.assertEqual([m["role"] for m in messages], ["system", "user", "assistant", "user"])
        self.assertTrue(messages[2]["content"].startswith('{"checks": ['))

    def test_a_missing_value_is_an_error(self):
        with self.assertRaises(prompts.TemplateError):
            prompts.render_chat("td", "python", requirement="R.")


if __name__ == "__main__":
    unittest.main()
