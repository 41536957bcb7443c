echo one \
two \
three
x=ab\
cd
echo "$x" "line\
joined"
