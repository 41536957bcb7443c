trap 'echo caught USR1' USR1
kill -USR1 $$
echo after
trap 'echo in trap; n=1' TERM
kill $$
echo "n=$n"
trap - TERM
trap '' INT
kill -INT $$
echo "ignored INT"
