#!/bin/bash
# run_tests.sh - runs the shell's test cases against a shell.
#
#	run_tests.sh SHELL [case...]
#
# Each case is cases/NAME.sh, run as `SHELL NAME.sh` in an empty
# temporary directory with standard input from cases/NAME.in (or
# /dev/null), $SH naming the shell under test and $CASEDIR the cases
# (pty_session.py drives terminal sessions).  Expected:
#	cases/NAME.out		standard output (missing: empty)
#	cases/NAME.status	exit status (missing: 0)
#	cases/NAME.err		standard error, checked only for our shell
#
# Where the behaviour is POSIX-defined, the case also runs under a
# reference shell and must give the same output and status there, which
# catches mistakes in the expectations.  The reference is dash unless
# the script says otherwise on a line of its own:
#	# ref: bash	bash --posix
#	# ref: none	no reference (Resurgo-specific behaviour)
#
# Prints "ok NAME" or "FAIL NAME: why" per case and a last line
# "N passed, M failed"; exits 0 only if nothing failed.

here=$(cd "$(dirname "$0")" && pwd)
cases=$here/cases

if [ $# -lt 1 ]; then
	echo "usage: $0 shell [case...]" >&2
	exit 2
fi
shell=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift

work=$(mktemp -d "${TMPDIR:-/tmp}/sh-tests.XXXXXX")
trap 'rm -rf "$work"' EXIT

# bash --posix behind one path, so that scripts can run "$SH".
bash_posix=$work/bash-posix
printf '#!/bin/sh\nexec bash --posix "$@"\n' > "$bash_posix"
chmod +x "$bash_posix"

passed=0
failed=0

# run SHELL SCRIPT INPUT: leaves got.out, got.err, got.status in $work.
run() {
	local dir
	dir=$(mktemp -d "$work/case.XXXXXX")
	(cd "$dir" && SH=$1 HOME=$dir/home CASEDIR=$cases timeout 60 "$1" "$2" \
	    < "$3" > "$work/got.out" 2> "$work/got.err")
	echo $? > "$work/got.status"
	chmod -R u+rwx "$dir" 2>/dev/null
	rm -rf "$dir"
}

# compare WHAT EXPECTED-FILE GOT-FILE: says how they differ, if they do.
compare() {
	if ! cmp -s "$2" "$3"; then
		echo "$1 differs: expected $(head -c 200 "$2" | tr '\n' '|')" \
		    "got $(head -c 200 "$3" | tr '\n' '|')"
		return 1
	fi
}

# reference SCRIPT: the reference shell's path, nothing for "ref: none";
# fails naming the shell when it is not installed (the case cannot
# check its expectations, so it must not pass).
reference() {
	local ref
	ref=$(sed -n 's/^# ref: *//p' "$1" | head -n 1)
	case $ref in
	none) ;;
	bash) command -v bash > /dev/null && echo "$bash_posix" ;;
	*) command -v dash ;;
	esac
}

# check_case NAME: prints nothing if the case passes, else why not.
check_case() {
	local name=$1 script=$cases/$1.sh input=/dev/null ref
	local want_out=$work/want.out want_status=0
	[ -f "$cases/$name.in" ] && input=$cases/$name.in
	if [ -f "$cases/$name.out" ]; then
		cp "$cases/$name.out" "$want_out"
	else
		: > "$want_out"
	fi
	[ -f "$cases/$name.status" ] && want_status=$(cat "$cases/$name.status")
	echo "$want_status" > "$work/want.status"

	run "$shell" "$script" "$input"
	compare stdout "$want_out" "$work/got.out" || return
	compare status "$work/want.status" "$work/got.status" || return
	if [ -f "$cases/$name.err" ]; then
		compare stderr "$cases/$name.err" "$work/got.err" || return
	fi

	if ! ref=$(reference "$script"); then
		echo "the reference shell is not installed (tools/deps" \
		    "installs dash and bash)"
		return
	fi
	[ -n "$ref" ] || return
	run "$ref" "$script" "$input"
	compare "reference ($(basename "$ref")) stdout" "$want_out" \
	    "$work/got.out" || return
	compare "reference ($(basename "$ref")) status" \
	    "$work/want.status" "$work/got.status" || return
}

if [ $# -eq 0 ]; then
	set -- $(cd "$cases" && ls *.sh | sed 's/\.sh$//')
fi
for name in "$@"; do
	why=$(check_case "$name")
	if [ -z "$why" ]; then
		echo "ok $name"
		passed=$((passed + 1))
	else
		echo "FAIL $name: $why"
		failed=$((failed + 1))
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
