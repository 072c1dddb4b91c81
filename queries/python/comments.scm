; Every comment. Consecutive line comments are grouped into blocks in code (syntax/anchors.rs),
; since a block is a run of sibling-less extras that a query cannot express.
(comment) @comment
