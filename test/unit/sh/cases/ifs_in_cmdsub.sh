x=$(printf 'a b\nc')
set -- $x
echo $#
IFS='
'
set -- $x
echo $#
printf '[%s]' "$@"; echo
