a=1 b=2
c=$a$b
echo $a $b $c
d="with space"; echo "$d"
e=$d; echo "$e"
f=~notexpanded; echo $f
x=1; x=$((x+1)); echo $x
