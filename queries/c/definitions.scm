; Function definitions: context for the model (signatures).
(function_definition body: (compound_statement) @body) @definition
