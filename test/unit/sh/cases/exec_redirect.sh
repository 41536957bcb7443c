exec 3>&1
exec > out
echo into file
echo more
exec >&3 3>&-
echo back
cat out
exec < out
read first
echo "read: $first"
