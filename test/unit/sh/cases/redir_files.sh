echo one > f
echo two >> f
cat < f
cat f > g; cat g
> empty; [ -s empty ] || echo empty
echo x > "file with space"; cat "file with space"
name=dyn; echo y > $name.txt; cat dyn.txt
