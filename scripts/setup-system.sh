#!/usr/bin/env bash
# Installs the Debian packages the project needs, when missing: libkrb5-dev and ripgrep to install
# code-server (the real VS Code the extension runs in), chromium for the e2e suite and UI check.
set -euo pipefail
missing=()
command -v krb5-config >/dev/null || missing+=(libkrb5-dev)
command -v rg >/dev/null || missing+=(ripgrep)
command -v chromium >/dev/null || missing+=(chromium)
if ((${#missing[@]} == 0)); then exit 0; fi
as_root=()
if [ "$(id -u)" != 0 ]; then as_root=(sudo); fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
