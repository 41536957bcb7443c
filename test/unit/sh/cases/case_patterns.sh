for w in apple banana cherry 'a b' x '*' ''; do
	case $w in
	a*e) echo "$w: a..e";;
	b*|c*) echo "$w: b or c";;
	"a b") echo "$w: quoted";;
	\*) echo "star";;
	?) echo "$w: one char";;
	'') echo "empty";;
	esac
done
