eval 'x=1; echo $x'
cmd='echo evaluated'
eval $cmd
eval "y=\$x"
echo $y
eval
echo "empty $?"
eval 'for i in 1 2; do echo $i; done'
