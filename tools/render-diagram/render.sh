#!/usr/bin/env bash
# Render a BPMN file to a PNG with bpmn-js in headless Chromium.
#
#   tools/render-diagram/render.sh IN.bpmn OUT.png [--scale N] [--padding PX] [--max PX]
#
#   --scale    device pixel ratio of the PNG (default 2: crisp labels; use 1 for a small file)
#   --padding  white space around the diagram in CSS px (default 20)
#   --max      largest page width/height in CSS px; bigger diagrams are scaled down (default 6000)
#
# Needs node/npm (installs bpmn-js into node_modules/ on first use) and Debian's chromium
# (apt-get install -y chromium fonts-liberation). Set CHROMIUM=/path/to/chrome to use another binary.
set -euo pipefail

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }

TOOL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# `npm run render -- IN OUT` runs in this folder: resolve paths against the caller's folder
if [[ -n ${npm_lifecycle_event:-} && -n ${INIT_CWD:-} ]]; then cd "$INIT_CWD"; fi

[[ $# -ge 2 ]] || usage
IN=$1; OUT=$2; shift 2
SCALE=2; PADDING=20; MAX=6000
while [[ $# -gt 0 ]]; do
  case $1 in
    --scale) SCALE=$2; shift 2 ;;
    --padding) PADDING=$2; shift 2 ;;
    --max) MAX=$2; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done

[[ -f $IN ]] || { echo "render-diagram: no such file: $IN" >&2; exit 2; }
IN_ABS=$(cd "$(dirname "$IN")" && pwd)/$(basename "$IN")
OUT_DIR=$(dirname "$OUT"); mkdir -p "$OUT_DIR"
OUT_ABS=$(cd "$OUT_DIR" && pwd)/$(basename "$OUT")

CHROMIUM=${CHROMIUM:-}
if [[ -z $CHROMIUM ]]; then
  for c in /usr/bin/chromium chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$(command -v "$c"); break; fi
  done
fi
[[ -n $CHROMIUM ]] || { echo "render-diagram: chromium not found: apt-get update && apt-get install -y chromium fonts-liberation" >&2; exit 3; }

if [[ ! -f $TOOL_DIR/node_modules/bpmn-js/dist/bpmn-navigated-viewer.production.min.js ]]; then
  echo "render-diagram: installing bpmn-js (npm ci) ..." >&2
  (cd "$TOOL_DIR" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi

WORK=$(mktemp -d)
PROFILE=$(mktemp -d)
trap 'rm -rf "$WORK" "$PROFILE"' EXIT

# The page loads the XML as a script (a file:// page may not fetch() other files).
node -e '
  const fs = require("fs");
  const xml = fs.readFileSync(process.argv[1], "utf8");
  fs.writeFileSync(process.argv[2], "window.BPMN_XML = " + JSON.stringify(xml) + ";\n");
' "$IN_ABS" "$WORK/diagram-data.js"

PAGE="file://$TOOL_DIR/render.html?data=$(node -p 'encodeURIComponent(require("url").pathToFileURL(process.argv[1]).href)' "$WORK/diagram-data.js")&padding=$PADDING"

chrome() {
  # --virtual-time-budget lets the async import finish before the DOM dump / screenshot
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --disable-sync --user-data-dir="$PROFILE" \
    --hide-scrollbars --virtual-time-budget=10000 "$@" 2>"$WORK/chromium.log"
}

# Pass 1: import the diagram and measure its bounding box.
chrome --window-size=1600,1000 --dump-dom "$PAGE" >"$WORK/dom.html" || true
attr() {
  sed -n "s/.*<body[^>]* $1=\"\([^\"]*\)\".*/\1/p" "$WORK/dom.html" | head -1 |
    sed 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#39;/'"'"'/g; s/&amp;/\&/g'
}
STATUS=$(attr data-status)
if [[ $STATUS != done ]]; then
  echo "render-diagram: rendering failed (status '${STATUS:-none}'): $(attr data-error)" >&2
  if [[ -z $STATUS && -s $WORK/chromium.log ]]; then
    grep -v 'dbus' "$WORK/chromium.log" | tail -5 >&2
  fi
  exit 1
fi
W=$(attr data-width); H=$(attr data-height)
if [[ $(attr data-warnings) != 0 ]]; then
  echo "render-diagram: import warnings: $(attr data-warning-text)" >&2
fi

# Cap huge diagrams: the page then scales the diagram down to fit.
if (( W > MAX || H > MAX )); then
  read -r W H < <(node -p "const s = Math.min($MAX / $W, $MAX / $H); Math.floor($W * s) + ' ' + Math.floor($H * s)")
fi

# Pass 2: screenshot at exactly the diagram's size.
rm -f "$OUT_ABS"
chrome --window-size="$W,$H" --force-device-scale-factor="$SCALE" \
  --screenshot="$OUT_ABS" "$PAGE&w=$W&h=$H" >/dev/null || true
if [[ ! -s $OUT_ABS ]]; then
  echo "render-diagram: chromium wrote no screenshot" >&2
  grep -v 'dbus' "$WORK/chromium.log" | tail -5 >&2 || true
  exit 1
fi
echo "render-diagram: wrote $OUT ($W x $H CSS px at scale $SCALE)"
