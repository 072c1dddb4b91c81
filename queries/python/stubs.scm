; Task stubs written by "Decompose into tasks": a function whose body ends with
;   raise NotImplementedError("gpiot: task")   (or "gpiot: entry" for the wiring function)
(function_definition
  name: (identifier) @stub.name
  body: (block
    (raise_statement
      (call
        function: (identifier) @_exception
        arguments: (argument_list . (string) @stub.marker .))) .)
  (#eq? @_exception "NotImplementedError")
  (#match? @stub.marker "^[\"']gpiot: (task|entry)[\"']$")) @stub
