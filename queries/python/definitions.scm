; Definitions: context for the model (signatures) and the boundary generated code stays above.
(function_definition name: (identifier) @name body: (_) @body) @definition
(class_definition name: (identifier) @name body: (_) @body) @definition
