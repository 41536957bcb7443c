for x in a b c; do echo $x; done
set -- p q
for y; do echo $y; done
for z in; do echo never; done
for w in "1 2" 3
do
	echo "[$w]"
done
for v in $(echo x y); do echo $v; done
