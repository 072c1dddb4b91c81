; Every comment, `//` and `/* */`. Consecutive `//` lines are grouped into blocks in code.
(comment) @comment
