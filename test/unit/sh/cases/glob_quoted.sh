touch a.c b.c
echo "*.c" '*.c' \*.c
x='*.c'
echo "$x" $x
