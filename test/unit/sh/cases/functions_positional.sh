set -- outer1 outer2
f() { echo "in: $1 $#"; set -- x y z; echo "set: $#"; shift; echo "$1"; }
f a
echo "out: $1 $#"
