i=0
{
while [ $i -lt 200 ]; do echo "line $i of the document"; i=$((i+1)); done
} > gen
( echo 'cat <<EOF'; cat gen; echo EOF ) > script
. ./script | wc -l | tr -d ' '
