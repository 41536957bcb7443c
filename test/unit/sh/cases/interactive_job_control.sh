# ref: none
# A terminal session: ^C ends the foreground job (or the line being
# typed) and the shell goes on; ^Z stops a job.
python3 "$CASEDIR/../pty_session.py" "$SH" \
	'sleep 100' '^C' 'echo out: sleep $?' \
	'sleep 100 | cat' '^C' 'echo out: pipe $?' \
	'while :; do :; done' '^C' 'echo out: loop $?' \
	'echo $((' '^C' 'echo out: typing $?' \
	'sleep 100' '^Z' 'echo out: stopped $?' \
	'kill -9 %1' 'trap "echo out: trapped" INT' 'kill -INT $$' \
	'exit 3'
