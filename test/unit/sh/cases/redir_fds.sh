{ echo out; echo err >&2; } > both 2>&1
cat both
{ echo out2; echo err2 >&2; } 2>&1 > only_out | sed s/^/pipe:/
cat only_out
echo tofd3 3>f3 >&3
cat f3
exec 4>f4
echo via4 >&4
exec 4>&-
cat f4
echo closed >&- 2>/dev/null
cat <&0 </dev/null; echo "read ok"
