x=outer
x=inner true
echo $x
f() { echo "f sees $y"; }
y=temp f
echo "after [${y-unset}]"
IFS=: read a b <<EOF
1:2
EOF
echo "$a $b [$IFS]" | tr '\n\t' 'NT'
echo
