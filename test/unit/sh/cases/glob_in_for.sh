touch x1 x2 x3
for f in x*; do echo "file $f"; done
for f in nomatch*; do echo "literal $f"; done
