-- Second, independent LSP client: Neovim 0.7 (Debian's), headless, talking to the bundled server over stdio.
-- Opens the fixture letter (one response deleted) and checks diagnostics, hover on an ASC cite, document symbols
-- and the "Insert a response" code action, which it applies before waiting for the problem to go away.
-- Run by neovim.e2e.sh: nvim --headless --clean -u NONE -c 'luafile test/e2e/neovim.e2e.lua'
-- Env: E2E_FIXTURE (JSON from fixture.mjs), E2E_SERVER (server/out/server.js), TIMEOUT_MS, E2E_LOG.

local TIMEOUT = tonumber(os.getenv('TIMEOUT_MS') or '30000')
local fx = vim.fn.json_decode(os.getenv('E2E_FIXTURE'))
local server = os.getenv('E2E_SERVER')
local t0 = vim.loop.hrtime()
local function elapsed() return string.format('%.1fs', (vim.loop.hrtime() - t0) / 1e9) end
local function log(msg) io.stdout:write(string.format('[neovim %s] %s\n', elapsed(), msg)) end

local results = {}
local function check(name, fn)
  local start = vim.loop.hrtime()
  local ok, detail = pcall(fn)
  if not ok then detail = tostring(detail):gsub('^[^:]*:%d+: ', '') end
  local secs = (vim.loop.hrtime() - start) / 1e9
  table.insert(results, { name = name, ok = ok, detail = detail and tostring(detail):gsub('\n.*', '') or '', secs = secs })
  log((ok and 'PASS ' or 'FAIL ') .. name .. ': ' .. tostring(detail))
end
local function finish()
  io.stdout:write('\nNeovim e2e:\n')
  local failed = false
  for _, r in ipairs(results) do
    io.stdout:write(string.format('  %s  %-10s %5.1fs  %s\n', r.ok and 'PASS' or 'FAIL', r.name, r.secs, r.detail))
    failed = failed or not r.ok
  end
  io.stdout:write(string.format('  total %s\n', elapsed()))
  io.stdout:flush()
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
  vim.cmd(failed and 'cquit 1' or 'qall!')
end

-- Keep the raw LSP diagnostics (with their `data`, which carries the fix) as the server published them.
local published = {}
local handlers = {
  ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
    published[params.uri] = params.diagnostics
    return vim.lsp.handlers['textDocument/publishDiagnostics'](err, params, ctx, config)
  end,
}

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(fx.file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local client_id = vim.lsp.start_client({
    name = 'corresp',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(fx.file, ':h'),
    workspace_folders = { { uri = vim.uri_from_fname(vim.fn.fnamemodify(fx.file, ':h')), name = 'letters' } },
    handlers = handlers,
    on_exit = function(code, signal) if code ~= 0 then log('server exited: code ' .. code .. ', signal ' .. signal) end end,
  })
  assert(client_id, 'vim.lsp.start_client failed')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
  local client = vim.lsp.get_client_by_id(client_id)
  assert(vim.wait(TIMEOUT, function() return client.initialized end, 20), 'server did not initialize')
  log('server initialized: ' .. ((client.server_capabilities and 'capabilities ok') or '?'))

  local function missing(pattern)
    for _, d in ipairs(published[uri] or {}) do
      if vim.fn.match(d.message, pattern) >= 0 then return d end
    end
  end
  -- Lua patterns are not regexes; fixture patterns are JS regexes: use Vim's very-magic regex instead.
  local pat = '\\v' .. fx.messagePattern:gsub('%(%?:', '(')
  local other_pat = '\\v' .. fx.otherMessagePattern:gsub('%(%?:', '(')

  check('diagnostics', function()
    assert(vim.wait(TIMEOUT, function() return missing(pat) ~= nil end, 20),
      'no "Comment ' .. fx.comment .. ' ... has no response" among ' .. vim.inspect(vim.tbl_map(function(d) return d.message end, published[uri] or {})))
    local d = missing(pat)
    -- vim.diagnostic (what users see in the sign column / :lua vim.diagnostic.setqflist()) has it too.
    local shown = vim.tbl_filter(function(v) return vim.fn.match(v.message, pat) >= 0 end, vim.diagnostic.get(bufnr))
    assert(#shown == 1, 'vim.diagnostic.get does not show it')
    return string.format('%q at line %d (%d diagnostics)', d.message, d.range.start.line + 1, #published[uri])
  end)

  check('hover', function()
    local params = { textDocument = { uri = uri }, position = { line = fx.citeLine, character = fx.citeCharacter } }
    local res = client.request_sync('textDocument/hover', params, TIMEOUT, bufnr)
    assert(res and not res.err, 'hover request failed: ' .. vim.inspect(res and res.err))
    assert(res.result, 'no hover over ' .. fx.cite)
    local text = table.concat(vim.lsp.util.convert_input_to_markdown_lines(res.result.contents), ' ')
    assert(text:find('Goodwill'), 'hover over ' .. fx.cite .. ' does not mention Goodwill: ' .. text)
    return string.format('%q', text:sub(1, 120))
  end)

  check('symbols', function()
    local res = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = uri } }, TIMEOUT, bufnr)
    assert(res and not res.err and res.result, 'documentSymbol failed: ' .. vim.inspect(res and res.err))
    local names = {}
    local function walk(list) for _, s in ipairs(list) do
      if s.name:match('^Comment %d+') then table.insert(names, s.name) end
      walk(s.children or {})
    end end
    walk(res.result)
    assert(#names == #fx.comments, string.format('%d comment symbols, expected %d: %s', #names, #fx.comments, vim.inspect(names)))
    return #names .. ' comments, e.g. ' .. string.format('%q', names[#names])
  end)

  check('codeaction', function()
    local d = missing(pat)
    assert(d, 'no diagnostic to fix')
    local params = { textDocument = { uri = uri }, range = d.range, context = { diagnostics = { d }, only = { 'quickfix' } } }
    local res = client.request_sync('textDocument/codeAction', params, TIMEOUT, bufnr)
    assert(res and not res.err and res.result, 'codeAction failed: ' .. vim.inspect(res and res.err))
    local action
    for _, a in ipairs(res.result) do if a.title and a.title:match('^Insert a response') then action = a end end
    assert(action, 'no "Insert a response" action among ' .. vim.inspect(vim.tbl_map(function(a) return a.title end, res.result)))
    if not action.edit and not action.command then -- resolve lazily computed edits
      local r = client.request_sync('codeAction/resolve', action, TIMEOUT, bufnr)
      action = (r and r.result) or action
    end
    assert(action.edit, 'the action has no edit: ' .. vim.inspect(action))
    local before = vim.api.nvim_buf_line_count(bufnr)
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
    assert(vim.api.nvim_buf_line_count(bufnr) > before, 'the edit added no lines')
    -- The server re-checks the changed buffer: the problem goes away.
    assert(vim.wait(TIMEOUT, function() return missing(pat) == nil end, 20), 'still reported after the fix')
    return string.format('%q applied; +%d lines', action.title, vim.api.nvim_buf_line_count(bufnr) - before)
  end)

  check('workspace', function()
    local other = vim.uri_from_fname(fx.otherFile)
    local function found()
      for _, d in ipairs(published[other] or {}) do if vim.fn.match(d.message, other_pat) >= 0 then return d end end
    end
    assert(vim.wait(math.min(TIMEOUT, 15000), function() return found() ~= nil end, 50),
      'no diagnostics published for the unopened ' .. vim.fn.fnamemodify(fx.otherFile, ':t'))
    return string.format('%q for the unopened letter', found().message)
  end)
end)
if not ok then
  table.insert(results, { name = 'setup', ok = false, detail = tostring(err), secs = 0 })
  log('setup failed: ' .. tostring(err))
end
finish()
