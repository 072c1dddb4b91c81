-- nvim-lspconfig server configuration (lspconfig before 1.0 looks here):
--   require('lspconfig').gpiot.setup { settings = { gpiot = { maxTokens = 256 } } }
local defaults = require('gpiot.defaults')

return {
  default_config = {
    cmd = defaults.cmd,
    filetypes = defaults.filetypes,
    root_dir = function(fname)
      return defaults.root_dir(fname)
    end,
    single_file_support = true,
    settings = { gpiot = {} },
    -- lspconfig fills init_options from settings.gpiot in on_new_config below.
    init_options = {},
  },
  on_new_config = function(new_config)
    local s = (new_config.settings or {}).gpiot or {}
    new_config.init_options = vim.tbl_extend('keep', new_config.init_options or {}, s)
  end,
  docs = {
    description = [[
GPIoT: turns IoT requirements written as comments (`# Requirement: ...` or `@iot`) in Python
and C files into code, with a small model that runs locally. Code actions: "Generate IoT
pipeline", "Decompose into tasks", "Implement task", "Implement all tasks".

Install the `gpiot` binary and its model (`gpiot model install`). Settings go under `gpiot`:
modelPath, threads, contextSize, maxTokens, adapters, examples, languages.
]],
    default_config = {
      root_dir = [[root_pattern(".git", "pyproject.toml", "Makefile", "CMakeLists.txt", "platformio.ini") or the file's directory]],
    },
  },
}
