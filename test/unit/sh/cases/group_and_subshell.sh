{ echo a; echo b; } > out
cat out
x=1
(x=2; echo "sub $x")
echo "main $x"
{ x=3; }
echo "group $x"
(cd /; pwd)
[ "$(pwd)" != / ] && echo "cwd kept"
(exit 3); echo $?
