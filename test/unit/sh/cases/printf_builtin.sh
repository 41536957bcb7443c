printf '%s-%s\n' a b c d
printf '%d %5d|%-4d|%04d\n' 42 7 3 9
printf '%x %X %o %c %%\n' 255 255 8 word
printf '[%5s][%-5s][%.2s]\n' ab cd efgh
printf 'no args\n'
printf '%s\n'
printf 'tab\there\n'
printf '%b\n' 'esc\tape'
