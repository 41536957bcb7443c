# ref: bash
for s in 'echo (' 'fi' 'if true; then' ') x' 'echo a |' 'case x in' '{ echo' 'echo $(' "echo 'x" 'x && ;' 'f() echo'; do
	$SH -c "$s" 2>/dev/null
	echo "$? for $s"
done
