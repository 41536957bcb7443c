cat > lib.sh <<'EOF'
libvar=loaded
libfn() { echo "libfn $1"; }
EOF
. ./lib.sh
echo $libvar
libfn arg
echo 'return 5; echo no' > ret.sh
. ./ret.sh; echo "dot status $?"
