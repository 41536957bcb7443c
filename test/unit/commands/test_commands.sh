#!/bin/sh
#
# test_commands - host tests of Resurgo's commands (commands/*).
#
# The commands built for the host (build/host/cmd) run in a temporary
# folder.  Where POSIX defines the behaviour, the same command line runs
# once with our commands first in PATH and once with the host's, and
# the outputs and exit statuses must agree ("check").  Elsewhere the
# output is compared with what it should be ("expect"), and bad input
# must give a usage line or a message naming the file ("fails").
#
# Command lines are sh -c strings.  Tools that sh has built in (echo,
# printf, test, [, kill, pwd, true, false) are written $P/name: $P is
# our folder in our run and the host's /usr/bin in the host's.  $H/name
# is always the host's tool, for checking what ours did.  Our run has
# POSIXLY_CORRECT set so that the host's getopt, like Resurgo's, stops
# at the first operand instead of permuting.
#
# In our run a command that Resurgo builds (commands/Makefile.list, and
# the second names of Makefile.links) is found in our folder or nowhere:
# PATH holds our folder and a folder of links to the host's other
# tools, never the host's program of the same name.
#
#	test_commands.sh BIN LIST LINKS	(the build's wrapper passes them)
#
# Prints "ok NAME" or "FAIL NAME: why" per case, then "N passed, M
# failed"; exits 0 only if nothing failed.

BIN=$1
LIST=$2
LINKS=$3
HOSTBIN=/usr/bin
HOSTPATH=$PATH
H=$HOSTBIN
LC_ALL=C
TZ=UTC
export LC_ALL TZ H
unset POSIXLY_CORRECT

if [ -z "$BIN" ] || [ ! -x "$BIN/cat" ] || [ ! -r "$LIST" ] ||
    [ ! -r "$LINKS" ]; then
	echo "FAIL setup: no commands in '$BIN' or no lists '$LIST' '$LINKS'"
	echo "0 passed, 1 failed"
	exit 1
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/test_commands.XXXXXX") || exit 1
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
W=$T/work
mkdir "$W" && cd "$W" || exit 1
passed=0
failed=0

# Every name we build, one a line.
NAMES=$T/names
{ grep -v '^#' "$LIST"; grep -v '^#' "$LINKS" | awk '{ print $1 }'; } \
    >"$NAMES"

# The host's tools that Resurgo does not build, first in PATH order.
OTHERS=$T/others
mkdir "$OTHERS" || exit 1
(IFS=:; for d in $HOSTPATH; do [ -d "$d" ] && ls -1 "$d" | sed "s|^|$d/|"; done) |
    awk -v list="$NAMES" 'BEGIN { while ((getline n < list) > 0) ours[n] = 1 }
	{ n = $0; sub(/.*\//, "", n) }
	!(n in ours) && !(n in seen) { seen[n] = 1; print }' |
    xargs -d '\n' ln -s -t "$OTHERS"
OURPATH=$BIN:$OTHERS

pass() {
	echo "ok $1"
	passed=$((passed + 1))
}

fail() {
	echo "FAIL $1: $2"
	failed=$((failed + 1))
}

# Runs a command line with our commands (ours) or the host's (host).
ours() {
	PATH="$OURPATH" P="$BIN" POSIXLY_CORRECT=1 sh -c "$1" \
	    >"$T/o.out" 2>"$T/o.err"
	o_st=$?
}

host() {
	PATH="$HOSTPATH" P="$HOSTBIN" sh -c "$1" >"$T/h.out" 2>"$T/h.err"
	h_st=$?
}

# The first lines of a difference, on one line.
differ() {
	diff "$1" "$2" | head -4 | tr '\n\t' '  ' | cut -c1-160
}

# check NAME CMD: stdout and status as the host's.
check() {
	ours "$2"
	host "$2"
	if ! cmp -s "$T/o.out" "$T/h.out"; then
		fail "$1" "output differs from host: $(differ "$T/o.out" "$T/h.out")"
	elif [ "$o_st" != "$h_st" ]; then
		fail "$1" "status $o_st, host $h_st"
	else
		pass "$1"
	fi
}

# expect NAME CMD OUTPUT [STATUS]: stdout (less trailing newlines) and
# status as given.
expect() {
	ours "$2"
	got=$(cat "$T/o.out")
	if [ "$got" != "$3" ]; then
		fail "$1" "got '$(printf '%s' "$got" | head -3 | tr '\n' '|' | cut -c1-100)', want '$(printf '%s' "$3" | tr '\n' '|')'"
	elif [ "$o_st" != "${4:-0}" ]; then
		fail "$1" "status $o_st, want ${4:-0}"
	else
		pass "$1"
	fi
}

# status NAME CMD WANT: only the exit status matters.
status() {
	ours "$2"
	if [ "$o_st" = "$3" ]; then
		pass "$1"
	else
		fail "$1" "status $o_st, want $3 ($(head -1 "$T/o.err"))"
	fi
}

# fails NAME CMD TEXT [STATUS]: stderr holds TEXT; status as given, or
# anything but 0.
fails() {
	ours "$2"
	if ! grep -qF -- "$3" "$T/o.err"; then
		fail "$1" "stderr lacks '$3': $(head -2 "$T/o.err" | tr '\n' '|')"
	elif [ -n "$4" ] && [ "$o_st" != "$4" ]; then
		fail "$1" "status $o_st, want $4"
	elif [ -z "$4" ] && [ "$o_st" = 0 ]; then
		fail "$1" "status 0"
	else
		pass "$1"
	fi
}

# usage NAME CMD [STATUS]: a usage line and a failing status (1).
usage() {
	fails "$1" "$2" "usage: " "${3:-1}"
}

# missing NAME CMD FILE: "cmd: FILE: No such file or directory".
missing() {
	fails "$1" "$2" "$3: No such file or directory"
}

# Every command of the list was built: none of the cases below can
# reach a host program in its place.
absent=
for c in $(cat "$NAMES"); do
	[ -x "$BIN/$c" ] || absent="$absent $c"
done
if [ -z "$absent" ]; then
	pass "every_listed_command_was_built"
else
	fail "every_listed_command_was_built" "missing from $BIN:$absent"
fi

# --- Inputs. ---
printf 'hello world\nfoo bar baz\nHello again\n' >f1
printf 'second file\n' >f2
printf 'no newline at end' >f3
: >empty
seq 1 20 >lines
printf 'banana 3\napple 10\ncherry 2\napple 10\ndate 1\nBanana 7\n' >fruit
printf '10\n9\n100\n-5\n3.5\n0\n' >nums
printf 'a:b:c\n1:2:3\nno colon\nx::z\n' >colons
printf 'a\na\nb\nc\nc\nc\nd\na\n' >dups
printf '\000\001\002\377abc\n\tdef\r\n' >binary
seq 1 300000 | head -c 1048576 >big
printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab' >same
mkdir -p tree/sub/deep tree/other
printf 'x\n' >tree/a
printf 'yy\n' >tree/sub/b
printf 'zzz\n' >tree/sub/deep/c
printf 'h\n' >tree/.hidden
ln -s a tree/link

# --- cat ---
check "cat one file" 'cat f1'
check "cat several files" 'cat f1 f2 f3'
check "cat stdin" 'cat <f1'
check "cat dash is stdin" 'cat f1 - f2 <f3'
check "cat empty" 'cat empty'
check "cat binary" 'cat binary'
check "cat big" 'cat big'
expect "cat missing file message" 'cat /nope 2>&1' "cat: /nope: No such file or directory" 1
check "cat goes on after a missing file" 'cat f1 /nope f2 2>/dev/null'
usage "cat bad option" 'cat -z f1'

# --- echo ---
expect "echo words" '$P/echo a b  c' "a b c"
expect "echo -n" '$P/echo -n x; $P/echo -n y' "xy"
expect "echo nothing" '$P/echo | od -c' "0000000  \\n
0000001"
expect "echo other option" '$P/echo -x y' "-x y"

# --- printf ---
check "printf strings" '$P/printf "%s-%s\n" a b'
check "printf reuses format" '$P/printf "%s=%d\n" a 1 b 2 c'
check "printf numbers" '$P/printf "%d %i %u %x %X %o\n" 42 -7 9 255 255 8'
check "printf widths" '$P/printf "[%5s][%-5s][%05d][%.2s][%+d]\n" ab cd 42 xyz 3'
check "printf char and percent" '$P/printf "%c%c %%\n" xyz q'
check "printf escapes" '$P/printf "a\tb\\\\c\101\n"'
check "printf octal escape" '$P/printf "\0101\n"'
check "printf %b" '$P/printf "%b|\n" "x\ty\0101"'
check "printf char constant" '$P/printf "%d\n" "'"'A"'"'
check "printf star width" '$P/printf "%*d|\n" 5 3'
check "printf missing argument" '$P/printf "%s|%d|\n" only'
check "printf float" '$P/printf "%.3f %e\n" 3.14159 1000'
fails "printf bad number" '$P/printf "%d\n" abc' "abc" 1
usage "printf no format" '$P/printf'

# --- ls ---
check "ls directory" 'ls tree'
check "ls -a" 'ls -a tree'
check "ls -d" 'ls -d tree'
check "ls -R" 'ls -R tree'
check "ls files and directory" 'ls tree/a f1 tree/sub'
check "ls several directories" 'ls tree/sub tree/other'
check "ls -l" 'ls -l tree'
check "ls -l symlink" 'ls -l tree/link'
check "ls -ld" 'ls -ld tree/sub'
check "ls dot" 'cd tree && ls'
expect "ls -l owner name" 'ls -l f1 | cut -d" " -f3' "$(ls -l f1 | cut -d' ' -f3)"
missing "ls missing" 'ls /nope' "/nope"
usage "ls bad option" 'ls -Z'

# --- cp ---
status "cp file" 'cp f1 c1 && cmp f1 c1' 0
status "cp into directory" 'mkdir -p cpd && cp f1 f2 cpd && cmp f1 cpd/f1 && cmp f2 cpd/f2' 0
status "cp keeps mode bits" 'printf x >cpx && chmod 751 cpx && cp cpx cpy && test "$($H/stat -c %a cpy)" = 751' 0
status "cp -r" 'cp -r tree tcopy && diff -r tree tcopy' 0
expect "cp -r copies links as links" 'readlink tcopy/link' "a"
status "cp overwrites" 'printf old >c2 && cp f2 c2 && cmp f2 c2' 0
fails "cp directory without -r" 'cp tree tnot' "tree" 1
missing "cp missing" 'cp /nope x' "/nope"
usage "cp one operand" 'cp f1'
usage "cp bad option" 'cp -Z f1 x'

# --- mv ---
status "mv rename" 'cp f1 m1 && mv m1 m2 && test ! -e m1 && cmp f1 m2' 0
status "mv into directory" 'mkdir -p mvd && cp f1 m3 && mv m3 mvd && cmp f1 mvd/m3' 0
status "mv directory" 'cp -r tree mvt && mv mvt mvt2 && diff -r tree mvt2' 0
missing "mv missing" 'mv /nope x' "/nope"
usage "mv one operand" 'mv f1'

# --- rm ---
status "rm file" 'cp f1 r1 && rm r1 && test ! -e r1' 0
status "rm -r" 'cp -r tree rt && rm -r rt && test ! -e rt' 0
status "rm -f missing" 'rm -f /nope/x' 0
missing "rm missing" 'rm nothere' "nothere"
fails "rm directory without -r" 'mkdir -p rd && rm rd' "rd" 1
fails "rm refuses dot" 'rm -rf .' "." 1
usage "rm no operand" 'rm'
usage "rm bad option" 'rm -Z x'

# --- mkdir, rmdir ---
status "mkdir" 'mkdir md && test -d md' 0
status "mkdir -p" 'mkdir -p md2/a/b/c && test -d md2/a/b/c' 0
status "mkdir -p existing" 'mkdir -p md2/a' 0
fails "mkdir existing" 'mkdir md' "md: File exists" 1
missing "mkdir no parent" 'mkdir nop/x' "nop/x"
status "mkdir -m" 'mkdir -m 700 md3 && test "$($H/stat -c %a md3)" = 700' 0
usage "mkdir no operand" 'mkdir'
status "rmdir" 'mkdir rm1 && rmdir rm1 && test ! -e rm1' 0
status "rmdir -p" 'mkdir -p rp/a/b && rmdir -p rp/a/b && test ! -e rp' 0
fails "rmdir not empty" 'rmdir tree' "tree" 1
usage "rmdir no operand" 'rmdir'

# --- ln ---
status "ln hard" 'ln f1 hl && test "$($H/stat -c %i f1)" = "$($H/stat -c %i hl)"' 0
expect "ln -s" 'ln -s f1 sl && readlink sl' "f1"
status "ln -s into directory" 'mkdir -p lnd && ln -s ../f1 lnd && cmp f1 lnd/f1' 0
fails "ln existing" 'ln f1 f2' "f2" 1
missing "ln missing target" 'ln nosuch lnx' nosuch
status "ln -f" 'cp f2 lf && ln -f f1 lf && cmp f1 lf' 0
usage "ln no operand" 'ln'

# --- touch ---
status "touch creates" 'touch t1 && test -f t1 && test ! -s t1' 0
status "touch updates time" '$H/touch -d 2001-01-01 t2 && touch t2 && test "$($H/stat -c %Y t2)" -gt 978307200' 0
status "touch -c does not create" 'touch -c t3; test ! -e t3' 0
missing "touch in missing directory" 'touch /nope/x' "/nope/x"
usage "touch no operand" 'touch'

# --- pwd ---
check "pwd" 'cd tree && $P/pwd'
check "pwd -P" 'cd tree/sub && $P/pwd -P'
usage "pwd bad option" '$P/pwd -Z'

# --- kill ---
expect "kill TERM" 'sleep 5 & $P/kill $!; wait $!; echo $?' "143"
expect "kill -9" 'sleep 5 & $P/kill -9 $!; wait $!; echo $?' "137"
expect "kill -s KILL" 'sleep 5 & $P/kill -s KILL $!; wait $!; echo $?' "137"
expect "kill -USR1" 'sleep 5 & $P/kill -USR1 $!; wait $!; echo $?' "138"
expect "kill -SIGHUP" 'sleep 5 & $P/kill -SIGHUP $!; wait $!; echo $?' "129"
expect "kill several pids" 'sleep 5 & a=$!; sleep 5 & b=$!; $P/kill $a $b; wait $a; x=$?; wait $b; echo $x $?' "143 143"
expect "kill -l 9" '$P/kill -l 9' "KILL"
expect "kill -l exit status" '$P/kill -l 143' "TERM"
expect "kill -l lists" '$P/kill -l | tr " " "\n" | grep -c .' "28"
fails "kill no such process" '$P/kill 999999' "No such process" 1
usage "kill bad signal" '$P/kill -s NOPE 1'
usage "kill no pid" '$P/kill'

# --- sleep ---
status "sleep whole" 'sleep 0' 0
status "sleep fraction" 'a=$($H/date +%s%N); sleep 0.3; b=$($H/date +%s%N); test $((b - a)) -ge 290000000' 0
usage "sleep bad time" 'sleep abc'
usage "sleep no operand" 'sleep'

# --- uname ---
check "uname" 'uname'
check "uname -s" 'uname -s'
check "uname -n -r" 'uname -n -r'
check "uname -v -m" 'uname -m -v'
expect "uname -a" 'uname -a' "$(uname -s -n -r -v -m)"
usage "uname bad option" 'uname -Z'

# --- wc ---
expect "wc" 'wc f1' "3 7 36 f1"
expect "wc -l" 'wc -l lines' "20 lines"
expect "wc -w stdin" 'wc -w <f1' "7"
expect "wc -c" 'wc -c <big' "1048576"
expect "wc no final newline" 'wc f3' "0 4 17 f3"
expect "wc total" 'wc -l f1 f2' "3 f1
1 f2
4 total"
check "wc counts as host" 'wc binary | tr -s " " | sed "s/^ //"'
missing "wc missing" 'wc /nope' "/nope"
usage "wc bad option" 'wc -Z'

# --- head, tail ---
check "head" 'head lines'
check "head -n" 'head -n 3 lines'
check "head -N" 'head -4 lines'
check "head stdin" 'head -n 2 <f1'
check "head several files" 'head -n 1 f1 f2'
check "head -c" 'head -c 5 f1'
missing "head missing" 'head /nope' "/nope"
usage "head bad count" 'head -n x lines'
check "tail" 'tail lines'
check "tail -n" 'tail -n 3 lines'
check "tail -N" 'tail -4 lines'
check "tail +N" 'tail +18 lines'
check "tail -n +N" 'tail -n +19 lines'
check "tail stdin" 'tail -n 2 <f1'
check "tail no final newline" 'printf "a\nb\nc" | tail -n 2'
check "tail -c" 'tail -c 4 f1'
check "tail big" 'tail -n 3 big'
missing "tail missing" 'tail /nope' "/nope"
usage "tail bad option" 'tail -Z lines'

# --- grep ---
check "grep" 'grep o f1'
check "grep no match" 'grep zzz f1'
check "grep -v" 'grep -v o f1'
check "grep -c" 'grep -c o f1'
check "grep -n" 'grep -n a f1'
check "grep -i" 'grep -i hello f1'
check "grep -l" 'grep -l o f1 f2 f3'
check "grep -q" 'grep -q foo f1'
check "grep -x" 'grep -x "foo bar baz" f1'
check "grep -e twice" 'grep -e foo -e again f1'
check "grep several files" 'grep e f1 f2'
check "grep anchors" 'grep "^[0-9]$" lines'
check "grep interval" 'grep "^1[0-9]\{1\}$" lines'
check "grep back-reference" 'printf "abab\nabba\nxyxy\n" | grep "\(..\)\1"'
check "grep star" 'grep "fo*" f1'
check "grep bracket class" 'grep "[[:upper:]]" f1'
check "grep -E alternation" 'grep -E "foo|again" f1'
check "grep -E plus" 'grep -E "l+o" f1'
check "grep -E group" 'grep -E "(ab)+c" - <<EOF
abababc
ac
EOF'
check "grep -o" 'grep -on "o[a-z]*" f1'
check "grep -o several patterns" 'echo abcabc | grep -o -e b -e bc'
check "grep -F" 'printf "a.c\nabc\n" | grep -F a.c'
check "grep stdin" 'grep -c . <lines'
check "grep empty pattern" 'grep "" f1'
check "grep status missing file" 'grep o /nope 2>/dev/null'
missing "grep missing message" 'grep o /nope' "/nope"
fails "grep bad regex" 'grep "a\{1" f1' "grep" 2
usage "grep bad option" 'grep -Z x f1' 2
usage "grep no pattern" 'grep' 2

# --- sed ---
check "sed s" 'sed s/o/0/ f1'
check "sed s g" 'sed s/o/0/g f1'
check "sed s nth" 'sed s/o/0/2 f1'
check "sed s nth and g" 'echo aaaaa | sed s/a/b/3g'
check "sed s ampersand" 'sed "s/[a-z]*/<&>/" f1'
check "sed s back-references" 'sed "s/\([a-z]*\) \([a-z]*\)/\2 \1/" f1'
check "sed s delimiter" 'sed "s|/|:|g" <<EOF
/usr/bin/x
EOF'
check "sed s p with -n" 'sed -n s/foo/FOO/p f1'
check "sed s empty matches" 'echo baaac | sed "s/a*/x/g"'
check "sed s newline escape" 'echo a,b | sed "s/,/\n/"'
check "sed d" 'sed 2d f1'
check "sed p" 'sed -n 2p f1'
check "sed last line" 'sed -n "\$p" lines'
check "sed range" 'sed -n 3,5p lines'
check "sed regex range" 'sed -n "/^4/,/^7/p" lines'
check "sed regex address" 'sed "/foo/d" f1'
check "sed negation" 'sed -n "/o/!p" f1'
check "sed -e twice" 'sed -e s/a/A/ -e s/b/B/ f1'
check "sed semicolons" 'sed "s/a/A/;s/b/B/;3d" f1'
check "sed block" 'sed -n "/o/{s/o/0/g;p;}" f1'
check "sed y" 'sed y/abc/xyz/ f1'
check "sed q" 'sed 3q lines'
check "sed =" 'sed -n "\$=" lines'
check "sed a i c" 'sed -e "1i\\
top" -e "2a\\
after" -e "3c\\
changed" f1'
check "sed hold space" 'sed -n "1h;1!H;\${x;s/\n/,/g;p;}" lines'
check "sed N P D" 'printf "a\nb\nc\n" | sed "N;P;D"'
check "sed branch" 'echo aaa | sed ":a;s/a/b/;ta"'
check "sed -E" 'sed -E "s/(o+)/[\1]/g" f1'
check "sed several files" 'sed -n "\$p" f1 f2'
check "sed stdin" 'sed s/e/E/ <f2'
fails "sed line 0" 'sed 0p f1' "line address 0" 1
fails "sed unterminated s" 'sed s/a/b f1' "sed" 1
fails "sed unknown command" 'sed k f1' "unknown command" 1
missing "sed missing" 'sed p /nope' "/nope"
usage "sed no script" 'sed'
usage "sed bad option" 'sed -Z p f1'

# --- sort ---
check "sort" 'sort fruit'
check "sort -r" 'sort -r fruit'
check "sort -n" 'sort -n nums'
check "sort -rn" 'sort -rn nums'
check "sort -u" 'sort -u dups'
check "sort -k" 'sort -k 2 fruit'
check "sort -k -n" 'sort -n -k 2 fruit'
check "sort -k N,N" 'sort -k 1,1 -u fruit'
check "sort key flags" 'sort -k 2nr fruit'
check "sort two keys" 'sort -k 2,2n -k 1,1r fruit'
check "sort -f" 'sort -f fruit'
check "sort -b" 'printf "  b\n a\nc\n" | sort -b'
check "sort -t" 'sort -t : -k 2 colons'
check "sort several files" 'sort f1 f2 fruit'
check "sort stdin" 'sort <dups'
missing "sort missing" 'sort /nope' "/nope"
usage "sort bad option" 'sort -Z fruit'

# --- uniq ---
check "uniq" 'uniq dups'
check "uniq -c" 'uniq -c dups'
check "uniq -d" 'uniq -d dups'
check "uniq -u" 'uniq -u dups'
check "uniq stdin" 'sort dups | uniq'
status "uniq output file" 'uniq dups uout && uniq dups | cmp - uout' 0
missing "uniq missing" 'uniq /nope' "/nope"
usage "uniq bad option" 'uniq -Z dups'

# --- cut ---
check "cut -f" 'cut -d : -f 2 colons'
check "cut -f list" 'cut -d : -f 1,3 colons'
check "cut -f range" 'cut -d : -f 2- colons'
check "cut -s" 'cut -s -d : -f 1 colons'
check "cut -c" 'cut -c 2-4 f1'
check "cut -c list" 'cut -c 1,3,5- f1'
check "cut -b" 'cut -b -3 f1'
check "cut tab default" 'printf "a\tb\tc\n" | cut -f 2'
missing "cut missing" 'cut -f 1 /nope' "/nope"
usage "cut no list" 'cut f1'

# --- tr ---
check "tr ranges" 'tr a-z A-Z <f1'
check "tr classes" 'tr "[:lower:]" "[:upper:]" <f1'
check "tr -d" 'tr -d aeiou <f1'
check "tr -s" 'echo "a   b    c" | tr -s " "'
check "tr -c -d" 'tr -cd "[:digit:]\n" <<EOF
a1b2c3
EOF'
check "tr short string2" 'echo abcdef | tr a-f xy'
check "tr escapes" 'tr "\n" " " <f1'
check "tr octal" 'echo abc | tr "\141" "\101"'
check "tr -ds" 'echo "aabbccdd" | tr -ds a bc'
usage "tr one operand" 'tr a'
usage "tr bad option" 'tr -Z a b'

# --- cksum ---
check "cksum empty" 'cksum empty'
check "cksum small" 'cksum f1'
check "cksum 1 MiB" 'cksum big'
check "cksum binary" 'cksum binary'
check "cksum several" 'cksum f1 f2 f3 empty'
check "cksum stdin" 'cksum <big'
missing "cksum missing" 'cksum /nope' "/nope"
usage "cksum bad option" 'cksum -Z'

# --- od, hexdump ---
check "od default" 'od binary'
check "od -c" 'od -c binary'
check "od -x" 'od -x f1'
check "od -t x1" 'od -t x1 binary'
check "od -b" 'od -b binary'
check "od -d" 'od -d f1'
check "od -t d1" 'od -t d1 binary'
check "od -t x4" 'od -t x4 f1'
check "od -A x" 'od -A x -t x1 f1'
check "od -A d" 'od -A d -c f1'
check "od -A n" 'od -A n -t x1 f3'
check "od repeated lines" 'od -c same'
check "od -v" 'od -v -c same'
check "od two types" 'od -c -t x1 f1'
check "od -j -N" 'od -j 3 -N 5 -c f1'
check "od stdin" 'od -c <f2'
check "od empty" 'od empty'
missing "od missing" 'od /nope' "/nope"
usage "od bad type" 'od -t q f1'
check "hexdump" 'hexdump f1'
check "hexdump -C" 'hexdump -C binary'
check "hexdump -C repeated" 'hexdump -C same'
check "hexdump -C partial" 'hexdump -C f3'
check "hexdump stdin" 'hexdump -C <f2'
missing "hexdump missing" 'hexdump /nope' "/nope"
usage "hexdump bad option" 'hexdump -Z f1'

# --- dd ---
status "dd copy" 'dd if=big of=ddout 2>/dev/null && cmp big ddout' 0
expect "dd records" 'dd if=f1 of=dd1 bs=10 2>&1' "3+1 records in
3+1 records out"
status "dd count skip" 'dd if=lines of=dd2 bs=2 skip=1 count=3 2>/dev/null && test "$(cat dd2)" = "$(tail -c +3 lines | head -c 6)"' 0
status "dd seek notrunc" 'printf 0123456789 >dd3 && printf ab | dd of=dd3 bs=1 seek=4 conv=notrunc 2>/dev/null && test "$(cat dd3)" = 0123ab6789' 0
status "dd seek truncates" 'printf 0123456789 >dd4 && printf ab | dd of=dd4 bs=1 seek=4 2>/dev/null && test "$(cat dd4)" = 0123ab' 0
check "dd stdin stdout" 'dd bs=7 <f1 2>/dev/null'
check "dd ibs obs" 'dd ibs=3 obs=5 <f1 2>/dev/null'
expect "dd size suffix" 'dd if=big bs=1k count=2 2>/dev/null | wc -c' "2048"
missing "dd missing" 'dd if=/nope' "/nope"
usage "dd bad operand" 'dd foo=bar'

# --- date ---
status "date default format" 'date | grep -Eq "^[A-Z][a-z]{2} [A-Z][a-z]{2} [ 1-3][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} UTC [0-9]{4}$"' 0
expect "date +format" 'date +%Y' "$(date -u +%Y)"
expect "date -u +format" 'date -u "+%d/%m|%j"' "$(date -u '+%d/%m|%j')"
usage "date bad option" 'date -Z'
usage "date bad operand" 'date foo'

# --- true, false ---
status "true" '$P/true' 0
status "false" '$P/false' 1

# --- test and [ ---
check "test string" '$P/test abc; echo $?'
check "test empty" '$P/test ""; echo $?'
check "test nothing" '$P/test; echo $?'
check "test -n -z" '$P/test -n x -a -z ""; echo $?'
check "test -e -f -d" '$P/test -e f1 && $P/test -f f1 && $P/test -d tree && ! $P/test -f tree; echo $?'
check "test -s" '$P/test -s f1; a=$?; $P/test -s empty; echo $a $?'
check "test -r -w -x" 'chmod 700 tree; $P/test -r f1 -a -w f1 -a -x tree; echo $?'
check "test -L -h" '$P/test -L tree/link -a -h tree/link -a ! -L f1; echo $?'
check "test strings" '$P/test a = a -a a != b; echo $?'
check "test integers" '$P/test 1 -eq 1 -a 1 -ne 2 -a 1 -lt 2 -a 2 -le 2 -a 3 -gt 2 -a 3 -ge 3; echo $?'
check "test negative integers" '$P/test -3 -lt -2; echo $?'
check "test false integers" '$P/test 5 -lt 2; echo $?'
check "test not" '$P/test ! -e /nope; echo $?'
check "test -o" '$P/test -e /nope -o -e f1; echo $?'
check "test parentheses" '$P/test \( -e /nope -o -e f1 \) -a -d tree; echo $?'
check "test precedence" '$P/test -e f1 -o -e /nope -a -e /nope; echo $?'
check "test bang as string" '$P/test ! = !; echo $?'
check "test -nt" '$H/touch -d 2001-01-01 old; $P/test f1 -nt old; echo $?'
check "[ ]" '$P/[ 1 -eq 1 ]; echo $?'
check "[ ] false" '$P/[ a = b ]; echo $?'
fails "test bad integer" '$P/test abc -eq 1' "integer" 2
fails "[ missing ]" '$P/[ 1 -eq 1' "missing ]" 2
fails "test extra argument" '$P/test a b c d e' "test" 2

# --- env ---
expect "env -i sets" 'env -i A=1 B=two' "A=1
B=two"
expect "env runs command" 'env X=5 sh -c "echo \$X"' "5"
expect "env prints" 'E1=v env | grep "^E1="' "E1=v"
expect "env -u" 'E2=v env -u E2 | grep -c "^E2="' "0" 1
fails "env missing command" 'env /nope/cmd' "/nope/cmd" 127
usage "env bad option" 'env -Z'

# --- more, clear ---
expect "more is cat off a terminal" 'more f1 f2' "$(cat f1 f2)"
check "more stdin" 'more <lines'
missing "more missing" 'more /nope' "/nope"
expect "clear" 'clear | od -c | head -1' "0000000 033   [   H 033   [   2   J"
usage "clear operand" 'clear x'

# --- du ---
check "du -s" 'du -s tree'
check "du -sk" 'du -sk tree f1'
check "du" 'du tree | sort'
check "du -a" 'du -a tree | sort'
missing "du missing" 'du /nope' "/nope"
usage "du bad option" 'du -Z'

# --- basename, dirname ---
check "basename" 'basename /usr/lib/libc.a'
check "basename suffix" 'basename /usr/lib/libc.a .a'
check "basename trailing slash" 'basename /usr/lib/'
check "basename root" 'basename /'
check "basename suffix is whole" 'basename .a .a'
usage "basename no operand" 'basename'
check "dirname" 'dirname /usr/lib/libc.a'
check "dirname relative" 'dirname lib'
check "dirname trailing slashes" 'dirname a/b//'
check "dirname root" 'dirname /usr'
usage "dirname no operand" 'dirname'

# --- yes, tee, seq, stat ---
check "yes" 'yes | head -n 3'
check "yes words" 'yes a b | head -n 2'
check "tee" 'tee te1 te2 <f1 && cat te1 te2'
check "tee -a" 'tee te3 <f1 >/dev/null && tee -a te3 <f2 && cat te3'
fails "tee bad file" 'tee /nope/x <f1' "/nope/x" 1
usage "tee bad option" 'tee -Z'
check "seq" 'seq 5'
check "seq first last" 'seq 3 7'
check "seq increment" 'seq 1 3 12'
check "seq down" 'seq 5 -2 0'
check "seq -s" 'seq -s , 4'
check "seq -w" 'seq -w 8 11'
check "seq fractions" 'seq 0.5 0.5 2'
check "seq empty" 'seq 5 1'
usage "seq no operand" 'seq'
expect "stat size" 'stat f1 | sed -n "s/.*\(Size: [0-9]*\).*/\1/p"' "Size: 36"
expect "stat link" 'stat tree/link | head -1' "  File: tree/link -> a"
missing "stat missing" 'stat /nope' "/nope"

# --- chmod ---
check "chmod octal" 'umask 022; touch cm1 && chmod 640 cm1 && $H/stat -c %a cm1'
check "chmod symbolic" 'umask 022; for m in u+x,g-r a=rw go= u=rwx,g=u,o=g o+t u+s,g+s ug+w-x a+X 7777 u-s =r +x -w g=o,u-w a-rwx,u+r; do touch cm2; chmod 640 cm2; chmod $m cm2; $H/stat -c "$m %a" cm2; done'
check "chmod = with the umask" 'umask 027; touch cm3; chmod 777 cm3; chmod =rw cm3; $H/stat -c %a cm3'
check "chmod X" 'umask 022; mkdir -p cx && touch cx/f && chmod 600 cx/f && chmod 700 cx && chmod go+X cx cx/f && $H/stat -c "%a %n" cx cx/f'
check "chmod -R" 'umask 022; mkdir -p cr/a && touch cr/a/f cr/g && chmod -R 700 cr && chmod -R go+rX,u-w cr && $H/stat -c "%a %n" cr cr/a cr/a/f cr/g'
check "chmod several files" 'touch cs1 cs2 && chmod 604 cs1 cs2 && $H/stat -c %a cs1 cs2'
check "chmod -w is a mode" 'umask 022; touch cw && chmod 644 cw && chmod -w cw && $H/stat -c %a cw'
check "chmod follows a link operand" 'touch ct && ln -sf ct ctl && chmod 600 ctl && $H/stat -c %a ct'
fails "chmod bad octal" 'chmod 8 f1' "invalid mode" 1
fails "chmod bad symbol" 'chmod u+q f1' "invalid mode" 1
fails "chmod bad who" 'chmod z=r f1' "invalid mode" 1
fails "chmod goes on after a missing file" 'touch cm4; chmod 600 /nope cm4; st=$?; test "$($H/stat -c %a cm4)" = 600 && exit $st' "/nope" 1
missing "chmod missing" 'chmod 644 /nope' "/nope"
usage "chmod no file" 'chmod 644'
usage "chmod bad option" 'chmod -Z 644 f1'

# --- chown, chgrp: to the user and group running the test (anyone may) ---
check "chown by name" 'touch co1 && chown "$(id -un)" co1 && $H/stat -c %U co1'
check "chown by number with group" 'touch co2 && chown "$(id -u):$(id -g)" co2 && $H/stat -c "%u %g" co2'
check "chown owner: takes the login group" 'touch co3 && chown "$(id -un):" co3 && $H/stat -c "%U %G" co3'
check "chown :group" 'touch co4 && chown ":$(id -gn)" co4 && $H/stat -c %G co4'
check "chown -R" 'mkdir -p cor/a && touch cor/a/f && chown -R "$(id -un)" cor && $H/stat -c %U cor cor/a cor/a/f'
check "chown -h" 'touch co5 && ln -sf co5 co5l && chown -h "$(id -u)" co5l && $H/stat -c %U co5l'
check "chgrp" 'touch cg1 && chgrp "$(id -gn)" cg1 && $H/stat -c %G cg1'
check "chgrp by number -R" 'mkdir -p cgr/a && chgrp -R "$(id -g)" cgr && $H/stat -c %g cgr cgr/a'
fails "chown no such user" 'chown nosuchuser f1' "nosuchuser: no such user" 1
fails "chown no such group" 'chown ":nosuchgroup" f1' "nosuchgroup: no such group" 1
fails "chgrp no such group" 'chgrp nosuchgroup f1' "nosuchgroup: no such group" 1
missing "chown missing" 'chown "$(id -u)" /nope' "/nope"
missing "chgrp missing" 'chgrp "$(id -g)" /nope' "/nope"
usage "chown no file" 'chown root'
usage "chown bad option" 'chown -Z root f1'
usage "chgrp no file" 'chgrp root'

# --- id, whoami ---
check "id" 'id'
check "id -u -g -G" 'id -u; id -g; id -G'
check "id -n" 'id -un; id -gn; id -Gn'
check "id -r" 'id -ur; id -gr -n'
check "id of a user" 'id root; id -Gn root; id -u nobody'
check "id of a number" 'id 0'
check "whoami" 'whoami'
fails "id no such user" 'id nosuchuser' "nosuchuser" 1
usage "id two choices" 'id -u -g'
usage "id -n alone" 'id -n'
usage "id bad option" 'id -Z'
usage "whoami operand" 'whoami x'

# --- cmp ---
printf 'abcdef\nxyz\n' >cmpa
printf 'abcXef\nxYz\n' >cmpb
check "cmp same" 'cmp f1 f1; echo $?'
check "cmp differ" 'cmp cmpa cmpb; echo $?'
check "cmp differ on a later line" 'cmp lines big; echo $?'
check "cmp -s" 'cmp -s cmpa cmpb; echo $?; cmp -s f1 f1; echo $?'
check "cmp -l" 'cmp -l cmpa cmpb | tr -s " " | sed "s/^ //"; echo $?'
check "cmp -l long" 'cmp -l big lines 2>/dev/null | tr -s " " | sed "s/^ //" | head -5'
check "cmp stdin" 'cmp - cmpa <cmpb; echo $?'
check "cmp prefix" 'printf abc >cmpc; cmp cmpa cmpc 2>/dev/null; echo $?; cmp -s cmpc cmpa; echo $?'
fails "cmp EOF message" 'cmp cmpa cmpc' "EOF on cmpc" 1
fails "cmp missing" 'cmp f1 /nope' "/nope" 2
usage "cmp one operand" 'cmp f1' 2
usage "cmp -l -s" 'cmp -l -s f1 f2' 2

# --- expr ---
check "expr arithmetic" 'expr 3 + 4; expr 10 - 12; expr 6 \* 7; expr 7 / 2; expr -7 / 2; expr 7 % 3; expr -7 % 3'
check "expr precedence" 'expr 2 + 3 \* 4; expr \( 2 + 3 \) \* 4; expr 1 + 2 = 3'
check "expr comparisons" 'expr 10 \< 9; expr a \< b; expr 10 \> 9; expr abc = abc; expr 2 != 2; expr 3 \>= 3; expr b \<= a'
check "expr and or" 'expr 0 \| 5; expr "" \| 0; expr 3 \& 4; expr 3 \& 0; expr "" \& 1'
check "expr match" 'expr abcde : "ab.d"; expr abc : "x"; expr abcabc : "\(a.c\)"; expr abc : "x\(y\)"; echo $?'
check "expr statuses" 'expr 0; echo $?; expr ""; echo $?; expr 00; echo $?; expr 1; echo $?'
check "expr negative and leading zeros" 'expr -3 + 07; expr -- -5 + 1'
check "expr string result" 'expr hello'
fails "expr division by zero" 'expr 1 / 0' "division by zero" 2
fails "expr not a number" 'expr a + 1' "a" 2
fails "expr syntax" 'expr 1 +' "expr" 2
fails "expr parenthesis" 'expr \( 1' "expr" 2
fails "expr overflow" 'expr 9223372036854775807 + 1' "expr" 2
usage "expr nothing" 'expr' 2

# --- which ---
mkdir -p wbin1 wbin2
printf '#!/bin/sh\n' >wbin1/wprog; cp wbin1/wprog wbin2/wprog; chmod 755 wbin1/wprog wbin2/wprog
printf 'x\n' >wbin1/wdata
expect "which" 'PATH=$PWD/wbin1:$PWD/wbin2 $P/which wprog' "$PWD/wbin1/wprog"
expect "which -a" 'PATH=$PWD/wbin1:$PWD/wbin2 $P/which -a wprog' "$PWD/wbin1/wprog
$PWD/wbin2/wprog"
expect "which skips files that do not run" 'PATH=$PWD/wbin1 $P/which wdata' "" 1
expect "which with a slash" '$P/which ./wbin2/wprog' "./wbin2/wprog"
expect "which empty entry" 'cd wbin2 && PATH=:/nope $P/which wprog' "./wprog"
expect "which several, one missing" 'PATH=$PWD/wbin1 $P/which wprog nosuch wprog' "$PWD/wbin1/wprog
$PWD/wbin1/wprog" 1
usage "which nothing" '$P/which' 2

# --- xargs ---
printf 'a b\nc "d e" f\\ g\n\n h '"'"'i j'"'"'\n' >xin
check "xargs" 'xargs <xin'
check "xargs utility" 'xargs printf "<%s>" <xin; echo'
check "xargs -n" 'xargs -n 2 <xin'
check "xargs -L" 'printf "a b \nc d\ne\nf\n" | xargs -L 1'
check "xargs -I" 'printf "x\n  y z\n" | xargs -I {} echo [{}] {}-{}'
check "xargs -E" 'printf "a b STOP c\nd\n" | xargs -E STOP'
check "xargs -0" 'printf "a\0b c\0\0d" | xargs -0 -n 1 printf "<%s>\n"'
check "xargs -s" 'seq 1 30 | xargs -s 20'
check "xargs -r" ': | xargs -r echo nothing; : | xargs echo once'
check "xargs -t" 'seq 1 3 | xargs -t echo 2>&1'
check "xargs many" 'seq 1 5000 | xargs | tr " " "\n" | cksum'
check "xargs status of a failing command" 'echo a | xargs false; echo $?'
check "xargs status 255" 'echo a | xargs sh -c "exit 255" 2>/dev/null; echo $?'
check "xargs not found" 'echo a | xargs /nope/cmd 2>/dev/null; echo $?'
fails "xargs unmatched quote" 'echo "a '"'"'b" | xargs' "quote" 1
fails "xargs -x too long" 'echo aaaaaaaaaaaaaaaaaa b | xargs -n 2 -s 10 -x' "too long" 1
usage "xargs bad count" 'xargs -n 0'
usage "xargs bad option" 'xargs -Z'

# --- diff (the headers of -u and -c name times that differ by host) ---
seq 1 30 >dA
seq 1 30 | sed -e 3d -e '10s/.*/ten/' -e '20a\
extra' -e '29,30d' >dB
printf 'a\nb\nc\n' >dC
printf 'a\nB\nc\nd' >dD
printf 'x  y \n\tz\n' >dE
printf 'x y\n z\n' >dF
check "diff same" 'diff dA dA; echo $?'
check "diff normal" 'diff dA dB; echo $?'
check "diff -u" 'diff -u dA dB | tail -n +3; echo $?'
check "diff -U 1" 'diff -U 1 dA dB | tail -n +3'
check "diff -U 0" 'diff -U 0 dA dB | tail -n +3'
check "diff -c" 'diff -c dA dB | tail -n +3'
check "diff -C 1" 'diff -C 1 dA dB | tail -n +3'
check "diff -e" 'diff -e dA dB'
check "diff -e applies" 'diff -e dA dB >ed.out; (cat ed.out; echo w dA.ed) | ed -s dA; cmp dA.ed dB && echo same'
check "diff no newline at end" 'diff dC dD; diff -u dC dD | tail -n +3'
check "diff empty files" 'diff empty dC; diff -u dC empty | tail -n +3'
check "diff -b" 'diff dE dF; echo $?; diff -b dE dF; echo $?'
check "diff stdin" 'diff - dB <dA | head -3'
check "diff file and directory" 'mkdir -p dd && cp dA dd/dB && diff dd dB; echo $?'
check "diff -r" 'rm -rf dtree && cp -r tree dtree && echo new >dtree/sub/b && echo only >dtree/onlyhere && rm dtree/a && diff -r tree dtree; echo $?'
check "diff directories without -r" 'diff tree dtree; echo $?'
check "diff binary" 'diff binary big; echo $?'
check "diff big files" 'seq 1 20000 >dG && seq 1 20000 | sed "s/7$/seven/" >dH && diff dG dH | md5sum'
missing "diff missing" 'diff /nope f1' "/nope"
fails "diff missing status" 'diff f1 /nope' "/nope" 2
usage "diff one operand" 'diff f1' 2
usage "diff bad option" 'diff -Z f1 f2' 2

# --- find (sorted: the order of a directory's names is the file
# system's) ---
mkdir -p ft/a/b ft/c
printf 'x\n' >ft/a/one.txt
printf 'yyyyyyyyyy\n' >ft/a/b/two.txt
head -c 3000 big >ft/c/three.dat
printf '' >ft/.hid
ln -sf ../a ft/c/toa
chmod 751 ft/a/b/two.txt
$H/touch -d 2001-01-01 ft/c/three.dat
check "find" 'find ft | sort'
check "find -name" 'find ft -name "*.txt" | sort'
check "find -name matches dot files" 'find ft -name "*hid" | sort'
check "find -type" 'find ft -type d | sort; find ft -type f | sort; find ft -type l'
check "find -o and !" 'find ft ! -type d -o -name b | sort'
check "find parentheses" 'find ft \( -name "*.txt" -o -name "*.dat" \) -a ! -path "*b*" | sort'
check "find -print placement" 'find ft -name a -print -o -name c | sort'
check "find -maxdepth -mindepth" 'find ft -maxdepth 1 | sort; find ft -mindepth 2 -maxdepth 2 | sort'
check "find -prune" 'find ft -name a -prune -o -print | sort'
check "find -depth" 'find ft/a -depth'
check "find -newer" 'find ft -newer ft/c/three.dat -type f | sort'
check "find -mtime" 'find ft -type f -mtime +1000; find ft -type f -mtime -1 | sort'
check "find -size" 'find ft -size -2 -type f | sort; find ft -size +5 -type f; find ft -size 11c; find ft -size -3k -size +1k'
check "find -perm" 'find ft -perm 751; find ft -perm -710 -type f; find ft -type f -perm -u+x,g+x'
check "find -user -group" 'find ft -user "$(id -un)" -name one.txt; find ft -group "$(id -g)" -name one.txt; find ft -nouser'
check "find -links" 'find ft -type d -links 2 | sort'
check "find -exec ;" 'find ft -name "*.txt" -exec wc -c {} \; | sort'
check "find -exec {} inside an argument" 'find ft/a -name one.txt -exec echo "<{}>" \;'
check "find -exec as a test" 'find ft -type f -exec grep -q y {} \; -print'
check "find -exec +" 'find ft -name "*.txt" -exec echo {} + | tr " " "\n" | sort'
check "find -ok" 'printf "y\nn\n" | find ft/a -name "*.txt" -ok echo yes {} \; 2>/dev/null | sort'
check "find -L" 'find -L ft/c | sort; find ft/c/toa -name "*.txt" | sort; find -H ft/c/toa -name "*.txt" | sort'
check "find -print0" 'find ft/a -name one.txt -print0 | od -c'
check "find several paths" 'find ft/a ft/c -type f | sort'
check "find default path" 'cd ft/a && find | sort'
check "find missing path" 'find ft/nope ft/a/b 2>/dev/null; echo $?'
fails "find missing message" 'find /nope' "/nope" 1
fails "find bad primary" 'find ft -bogus' "bogus" 1
fails "find missing argument" 'find ft -name' "name" 1
fails "find no ; for -exec" 'find ft -exec echo {}' "exec" 1
fails "find bad type" 'find ft -type q' "type" 1
fails "find bad number" 'find ft -mtime x' "mtime" 1
fails "find no such user" 'find ft -user nosuchuser' "nosuchuser" 1
fails "find missing )" 'find ft \( -name a' ")" 1

# --- nice, time ---
check "nice" 'nice; nice -n 5 nice; nice nice -n 3 nice'
check "nice runs the utility" 'nice -n 2 sh -c "exit 4"; echo $?'
check "nice not found" 'nice /nope/cmd 2>/dev/null; echo $?'
usage "nice bad increment" 'nice -n x true' 125
status "time status" 'time sh -c "exit 3" 2>/dev/null' 3
status "time -p format" 'time -p true 2>&1 >/dev/null | grep -Ec "^(real|user|sys) [0-9]+\.[0-9][0-9]$" | grep -qx 3' 0
status "time measures the real time" 'time -p sleep 0.3 2>&1 | awk "/^real/ { exit !(\$2 >= 0.29 && \$2 < 5) }"' 0
status "time measures the child's user time" 'time -p sh -c "i=0; while [ \$i -lt 200000 ]; do i=\$((i+1)); done" 2>&1 | awk "/^user/ { exit !(\$2 > 0.05) }"' 0
expect "time default format" 'time true 2>&1 | sed "s/[0-9]/9/g"' "real 9m9.99s
user 9m9.99s
sys  9m9.99s"
status "time not found" 'time /nope/cmd 2>/dev/null' 127
fails "time not found message" 'time /nope/cmd' "/nope/cmd" 127
usage "time no utility" 'time'

# --- tar: archives cross between ours and the host's both ways ---
mkdir -p tt/a/b tt/e
printf 'hello\n' >tt/a/f
cp big tt/a/b/big
cp binary tt/a/b/binary
ln -sf ../a/f tt/e/sl
ln -f tt/a/f tt/e/hard
: >tt/empty
TLONG=tt/$(printf 'd%.0s' $(seq 1 60))/$(printf 'e%.0s' $(seq 1 70))
mkdir -p "$(dirname "$TLONG")" && echo long >"$TLONG"
chmod 750 tt/a/b
$H/tar --format=ustar -cf host.tar tt
status "tar -c extracts with the host's tar" 'rm -rf tx && mkdir tx && tar -cf ours.tar tt && $H/tar -xf ours.tar -C tx && $H/diff -r tt tx/tt && test "$($H/stat -c %a tx/tt/a/b)" = 750 && test "$($H/stat -c %h tx/tt/e/hard)" = 2' 0
status "tar -x takes the host's archive" 'rm -rf ty && mkdir ty && tar -xf host.tar -C ty && $H/diff -r tt ty/tt && test "$(readlink ty/tt/e/sl)" = ../a/f && test "$($H/stat -c %a ty/tt/a/b)" = 750' 0
check "tar -t of the host's archive" 'tar -tf host.tar'
check "tar -t of ours, as the host lists it" 'tar -cf ours2.tar tt && $H/tar -tf ours2.tar'
check "tar through pipes" 'tar -cf - tt | $H/tar -tf -; $H/tar --format=ustar -cf - tt | tar -tf -'
check "tar old-style options" 'rm -rf tz && mkdir tz && tar cf old.tar tt/a && tar xf old.tar -C tz && find tz | sort'
check "tar -x of names" 'rm -rf tw && mkdir tw && tar -xf host.tar -C tw tt/a/b tt/e/sl && find tw | sort'
expect "tar -tv" 'tar -tvf host.tar tt/e/sl tt/a/b/big | sed "s/ [^ ]*\/[^ ]* / O /; s/ [0-9-]* [0-9:]* / T /"' "lrwxrwxrwx O 0 T tt/e/sl -> ../a/f
-rw-r--r-- O 1048576 T tt/a/b/big"
expect "tar -v names what it makes" 'tar -cvf v.tar tt/a/b | sort' "tt/a/b/
tt/a/b/big
tt/a/b/binary"
expect "tar -cv to standard output names on standard error" 'tar -cvf - tt/a/f 2>&1 >/dev/null' "tt/a/f"
check "tar keeps modification times" 'rm -rf tm && mkdir tm && $H/touch -d 2001-02-03 tt/a/f && tar -cf tm.tar tt/a/f && tar -xf tm.tar -C tm && $H/stat -c %Y tm/tt/a/f'
fails "tar refuses names with .." 'printf x >dd.txt && $H/tar --format=ustar -cPf dd.tar ../work/dd.txt 2>/dev/null; mkdir -p tdd && cd tdd && tar -xf ../dd.tar' "leaves the folder" 1
fails "tar missing member" 'tar -tf host.tar nosuch' "nosuch" 1
fails "tar missing file to store" 'tar -cf m.tar /nope' "/nope" 1
fails "tar not an archive" 'tar -tf f1' "not a tar archive" 2
fails "tar missing archive" 'tar -tf /nope.tar' "/nope.tar" 2
usage "tar no job" 'tar -f x.tar' 2
usage "tar two jobs" 'tar -c -x -f x.tar tt' 2
usage "tar -c of nothing" 'tar -cf x.tar' 2
usage "tar bad option" 'tar -Z' 2

# --- a read error (a directory for a file) is reported, not taken for
# the end of the input ---
mkdir -p rdir
for c in cat cksum cut grep head hexdump more od sed sort tail uniq wc; do
	case $c in
	cut) args="-c1 rdir" ;;
	grep) args="x rdir" ;;
	sed) args="p rdir" ;;
	*) args=rdir ;;
	esac
	fails "$c read error" "$c $args </dev/null" "rdir: Is a directory"
done
fails "tr read error" 'tr a b <rdir' "standard input: Is a directory" 1
fails "sed -f read error" 'sed -f rdir f1' "rdir: Is a directory" 1

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
