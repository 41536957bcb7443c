$SH -c 'echo "$0|$1|$2|$#"' zero one two
$SH -c 'echo "$#"'
$SH -c 'exit 9'; echo $?
$SH -c 'echo $1' -- x
