printf '%s\n' 'a\b c\\d' | { read x y; printf '%s\n' "$x|$y"; }
printf '%s\n' 'a\b c\\d' | { read -r x y; printf '%s\n' "$x|$y"; }
printf '%s\n' 'con\' 'tinued' | { read x; echo "$x"; }
