echo first > f
set -C
echo second > f 2>/dev/null || echo refused
echo third >| f
cat f
