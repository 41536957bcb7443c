# ref: bash
echo $((x=7, x+1)) $x $((y=2, y*=3, y))
