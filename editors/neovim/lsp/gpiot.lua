-- Neovim 0.11+ native configuration: vim.lsp.enable('gpiot') (optionally vim.lsp.config('gpiot', {...})).
local defaults = require('gpiot.defaults')

return {
  cmd = defaults.cmd,
  filetypes = defaults.filetypes,
  root_markers = defaults.root_markers,
  settings = { gpiot = {} },
  init_options = {},
  before_init = function(params, config)
    -- The server reads its settings from initializationOptions too.
    params.initializationOptions = vim.tbl_extend('keep', config.init_options or {}, (config.settings or {}).gpiot or {})
  end,
}
