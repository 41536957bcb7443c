( sleep 0.2; echo bg1 > f1 ) &
( echo bg2 > f2 ) &
wait
cat f1 f2
echo all done
(exit 7) &
p=$!
wait $p; echo "status $?"
sleep 0.1 & sleep 0.1 &
wait; echo "wait $?"
