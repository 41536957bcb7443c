true && echo a || echo b
false && echo c || echo d
false || false || echo e
true && true && echo f
false && echo g; echo "status $?"
true ||
	echo no
echo h; echo i ; echo j
