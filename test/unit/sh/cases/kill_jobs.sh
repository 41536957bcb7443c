# ref: none
# Not checked against bash: on some hosts bash drops a job that dies
# before `wait %1` runs and answers 127; POSIX wants its status kept.
sleep 10 &
kill %1
wait %1
echo "status $?"
