x=a::b:
IFS=:
set -- $x; echo $#
printf '[%s]' "$@"; echo
x=' a : b '
IFS=' :'
printf '[%s]' $x; echo
x=':a'
printf '[%s]' $x; echo
IFS=
printf '[%s]' $x; echo
unset IFS
x='p  q'
printf '[%s]' $x; echo
