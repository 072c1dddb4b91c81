; Top-level #include lines: the include section that generated includes are merged into.
(translation_unit (preproc_include) @import)
