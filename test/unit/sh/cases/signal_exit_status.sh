sleep 10 &
kill $!
wait $!
echo "term $?"
sleep 10 &
kill -9 $!
wait $!
echo "kill $?"
$SH -c 'kill $$'
echo "self $?"
$SH -c 'kill -INT $$'
echo "int $?"
