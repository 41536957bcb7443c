set -- a b
for w in "pre$@post"; do echo "[$w]"; done
for w in "$@$@"; do echo "{$w}"; done
