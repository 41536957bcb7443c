x=1; unset x; echo "[${x-unset}]"
f() { echo f; }; unset -f f; f 2>/dev/null || echo no f
y=2; unset -v y; echo "[${y-unset}]"
