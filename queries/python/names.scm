; Names in generated Python, for the guard: which bare names the code calls (@call) and which
; names it binds anywhere (@bind). A call to a name bound nowhere, imported nowhere and not a
; builtin fails with NameError when it runs. Scopes are merged on purpose: the check only
; reports names that cannot resolve at all.
(call function: (identifier) @call)

(function_definition name: (identifier) @bind)
(class_definition name: (identifier) @bind)
(parameters (identifier) @bind)
(lambda_parameters (identifier) @bind)
(default_parameter name: (identifier) @bind)
(typed_parameter (identifier) @bind)
(typed_default_parameter name: (identifier) @bind)
(list_splat_pattern (identifier) @bind)
(dictionary_splat_pattern (identifier) @bind)
(assignment left: (identifier) @bind)
(augmented_assignment left: (identifier) @bind)
(named_expression name: (identifier) @bind)
(pattern_list (identifier) @bind)
(tuple_pattern (identifier) @bind)
(list_pattern (identifier) @bind)
(for_statement left: (identifier) @bind)
(for_in_clause left: (identifier) @bind)
(as_pattern_target (identifier) @bind)
(global_statement (identifier) @bind)
(nonlocal_statement (identifier) @bind)
(aliased_import alias: (identifier) @bind)
(import_statement name: (dotted_name . (identifier) @bind))
(import_from_statement name: (dotted_name (identifier) @bind))
(wildcard_import) @star
