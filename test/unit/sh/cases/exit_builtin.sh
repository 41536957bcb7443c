f() { exit 6; echo no; }
(f); echo "sub $?"
echo body
exit 9
echo no
