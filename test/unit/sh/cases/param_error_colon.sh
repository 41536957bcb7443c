e=
( : ${e:?} ) 2>/dev/null
echo "status $?"
( : ${e?} ) && echo fine
