set -- a b c
echo $# $2
set -- "x y"
echo $# "$1"
set --
echo $#
set -e -- p q
echo $# $1
