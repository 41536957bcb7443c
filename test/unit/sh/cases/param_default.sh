unset u; e=
echo "1:${u:-def}" "2:${u-def}" "3:${e:-def}" "4:${e-def}"
echo "5:${u:-"two words"}" 6:${u:-$((1+1))}
set -- ${u:-a b c}; echo $#
set -- "${u:-a b c}"; echo $#
