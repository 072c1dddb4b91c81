-- The server's defaults, shared by require('gpiot').setup{} and the nvim-lspconfig configs.
local M = {}

M.cmd = { 'gpiot', 'lsp' }
M.filetypes = { 'python', 'c' }
M.root_markers = { '.git', 'pyproject.toml', 'setup.py', 'Makefile', 'CMakeLists.txt', 'platformio.ini' }

-- Keys the server reads under the `gpiot` section (initializationOptions and
-- workspace/didChangeConfiguration). Unset keys keep the server's defaults.
M.setting_keys = {
  'model', 'modelPath', 'threads', 'contextSize', 'maxTokens', 'adapters', 'examples', 'candidates', 'selfChecks',
  'languages', 'engine', 'scriptPath',
}

-- The code actions the server offers on a requirement comment or a task stub.
M.actions = {
  generate = 'Generate IoT pipeline',
  decompose = 'Decompose into tasks',
  implement_task = 'Implement task',
  implement_all = 'Implement all tasks',
}

--- The directory holding one of the root markers above `fname`, else the file's directory.
function M.root_dir(fname)
  local dir = vim.fn.fnamemodify(fname, ':p:h')
  local home = vim.loop.os_homedir()
  local cur = dir
  while cur and cur ~= '' do
    for _, m in ipairs(M.root_markers) do
      if vim.loop.fs_stat(cur .. '/' .. m) then
        return cur
      end
    end
    local parent = vim.fn.fnamemodify(cur, ':h')
    if parent == cur or cur == home then
      break
    end
    cur = parent
  end
  return dir
end

return M
