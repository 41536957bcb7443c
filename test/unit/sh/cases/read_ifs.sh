IFS=: read a b c <<EOF
1:2:3:4
EOF
echo "$a $b $c"
IFS=: read a b <<EOF
x::y
EOF
echo "[$a][$b]"
while IFS= read -r line; do echo "<$line>"; done <<EOF
  spaced  
EOF
