echo 'echo hi' > script
chmod -x script
./script 2>/dev/null
echo "status $?"
mkdir dir
./dir 2>/dev/null
echo "status $?"
