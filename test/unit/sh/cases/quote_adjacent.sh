x=1
printf '[%s]' a"b"'c'd "$x"'$x' ''"" "" '' x""
echo
set -- "" '' ""x
echo $#
