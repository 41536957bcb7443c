set -e
if false; then echo no; fi
while false; do :; done
false || true
false && true
! true
f() { false; echo "f continues"; }
f || echo fail
x=$(false; echo sub)
echo "x=$x"
true && false || echo or
echo end
(false)
echo not reached
