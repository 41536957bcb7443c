parse() {
	OPTIND=1
	while getopts "ab:c" opt; do
		case $opt in
		a) echo "a";;
		b) echo "b=$OPTARG";;
		c) echo "c";;
		'?') echo "bad";;
		esac
	done
	shift $((OPTIND - 1))
	echo "rest: $* (OPTIND=$OPTIND)"
}
parse -a -b val -c x y
parse -ac -bval -- -z
parse -x 2>/dev/null
parse -b 2>/dev/null
parse
parse plain -a
while getopts ":ab:" o -a -b; do echo "$o ${OPTARG-}"; done
