f() {
	for i in 1 2 3; do
		[ $i = 2 ] && return $i
		echo "loop $i"
	done
	echo unreachable
}
f; echo "ret $?"
h() { false; }
h; echo "last status $?"
