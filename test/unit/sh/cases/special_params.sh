set -- a "b c" d
echo "$#" "$1" "$2" "$3" "${4-none}"
echo "$*"
IFS=-; echo "$*"; unset IFS
shift; echo "$# $1"
shift 2; echo "$#"
