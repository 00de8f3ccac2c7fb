#!/usr/bin/env bash
# Renders every golden SVG of the Figures tests to PNG with real renderers, for looking at.
#
#   scripts/render-figures.sh [output-folder]
#
# Output (default /work/figures-review): rsvg/<name>.png from rsvg-convert (librsvg2-bin) at 2×,
# chromium/<name>.png from headless Chromium when it is installed, and dark/<name>.png: Chromium
# with the page defining the --gb-* custom properties for a dark theme (checks the SVGs restyle).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
golden="$here/../Tests/FiguresTests/Golden"
out="${1:-/work/figures-review}"
mkdir -p "$out/rsvg" "$out/chromium" "$out/dark"

command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install -y librsvg2-bin" >&2; exit 1; }
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"

dark_css='body{margin:0;background:#15171a}
svg{--gb-fg:#e6e6e6;--gb-bg:#15171a;--gb-grid:#33373d;--gb-muted:#a0a4aa;--gb-legend-bg:#1d2024;
--gb-real:#56B4E9;--gb-generated:#E69F00;--gb-discriminator:#2FC79B;--gb-highlight:#7a5a1a;--gb-highlight2:#1f5a7a}'

for svg in "$golden"/*.svg; do
  name="$(basename "$svg" .svg)"
  # Size from the viewBox ("0 0 W H").
  read -r width height < <(sed -n 's/.*viewBox="0 0 \([0-9.]*\) \([0-9.]*\)".*/\1 \2/p' "$svg" | head -1)
  w=${width%.*}; h=${height%.*}
  rsvg-convert -w $((w * 2)) -h $((h * 2)) -b white "$svg" -o "$out/rsvg/$name.png"
  if [[ -n "$chromium_bin" ]]; then
    for theme in light dark; do
      page="$(mktemp --suffix=.html)"
      if [[ $theme == light ]]; then
        printf '<!doctype html><meta charset="utf-8"><style>body{margin:0}</style>%s' "$(cat "$svg")" > "$page"
        target="$out/chromium/$name.png"
      else
        printf '<!doctype html><meta charset="utf-8"><style>%s</style>%s' "$dark_css" "$(cat "$svg")" > "$page"
        target="$out/dark/$name.png"
      fi
      "$chromium_bin" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=2 \
        --window-size="$w,$h" --screenshot="$target" "file://$page" >/dev/null 2>&1 || echo "chromium failed on $name" >&2
      rm -f "$page"
    done
  fi
  echo "$name: $out/rsvg/$name.png"
done
