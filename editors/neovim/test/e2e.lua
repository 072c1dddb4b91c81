-- End-to-end test of the plugin in headless Neovim (0.7+): opens a Python file with a
-- requirement comment, waits for the gpiot server, lists the code actions at the requirement,
-- runs "Generate IoT pipeline" (workspace/executeCommand; the server answers with
-- workspace/applyEdit, which Neovim applies) and checks the buffer.
-- With the scripted engine it also runs Decompose -> Implement task on stubs, and checks that a
-- failing generation (maxTokens too small, set through didChangeConfiguration) changes nothing.
--
-- Run through test/run.sh. Environment:
--   GPIOT_BIN                 the gpiot binary (required)
--   GPIOT_SCRIPTED_ENGINE     scripted-engine JSON: fast, deterministic mode; unset: the real model
--   GPIOT_E2E_MAX_TOKENS      maxTokens setting (default 256 scripted, 384 with the model; the
--                             task list must fit: fewer tokens cut the plan's JSON short)
--   GPIOT_E2E_TIMEOUT_MS      wait for one generation (default 30000 scripted, 840000 model)
-- Prints one line per check and `N passed, M failed`; exits 0 when all passed, else 1.

local function out(s)
  io.stdout:write(s .. '\n')
  io.stdout:flush()
end

local passed, failed = 0, 0
local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    out('ok - ' .. name)
  else
    failed = failed + 1
    out('FAIL - ' .. name .. (detail and (': ' .. tostring(detail)) or ''))
  end
  return ok
end

local function finish()
  out(('%d passed, %d failed'):format(passed, failed))
  for _, c in pairs(vim.lsp.get_active_clients()) do
    c.stop(true)
  end
  vim.cmd(failed == 0 and passed > 0 and 'qall!' or 'cquit 1')
end

local REQUIREMENT = {
  '# Requirement: samples is a list of PPG values sampled at fs Hz by a wrist sensor.',
  '# Implement estimate_heart_rate(samples, fs) that band-pass filters the signal, detects',
  '# the systolic peaks and returns the heart rate in beats per minute as a float.',
}

local gpiot = require('gpiot')
local dir = vim.fn.tempname()

--- Writes `name` (requirement + a blank line) in the project folder and opens it as Python.
local function open_file(name)
  local path = dir .. '/' .. name
  vim.fn.writefile(vim.list_extend(vim.deepcopy(REQUIREMENT), { '' }), path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  vim.bo.filetype = 'python' -- -u NONE: no filetype detection
  return vim.api.nvim_get_current_buf()
end

local function lines_of(buf)
  return vim.api.nvim_buf_get_lines(buf, 0, -1, false)
end

--- The code actions the server offers at a 0-based line.
local function actions_at(client, buf, line)
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', gpiot.code_action_params(client, buf, line), 60000) or {}
  local actions = {}
  for _, r in pairs(responses) do
    for _, a in ipairs(r.result or {}) do
      actions[#actions + 1] = a
    end
  end
  return actions, vim.tbl_map(function(a) return a.title end, actions)
end

--- Runs an action; waits for the command's answer and, when it says "applied", for the edit.
--- Returns err, outcome, seconds.
local function run(client, buf, action, timeout, until_fn)
  local tick = vim.api.nvim_buf_get_changedtick(buf)
  local done, err, outcome = false, nil, nil
  local started = vim.loop.hrtime()
  gpiot.apply_action(client, action, buf, function(e, result)
    done, err, outcome = true, e, result
  end)
  vim.wait(timeout, function()
    if not done then
      return false
    end
    if type(outcome) ~= 'table' or outcome.status ~= 'applied' then
      return true
    end
    return vim.api.nvim_buf_get_changedtick(buf) ~= tick and (until_fn == nil or until_fn())
  end, 50)
  local secs = (vim.loop.hrtime() - started) / 1e9
  if not done then
    err = 'no answer within ' .. timeout .. ' ms'
  end
  return err, outcome, secs
end

--- 1-based line where the requirement starts (imports may be placed above it), or nil.
local function requirement_line(lines)
  for i = 1, #lines - #REQUIREMENT + 1 do
    local all = true
    for j, l in ipairs(REQUIREMENT) do
      all = all and lines[i + j - 1] == l
    end
    if all then
      return i
    end
  end
  return nil
end

--- Names of the top-level functions below line `after`, and how many are above it.
local function defs_of(lines, after)
  local below, above = {}, 0
  for i, l in ipairs(lines) do
    local name = l:match('^def ([%w_]+)%s*%(')
    if name and i > after then
      below[#below + 1] = name
    elseif name then
      above = above + 1
    end
  end
  return below, above
end

local function has_def(buf)
  return function()
    local below = defs_of(lines_of(buf), 0)
    return #below > 0
  end
end

--- Body of function `name` (lines after its def up to the next top-level line).
local function body_of(lines, name)
  local body, inside = {}, false
  for _, l in ipairs(lines) do
    if l:match('^def ' .. name .. '%s*%(') then
      inside = true
    elseif inside and l:match('^%S') then
      break
    elseif inside then
      body[#body + 1] = l
    end
  end
  return table.concat(body, '\n')
end

local function scenario_generate(client, buf, script, timeout)
  check('client root is the project folder', client.config.root_dir == dir, tostring(client.config.root_dir))
  check('<leader>ga is mapped to code actions in the buffer', vim.fn.maparg('<leader>ga', 'n') ~= '')
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  check('server offers code actions', caps.codeActionProvider ~= nil and caps.codeActionProvider ~= false)
  local cmds = (caps.executeCommandProvider or {}).commands or {}
  check('server registers gpiot.generate', vim.tbl_contains(cmds, 'gpiot.generate'), vim.inspect(cmds))

  -- Code actions on the second line of the requirement.
  local actions, titles = actions_at(client, buf, 1)
  out('# actions: ' .. table.concat(titles, ' | '))
  local generate = gpiot.pick_action(actions, gpiot.actions.generate)
  check('"Generate IoT pipeline" is offered on the requirement', generate ~= nil, vim.inspect(titles))
  check('"Decompose into tasks" is offered on the requirement', gpiot.pick_action(actions, gpiot.actions.decompose) ~= nil, vim.inspect(titles))
  local _, off = actions_at(client, buf, 3)
  check('no GPIoT action on the blank line after the requirement', #off == 0, vim.inspect(off))
  if not generate then
    return
  end

  local err, outcome, secs = run(client, buf, generate, timeout, has_def(buf))
  out(('# generation took %.1f s'):format(secs))
  check('the command returns without error', err == nil, vim.inspect(err))
  check('the command reports status "applied"', type(outcome) == 'table' and outcome.status == 'applied', vim.inspect(outcome))

  local lines = lines_of(buf)
  out('# buffer:\n' .. table.concat(lines, '\n'))
  local req_at = requirement_line(lines)
  check('the requirement comment is intact', req_at ~= nil)
  local defs, above = defs_of(lines, req_at or 1)
  out('# defs: ' .. table.concat(defs, ', '))
  check('a def is below the requirement', #defs >= 1, vim.inspect(defs))
  check('no function is written above the requirement', above == 0)
  if script then
    check('the entry function estimate_heart_rate is defined', vim.tbl_contains(defs, 'estimate_heart_rate'), vim.inspect(defs))
    check('the helper functions are defined before it', defs[1] == 'bandpass' and defs[2] == 'detect_peaks', vim.inspect(defs))
    check('imports are in the file', table.concat(lines, '\n'):find('from scipy.signal import', 1, true) ~= nil)
  elseif not vim.tbl_contains(defs, 'estimate_heart_rate') then
    out('# note: the model did not name the entry estimate_heart_rate')
  end
  check('the buffer is modified, not saved behind the user\'s back', vim.bo[buf].modified)
end

-- Scripted only: Decompose writes stubs; Implement task on one stub fills just that one.
local function scenario_decompose_implement(client, timeout)
  local buf = open_file('decompose.py')
  vim.wait(5000, function() return gpiot.get_client(buf) ~= nil end, 20)
  local actions, titles = actions_at(client, buf, 0)
  local decompose = gpiot.pick_action(actions, gpiot.actions.decompose)
  if not check('"Decompose into tasks" is offered (second file)', decompose ~= nil, vim.inspect(titles)) then
    return
  end
  local err, outcome = run(client, buf, decompose, timeout, function()
    return table.concat(lines_of(buf), '\n'):find('NotImplementedError', 1, true) ~= nil
  end)
  check('decompose is applied', err == nil and type(outcome) == 'table' and outcome.status == 'applied', vim.inspect(err or outcome))
  local lines = lines_of(buf)
  local defs = defs_of(lines, requirement_line(lines) or 1)
  check('decompose writes a stub per task and the entry', vim.deep_equal(defs, { 'bandpass', 'detect_peaks', 'estimate_heart_rate' }), vim.inspect(defs))
  check('stubs raise NotImplementedError', body_of(lines, 'bandpass'):find('NotImplementedError', 1, true) ~= nil, body_of(lines, 'bandpass'))

  -- Code lenses: one "Implement task" per stub.
  local lens_resp = vim.lsp.buf_request_sync(buf, 'textDocument/codeLens', { textDocument = { uri = vim.uri_from_bufnr(buf) } }, 10000) or {}
  local lens_titles = {}
  for _, r in pairs(lens_resp) do
    for _, l in ipairs(r.result or {}) do
      lens_titles[#lens_titles + 1] = l.command and l.command.title or '?'
    end
  end
  local n_impl = #vim.tbl_filter(function(t) return t == gpiot.actions.implement_task end, lens_titles)
  check('code lenses offer "Implement task" on each stub', n_impl == 3, vim.inspect(lens_titles))

  -- Implement the first stub from its def line.
  local def_line
  for i, l in ipairs(lines) do
    if l:match('^def bandpass') then
      def_line = i - 1
    end
  end
  local stub_actions, stub_titles = actions_at(client, buf, def_line or 0)
  local implement = gpiot.pick_action(stub_actions, gpiot.actions.implement_task)
  check('"Implement task" is offered on a stub', implement ~= nil, vim.inspect(stub_titles))
  check('"Implement all tasks" is offered on a stub', gpiot.pick_action(stub_actions, gpiot.actions.implement_all) ~= nil, vim.inspect(stub_titles))
  if not implement then
    return
  end
  err, outcome = run(client, buf, implement, timeout, function()
    return body_of(lines_of(buf), 'bandpass'):find('filtfilt', 1, true) ~= nil
  end)
  check('implement task is applied', err == nil and type(outcome) == 'table' and outcome.status == 'applied', vim.inspect(err or outcome))
  lines = lines_of(buf)
  check('the stub got its body', body_of(lines, 'bandpass'):find('filtfilt', 1, true) ~= nil, body_of(lines, 'bandpass'))
  check('the other stubs are left alone', body_of(lines, 'detect_peaks'):find('NotImplementedError', 1, true) ~= nil, body_of(lines, 'detect_peaks'))
end

-- Scripted only: new settings through didChangeConfiguration; a failing run changes nothing.
local function scenario_failure(client, timeout)
  gpiot.update_settings { maxTokens = 8 }
  local buf = open_file('too_short.py')
  vim.wait(5000, function() return gpiot.get_client(buf) ~= nil end, 20)
  local before = lines_of(buf)
  local actions = actions_at(client, buf, 0)
  local generate = gpiot.pick_action(actions, gpiot.actions.generate)
  if not check('"Generate IoT pipeline" is offered (third file)', generate ~= nil) then
    return
  end
  local messages = {}
  local orig = vim.lsp.handlers['window/showMessage']
  vim.lsp.handlers['window/showMessage'] = function(e, result, ctx, cfg)
    messages[#messages + 1] = result and result.message or ''
  end
  -- This time through the path <leader>gg / :GpiotGenerate take: the action at the cursor.
  vim.api.nvim_win_set_cursor(0, { 2, 4 })
  local done, err, outcome = false, nil, nil
  gpiot.run_action('generate', { on_done = function(e, r) done, err, outcome = true, e, r end })
  vim.wait(timeout, function() return done end, 20)
  vim.wait(1000, function() return #messages > 0 end, 20)
  vim.lsp.handlers['window/showMessage'] = orig
  check(':GpiotGenerate and the other commands exist', vim.fn.exists(':GpiotGenerate') == 2 and vim.fn.exists(':GpiotRestart') == 2)
  check('with maxTokens = 8 (didChangeConfiguration) the run at the cursor fails cleanly', err == nil and type(outcome) == 'table' and outcome.status == 'failed', vim.inspect(err or outcome))
  check('the failure is shown to the user', #messages > 0 and messages[1]:find('GPIoT', 1, true) ~= nil, vim.inspect(messages))
  check('a failed run leaves the buffer as it was', vim.deep_equal(lines_of(buf), before) and not vim.bo[buf].modified)
end

-- Pure pieces: action picking, settings filtering, the lspconfig and 0.11 configurations.
local function unit_checks()
  local offered = { { title = 'Implement tasks later' }, { title = 'Implement task: smooth' }, { title = 'Generate IoT pipeline' } }
  check('pick_action matches exact titles', gpiot.pick_action(offered, 'Generate IoT pipeline') == offered[3])
  check('pick_action matches "Implement task: name" but not "Implement tasks..."', gpiot.pick_action(offered, 'Implement task') == offered[2])
  local saved = vim.notify
  vim.notify = function() end
  local filtered = gpiot.server_settings { maxTokens = 64, bogus = 1 }
  vim.notify = saved
  check('server_settings keeps known keys and drops unknown ones', vim.deep_equal(filtered, { maxTokens = 64 }), vim.inspect(filtered))
  local lc = require('lspconfig.server_configurations.gpiot')
  check('lspconfig config runs `gpiot lsp` on python and c', vim.deep_equal(lc.default_config.cmd, { 'gpiot', 'lsp' }) and vim.deep_equal(lc.default_config.filetypes, { 'python', 'c' }))
  local nc = { settings = { gpiot = { maxTokens = 32 } }, init_options = {} }
  lc.on_new_config(nc)
  check('lspconfig config sends settings.gpiot as initializationOptions', nc.init_options.maxTokens == 32, vim.inspect(nc.init_options))
  check('lspconfig 1.x path resolves to the same config', require('lspconfig.configs.gpiot') == lc)
  local native = dofile(vim.api.nvim_get_runtime_file('lsp/gpiot.lua', false)[1])
  local params = {}
  native.before_init(params, { settings = { gpiot = { threads = 2 } }, init_options = {} })
  check('lsp/gpiot.lua (0.11+) has cmd, filetypes, root markers and passes settings', native.cmd[1] == 'gpiot' and #native.root_markers > 0 and params.initializationOptions.threads == 2)
end

local ok_run, err_run = xpcall(function()
  unit_checks()
  local bin = os.getenv('GPIOT_BIN')
  local script = os.getenv('GPIOT_SCRIPTED_ENGINE')
  if script == '' then
    script = nil
  end
  local v = vim.version()
  out(('# mode: %s (nvim %d.%d.%d)'):format(script and 'scripted' or 'model', v.major, v.minor, v.patch))
  if not check('gpiot binary is executable', bin and vim.fn.executable(bin) == 1, tostring(bin)) then
    return
  end
  local max_tokens = tonumber(os.getenv('GPIOT_E2E_MAX_TOKENS') or '') or (script and 256 or 384)
  local timeout = tonumber(os.getenv('GPIOT_E2E_TIMEOUT_MS') or '') or (script and 30000 or 840000)

  -- A project folder with its own root marker.
  vim.fn.mkdir(dir, 'p')
  vim.fn.writefile({}, dir .. '/Makefile')

  local settings = { maxTokens = max_tokens, threads = 2 }
  if script then
    settings.engine = 'scripted'
    settings.scriptPath = script
  end
  local attached = 0
  gpiot.setup {
    cmd = { bin, 'lsp' },
    settings = settings,
    progress = false,
    on_attach = function()
      attached = attached + 1
    end,
  }

  local buf = open_file('heart_rate.py')
  local client
  vim.wait(120000, function()
    client = gpiot.get_client(buf)
    -- Stop waiting when the server came up, or when it exited.
    return (client ~= nil and client.initialized == true and attached > 0) or gpiot.last_exit ~= nil
  end, 50)
  local up = client ~= nil and client.initialized == true and attached > 0
  local why = gpiot.last_exit and ('the server exited with code ' .. gpiot.last_exit.code) or 'no initialized gpiot client after 120 s'
  if not check('client starts and attaches to the Python buffer', up, why .. ' (log: ' .. vim.lsp.get_log_path() .. ')') then
    return
  end

  scenario_generate(client, buf, script, timeout)
  if script then
    scenario_decompose_implement(client, timeout)
    scenario_failure(client, timeout)
  end
  check('one server serves every file of the project', #vim.lsp.get_active_clients() == 1, #vim.lsp.get_active_clients())
end, debug.traceback)

if not ok_run then
  check('test script ran without a Lua error', false, err_run)
end
finish()
