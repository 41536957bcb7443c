# ref: bash
sleep 10 &
kill %1
wait %1
echo "status $?"
