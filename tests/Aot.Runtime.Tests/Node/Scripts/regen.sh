#!/usr/bin/env bash
# Regenerates the expected outputs (NAME.node.txt) of these scripts by running them with node, each
# module installed as a global of the same name, as NodeScriptTests installs our exports.
# Read the diff before committing: the expectations are node's behaviour, not ours.
set -euo pipefail
cd "$(dirname "$0")"
for f in ${1:-*.js}; do
  node -e "for (const m of ['path','events','util','fs','os','tty','url','assert','string_decoder','buffer','querystring']) globalThis[m.replace('/','_')] = require(m); require('./' + process.argv[1])" "$f" > "${f%.js}.node.txt" 2>&1 || true
done
