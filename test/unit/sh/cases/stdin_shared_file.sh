# ref: bash
# Commands read from a file on standard input leave the rest of it to
# the commands they run.
printf '%s\n' 'read x' 'hello shared' 'echo "x=$x"' 'head -n 1' \
	'line for head' 'echo end' > cmds
$SH < cmds
