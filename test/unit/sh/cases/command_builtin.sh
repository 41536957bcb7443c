f() { echo func; }
command -v f
command -v echo
command -v nonexistent_q || echo "not found"
echo() { printf 'fn-echo\n'; }
echo x
command echo real
unset -f echo
type true | grep -q builtin && echo true-builtin
