echo a   b "c  d" 'e $f'
x=hello
printf '%s|' "$x" '$x' \$x "\$x" "a\\b" a\\b "a\b" 'a\b'
echo
