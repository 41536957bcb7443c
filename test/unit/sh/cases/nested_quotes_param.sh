unset u
echo "${u:-"a b"}"
echo ${u:-'c  d'}
x=val
echo "${x:+"[$x]"}"
echo "${u:-$x}" "${u:-"$x"}"
