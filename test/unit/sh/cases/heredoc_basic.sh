x=world
cat <<EOF
hello $x
$(echo sub) `echo bq` $((1+1))
literal \$x and \\ backslash
"quotes" 'kept'
EOF
