# ref: bash
printf '%s\n' 'echo "args: $# $1 $2"' 'exit 4' > s.sh
$SH s.sh a "b c"
echo "status $?"
$SH nonexistent.sh 2>/dev/null
echo "missing $?"
