for i in 1 2 3 4; do
	case $i in
	3) break;;
	*) echo $i;;
	esac
done
