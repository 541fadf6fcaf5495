# Shared by scripts/run and scripts/test. Installs what is missing, says what it installs.

# ensure_apt PKG...: installs the Debian/Ubuntu packages that are not installed yet.
ensure_apt() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing system packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ -z "${DOWNBEAT_APT_UPDATED:-}" ]; then
    $sudo apt-get update -qq
    export DOWNBEAT_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ensure_rust: the Rust toolchain must be there (rustup.rs); cargo fetches the crates.
ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    echo "error: cargo is not installed. Install Rust 1.85 or newer from https://rustup.rs and run this again." >&2
    exit 1
  fi
}

# Packages that building the desktop app (Tauri v2 on WebKitGTK) needs.
DESKTOP_BUILD_PKGS=(build-essential pkg-config curl libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev)

# ensure_ui: builds the history window's files (ui/dist) from the locked npm packages, unless
# they are newer than every source.
ensure_ui() {
  # Already built from these sources: leave it, so that nothing is rebuilt for nothing.
  if [ -f ui/dist/index.html ] && [ -d ui/node_modules ] &&
    [ -z "$(find ui/src ui/build.mjs ui/package.json ui/package-lock.json -newer ui/dist/index.html -print -quit)" ]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    ensure_apt nodejs npm
  fi
  echo "==> building the history window (npm ci, ui/build.mjs)"
  (cd ui && npm_config_update_notifier=false npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)
}

# The cargo tools the tests use, pinned: tauri-driver (the WebDriver bridge the end-to-end test
# drives the app through), cargo-deny (the dependency policy check) and cargo-deb (the Debian
# package, which the tests build and install).
CARGO_TOOLS=("tauri-driver@2.1.0" "cargo-deny@0.20.2" "cargo-deb@3.6.0")

# start_cargo_tools [TOOL@VERSION...]: builds the missing cargo tools (default: CARGO_TOOLS) in
# the background (once; then cached in ~/.cargo/bin), so that they compile while the system
# packages install.
start_cargo_tools() {
  local need=() tools=("$@")
  [ ${#tools[@]} -eq 0 ] && tools=("${CARGO_TOOLS[@]}")
  for t in "${tools[@]}"; do
    local bin=${t%@*}
    command -v "$bin" >/dev/null 2>&1 || [ -x "$HOME/.cargo/bin/$bin" ] || need+=("$t")
  done
  [ ${#need[@]} -eq 0 ] && return 0
  echo "==> building in the background, once (cargo install): ${need[*]}"
  CARGO_TOOLS_LOG=$(mktemp)
  cargo install --locked --quiet "${need[@]}" >"$CARGO_TOOLS_LOG" 2>&1 &
  CARGO_TOOLS_PID=$!
}

# wait_cargo_tools: waits for start_cargo_tools; its output is shown only if it failed.
wait_cargo_tools() {
  [ -z "${CARGO_TOOLS_PID:-}" ] && return 0
  if ! wait "$CARGO_TOOLS_PID"; then
    cat "$CARGO_TOOLS_LOG" >&2
    echo "error: cargo install ${CARGO_TOOLS[*]} failed" >&2
    exit 1
  fi
  CARGO_TOOLS_PID=""
  export PATH="$HOME/.cargo/bin:$PATH"
}

# The Windows cross-build, in one place. scripts/package builds the zip with windows_cargo.
#
# Why two ways: these machines reach the package registries (crates.io, Debian, npm, PyPI) and
# nothing else, so on a new machine `rustup target add` can't download the Windows standard
# library. rustup's target is used when it is installed or can be added. When it can't, Debian
# 12's own Rust (rustc-web and cargo-web, Rust 1.96, from bookworm-updates) builds the standard
# library for Windows from its source (rust-web-src) with -Zbuild-std, its crates coming from
# crates.io. -Zbuild-std is unstable: RUSTC_BOOTSTRAP=1 allows it on that stable compiler, for
# that one build only. Either way mingw-w64 links, and the zip holds the same files.
# DOWNBEAT_WINDOWS_STD=debian (or rustup) picks a way instead, to test the other one.
WINDOWS_TARGET=x86_64-pc-windows-gnu

# windows_toolchain: chooses the way once, installs what it needs, and says which and why.
# wixl builds the installer (.msi) from packaging/windows/downbeat.wxs, and msitools' msibuild
# adds what wixl can't write (scripts/package); msitools' msiinfo and msiextract read it back
# (scripts/test-windows).
windows_toolchain() {
  [ -n "${WINDOWS_WAY:-}" ] && return 0
  ensure_apt gcc-mingw-w64-x86-64 wixl msitools
  local why="" err
  case "${DOWNBEAT_WINDOWS_STD:-}" in
    debian) why="DOWNBEAT_WINDOWS_STD=debian" ;;
    rustup | "")
      if rustup target list --installed 2>/dev/null | grep -qx "$WINDOWS_TARGET"; then
        WINDOWS_WAY=rustup
        why="rustup's $WINDOWS_TARGET target is installed"
      elif ! command -v rustup >/dev/null 2>&1; then
        why="there is no rustup to add the $WINDOWS_TARGET target"
      elif err=$(rustup target add "$WINDOWS_TARGET" 2>&1); then
        WINDOWS_WAY=rustup
        why="rustup added the $WINDOWS_TARGET target"
      else
        err=$(printf '%s\n' "$err" | grep -m1 -i 'error' | sed 's/^error: //' | cut -c1-240)
        why="rustup could not add the $WINDOWS_TARGET target: $err"
      fi
      if [ -z "${WINDOWS_WAY:-}" ] && [ "${DOWNBEAT_WINDOWS_STD:-}" = rustup ]; then
        echo "error: DOWNBEAT_WINDOWS_STD=rustup, but $why" >&2
        exit 1
      fi
      ;;
    *) echo "error: DOWNBEAT_WINDOWS_STD is rustup or debian, not '$DOWNBEAT_WINDOWS_STD'" >&2; exit 2 ;;
  esac
  if [ -z "${WINDOWS_WAY:-}" ]; then
    WINDOWS_WAY=debian
    ensure_apt rustc-web cargo-web rust-web-src
    echo "==> the Windows build: Debian's Rust ($(/usr/bin/rustc --version | cut -d' ' -f2)) builds its own standard library (-Zbuild-std), because $why"
  else
    echo "==> the Windows build: rustup's standard library for $WINDOWS_TARGET, because $why"
  fi
  export WINDOWS_WAY
}

# windows_cargo SUBCOMMAND ARGS...: cargo for the Windows target, the way windows_toolchain chose.
windows_cargo() {
  windows_toolchain
  local sub=$1
  shift
  if [ "$WINDOWS_WAY" = rustup ]; then
    cargo "$sub" --target "$WINDOWS_TARGET" "$@"
  else
    RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
      CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
      /usr/bin/cargo "$sub" -Zbuild-std=std,panic_unwind --target "$WINDOWS_TARGET" "$@"
  fi
}

# start_xvfb [WxHxDEPTH]: a private X server (default 1280x800x24) on the first free display,
# which Xvfb picks itself (-displayfd), so a desktop on :0 or a server left over never collides.
# Exports DISPLAY and XVFB_PID; `kill $XVFB_PID` (SIGTERM) lets it remove its socket and lock
# file.
start_xvfb() {
  local out
  out=$(mktemp)
  Xvfb -displayfd 1 -screen 0 "${1:-1280x800x24}" -nolisten tcp >"$out" 2>/dev/null &
  XVFB_PID=$!
  for _ in $(seq 100); do
    grep -q . "$out" && break
    kill -0 "$XVFB_PID" 2>/dev/null || break
    sleep 0.1
  done
  if ! grep -qx '[0-9][0-9]*' "$out"; then
    rm -f "$out"
    echo "error: Xvfb did not start" >&2
    exit 1
  fi
  export DISPLAY=":$(head -n1 "$out")"
  rm -f "$out"
}
