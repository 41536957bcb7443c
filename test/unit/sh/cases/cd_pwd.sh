mkdir -p "$HOME" sub/deeper
start=$(pwd)
cd sub
[ "$(pwd)" = "$start/sub" ] && echo in sub
cd deeper && basename "$(pwd)"
cd - > /dev/null && basename "$PWD"
cd ..
[ "$PWD" = "$start" ] && echo back
cd
[ "$(pwd)" = "$HOME" ] && echo home
cd /nonexistent 2>/dev/null || echo "cd failed"
