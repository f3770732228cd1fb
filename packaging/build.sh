#!/usr/bin/env bash
# Builds the self-contained Linux app folder dist/journey-canvas/ and its archive
# dist/journey-canvas-VERSION-linux-ARCH.tar.gz with PyInstaller (packaging/journey-canvas.spec).
# Needs the project's .venv with the `packaging` extra (bash .ci/setup installs it).
#   bash packaging/build.sh                # folder and archive
#   bash packaging/build.sh --no-archive   # folder only
# JOURNEY_CANVAS_DIST and JOURNEY_CANVAS_WORK move the output (dist/) and work (build/pyinstaller/)
# folders, both ignored by git; the packaged-app test builds into a temporary folder that way.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
DIST="${JOURNEY_CANVAS_DIST:-dist}"
WORK="${JOURNEY_CANVAS_WORK:-build/pyinstaller}"
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
  echo "build.sh: PyInstaller is missing; run: .venv/bin/pip install -e '.[packaging]'" >&2
  exit 1
fi
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/journey-canvas.spec

if [ "${1:-}" = "--no-archive" ]; then
  echo "build.sh: built $DIST/journey-canvas/"
  exit 0
fi
version="$("$PYTHON" -c 'import canvas_app; print(canvas_app.__version__)')"
archive="$DIST/journey-canvas-${version}-linux-$(uname -m).tar.gz"
tar -C "$DIST" -czf "$archive" journey-canvas
echo "build.sh: built $DIST/journey-canvas/ and $archive"
