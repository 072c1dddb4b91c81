; Top-level imports: the import section that generated imports are merged into.
(module (import_statement) @import)
(module (import_from_statement) @import)
(module (future_import_statement) @import)
