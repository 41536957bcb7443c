greet() {
	echo "hello $1"
}
greet world
add() { echo $(($1 + $2)); }
add 2 3
f() { return 7; }
f; echo $?
g() { echo "$#:$*"; }
g; g a; g "a b" c
