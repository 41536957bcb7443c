set -x
echo "a b" c
x=1
set +x
echo quiet
