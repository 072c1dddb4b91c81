-- nvim-lspconfig 1.x looks for server configurations here; the definition is shared.
return require('lspconfig.server_configurations.gpiot')
