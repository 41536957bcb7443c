a=$$
b=$(echo $$)
c=$( (echo $$) )
[ "$a" = "$b" ] && [ "$a" = "$c" ] && echo same
[ "$a" -gt 0 ] && echo positive
