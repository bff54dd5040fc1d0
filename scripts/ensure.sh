# Sourced, not run: `ensure LIBRARY... -- COMMAND=PACKAGE...` installs, in one apt-get call,
# every Debian library package that is not installed and the package of every command that is
# not on PATH. Commands are checked by name, so a Node.js or CMake installed another way (as on
# many CI images) is used as it is rather than fought with. Needs root or sudo only when
# something is missing.
ensure() {
  local missing=() p cmd
  while (($#)) && [[ $1 != -- ]]; do
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" || missing+=("$1")
    shift
  done
  (($#)) && shift
  for p in "$@"; do
    cmd=${p%%=*}
    command -v "$cmd" >/dev/null 2>&1 || missing+=("${p#*=}")
  done
  ((${#missing[@]})) || return 0
  echo "scopegen: installing ${missing[*]}" >&2
  local sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}
