echo before
x=${nope?it is not set}
echo not reached
