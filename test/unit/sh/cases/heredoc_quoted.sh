x=world
cat <<'EOF'
hello $x
$(echo sub) \$x \\
EOF
cat <<"E2"
double $x
E2
cat <<\E3
backslash $x
E3
