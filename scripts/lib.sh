# shellcheck shell=bash
# Shared set-up for the scripts in this folder. Source it; do not run it.
# Each function is idempotent and fast when nothing changed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

die() { echo "error: $*" >&2; exit 1; }

# ensure_venv REQUIREMENTS_FILE
# Create .venv if needed and install the pinned requirements when the file
# (or anything it includes with -r) changed since the last install.
ensure_venv() {
  local req="$ROOT/$1" stamp hash
  command -v python3 >/dev/null || die "python3 is missing: install Python 3.10 or newer (Debian: apt-get install python3 python3-venv)"
  python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' || die "Python 3.10 or newer is needed; found $(python3 --version)"
  if [ ! -x "$VENV/bin/python" ]; then
    echo "==> creating virtualenv in .venv"
    python3 -m venv "$VENV" || die "could not create a virtualenv (Debian: apt-get install python3-venv)"
  fi
  hash=$(cat "$ROOT"/requirements*.txt | sha256sum | cut -c1-16)
  stamp="$VENV/.installed-$(basename "$req" .txt)-$hash"
  if [ ! -e "$stamp" ]; then
    echo "==> installing $(basename "$req") into .venv"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req" || die "pip install -r $1 failed"
    rm -f "$VENV"/.installed-"$(basename "$req" .txt)"-*
    touch "$stamp"
  fi
}

# ensure_node_modules: npm ci from package-lock.json when it changed.
ensure_node_modules() {
  local hash stamp
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    die "Node.js 20.19+ and npm are missing (Debian: apt-get install nodejs npm)"
  fi
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
    || die "Node.js 20.19 or newer is needed; found $(node --version)"
  hash=$(sha256sum "$ROOT/package-lock.json" | cut -c1-16)
  stamp="$ROOT/node_modules/.installed-$hash"
  if [ ! -e "$stamp" ]; then
    echo "==> npm ci"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
    touch "$stamp"
  fi
}

# ensure_debian_package COMMAND PACKAGE: the tests drive Debian's own tools
# (chromium, firefox-esr, pdftotext from poppler-utils). Installed when
# missing and run as root; otherwise the error says what to install.
ensure_debian_package() {
  local cmd="$1" pkg="$2"
  if command -v "$cmd" >/dev/null; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> installing Debian package $pkg"
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null; }; then
      die "apt-get install $pkg failed"
    fi
  else
    die "the tests need '$cmd': run 'sudo apt-get install $pkg' (Debian/Ubuntu), or put a $cmd binary on PATH"
  fi
}

# ensure_chromium: the browser tests drive Debian's chromium package.
ensure_chromium() { ensure_debian_package chromium chromium; }
