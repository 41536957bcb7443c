export A=exported
B=local
$SH -c 'echo "A=$A B=${B-unset}"'
C=prefix $SH -c 'echo "C=$C"'
echo "C after: ${C-unset}"
export B
$SH -c 'echo "B=$B"'
