set -e
echo start
false
echo not reached
