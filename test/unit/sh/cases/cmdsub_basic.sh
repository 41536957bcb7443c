echo $(echo one) `echo two` "$(echo three)"
x=$(echo a; echo b); echo "$x"
echo $(printf 'x\ny')
