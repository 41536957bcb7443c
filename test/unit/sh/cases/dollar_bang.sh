echo "[${!-none}]"
sleep 0.1 &
p=$!
[ -n "$p" ] && echo has pid
wait $p
echo "waited $?"
