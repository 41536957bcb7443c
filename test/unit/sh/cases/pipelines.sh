echo hello | tr a-z A-Z
printf 'c\nb\na\n' | sort | head -n 2 | tr '\n' ' '; echo
echo x | { read v; echo "got $v"; }
false | true; echo $?
true | false; echo $?
! true | false; echo $?
echo a |
cat
