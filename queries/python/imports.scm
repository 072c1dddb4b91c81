; Top-level imports: the import section that generated imports are merged into.
(module (import_statement) @import)
(module (import_from_statement) @import)
(module (future_import_statement) @import)
; Error recovery can wrap the top of a broken file (an unclosed bracket being typed below,
; say) in an ERROR node, or make the whole tree one: the imports there are still the import
; section. syntax/imports.rs keeps those that are top-level (in the root, or in an ERROR
; child of it) and start a line.
(ERROR (import_statement) @import)
(ERROR (import_from_statement) @import)
(ERROR (future_import_statement) @import)
