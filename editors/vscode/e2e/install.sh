#!/usr/bin/env bash
# Installs what the VS Code end-to-end test (run.mjs) needs into editors/vscode/e2e/node_modules:
# code-server and playwright-core, from the npm registry only.
#
# code-server's own postinstall (postinstall.sh) installs VS Code's server dependencies, whose
# install scripts download ripgrep and prebuilt native modules from GitHub. This script does
# the same steps without those downloads:
#   1. npm install --ignore-scripts here (code-server, playwright-core; no script runs)
#   2. argon2 (code-server loads it at startup) rebuilt from source
#   3. lib/vscode: its dependencies from its shrinkwrap, scripts off
#   4. @vscode/ripgrep: bin/rg -> the system's rg (Debian: ripgrep); with bin/ present its
#      postinstall skips the download
#   5. lib/vscode: npm rebuild, native modules built from source (kerberos, spdlog, node-pty,
#      native-watchdog, ...) against the installed node's headers
#   6. the links postinstall.sh makes (node_modules.asar, bin scripts) and the built-in
#      extensions' dependencies
# Needs: node 20 with npm, a C++ toolchain and python3 (node-gyp), libkrb5-dev, ripgrep.
# Environment: NPM (default npm).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
npm="${NPM:-npm}"
flags=(--no-audit --no-fund --loglevel=error)
step() { printf '== %s (%ds)\n' "$1" "$SECONDS"; }

rg_bin="$(command -v rg || true)"
if [ -z "$rg_bin" ]; then
  echo "rg not found: install ripgrep (Debian: apt-get install -y ripgrep)" >&2
  exit 1
fi
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" != 20 ]; then
  echo "warning: code-server is built for node 20; this is node $(node --version)" >&2
fi

cd "$here"
step "npm install (code-server, playwright-core), scripts off"
"$npm" install --no-package-lock --ignore-scripts "${flags[@]}"

cs="$here/node_modules/code-server"
[ -f "$cs/package.json" ] || { echo "code-server is missing from node_modules" >&2; exit 1; }

# npm_config_build_from_source: node-pre-gyp and prebuild-install skip their GitHub download.
step "argon2 from source"
npm_config_build_from_source=true "$npm" rebuild argon2 "${flags[@]}"

cd "$cs/lib/vscode"
step "VS Code server dependencies, scripts off"
"$npm" install --omit=dev --ignore-scripts "${flags[@]}"

step "ripgrep: bin/rg -> $rg_bin"
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sfn "$rg_bin" node_modules/@vscode/ripgrep/bin/rg

# node-pty's postinstall runs `npx node-gyp` (compile_commands.json): yes lets npx fetch it from
# the registry when an npmrc says yes=false.
step "native modules from source"
JOBS="${JOBS:-max}" npm_config_build_from_source=true npm_config_yes=true "$npm" rebuild "${flags[@]}"

step "links and built-in extension dependencies"
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && "$npm" install --omit=dev "${flags[@]}" >/dev/null)

# The modules code-server loads at startup must load.
step "check"
cd "$cs"
node -e "require('argon2')"
cd "$cs/lib/vscode"
node --input-type=module -e "
for (const m of ['@vscode/spdlog', 'node-pty', 'native-watchdog', 'kerberos', '@parcel/watcher', '@vscode/ripgrep']) {
  await import(m);
}
const { rgPath } = await import('@vscode/ripgrep');
const { execFileSync } = await import('node:child_process');
execFileSync(rgPath, ['--version']);
"
step "done"
