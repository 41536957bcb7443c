# ref: bash
echo "a b c" | { read x y; echo "$x|$y"; }
echo "  lead  trail  " | { read v; echo "[$v]"; }
printf 'one\ntwo\n' | { read a; read b; echo "$b $a"; }
printf 'no newline' | { read l; echo "$? [$l]"; }
: | { read z; echo "eof $?"; }
echo "x y" | { read; echo "[$REPLY]"; }
