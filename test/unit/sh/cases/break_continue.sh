for i in 1 2 3; do
	for j in a b c; do
		[ $j = b ] && continue 2
		[ $i = 3 ] && break 2
		echo $i$j
	done
done
n=0
while true; do n=$((n+1)); [ $n -gt 3 ] && break; [ $n = 2 ] && continue; echo n$n; done
echo done $n
