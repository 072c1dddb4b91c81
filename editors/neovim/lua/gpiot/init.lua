-- GPIoT for Neovim: starts `gpiot lsp` for Python and C buffers and runs its code actions.
-- Works with the built-in client of Neovim 0.7 and later (vim.lsp.start_client).
--
--   require('gpiot').setup {
--     cmd = { 'gpiot', 'lsp' },             -- the server command
--     settings = { maxTokens = 256 },       -- the server's `gpiot` settings
--     on_attach = function(client, bufnr) end,
--     keymaps = true,                       -- <leader>ga code actions, <leader>gg generate, ...
--   }
local defaults = require('gpiot.defaults')

local M = {}

M.actions = defaults.actions

local config = {
  cmd = defaults.cmd,
  cmd_env = nil,
  filetypes = nil, -- default: settings.languages, else { 'python', 'c' }
  settings = {},
  root_dir = defaults.root_dir,
  on_attach = nil,
  capabilities = nil,
  keymaps = true,
  codelens = false, -- refresh code lenses on BufEnter/InsertLeave/BufWritePost
  progress = true, -- echo the server's progress messages
  name = 'gpiot',
}

-- root directory -> client id
local clients = {}
local group

local function notify(msg, level)
  vim.notify('gpiot: ' .. msg, level or vim.log.levels.INFO)
end

local function filetypes()
  if config.filetypes then
    return config.filetypes
  end
  if type(config.settings.languages) == 'table' and #config.settings.languages > 0 then
    return config.settings.languages
  end
  return defaults.filetypes
end

-- Attaches the client to every loaded buffer of a GPIoT filetype.
local function attach_open_buffers()
  local fts = {}
  for _, ft in ipairs(filetypes()) do
    fts[ft] = true
  end
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(b) and fts[vim.bo[b].filetype] then
      M.attach(b)
    end
  end
end

--- The settings object sent as initializationOptions and under `gpiot` on change.
function M.server_settings(settings)
  local out = {}
  local known = {}
  for _, k in ipairs(defaults.setting_keys) do
    known[k] = true
  end
  for k, v in pairs(settings or {}) do
    if known[k] then
      out[k] = v
    else
      notify(('unknown setting "%s" (known: %s)'):format(k, table.concat(defaults.setting_keys, ', ')), vim.log.levels.WARN)
    end
  end
  return out
end

--- The gpiot client attached to `bufnr` (default: current buffer), or nil.
function M.get_client(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if c.name == config.name then
      return c
    end
  end
  return nil
end

local function offset_encoding(client)
  return client.offset_encoding or 'utf-16'
end

local function map_keys(bufnr)
  local keys = config.keymaps
  if keys == false or keys == nil then
    return
  end
  if keys == true then
    keys = {
      code_action = '<leader>ga',
      generate = '<leader>gg',
      decompose = '<leader>gd',
      implement_task = '<leader>gi',
      implement_all = '<leader>gI',
    }
  end
  local function map(lhs, rhs, desc)
    if lhs then
      vim.keymap.set({ 'n', 'x' }, lhs, rhs, { buffer = bufnr, silent = true, desc = desc })
    end
  end
  map(keys.code_action, vim.lsp.buf.code_action, 'GPIoT: code actions')
  map(keys.generate, function() M.run_action('generate') end, 'GPIoT: Generate IoT pipeline')
  map(keys.decompose, function() M.run_action('decompose') end, 'GPIoT: Decompose into tasks')
  map(keys.implement_task, function() M.run_action('implement_task') end, 'GPIoT: Implement task')
  map(keys.implement_all, function() M.run_action('implement_all') end, 'GPIoT: Implement all tasks')
end

local function on_attach(client, bufnr)
  map_keys(bufnr)
  if config.codelens and client.server_capabilities and client.server_capabilities.codeLensProvider then
    vim.api.nvim_create_autocmd({ 'BufEnter', 'InsertLeave', 'BufWritePost' }, {
      group = group,
      buffer = bufnr,
      callback = function() pcall(vim.lsp.codelens.refresh) end,
    })
    pcall(vim.lsp.codelens.refresh)
  end
  if config.on_attach then
    config.on_attach(client, bufnr)
  end
end

--- The vim.lsp.start_client configuration for a root directory.
function M.client_config(root)
  local settings = M.server_settings(config.settings)
  local capabilities = config.capabilities or vim.lsp.protocol.make_client_capabilities()
  capabilities.window = capabilities.window or {}
  capabilities.window.workDoneProgress = true
  return {
    name = config.name,
    cmd = config.cmd,
    cmd_env = config.cmd_env,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    init_options = settings,
    -- Answers workspace/configuration and is sent as didChangeConfiguration after initialize.
    settings = { gpiot = settings },
    capabilities = capabilities,
    on_attach = on_attach,
    on_exit = function(code, signal)
      M.last_exit = { code = code, signal = signal, root = root }
      if clients[root] then
        clients[root] = nil
      end
      if code ~= 0 and signal == 0 then
        vim.schedule(function()
          notify(('the server exited with code %d (see :lua print(vim.lsp.get_log_path()))'):format(code), vim.log.levels.WARN)
        end)
      end
    end,
  }
end

--- Starts (or reuses) the client for the buffer's root directory and attaches the buffer.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.bo[bufnr].buftype ~= '' then
    return nil
  end
  local fname = vim.api.nvim_buf_get_name(bufnr)
  local root = config.root_dir(fname ~= '' and fname or vim.loop.cwd() .. '/untitled')
  local id = clients[root]
  if not id or not vim.lsp.get_client_by_id(id) then
    if vim.fn.executable(config.cmd[1]) ~= 1 then
      notify(('"%s" is not executable: install gpiot or pass cmd = { "/path/to/gpiot", "lsp" } to setup()'):format(config.cmd[1]), vim.log.levels.ERROR)
      return nil
    end
    id = vim.lsp.start_client(M.client_config(root))
    if not id then
      return nil
    end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

--- Sends new settings to running servers (workspace/didChangeConfiguration).
function M.update_settings(settings)
  config.settings = vim.tbl_extend('force', config.settings, settings or {})
  local s = M.server_settings(config.settings)
  for _, id in pairs(clients) do
    local c = vim.lsp.get_client_by_id(id)
    if c then
      c.config.settings = { gpiot = s }
      c.notify('workspace/didChangeConfiguration', { settings = { gpiot = s } })
    end
  end
end

--- Stops every gpiot client and reattaches the open buffers.
function M.restart()
  local ids = {}
  for root, id in pairs(clients) do
    ids[#ids + 1] = id
    clients[root] = nil
  end
  for _, id in ipairs(ids) do
    local c = vim.lsp.get_client_by_id(id)
    if c then
      c.stop()
    end
  end
  vim.defer_fn(attach_open_buffers, 500)
end

--- Picks the action whose title is `title` or starts with it followed by ":", " " or "(".
function M.pick_action(actions, title)
  local want = title:lower()
  local prefixed
  for _, a in ipairs(actions or {}) do
    local t = (a.title or ''):lower()
    if t == want then
      return a
    end
    local next_char = t:sub(#want + 1, #want + 1)
    if not prefixed and t:sub(1, #want) == want and (next_char == ':' or next_char == ' ' or next_char == '(') then
      prefixed = a
    end
  end
  return prefixed
end

--- Executes a code action (edit and/or command) the way the server sent it.
--- `on_done(err, result)` is called when the command's request returns.
function M.apply_action(client, action, bufnr, on_done)
  on_done = on_done or function(err)
    if err then
      notify(err.message or vim.inspect(err), vim.log.levels.ERROR)
    end
  end
  local function execute(a)
    if a.edit then
      vim.lsp.util.apply_workspace_edit(a.edit, offset_encoding(client))
    end
    local cmd = type(a.command) == 'table' and a.command or (type(a.command) == 'string' and a) or nil
    if cmd then
      client.request('workspace/executeCommand', { command = cmd.command, arguments = cmd.arguments }, function(err, result)
        on_done(err, result)
      end, bufnr)
    else
      on_done(nil, nil)
    end
  end
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  local resolvable = type(caps.codeActionProvider) == 'table' and caps.codeActionProvider.resolveProvider
  if not action.edit and type(action.command) ~= 'string' and not action.command and resolvable then
    client.request('codeAction/resolve', action, function(err, resolved)
      if err then
        on_done(err, nil)
      else
        execute(resolved or action)
      end
    end, bufnr)
  else
    execute(action)
  end
end

--- Code action parameters at the cursor (or the given 0-based line) of `bufnr`.
function M.code_action_params(client, bufnr, line)
  local params
  if line then
    params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = { start = { line = line, character = 0 }, ['end'] = { line = line, character = 0 } },
    }
  else
    params = vim.lsp.util.make_range_params(0, offset_encoding(client))
  end
  params.context = { diagnostics = {} }
  return params
end

--- Runs the GPIoT code action `key` ('generate', 'decompose', 'implement_task',
--- 'implement_all') at the cursor.
function M.run_action(key, opts)
  opts = opts or {}
  local bufnr = vim.api.nvim_get_current_buf()
  local client = M.get_client(bufnr)
  if not client then
    notify('no gpiot server on this buffer (is it Python or C? see :GpiotStatus)', vim.log.levels.WARN)
    return
  end
  local title = M.actions[key] or key
  local params = M.code_action_params(client, bufnr, opts.line)
  client.request('textDocument/codeAction', params, function(err, actions)
    if err then
      notify(err.message or vim.inspect(err), vim.log.levels.ERROR)
      return
    end
    local action = M.pick_action(actions, title)
    if not action then
      local where = key == 'implement_task' and 'a task stub' or 'a comment starting with "Requirement:" or "@iot"'
      notify(('"%s" is not offered here: put the cursor on %s'):format(title, where), vim.log.levels.WARN)
      return
    end
    M.apply_action(client, action, bufnr, opts.on_done)
  end, bufnr)
end

--- A short status for the statusline: "" without a server, else its state or latest progress.
function M.status()
  local c = M.get_client(0)
  if not c then
    return ''
  end
  if c.is_stopped and c.is_stopped() then
    return 'gpiot: stopped'
  end
  if not c.initialized then
    return 'gpiot: starting'
  end
  local ok, msgs = pcall(vim.lsp.util.get_progress_messages)
  if ok then
    for i = #msgs, 1, -1 do
      local m = msgs[i]
      if m.name == config.name and not m.done then
        local text = m.title or ''
        if m.message and m.message ~= '' then
          text = text .. ': ' .. m.message
        end
        if m.percentage then
          text = text .. (' (%d%%)'):format(m.percentage)
        end
        return 'gpiot: ' .. text
      end
    end
  end
  return 'gpiot: ready'
end

local function status_report()
  local lines = {}
  for root, id in pairs(clients) do
    local c = vim.lsp.get_client_by_id(id)
    lines[#lines + 1] = ('%s  client %d  %s'):format(root, id, c and (c.initialized and 'running' or 'starting') or 'gone')
  end
  if #lines == 0 then
    lines[1] = 'no gpiot server running (filetypes: ' .. table.concat(filetypes(), ', ') .. ')'
  end
  lines[#lines + 1] = 'this buffer: ' .. (M.status() ~= '' and M.status() or 'not attached')
  lines[#lines + 1] = 'command: ' .. table.concat(config.cmd, ' ')
  lines[#lines + 1] = 'settings: ' .. vim.inspect(M.server_settings(config.settings), { newline = ' ', indent = '' })
  print(table.concat(lines, '\n'))
end

function M.setup(opts)
  opts = opts or {}
  for k, v in pairs(opts) do
    if config[k] == nil and k ~= 'cmd_env' and k ~= 'filetypes' and k ~= 'on_attach' and k ~= 'capabilities' then
      notify(('unknown setup option "%s"'):format(k), vim.log.levels.WARN)
    end
    config[k] = v
  end
  if type(config.cmd) == 'string' then
    config.cmd = { config.cmd, 'lsp' }
  end
  group = vim.api.nvim_create_augroup('gpiot', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = filetypes(),
    callback = function(args) M.attach(args.buf) end,
  })
  if config.progress then
    vim.api.nvim_create_autocmd('User', {
      group = group,
      pattern = 'LspProgressUpdate',
      callback = function()
        local s = M.status()
        if s ~= '' and s ~= 'gpiot: ready' then
          vim.api.nvim_echo({ { s } }, false, {})
        end
      end,
    })
  end
  local cmds = {
    GpiotGenerate = 'generate',
    GpiotDecompose = 'decompose',
    GpiotImplementTask = 'implement_task',
    GpiotImplementAll = 'implement_all',
  }
  for name, key in pairs(cmds) do
    vim.api.nvim_create_user_command(name, function() M.run_action(key) end, { desc = 'GPIoT: ' .. M.actions[key] })
  end
  vim.api.nvim_create_user_command('GpiotRestart', M.restart, { desc = 'GPIoT: restart the server' })
  vim.api.nvim_create_user_command('GpiotStatus', status_report, { desc = 'GPIoT: server state' })
  -- Buffers opened before setup().
  attach_open_buffers()
end

return M
