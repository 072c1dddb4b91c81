; Task stubs written by "Decompose into tasks": a function definition whose body holds the
; comment /* gpiot: task */ (or /* gpiot: entry */). The doc comment above it is attached in code.
(function_definition
  declarator: [
    (function_declarator declarator: (identifier) @stub.name)
    (pointer_declarator declarator: (function_declarator declarator: (identifier) @stub.name))
    (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @stub.name)))
  ]
  body: (compound_statement (comment) @stub.marker)
  (#match? @stub.marker "^/\\*\\s*gpiot: (task|entry)\\s*\\*/$")) @stub
