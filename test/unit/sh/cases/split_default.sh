x="  a  b	c
d  "
set -- $x; echo $#
printf '[%s]' $x; echo
printf '[%s]' "$x" | tr '\n\t' 'NT'; echo
