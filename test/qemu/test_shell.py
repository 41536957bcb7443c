"""The shell as a user at the console sees it: each command line is typed
at the prompt of the real booted shell, and what it prints and its exit
status are checked.

Each topic is a dict of short names to command lines, checked by one
test.  The topics of a boot run in order in one shell (harness.Boots), so
a test failing reads as its topic.  A command may span lines (a here
document, a loop) when each line but the last leaves it incomplete; no
command holds '# ' or '$ ', which vmrun could take for the prompt."""

import re
from harness import Boots

REDIRECTION = {
    'pipe': "printf 'b\\na\\nc\\n' | sort | head -n 2",
    'pipe3': 'echo abc | tr a-z A-Z | wc -c',
    'out_append': 'echo one > /tmp/r1; echo two >> /tmp/r1; cat /tmp/r1',
    'truncate': 'echo over > /tmp/r1; cat /tmp/r1',
    'stdin': "tr o 0 < /tmp/r1",
    'err_file': 'ls /no/such 2> /tmp/r2; echo st=$?; cat /tmp/r2',
    'err_to_out': 'ls /no/such /tmp/r1 > /tmp/r3 2>&1; cat /tmp/r3',
    'err_discard': '(echo kept; echo lost >&2) 2>/dev/null',
    'err_pipe': 'ls /no/such 2>&1 | wc -l',
    'heredoc': 'V=val; cat <<EOF\nv is $V\n$(echo sub) and $((2+3))\nEOF',
    'heredoc_quoted': "cat <<'EOF'\nv is $V\n$(echo sub)\nEOF",
    'heredoc_tabs': 'cat <<-EOF\n\tindented\n\t\tdouble\nEOF',
    'heredoc_pipe': 'cat <<EOF | sort -r\nfirst\nsecond\nEOF',
    'exec_fd': 'exec 3>/tmp/fd3; echo via3 >&3; exec 3>&-; cat /tmp/fd3',
    'big_pipe': 'yes abcdefgh | head -n 20000 | tr a-h A-H | wc -c',
    'sigpipe': 'yes | head -n 2; echo st=$?',
    'big_subst': 'v=$(yes 0123456789 | head -n 2000); echo ${#v}',
}


def test_pipelines_and_redirection():
    o = outputs(REDIRECTION)
    assert o['pipe'] == 'a\nb\n', o['pipe']
    assert o['pipe3'].strip() == '4', o['pipe3']
    assert o['out_append'] == 'one\ntwo\n', o['out_append']
    assert o['truncate'] == 'over\n', o['truncate']
    assert o['stdin'] == '0ver\n', o['stdin']
    lines = o['err_file'].splitlines()
    assert lines[0] != 'st=0' and lines[0].startswith('st='), lines
    assert len(lines) == 2 and '/no/such' in lines[1], lines
    lines = o['err_to_out'].splitlines()
    assert len(lines) == 2 and '/tmp/r1' in lines and \
        any('/no/such' in l for l in lines), lines
    assert o['err_discard'] == 'kept\n', o['err_discard']
    assert o['err_pipe'].strip() == '1', o['err_pipe']
    assert o['heredoc'] == 'v is val\nsub and 5\n', o['heredoc']
    assert o['heredoc_quoted'] == 'v is $V\n$(echo sub)\n', \
        o['heredoc_quoted']
    assert o['heredoc_tabs'] == 'indented\ndouble\n', o['heredoc_tabs']
    assert o['heredoc_pipe'] == 'second\nfirst\n', o['heredoc_pipe']
    assert o['exec_fd'] == 'via3\n', o['exec_fd']
    assert o['big_pipe'].strip() == '180000', o['big_pipe']
    assert o['sigpipe'] == 'y\ny\nst=0\n', o['sigpipe']
    assert o['big_subst'] == '21999\n', o['big_subst']


STATUSES = {
    'true': 'true; echo $?',
    'false': 'false; echo $?',
    'pipe_last': 'false | true; echo $?',
    'pipe_false': 'true | false; echo $?',
    'bang': '! true; echo $?; ! false; echo $?',
    'and_or': 'false && echo no || echo yes; true && echo and',
    'or_skip': 'true || echo never; echo after=$?',
    'semicolon': 'false; echo next $?; true; echo next $?',
    'exit_n': "sh -c 'exit 7'; echo $?",
    'not_found': 'nosuchcmd; echo st=$?',
    'not_exec': "printf 'echo x\\n' > /tmp/nx; /tmp/nx; echo st=$?",
    'signalled': "sh -c 'kill -9 $$'; echo st=$?",
    'last_status': 'false',
}


def test_exit_statuses_and_lists():
    o = outputs(STATUSES)
    assert o['true'] == '0\n' and o['false'] == '1\n', (o['true'], o['false'])
    assert o['pipe_last'] == '0\n' and o['pipe_false'] == '1\n'
    assert o['bang'] == '1\n0\n', o['bang']
    assert o['and_or'] == 'yes\nand\n', o['and_or']
    assert o['or_skip'] == 'after=0\n', o['or_skip']
    assert o['semicolon'] == 'next 1\nnext 0\n', o['semicolon']
    assert o['exit_n'] == '7\n', o['exit_n']
    assert 'nosuchcmd' in o['not_found'] and 'not found' in o['not_found'] \
        and o['not_found'].endswith('st=127\n'), o['not_found']
    assert o['not_exec'].endswith('st=126\n'), o['not_exec']
    assert o['signalled'] == 'Killed\nst=137\n', o['signalled']
    assert BOOTS.statuses(STATUSES)['last_status'] == 1


BACKGROUND = {
    'pid': 'echo pid=$$; ps',
    'bang': "sleep 2 & echo bg=$!; ps; wait $!; echo waited=$?",
    'status': '(sleep 1; exit 5) & wait $!; echo st=$?',
    'order': '(sleep 1; echo late) & echo early; wait; echo done',
    'two_jobs': 'sleep 1 & sleep 1 & wait; echo both; jobs',
    'kill_job': 'sleep 30 & kill $!; wait $!; echo st=$?',
    'subshell_pid': "sh -c 'echo $$' > /tmp/p1; echo $$>/tmp/p2; "
                    "[ \"$(cat /tmp/p1)\" != \"$(cat /tmp/p2)\" ] && "
                    "echo differ",
}


def ps_rows(text):
    """pid -> (ppid, name) from ps output."""
    rows = {}
    for m in re.finditer(r'^\s*(\d+)\s+(\d+)\s+\S\s+\d+\s+\S+\s+\S+\s+(\S+)$',
                         text, re.M):
        rows[m.group(1)] = (m.group(2), m.group(3))
    return rows


def test_background_wait_and_pids():
    o = outputs(BACKGROUND)
    me = re.search(r'pid=(\d+)', o['pid']).group(1)
    rows = ps_rows(o['pid'])
    assert rows.get(me, (0, ''))[1] == 'sh', 'ps does not show $$ as sh: %r' \
        % o['pid']
    assert any(r == (me, 'ps') for r in rows.values()), \
        'ps is not a child of $$: %r' % o['pid']
    job, bg = re.search(r'^\[1\] (\d+)\nbg=(\d+)\n', o['bang']).groups()
    assert job == bg, 'the job notice and $! differ: %r' % o['bang']
    rows = ps_rows(o['bang'])
    assert rows.get(bg) == (me, 'sleep'), 'no sleep %s in %r' % (bg, o['bang'])
    assert o['bang'].endswith('waited=0\n'), o['bang']
    assert without_job_notices(o['status']) == 'st=5\n', o['status']
    assert without_job_notices(o['order']) == 'early\nlate\ndone\n', \
        o['order']
    assert o['subshell_pid'] == 'differ\n', o['subshell_pid']
    assert without_job_notices(o['two_jobs']) == 'both\n', o['two_jobs']
    assert without_job_notices(o['kill_job']) == 'st=143\n', o['kill_job']


def without_job_notices(text):
    """Less the '[1] 42' an interactive shell prints for a background job."""
    return re.sub(r'(?m)^\[\d+\] \d+\n', '', text)


VARIABLES = {
    'plain': 'X=1; Y="two words"; echo "$X-$Y"',
    'unexported': 'env | grep -c ^Y=',
    'exported': 'export Y; env | grep ^Y=',
    'export_assign': 'export E2=direct; sh -c \'echo "child $E2"\'',
    'prefix': 'P1=only env | grep ^P1=; echo "after [$P1]"',
    'unset': 'unset X; echo "[${X}]" ${X:-dflt} ${#Y}',
    'params': 'F=dir/name.tar.gz; echo ${F%.*} ${F%%.*} ${F#*/} ${F##*.}',
    'assign_default': 'unset Q; echo ${Q:=set}; echo $Q',
}


def test_variables_and_export():
    o = outputs(VARIABLES)
    assert o['plain'] == '1-two words\n', o['plain']
    assert o['unexported'].strip() == '0', o['unexported']
    assert o['exported'] == 'Y=two words\n', o['exported']
    assert o['export_assign'] == 'child direct\n', o['export_assign']
    assert o['prefix'] == 'P1=only\nafter []\n', o['prefix']
    assert o['unset'] == '[] dflt 9\n', o['unset']
    assert o['params'] == 'dir/name.tar dir/name name.tar.gz gz\n', \
        o['params']
    assert o['assign_default'] == 'set\nset\n', o['assign_default']


QUOTING = {
    'kinds': 'V=x; echo \'single $V\' "double $V" \\$V back\\ slash',
    'escapes': r'''printf '[%s]' "a\\b" "q\"q" "d\$" 'n\n' x\y; echo''',
    'fields': "printf '[%s]' \"a  b\" 'c d' e; echo",
    'split': 'W="p  q r"; printf "[%s]" $W; echo',
    'empty': "printf '[%s]' '' \"\"; echo",
    'newline_in_quotes': 'echo "line1\nline2"',
}


def test_quoting_and_escapes():
    o = outputs(QUOTING)
    assert o['kinds'] == 'single $V double x $V back slash\n', o['kinds']
    assert o['escapes'] == '[a\\b][q"q][d$][n\\n][xy]\n', o['escapes']
    assert o['fields'] == '[a  b][c d][e]\n', o['fields']
    assert o['split'] == '[p][q][r]\n', o['split']
    assert o['empty'] == '[][]\n', o['empty']
    assert o['newline_in_quotes'] == 'line1\nline2\n', o['newline_in_quotes']


SUBSTITUTION = {
    'nested': 'echo $(echo a $(echo b) c)',
    'backquote': 'echo `echo bq`-x',
    'trailing': "v=$(printf 'l1\\nl2\\n\\n'); echo \"[$v]\"",
    'arith': 'n=4; echo $((n * 3 + 1)) $((7 / 2)) $((7 % 3)) $((n > 2))',
    'status': 'v=$(false); echo st=$?',
    'in_quotes': 'echo "[$(echo "in  quotes")]"',
}


def test_command_substitution_and_arithmetic():
    o = outputs(SUBSTITUTION)
    assert o['nested'] == 'a b c\n', o['nested']
    assert o['backquote'] == 'bq-x\n', o['backquote']
    assert o['trailing'] == '[l1\nl2]\n', o['trailing']
    assert o['arith'] == '13 3 1 1\n', o['arith']
    assert o['status'] == 'st=1\n', o['status']
    assert o['in_quotes'] == '[in  quotes]\n', o['in_quotes']


GLOBBING = {
    'setup': 'mkdir /tmp/g && touch /tmp/g/a1 /tmp/g/a2 /tmp/g/b1 '
             '/tmp/g/.hid && echo made',
    'star': 'echo /tmp/g/a*',
    'question': 'echo /tmp/g/?1',
    'bracket': 'echo /tmp/g/[ab]2 /tmp/g/[!a]*',
    'nomatch': 'echo /tmp/g/z*',
    'quoted': "echo '/tmp/g/*' \"/tmp/g/*\"",
    'hidden': 'cd /tmp/g && echo * && echo .h*; cd /',
    'for_glob': 'for f in /tmp/g/*1; do echo "got $f"; done',
}


def test_globbing():
    o = outputs(GLOBBING)
    assert o['setup'] == 'made\n', o['setup']
    assert o['star'] == '/tmp/g/a1 /tmp/g/a2\n', o['star']
    assert o['question'] == '/tmp/g/a1 /tmp/g/b1\n', o['question']
    assert o['bracket'] == '/tmp/g/a2 /tmp/g/b1\n', o['bracket']
    assert o['nomatch'] == '/tmp/g/z*\n', o['nomatch']
    assert o['quoted'] == '/tmp/g/* /tmp/g/*\n', o['quoted']
    assert o['hidden'] == 'a1 a2 b1\n.hid\n', o['hidden']
    assert o['for_glob'] == 'got /tmp/g/a1\ngot /tmp/g/b1\n', o['for_glob']


CONTROL = {
    'if': 'for n in 1 2 3; do if [ $n = 1 ]; then echo one; '
          'elif [ $n = 2 ]; then echo two; else echo other; fi; done',
    'if_status': 'if false; then :; fi; echo st=$?',
    'while': 'i=0; while [ $i -lt 3 ]; do echo w$i; i=$((i+1)); done',
    'until': 'i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo u$i',
    'while_lines': 'n=0; while [ $n -lt 5 ]\ndo\n  n=$((n+1))\n'
                   '  [ $n = 2 ] && continue\n  [ $n = 4 ] && break\n'
                   '  echo n$n\ndone',
    'for': 'for w in a "b c" d; do echo "<$w>"; done',
    'case': 'for w in apple b.c zz 42; do case $w in a*) echo fruit;; '
            '*.c|*.h) echo source;; [0-9]*) echo number;; *) echo other;; '
            'esac; done',
    'case_quoted': 'p="*"; case abc in "$p") echo literal;; *) echo any;; '
                   'esac',
}


def test_if_while_for_case():
    o = outputs(CONTROL)
    assert o['if'] == 'one\ntwo\nother\n', o['if']
    assert o['if_status'] == 'st=0\n', o['if_status']
    assert o['while'] == 'w0\nw1\nw2\n', o['while']
    assert o['until'] == 'u2\n', o['until']
    assert o['while_lines'] == 'n1\nn3\n', o['while_lines']
    assert o['for'] == '<a>\n<b c>\n<d>\n', o['for']
    assert o['case'] == 'fruit\nsource\nother\nnumber\n', o['case']
    assert o['case_quoted'] == 'any\n', o['case_quoted']


FUNCTIONS = {
    'define': 'add() { echo $(($1 + $2)); }; add 2 3',
    'args': 'show() { echo "$#: [$1] [$*]"; }; show "x y" z',
    'return': 'rt() { return $1; }; rt 4; echo st=$?',
    'scope': 'sv() { G=inner; }; G=outer; sv; echo $G',
    'recursion': 'fact() { if [ $1 -le 1 ]; then echo 1; else '
                 'echo $(($1 * $(fact $(($1 - 1))))); fi; }; fact 5',
    'multiline': 'greet()\n{\n  echo "hi $1"\n}',
    'call': 'greet there',
    'redirected': 'greet you > /tmp/fn; cat /tmp/fn',
}


def test_functions():
    o = outputs(FUNCTIONS)
    assert o['define'] == '5\n', o['define']
    assert o['args'] == '2: [x y] [x y z]\n', o['args']
    assert o['return'] == 'st=4\n', o['return']
    assert o['scope'] == 'inner\n', o['scope']
    assert o['recursion'] == '120\n', o['recursion']
    assert o['multiline'] == '', o['multiline']
    assert o['call'] == 'hi there\n', o['call']
    assert o['redirected'] == 'hi you\n', o['redirected']


BUILTINS = {
    'cd': 'cd /tmp && pwd && cd .. && pwd',
    'cd_home': 'cd /usr; cd; pwd; echo $PWD',
    'cd_bad': 'cd /no/such/dir; echo st=$?; pwd',
    'cd_file': 'cd /etc/rc; echo st=$?',
    'exec': "sh -c 'exec echo replaced; echo not reached'",
    'exec_status': "sh -c 'exec false'; echo st=$?",
    'read': 'read a b <<EOF; echo "[$a] [$b]"\none two three\nEOF',
    'read_loop': "printf 'x 1\\ny 2\\n' > /tmp/rl; "
                 "while read k v; do echo \"$v=$k\"; done < /tmp/rl",
    'read_r': "read -r raw <<'EOF'; printf '%s\\n' \"$raw\"\n"
              r'a\tb\\c' '\nEOF',
    'read_eof': 'read z < /dev/null; echo st=$?',
    'cd_dash': 'cd /tmp; cd /etc; cd -; pwd; cd /',
    'trap': "trap 'echo caught' USR1; kill -USR1 $$; echo after; trap - USR1",
    'trap_exit': "sh -c 'trap \"echo bye\" EXIT; echo body'",
    'umask': 'umask 077; touch /tmp/um; ls -l /tmp/um; umask 022; umask',
}


def test_cd_exec_read_trap_umask():
    o = outputs(BUILTINS)
    assert o['cd'] == '/tmp\n/\n', o['cd']
    assert o['cd_home'] == '/\n/\n', o['cd_home']
    lines = o['cd_bad'].splitlines()
    assert len(lines) == 3 and '/no/such/dir' in lines[0], lines
    assert lines[1] == 'st=1' and lines[2] == '/', lines
    assert 'st=0' not in o['cd_file'] and '/etc/rc' in o['cd_file'], \
        o['cd_file']
    assert o['exec'] == 'replaced\n', o['exec']
    assert o['exec_status'] == 'st=1\n', o['exec_status']
    assert o['read'] == '[one] [two three]\n', o['read']
    assert o['read_loop'] == '1=x\n2=y\n', o['read_loop']
    assert o['read_eof'] == 'st=1\n', o['read_eof']
    assert o['read_r'] == 'a\\tb\\\\c\n', o['read_r']
    assert o['cd_dash'] == '/tmp\n/tmp\n', o['cd_dash']
    assert o['trap'] == 'caught\nafter\n', o['trap']
    assert o['trap_exit'] == 'body\nbye\n', o['trap_exit']
    assert re.match(r'-rw------- +1 root +root +0 .* /tmp/um\n0?022\n$',
                    o['umask']), o['umask']


OPTIONS = {
    'set_e': "sh -c 'set -e; echo a; false; echo b'; echo st=$?",
    'set_e_cond': "sh -c 'set -e; if false; then :; fi; false || echo c; "
                  "echo d'",
    'set_x': "sh -c 'set -x; v=1; echo hi $v'",
    'sh_c_args': "sh -c 'echo $0 $1 $#' zero one two",
    'sh_c_status': "sh -c 'false'; echo st=$?",
    'syntax_interactive': 'if then',
    'after_syntax': 'echo still here',
    'syntax_script': "printf 'echo one\\necho two\\nif then\\necho three\\n'"
                     " > /tmp/se.sh; sh /tmp/se.sh; echo st=$?",
    'syntax_c': "sh -c 'echo (('; echo st=$?",
}


def test_set_e_set_x_sh_c_and_syntax_errors():
    o = outputs(OPTIONS)
    assert o['set_e'] == 'a\nst=1\n', o['set_e']
    assert o['set_e_cond'] == 'c\nd\n', o['set_e_cond']
    assert o['set_x'] == '+ v=1\n+ echo hi 1\nhi 1\n', o['set_x']
    assert o['sh_c_args'] == 'zero one 2\n', o['sh_c_args']
    assert o['sh_c_status'] == 'st=1\n', o['sh_c_status']
    assert re.search(r'line \d+: syntax error', o['syntax_interactive']) \
        and BOOTS.statuses(OPTIONS)['syntax_interactive'] == 2, \
        o['syntax_interactive']
    assert o['after_syntax'] == 'still here\n', o['after_syntax']
    lines = o['syntax_script'].splitlines()
    assert lines[:2] == ['one', 'two'] and lines[-1] == 'st=2', lines
    assert len(lines) == 4 and 'line 3: syntax error' in lines[2], lines
    assert 'syntax error' in o['syntax_c'] and \
        o['syntax_c'].endswith('st=2\n'), o['syntax_c']


SCRIPT = {
    # Written with a here document; '$#' is never followed by a space
    # (vmrun would take '# ' at the end of what it read for a prompt).
    'write': "cat > /tmp/s.sh <<'EOF'\n"
             "#!/bin/sh\n"
             "greet() {\n"
             "    echo \"hello <$1>\"\n"
             "}\n"
             "echo \"count=$#; all=$@; zero=$0\"\n"
             "for a in \"$@\"; do\n"
             "    greet \"$a\"\n"
             "done\n"
             "i=0\n"
             "while [ $i -lt \"$#\" ]; do\n"
             "    i=$((i + 1))\n"
             "done\n"
             "shift\n"
             "echo \"i=$i first=$1 left=$#.\"\n"
             "exit 3\n"
             "EOF",
    'run': "sh /tmp/s.sh 'a b' c; echo st=$?",
    'no_args': 'sh /tmp/s.sh; echo st=$?',
    'missing': 'sh /tmp/no-such.sh; echo st=$?',
}


def test_script_file_with_arguments_loop_and_function():
    o = outputs(SCRIPT)
    assert o['write'] == '', o['write']
    assert o['run'] == ('count=2; all=a b c; zero=/tmp/s.sh\n'
                        'hello <a b>\nhello <c>\n'
                        'i=2 first=c left=1.\nst=3\n'), o['run']
    assert o['no_args'].startswith('count=0; all=; zero=/tmp/s.sh\n'), \
        o['no_args']
    assert 'no-such.sh' in o['missing'] and \
        o['missing'].endswith('st=127\n'), o['missing']


def outputs(topic):
    return BOOTS.outputs(topic)


BOOTS = Boots([REDIRECTION, STATUSES, BACKGROUND, VARIABLES, QUOTING,
               SUBSTITUTION],
              [GLOBBING, CONTROL, FUNCTIONS, BUILTINS, OPTIONS, SCRIPT])
