# ref: none
printf 'echo out\n' | PS1='P> ' $SH -i 2>err
cat err
echo
