#!/usr/bin/env bash
# Scores the engine on a packed held-out set (test/heldout/NAME.tgz) without leaving it unpacked.
# usage: bash scripts/score-heldout.sh eval20 [--json]
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: score-heldout.sh NAME [--json]}
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar xzf "test/heldout/$name.tgz" -C "$work"
npx tsx lib/cli/annotate.ts "$work/$name"/*.txt > "$work/pred.json"
node ../shared/eval/score.mjs --gold "$work/$name/$name.gold.json" --pred "$work/pred.json" "$@"
