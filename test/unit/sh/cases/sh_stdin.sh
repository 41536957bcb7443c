# ref: bash
echo 'echo from stdin; echo $#' | $SH
printf 'read x\nhello shared\necho "x=$x"\n' | $SH
echo 'echo "[$1]"' | $SH -s arg
