f() { echo first; }
f
f() { echo second; }
f
g() { g() { echo inner; }; echo outer; }
g; g
unset -f f
f 2>/dev/null || echo gone
