# Shared by the command-line test scripts (sourced, not run): the claimgraph
# binary in $CLAIMGRAPH, the project root as the script's first argument, a
# scratch folder removed on exit, and a tally of named checks.
root=$1
cg=$CLAIMGRAPH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
articles="$root/examples/kratom/articles"
passed=0 failed=0

check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}

finish() {  # the tally, and the script's exit status
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
