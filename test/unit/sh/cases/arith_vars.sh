i=5; j=
echo $((i*2)) $((i+j)) $((unset_v+1)) $(($i+1))
echo $((i+=3)) $i $((i-=1)) $((i*=2)) $i
n=0; while [ $n -lt 5 ]; do n=$((n+1)); done; echo $n
