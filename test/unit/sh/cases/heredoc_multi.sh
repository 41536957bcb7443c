cat <<A; cat <<B
first
A
second
B
cat <<A | tr a-z A-Z
piped
A
while read l; do echo "<$l>"; done <<EOF
1
2
EOF
f() { cat <<EOF
in function $1
EOF
}
f arg
x=$(cat <<EOF
captured
EOF
)
echo "$x"
