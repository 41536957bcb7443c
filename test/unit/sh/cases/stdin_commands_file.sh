echo 'echo line1
x=5
echo "x is $x"
if true; then
  echo in if
fi' > cmds
$SH < cmds
