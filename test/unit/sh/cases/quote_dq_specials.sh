x=val
printf '%s\n' "\"quoted\"" "back\`tick" "dollar \$x $x" "it's" "tab	in"
printf '%s\n' "${x}s" "$x"s 'a"b'"c'd"
