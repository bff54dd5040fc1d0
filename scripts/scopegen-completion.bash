# bash completion for scopegen; installed as share/bash-completion/completions/scopegen, where
# bash-completion loads it the first time `scopegen <TAB>` is pressed. To try it from the source
# tree: source scripts/scopegen-completion.bash
# The lists mirror generator/cli/options.cpp; tests/cli/completion.sh checks them against --help.

_scopegen() {
  local cur prev cmd i
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=""
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  local commands="generate check manifest migrate lint import explain scan init"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      generate | check | manifest | migrate | lint | import | explain | scan | init) cmd=${COMP_WORDS[i]}; break ;;
    esac
  done

  if [[ -z $cmd ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$commands --help --version" -- "$cur")
    return 0
  fi

  # Options whose value is a directory, a file, or a word from a fixed list.
  case $prev in
    --out | --templates | --builtin-templates | --catalogues)
      mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return 0 ;;
    --openapi)
      mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return 0 ;;
    --depfile | --stamp | --merge | --scopes-page | --operations | --manifest-schema | --profile | --tables | --schema | --evidence)
      mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return 0 ;;
    --dump-view | --targets)
      mapfile -t COMPREPLY < <(compgen -W "cpp ts npm json manifest md python" -- "$cur"); return 0 ;;
    --ts-style)
      mapfile -t COMPREPLY < <(compgen -W "enum const" -- "$cur"); return 0 ;;
    --format)
      if [[ $cmd == scan ]]; then
        mapfile -t COMPREPLY < <(compgen -W "text json sarif" -- "$cur")
      else
        mapfile -t COMPREPLY < <(compgen -W "text json" -- "$cur")
      fi
      return 0 ;;
    --manifest)
      # [PROVIDER=]FILE: the app manifest the app has.
      mapfile -t COMPREPLY < <(compgen -f -X '!*.json' -- "$cur"; compgen -d -- "$cur"); return 0 ;;
    --provider)
      mapfile -t COMPREPLY < <(compgen -W "xero stripe quickbooks" -- "$cur"); return 0 ;;
    --today | --deadline-lead | --granted | --exclude | --use-case | --scopes | --name | --id | --created)
      return 0 ;;
  esac

  local options
  case $cmd in
    generate | check)
      options="--out --templates --builtin-templates --catalogues --no-shipped-catalogues
               --list-outputs --depfile --stamp --dump-view --targets --ts-style --evidence --help" ;;
    manifest)
      options="--merge --dry-run --check --prune --catalogues --no-shipped-catalogues --help" ;;
    migrate)
      options="--today --catalogues --no-shipped-catalogues --format --app-only --help" ;;
    lint)
      options="--today --catalogues --no-shipped-catalogues --format --strict --deadline-lead --help" ;;
    import)
      options="--openapi --scopes-page --operations --manifest-schema --out --catalogues --check --help" ;;
    explain)
      options="--granted --no-shipped-catalogues --help" ;;
    init)
      options="--provider --use-case --scopes --manifest --name --id --created --schema --catalogues
               --no-shipped-catalogues --help" ;;
    scan)
      options="--profile --tables --format --suggest --exclude --catalogues --no-shipped-catalogues
               --help" ;;
  esac
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
  elif [[ $cmd == import && $prev == import ]]; then
    mapfile -t COMPREPLY < <(compgen -W "xero stripe" -- "$cur")
  elif [[ $cmd == manifest && $prev == manifest ]]; then
    mapfile -t COMPREPLY < <(compgen -W "stripe" -- "$cur")
  elif [[ $cmd == init ]]; then
    # PROFILE: the file to write.
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  elif [[ $cmd == scan ]]; then
    # SOURCE: any file or directory.
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  else
    # INPUT: YAML tables or directories of them.
    mapfile -t COMPREPLY < <(compgen -f -X '!*.yaml' -- "$cur"
                             compgen -f -X '!*.yml' -- "$cur"
                             compgen -d -- "$cur")
  fi
  return 0
}
complete -o filenames -F _scopegen scopegen
