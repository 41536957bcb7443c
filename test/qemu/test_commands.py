"""The programs of /bin as a user at the console sees them: each on its
ordinary input, and on bad input (a bad flag, a missing file), where it
must say what is wrong and exit non-zero.  Commands the shell has built
in (echo, printf, test, [, kill, pwd, true, false) are run as /bin/NAME.

Each topic is a dict of short names to command lines; the topics of a
boot run in order in one shell (harness.Boots), and several tests may
check one topic.  'st=N' after a command is its exit status."""

import datetime
import re
from harness import Boots, posix_cksum


def failed(text, *words):
    """text ends with a non-zero 'st=N' and says each of words."""
    m = re.search(r'st=(\d+)\n$', text)
    return m is not None and m.group(1) != '0' and \
        all(w in text for w in words)


def lines(text):
    return text.splitlines()


FILES = {
    'setup': 'mkdir /tmp/l && cd /tmp/l && mkdir d && echo hello > f && '
             'echo x > .dot && touch d/inner; cd /',
    'ls': 'ls /tmp/l',
    'ls_a': 'ls -a /tmp/l',
    'ls_d': 'ls -d /tmp/l /tmp/l/d',
    'ls_l': 'ls -l /tmp/l',
    'ls_R': 'ls -R /tmp/l',
    'ls_file': 'ls /tmp/l/f /tmp/l/d',
    'ls_missing': 'ls /tmp/l/nope; echo st=$?',
    'ls_flag': 'ls -Z /tmp; echo st=$?',
    'cat': 'cat /tmp/l/f /tmp/l/f',
    'cat_dash': 'echo in | cat /tmp/l/f - /tmp/l/f',
    'cat_missing': 'cat /tmp/l/nope /tmp/l/f; echo st=$?',
    'cat_flag': 'cat -Z /tmp/l/f; echo st=$?',
    'cp': 'cp /tmp/l/f /tmp/l/g && cat /tmp/l/g',
    'cp_into': 'cp /tmp/l/f /tmp/l/g /tmp/l/d && ls /tmp/l/d',
    'cp_r': 'cp -r /tmp/l/d /tmp/l/e && ls /tmp/l/e && cat /tmp/l/e/f',
    'cp_dir': 'cp /tmp/l/d /tmp/l/x; echo st=$?',
    'cp_missing': 'cp /tmp/l/nope /tmp/l/x; echo st=$?',
    'cp_flag': 'cp -Z /tmp/l/f /tmp/l/x; echo st=$?',
    'cp_one': 'cp /tmp/l/f; echo st=$?',
    'mv': 'mv /tmp/l/g /tmp/l/h && ls /tmp/l && cat /tmp/l/h',
    'mv_into': 'mv /tmp/l/h /tmp/l/e && ls /tmp/l/e',
    'mv_missing': 'mv /tmp/l/nope /tmp/l/x; echo st=$?',
    'mv_flag': 'mv -Z /tmp/l/f /tmp/l/x; echo st=$?',
    'rm': 'rm /tmp/l/e/h && ls /tmp/l/e',
    'rm_dir': 'rm /tmp/l/e; echo st=$?',
    'rm_r': 'rm -r /tmp/l/e && ls /tmp/l',
    'rm_f': 'rm -f /tmp/l/nope; echo st=$?',
    'rm_missing': 'rm /tmp/l/nope; echo st=$?',
    'rm_flag': 'rm -Z /tmp/l/f; echo st=$?',
    'mkdir_p': 'mkdir -p /tmp/m/a/b/c && ls -R /tmp/m',
    'mkdir_p_again': 'mkdir -p /tmp/m/a; echo st=$?',
    'mkdir_exists': 'mkdir /tmp/m; echo st=$?',
    'mkdir_parent': 'mkdir /tmp/nodir/x; echo st=$?',
    'mkdir_flag': 'mkdir -Z /tmp/y; echo st=$?',
    'rmdir': 'rmdir /tmp/m/a/b/c && ls /tmp/m/a/b | wc -l',
    'rmdir_full': 'rmdir /tmp/m; echo st=$?',
    'rmdir_file': 'rmdir /tmp/l/f; echo st=$?',
    'rmdir_flag': 'rmdir -Z /tmp/m; echo st=$?',
    'ln': 'ln /tmp/l/f /tmp/l/hard && ls -l /tmp/l/hard && cat /tmp/l/hard',
    'ln_s': 'ln -s /tmp/l/f /tmp/l/sym && ls -l /tmp/l/sym && cat /tmp/l/sym',
    'ln_exists': 'ln /tmp/l/f /tmp/l/hard; echo st=$?',
    'ln_missing': 'ln /tmp/l/nope /tmp/l/x; echo st=$?',
    'ln_flag': 'ln -Z /tmp/l/f /tmp/l/x; echo st=$?',
    'touch': 'touch /tmp/l/new && ls -l /tmp/l/new',
    'touch_c': 'touch -c /tmp/l/none; ls /tmp/l | grep -c none',
    'touch_bad': 'touch /tmp/nodir/f; echo st=$?',
    'touch_flag': 'touch -Z /tmp/l/f; echo st=$?',
    'pwd': 'cd /tmp/l/d && /bin/pwd; cd /',
    'pwd_flag': '/bin/pwd -Z; echo st=$?',
}


def test_ls_names_long_format_and_trees():
    o = BOOTS.outputs(FILES)
    assert o['setup'] == '', o['setup']
    assert o['ls'] == 'd\nf\n', o['ls']
    assert o['ls_a'] == '.\n..\n.dot\nd\nf\n', o['ls_a']
    assert o['ls_d'] == '/tmp/l\n/tmp/l/d\n', o['ls_d']
    ll = lines(o['ls_l'])
    assert re.match(r'total \d+$', ll[0]), ll
    assert re.match(r'drwx...... +2 root +root +\d+ \w{3} [ \d]\d '
                    r'(\d\d:\d\d| \d{4}) d$', ll[1]), ll
    assert re.match(r'-rw-...... +1 root +root +6 .* f$', ll[2]), ll
    assert len(ll) == 3, ll
    assert o['ls_R'] == '/tmp/l:\nd\nf\n\n/tmp/l/d:\ninner\n', o['ls_R']
    assert o['ls_file'] == '/tmp/l/f\n\n/tmp/l/d:\ninner\n', o['ls_file']
    assert failed(o['ls_missing'], 'ls: ', '/tmp/l/nope', 'No such file'), \
        o['ls_missing']
    assert failed(o['ls_flag'], 'usage: ls'), o['ls_flag']


def test_cat_cp_mv():
    o = BOOTS.outputs(FILES)
    assert o['cat'] == 'hello\nhello\n', o['cat']
    assert o['cat_dash'] == 'hello\nin\nhello\n', o['cat_dash']
    assert failed(o['cat_missing'], 'cat: /tmp/l/nope: No such file',
                  'hello\n'), o['cat_missing']
    assert failed(o['cat_flag'], 'usage: cat'), o['cat_flag']
    assert o['cp'] == 'hello\n', o['cp']
    assert o['cp_into'] == 'f\ng\ninner\n', o['cp_into']
    assert o['cp_r'] == 'f\ng\ninner\nhello\n', o['cp_r']
    assert failed(o['cp_dir'], '/tmp/l/d'), o['cp_dir']
    assert failed(o['cp_missing'], 'cp: ', '/tmp/l/nope', 'No such file'), \
        o['cp_missing']
    assert failed(o['cp_flag'], 'usage: cp'), o['cp_flag']
    assert failed(o['cp_one'], 'usage: cp'), o['cp_one']
    assert o['mv'] == 'd\ne\nf\nh\nhello\n', o['mv']
    assert o['mv_into'] == 'f\ng\nh\ninner\n', o['mv_into']
    assert failed(o['mv_missing'], 'mv: ', '/tmp/l/nope', 'No such file'), \
        o['mv_missing']
    assert failed(o['mv_flag'], 'usage: mv'), o['mv_flag']


def test_rm_mkdir_rmdir():
    o = BOOTS.outputs(FILES)
    assert o['rm'] == 'f\ng\ninner\n', o['rm']
    assert failed(o['rm_dir'], 'rm: ', '/tmp/l/e'), o['rm_dir']
    assert o['rm_r'] == 'd\nf\n', o['rm_r']
    assert o['rm_f'] == 'st=0\n', o['rm_f']
    assert failed(o['rm_missing'], 'rm: ', '/tmp/l/nope', 'No such file'), \
        o['rm_missing']
    assert failed(o['rm_flag'], 'usage: rm'), o['rm_flag']
    assert o['mkdir_p'] == '/tmp/m:\na\n\n/tmp/m/a:\nb\n\n/tmp/m/a/b:\nc\n' \
        '\n/tmp/m/a/b/c:\n', o['mkdir_p']
    assert o['mkdir_p_again'] == 'st=0\n', o['mkdir_p_again']
    assert failed(o['mkdir_exists'], 'mkdir: ', '/tmp/m', 'exists'), \
        o['mkdir_exists']
    assert failed(o['mkdir_parent'], 'mkdir: ', '/tmp/nodir/x',
                  'No such file'), o['mkdir_parent']
    assert failed(o['mkdir_flag'], 'usage: mkdir'), o['mkdir_flag']
    assert o['rmdir'].strip() == '0', o['rmdir']
    assert failed(o['rmdir_full'], 'rmdir: ', '/tmp/m', 'not empty'), \
        o['rmdir_full']
    assert failed(o['rmdir_file'], 'rmdir: ', '/tmp/l/f',
                  'Not a directory'), o['rmdir_file']
    assert failed(o['rmdir_flag'], 'usage: rmdir'), o['rmdir_flag']


def test_ln_touch_pwd():
    o = BOOTS.outputs(FILES)
    ll = lines(o['ln'])
    assert re.match(r'-rw-...... +2 root +root +6 .* /tmp/l/hard$', ll[0]) \
        and ll[1:] == ['hello'], ll
    ll = lines(o['ln_s'])
    assert re.match(r'lrwxrwxrwx +1 root +root +\d+ .* /tmp/l/sym -> '
                    r'/tmp/l/f$', ll[0]) and ll[1:] == ['hello'], ll
    assert failed(o['ln_exists'], 'ln: ', '/tmp/l/hard', 'exists'), \
        o['ln_exists']
    assert failed(o['ln_missing'], 'ln: ', '/tmp/l/nope', 'No such file'), \
        o['ln_missing']
    assert failed(o['ln_flag'], 'usage: ln'), o['ln_flag']
    assert re.match(r'-rw-...... +1 root +root +0 .* /tmp/l/new\n$',
                    o['touch']), o['touch']
    assert o['touch_c'].strip() == '0', o['touch_c']
    assert failed(o['touch_bad'], 'touch: ', '/tmp/nodir/f', 'No such file'), \
        o['touch_bad']
    assert failed(o['touch_flag'], 'usage: touch'), o['touch_flag']
    assert o['pwd'] == '/tmp/l/d\n', o['pwd']
    assert failed(o['pwd_flag'], 'usage: pwd'), o['pwd_flag']


TEXT = {
    'setup': "printf 'apple\\nBanana\\ncherry pie\\napple pie\\n' > /tmp/t; "
             "seq 1 20 > /tmp/n",
    'echo': '/bin/echo a  b "c  d"',
    'echo_n': '/bin/echo -n x; /bin/echo y',
    'printf': "/bin/printf '%s=%d %5.2f %x %o %c|%-3s|%%\\n' a 42 3.14159 "
              "255 8 xyz b",
    'printf_reuse': "/bin/printf '<%s>\\n' one two",
    'printf_escape': "/bin/printf 'a\\tb\\\\c\\101\\n'",
    'printf_usage': '/bin/printf; echo st=$?',
    'printf_number': '/bin/printf "%d\\n" abc; echo st=$?',
    'wc': 'wc /tmp/t',
    'wc_each': 'wc -l < /tmp/t; wc -w < /tmp/t; wc -c < /tmp/t',
    'wc_missing': 'wc /tmp/nope; echo st=$?',
    'wc_flag': 'wc -Z /tmp/t; echo st=$?',
    'head': 'head -n 3 /tmp/n',
    'head_default': 'head /tmp/n | tr "\\n" " "',
    'head_c': 'head -c 5 /tmp/n',
    'head_bad': 'head -n x /tmp/n; echo st=$?',
    'head_missing': 'head /tmp/nope; echo st=$?',
    'tail': 'tail -n 2 /tmp/n',
    'tail_plus': 'tail -n +19 /tmp/n',
    'tail_default': 'tail /tmp/n | tr "\\n" " "',
    'tail_c': 'tail -c 3 /tmp/n',
    'tail_stdin': 'seq 1 5 | tail -n 1',
    'tail_missing': 'tail /tmp/nope; echo st=$?',
    'tail_flag': 'tail -Z /tmp/n; echo st=$?',
    'grep': 'grep pie /tmp/t',
    'grep_v': 'grep -v pie /tmp/t',
    'grep_c': 'grep -c apple /tmp/t',
    'grep_n': 'grep -n pie /tmp/t',
    'grep_i': 'grep -i BANANA /tmp/t',
    'grep_re': "grep '^a.*e$' /tmp/t; grep 'p\\{2\\}' /tmp/t; "
               "grep '\\(an\\)\\1' /tmp/t; grep '[[:upper:]]' /tmp/t; "
               "grep 'r*y p' /tmp/t",
    'grep_files': 'grep Ban /tmp/t /tmp/t',
    'grep_none': 'grep zzz /tmp/t; echo st=$?',
    'grep_missing': 'grep x /tmp/nope; echo st=$?',
    'grep_flag': 'grep -Z x /tmp/t; echo st=$?',
    'grep_badre': "grep 'a\\(' /tmp/t; echo st=$?",
    'sed_s': "sed 's/pie/tart/' /tmp/t",
    'sed_g': "echo banana | sed 's/a/o/g'; echo banana | sed 's/a/o/2'",
    'sed_groups': "echo hello world | "
                  "sed 's/\\(hello\\) \\(world\\)/\\2 \\1/'",
    'sed_d': "sed '2d' /tmp/t; sed '/pie/d' /tmp/t",
    'sed_p': "sed -n '/pie/p' /tmp/t; sed -n '2p' /tmp/t",
    'sed_range': "seq 1 6 | sed '2,4d'; seq 1 6 | sed -n '/3/,/5/p'",
    'sed_double': "sed p /tmp/t | wc -l",
    'sed_bad': "sed 's/x/' /tmp/t; echo st=$?",
    'sed_missing': 'sed p /tmp/nope; echo st=$?',
    'sort': 'sort /tmp/t',
    'sort_r': 'sort -r /tmp/t',
    'sort_n': "printf '10\\n9\\n100\\n-1\\n' | sort -n",
    'sort_u': "printf 'b\\na\\nb\\n' | sort -u",
    'sort_k': "printf 'x:3\\ny:1\\nz:2\\n' | sort -t: -k2",
    'sort_missing': 'sort /tmp/nope; echo st=$?',
    'sort_flag': 'sort -Z /tmp/t; echo st=$?',
    'uniq': "printf 'a\\na\\nb\\na\\n' | uniq",
    'uniq_c': "printf 'a\\na\\nb\\n' | uniq -c",
    'uniq_d': "printf 'a\\na\\nb\\n' | uniq -d; "
              "printf 'a\\na\\nb\\n' | uniq -u",
    'uniq_missing': 'uniq /tmp/nope; echo st=$?',
    'uniq_flag': 'uniq -Z /tmp/t; echo st=$?',
    'cut_f': "echo 'a:b:c:d' | cut -d: -f2,4",
    'cut_c': 'echo abcdef | cut -c 2-4',
    'cut_tab': "printf 'one\\ttwo\\n' | cut -f2",
    'cut_nolist': 'cut /tmp/t; echo st=$?',
    'cut_missing': 'cut -c1 /tmp/nope; echo st=$?',
    'tr': 'echo hello | tr a-z A-Z',
    'tr_d': 'echo hello | tr -d l',
    'tr_s': 'echo hello | tr -s l',
    'tr_c': "echo 'a1b2' | tr -c 'a-z\\n' _",
    'tr_usage': 'echo x | tr; echo st=$?',
    'tr_flag': 'echo x | tr -Z a b; echo st=$?',
}


def test_echo_printf_wc_head_tail():
    o = BOOTS.outputs(TEXT)
    assert o['setup'] == '', o['setup']
    assert o['echo'] == 'a b c  d\n', o['echo']
    assert o['echo_n'] == 'xy\n', o['echo_n']
    assert o['printf'] == 'a=42  3.14 ff 10 x|b  |%\n', o['printf']
    assert o['printf_reuse'] == '<one>\n<two>\n', o['printf_reuse']
    assert o['printf_escape'] == 'a\tb\\cA\n', o['printf_escape']
    assert failed(o['printf_usage'], 'usage: printf'), o['printf_usage']
    assert failed(o['printf_number'], 'printf: ', 'abc'), o['printf_number']
    assert o['wc'].split() == ['4', '6', '34', '/tmp/t'], o['wc']
    assert o['wc_each'].split() == ['4', '6', '34'], o['wc_each']
    assert failed(o['wc_missing'], 'wc: /tmp/nope'), o['wc_missing']
    assert failed(o['wc_flag'], 'usage: wc'), o['wc_flag']
    assert o['head'] == '1\n2\n3\n', o['head']
    assert o['head_default'] == '1 2 3 4 5 6 7 8 9 10 ', o['head_default']
    assert o['head_c'] == '1\n2\n3', o['head_c']
    assert failed(o['head_bad'], 'usage: head') or \
        failed(o['head_bad'], 'head: '), o['head_bad']
    assert failed(o['head_missing'], 'head: /tmp/nope'), o['head_missing']
    assert o['tail'] == '19\n20\n', o['tail']
    assert o['tail_plus'] == '19\n20\n', o['tail_plus']
    assert o['tail_default'] == '11 12 13 14 15 16 17 18 19 20 ', \
        o['tail_default']
    assert o['tail_c'] == '20\n', o['tail_c']
    assert o['tail_stdin'] == '5\n', o['tail_stdin']
    assert failed(o['tail_missing'], 'tail: /tmp/nope'), o['tail_missing']
    assert failed(o['tail_flag'], 'usage: tail'), o['tail_flag']


def test_grep_sed():
    o = BOOTS.outputs(TEXT)
    assert o['grep'] == 'cherry pie\napple pie\n', o['grep']
    assert o['grep_v'] == 'apple\nBanana\n', o['grep_v']
    assert o['grep_c'] == '2\n', o['grep_c']
    assert o['grep_n'] == '3:cherry pie\n4:apple pie\n', o['grep_n']
    assert o['grep_i'] == 'Banana\n', o['grep_i']
    assert o['grep_re'] == 'apple\napple pie\napple\napple pie\nBanana\n' \
        'Banana\ncherry pie\n', o['grep_re']
    assert o['grep_files'] == '/tmp/t:Banana\n/tmp/t:Banana\n', \
        o['grep_files']
    assert o['grep_none'] == 'st=1\n', o['grep_none']
    assert failed(o['grep_missing'], 'grep: /tmp/nope') and \
        o['grep_missing'].endswith('st=2\n'), o['grep_missing']
    assert failed(o['grep_flag'], 'usage: grep') and \
        o['grep_flag'].endswith('st=2\n'), o['grep_flag']
    assert failed(o['grep_badre'], 'grep: ') and \
        o['grep_badre'].endswith('st=2\n'), o['grep_badre']
    assert o['sed_s'] == 'apple\nBanana\ncherry tart\napple tart\n', \
        o['sed_s']
    assert o['sed_g'] == 'bonono\nbanona\n', o['sed_g']
    assert o['sed_groups'] == 'world hello\n', o['sed_groups']
    assert o['sed_d'] == 'apple\ncherry pie\napple pie\napple\nBanana\n', \
        o['sed_d']
    assert o['sed_p'] == 'cherry pie\napple pie\nBanana\n', o['sed_p']
    assert o['sed_range'] == '1\n5\n6\n3\n4\n5\n', o['sed_range']
    assert o['sed_double'].strip() == '8', o['sed_double']
    assert failed(o['sed_bad'], 'sed: '), o['sed_bad']
    assert failed(o['sed_missing'], 'sed: ', '/tmp/nope'), o['sed_missing']


def test_sort_uniq_cut_tr():
    o = BOOTS.outputs(TEXT)
    assert o['sort'] == 'Banana\napple\napple pie\ncherry pie\n', o['sort']
    assert o['sort_r'] == 'cherry pie\napple pie\napple\nBanana\n', \
        o['sort_r']
    assert o['sort_n'] == '-1\n9\n10\n100\n', o['sort_n']
    assert o['sort_u'] == 'a\nb\n', o['sort_u']
    assert o['sort_k'] == 'y:1\nz:2\nx:3\n', o['sort_k']
    assert failed(o['sort_missing'], 'sort: ', '/tmp/nope'), \
        o['sort_missing']
    assert failed(o['sort_flag'], 'usage: sort'), o['sort_flag']
    assert o['uniq'] == 'a\nb\na\n', o['uniq']
    assert [l.split() for l in lines(o['uniq_c'])] == [['2', 'a'],
                                                       ['1', 'b']], o['uniq_c']
    assert o['uniq_d'] == 'a\nb\n', o['uniq_d']
    assert failed(o['uniq_missing'], 'uniq: ', '/tmp/nope'), \
        o['uniq_missing']
    assert failed(o['uniq_flag'], 'usage: uniq'), o['uniq_flag']
    assert o['cut_f'] == 'b:d\n', o['cut_f']
    assert o['cut_c'] == 'bcd\n', o['cut_c']
    assert o['cut_tab'] == 'two\n', o['cut_tab']
    assert failed(o['cut_nolist'], 'usage: cut'), o['cut_nolist']
    assert failed(o['cut_missing'], 'cut: /tmp/nope'), o['cut_missing']
    assert o['tr'] == 'HELLO\n', o['tr']
    assert o['tr_d'] == 'heo\n', o['tr_d']
    assert o['tr_s'] == 'helo\n', o['tr_s']
    assert o['tr_c'] == 'a_b_\n', o['tr_c']
    assert failed(o['tr_usage'], 'usage: tr'), o['tr_usage']
    assert failed(o['tr_flag'], 'usage: tr'), o['tr_flag']


BINARY_BYTES = b'AB\n\x01\xff z'
BINARY = {
    'setup': "printf 'AB\\n\\001\\377 z' > /tmp/b; printf 0123456789 > /tmp/d",
    'cksum': "printf 'hello world\\n' | cksum; cksum /tmp/b /tmp/d",
    'cksum_seq': 'seq 1 1000 | cksum',
    'cksum_empty': 'cksum < /dev/null',
    'cksum_missing': 'cksum /tmp/nope; echo st=$?',
    'cksum_flag': 'cksum -Z /tmp/b; echo st=$?',
    'od_c': 'od -c /tmp/b',
    'od_b': 'od -b /tmp/b',
    'od_x': 'od -x /tmp/b',
    'od_t': 'od -A n -t x1 /tmp/b',
    'od_j': 'od -j 2 -N 3 -c /tmp/b',
    'od_missing': 'od /tmp/nope; echo st=$?',
    'od_flag': 'od -Z /tmp/b; echo st=$?',
    'hexdump_C': "printf 'hello, world\\n' | hexdump -C",
    'hexdump': "printf 'hello, world\\n' | hexdump",
    'hexdump_long': "printf '0123456789abcdefXYZ' | hexdump -C",
    'hexdump_ns': 'hexdump -C -s 2 -n 4 /tmp/d',
    'hexdump_missing': 'hexdump /tmp/nope; echo st=$?',
    'hexdump_flag': 'hexdump -Z /tmp/b; echo st=$?',
    'dd': 'dd if=/tmp/d of=/tmp/d2 bs=2 count=3 skip=1; cat /tmp/d2; echo',
    'dd_seek': 'printf abcdefgh > /tmp/d3; '
               'dd if=/tmp/d of=/tmp/d3 bs=2 seek=1 count=1 2>/dev/null; '
               'cat /tmp/d3; echo',
    'dd_notrunc': 'printf abcdefgh > /tmp/d4; dd if=/tmp/d of=/tmp/d4 bs=2 '
                  'seek=1 count=1 conv=notrunc 2>/dev/null; cat /tmp/d4; echo',
    'dd_partial': 'dd if=/tmp/d bs=4 2>&1 >/dev/null',
    'dd_pipe': 'cat /tmp/d | dd bs=3 skip=2 2>/dev/null; echo',
    'dd_missing': 'dd if=/tmp/nope of=/tmp/d5; echo st=$?',
    'dd_bad': 'dd if=/tmp/d bs=x; echo st=$?',
    'dd_operand': 'dd foo=bar; echo st=$?',
    'more': 'seq 1 30 > /tmp/s30; more /tmp/s30 | cat',
    'more_stdin': 'cat /tmp/b | more | od -c',
    'more_missing': 'more /tmp/nope; echo st=$?',
    'clear': 'clear | od -c',
    'clear_bad': 'clear -x; echo st=$?',
}


def test_cksum_matches_the_posix_crc():
    o = BOOTS.outputs(BINARY)
    assert o['cksum'] == '%d 12\n%d %d /tmp/b\n%d 10 /tmp/d\n' % (
        posix_cksum(b'hello world\n'), posix_cksum(BINARY_BYTES),
        len(BINARY_BYTES), posix_cksum(b'0123456789')), o['cksum']
    seq = ''.join('%d\n' % i for i in range(1, 1001)).encode()
    assert o['cksum_seq'] == '%d %d\n' % (posix_cksum(seq), len(seq)), \
        o['cksum_seq']
    assert o['cksum_empty'] == '4294967295 0\n', o['cksum_empty']
    assert failed(o['cksum_missing'], 'cksum: /tmp/nope'), o['cksum_missing']
    assert failed(o['cksum_flag'], 'usage: cksum'), o['cksum_flag']


def test_od_hexdump():
    o = BOOTS.outputs(BINARY)
    assert o['od_c'] == '0000000   A   B  \\n 001 377       z\n0000007\n', \
        o['od_c']
    assert o['od_b'] == '0000000 101 102 012 001 377 040 172\n0000007\n', \
        o['od_b']
    assert o['od_x'] == '0000000 4241 010a 20ff 007a\n0000007\n', o['od_x']
    assert o['od_t'] == ' 41 42 0a 01 ff 20 7a\n', o['od_t']
    assert o['od_j'] == '0000002  \\n 001 377\n0000005\n', o['od_j']
    assert failed(o['od_missing'], 'od: /tmp/nope'), o['od_missing']
    assert failed(o['od_flag'], 'usage: od'), o['od_flag']
    assert o['hexdump_C'] == '00000000  68 65 6c 6c 6f 2c 20 77  6f 72 6c ' \
        '64 0a           |hello, world.|\n0000000d\n', o['hexdump_C']
    assert o['hexdump'] == '0000000 6568 6c6c 2c6f 7720 726f 646c 000a' \
        '     \n000000d\n', o['hexdump']
    assert o['hexdump_long'] == '00000000  30 31 32 33 34 35 36 37  38 39 ' \
        '61 62 63 64 65 66  |0123456789abcdef|\n00000010  58 59 5a' + \
        ' ' * 42 + '|XYZ|\n00000013\n', o['hexdump_long']
    assert o['hexdump_ns'] == '00000002  32 33 34 35' + ' ' * 39 + \
        '|2345|\n00000006\n', o['hexdump_ns']
    assert failed(o['hexdump_missing'], 'hexdump: /tmp/nope'), \
        o['hexdump_missing']
    assert failed(o['hexdump_flag'], 'usage: hexdump'), o['hexdump_flag']


def test_dd_more_clear():
    o = BOOTS.outputs(BINARY)
    assert o['dd'] == '3+0 records in\n3+0 records out\n234567\n', o['dd']
    assert o['dd_seek'] == 'ab01\n', o['dd_seek']
    assert o['dd_notrunc'] == 'ab01efgh\n', o['dd_notrunc']
    assert o['dd_partial'] == '2+1 records in\n2+1 records out\n', \
        o['dd_partial']
    assert o['dd_pipe'] == '6789\n', o['dd_pipe']
    assert failed(o['dd_missing'], 'dd: /tmp/nope'), o['dd_missing']
    assert failed(o['dd_bad'], 'usage: dd') or failed(o['dd_bad'], 'dd: '), \
        o['dd_bad']
    assert failed(o['dd_operand'], 'dd: ', 'foo'), o['dd_operand']
    assert o['more'] == ''.join('%d\n' % i for i in range(1, 31)), o['more']
    assert o['more_stdin'] == \
        '0000000   A   B  \\n 001 377       z\n0000007\n', o['more_stdin']
    assert failed(o['more_missing'], 'more: /tmp/nope'), o['more_missing']
    assert o['clear'] == '0000000 033   [   H 033   [   2   J\n0000007\n', \
        o['clear']
    assert failed(o['clear_bad'], 'usage: clear'), o['clear_bad']


PROCESSES = {
    'ps': 'ps -e',
    'ps_user': 'ps',
    'ps_flag': 'ps -Z; echo st=$?',
    'pidof': 'pidof init; pidof vfs; pidof sh',
    'pidof_none': 'pidof nosuchprog; echo st=$?',
    'pidof_usage': 'pidof; echo st=$?',
    'kill_9': 'sleep 30 & /bin/kill -9 $!; wait $!; echo st=$?',
    'kill_s': 'sleep 30 & /bin/kill -s TERM $!; wait $!; echo st=$?',
    'kill_name': 'sleep 30 & /bin/kill -HUP $!; wait $!; echo st=$?',
    'kill_l': '/bin/kill -l',
    'kill_l_status': '/bin/kill -l 137; /bin/kill -l 15',
    'kill_badsig': '/bin/kill -s NOSUCH 1; echo st=$?',
    'kill_nopid': '/bin/kill 30000; echo st=$?',
    'kill_usage': '/bin/kill; echo st=$?',
    'sleep': 'sleep 1; echo st=$?',
    'sleep_bad': 'sleep x; echo st=$?',
    'sleep_usage': 'sleep; echo st=$?',
}


def ps_rows(text):
    """ps's lines as dicts, by its header's column names."""
    ll = lines(text)
    head = ll[0].split()
    return [dict(zip(head, l.split())) for l in ll[1:]]


def test_ps_kill_pidof_sleep():
    o = BOOTS.outputs(PROCESSES)
    assert lines(o['ps'])[0].split() == ['PID', 'PPID', 'S', 'UID', 'TIME',
                                         'ENDPOINT', 'NAME'], o['ps']
    rows = {r['NAME']: r for r in ps_rows(o['ps'])}
    for name in ('pm', 'vfs', 'rs', 'ds', 'memory', 'tty', 'mfs', 'log'):
        assert name in rows and rows[name]['ENDPOINT'].isdigit(), \
            '%s: %r' % (name, rows.get(name))
        assert rows[name]['PPID'] == rows['rs']['PID'] or name == 'rs', \
            '%s is not a child of rs: %r' % (name, rows[name])
        assert rows[name]['S'] in 'RS', rows[name]
    assert rows['init']['PID'] == '1' and rows['init']['ENDPOINT'] == '-'
    assert rows['sh']['PPID'] == '1' and rows['sh']['ENDPOINT'] == '-'
    assert rows['ps']['PPID'] == rows['sh']['PID'], o['ps']
    user = [r['NAME'] for r in ps_rows(o['ps_user'])]
    assert sorted(user) == ['init', 'ps', 'sh'], o['ps_user']
    assert failed(o['ps_flag'], 'usage: ps'), o['ps_flag']
    assert lines(o['pidof']) == ['1', rows['vfs']['PID'], rows['sh']['PID']], \
        o['pidof']
    assert o['pidof_none'] == 'st=1\n', o['pidof_none']
    assert failed(o['pidof_usage'], 'usage: pidof'), o['pidof_usage']
    jobs = re.compile(r'(?m)^\[\d+\] \d+\n')
    assert jobs.sub('', o['kill_9']) == 'st=137\n', o['kill_9']
    assert jobs.sub('', o['kill_s']) == 'st=143\n', o['kill_s']
    assert jobs.sub('', o['kill_name']) == 'st=129\n', o['kill_name']
    names = o['kill_l'].split()
    for sig in ('HUP', 'INT', 'KILL', 'TERM', 'SEGV', 'CHLD', 'USR1'):
        assert sig in names, o['kill_l']
    assert o['kill_l_status'] == 'KILL\nTERM\n', o['kill_l_status']
    assert failed(o['kill_badsig'], 'kill: ', 'NOSUCH'), o['kill_badsig']
    assert failed(o['kill_nopid'], 'kill: ', '30000', 'No such process'), \
        o['kill_nopid']
    assert failed(o['kill_usage'], 'usage: kill'), o['kill_usage']
    assert o['sleep'] == 'st=0\n', o['sleep']
    assert failed(o['sleep_bad'], 'sleep: ') or \
        failed(o['sleep_bad'], 'usage: sleep'), o['sleep_bad']
    assert failed(o['sleep_usage'], 'usage: sleep'), o['sleep_usage']


SYSTEM = {
    'uname': 'uname; uname -s; uname -n; uname -r; uname -m',
    'uname_a': 'uname -a',
    'uname_flag': 'uname -Z; echo st=$?',
    'mount': 'mount',
    'mount_bad': 'mount /dev/nosuch /mnt; echo st=$?',
    'mount_usage': 'mount /dev/ram; echo st=$?',
    'mount_flag': 'mount -Z /dev/ram /mnt; echo st=$?',
    'umount_bad': 'umount /nosuch; echo st=$?',
    'umount_usage': 'umount; echo st=$?',
    'sync': 'sync; echo st=$?',
    'sync_bad': 'sync -x; echo st=$?',
    'df': 'df',
    'df_path': 'df /tmp /etc/rc',
    'df_missing': 'df /nope; echo st=$?',
    'df_flag': 'df -Z; echo st=$?',
    'du': 'mkdir -p /tmp/du/sub && dd if=/dev/zero of=/tmp/du/sub/z bs=1024 '
          'count=8 2>/dev/null && du -k /tmp/du',
    'du_s': 'du -s /tmp/du',
    'du_a': 'du -a /tmp/du',
    'du_missing': 'du /nope; echo st=$?',
    'du_flag': 'du -Z; echo st=$?',
    'date': 'date',
    'date_fmt': 'date -u "+%Y-%m-%d %H:%M:%S|%a %b|%j"',
    'date_flag': 'date -Z; echo st=$?',
    'true_false': '/bin/true; echo st=$?; /bin/false; echo st=$?; '
                  '/bin/true --bogus; echo st=$?',
    'test': '/bin/test 1 -lt 2; echo $?; /bin/test abc = abd; echo $?; '
            '/bin/test -f /etc/rc -a -d /tmp; echo $?; '
            '/bin/test -z ""; echo $?; /bin/test ! -e /nope; echo $?; '
            '/bin/test -n ""; echo $?; /bin/test; echo $?',
    'bracket': '/bin/[ abc = abc ]; echo $?; /bin/[ 3 -gt 4 ]; echo $?; '
               '/bin/[ -d /etc/rc ]; echo $?',
    'bracket_bad': '/bin/[ 1 = 1; echo st=$?',
    'test_bad': '/bin/test 1 -lt x; echo st=$?',
    'env': 'env | sort',
    'env_i': 'env -i A=1 B=two /bin/env',
    'env_u': 'env -u HOME /bin/env | grep -c ^HOME=',
    'env_missing': 'env nosuchcmd; echo st=$?',
    'env_flag': 'env -Z; echo st=$?',
    'service': 'service list',
    'service_bad': 'service frobnicate; echo st=$?',
    'halt_bad': 'halt -x; echo st=$?',
}


def test_uname_mount_umount_sync_df_du():
    o = BOOTS.outputs(SYSTEM)
    assert o['uname'] == 'Resurgo\nResurgo\nresurgo\n0.1\ni386\n', o['uname']
    assert re.match(r'Resurgo resurgo 0\.1 \S.* i386\n$', o['uname_a']), \
        o['uname_a']
    assert failed(o['uname_flag'], 'usage: uname'), o['uname_flag']
    assert o['mount'] == '/dev/ram on / type mfs (rw)\n', o['mount']
    assert failed(o['mount_bad'], 'mount: ', '/dev/nosuch'), o['mount_bad']
    assert failed(o['mount_usage'], 'usage: mount'), o['mount_usage']
    assert failed(o['mount_flag'], 'usage: mount'), o['mount_flag']
    assert failed(o['umount_bad'], 'umount: ', '/nosuch'), o['umount_bad']
    assert failed(o['umount_usage'], 'usage: umount'), o['umount_usage']
    assert o['sync'] == 'st=0\n', o['sync']
    assert failed(o['sync_bad'], 'usage: sync'), o['sync_bad']
    ll = lines(o['df'])
    assert ll[0].split()[0] == 'Filesystem' and len(ll) == 2, ll
    dev, size, used, avail, pct, on = ll[1].split()
    assert dev == '/dev/ram' and on == '/', ll
    # Available leaves out the blocks MFS keeps for root (a 20th).
    reserved = int(size) - int(used) - int(avail)
    assert int(used) > 0 and 0 < reserved <= int(size) // 20, ll
    assert pct == '%d%%' % -(-int(used) * 100 // int(size)) or \
        pct == '%d%%' % (int(used) * 100 // int(size)), ll
    assert [(l.split()[0], l.split()[-1]) for l in lines(o['df_path'])[1:]] \
        == [('/dev/ram', '/')] * 2, o['df_path']
    assert failed(o['df_missing'], 'df: ', '/nope'), o['df_missing']
    assert failed(o['df_flag'], 'usage: df'), o['df_flag']
    du = [l.split('\t') for l in lines(o['du'])]
    assert [p for _, p in du] == ['/tmp/du/sub', '/tmp/du'], o['du']
    assert 8 <= int(du[0][0]) <= 10 and int(du[1][0]) >= int(du[0][0]), \
        o['du']
    assert o['du_s'] == '%s\t/tmp/du\n' % du[1][0], o['du_s']
    dua = [l.split('\t') for l in lines(o['du_a'])]
    assert [p for _, p in dua] == ['/tmp/du/sub/z', '/tmp/du/sub',
                                   '/tmp/du'], o['du_a']
    assert 8 <= int(dua[0][0]) <= int(du[0][0]) and \
        [n for n, _ in dua[1:]] == [du[0][0], du[1][0]], o['du_a']
    assert failed(o['du_missing'], 'du: ', '/nope'), o['du_missing']
    assert failed(o['du_flag'], 'usage: du'), o['du_flag']


def test_date_true_false_test_env():
    o = BOOTS.outputs(SYSTEM)
    assert re.match(r'(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} [ \d]\d '
                    r'\d\d:\d\d:\d\d UTC \d{4}\n$', o['date']), o['date']
    m = re.match(r'(\d{4})-(\d\d)-(\d\d) \d\d:\d\d:\d\d\|(\w{3}) (\w{3})\|'
                 r'(\d{3})\n$', o['date_fmt'])
    assert m and int(m.group(1)) >= 2024, o['date_fmt']
    day = datetime.date(*(int(m.group(i)) for i in (1, 2, 3)))
    assert (m.group(4), m.group(5), int(m.group(6))) == (
        day.strftime('%a'), day.strftime('%b'), day.timetuple().tm_yday), \
        'the calendar is wrong: %r' % o['date_fmt']
    assert failed(o['date_flag'], 'usage: date'), o['date_flag']
    assert o['true_false'] == 'st=0\nst=1\nst=0\n', o['true_false']
    assert o['test'] == '0\n1\n0\n0\n0\n1\n1\n', o['test']
    assert o['bracket'] == '0\n1\n1\n', o['bracket']
    assert failed(o['bracket_bad'], ']'), o['bracket_bad']
    assert o['bracket_bad'].endswith('st=2\n'), o['bracket_bad']
    assert failed(o['test_bad'], 'x') and \
        o['test_bad'].endswith('st=2\n'), o['test_bad']
    env = lines(o['env'])
    assert 'HOME=/' in env and \
        'PATH=/bin:/usr/bin:/sbin:/usr/sbin' in env, env
    assert o['env_i'] == 'A=1\nB=two\n', o['env_i']
    assert o['env_u'].strip() == '0', o['env_u']
    assert failed(o['env_missing'], 'env: ', 'nosuchcmd') and \
        o['env_missing'].endswith('st=127\n'), o['env_missing']
    assert failed(o['env_flag'], 'usage: env'), o['env_flag']


def test_service_and_halt_usage():
    o = BOOTS.outputs(SYSTEM)
    ll = lines(o['service'])
    labels = [l.split()[0] for l in ll[1:]]
    for label in ('memory', 'tty', 'log', 'random'):
        assert label in labels, o['service']
    row = ll[1 + labels.index('log')].split()
    assert row[1].isdigit() and row[2].isdigit() and 'up' in row, ll
    assert failed(o['service_bad'], 'usage: service'), o['service_bad']
    assert failed(o['halt_bad'], 'usage: halt'), o['halt_bad']


BIG = {
    'setup': 'seq 1 20000 > /tmp/big; wc /tmp/big',
    'sort': 'sort -rn /tmp/big | head -n 2; sort /tmp/big | tail -n 1',
    'uniq': 'cut -c1 /tmp/big | sort | uniq -c',
    'cp': 'cp /tmp/big /tmp/big2 && cksum /tmp/big2 && cat /tmp/big | cksum',
    'tail': 'tail -n 2 /tmp/big; cat /tmp/big | tail -c 6; '
            'tail -n +19999 /tmp/big',
    'grep': 'grep -c 7 /tmp/big; grep -n 12345 /tmp/big',
    'sed': "sed -n '12345p;$p' /tmp/big",
    'dd': 'dd if=/tmp/big of=/tmp/big3 bs=4096 2>&1; cksum < /tmp/big3',
    'all_bytes': 'i=0; while [ $i -lt 256 ]; do printf "\\\\$(printf %o $i)"; '
                 'i=$((i + 1)); done > /tmp/all; cksum /tmp/all',
    'all_od': 'od -A x -t x1 /tmp/all | tail -n 2',
    'all_copies': 'cp /tmp/all /tmp/all2; dd if=/tmp/all bs=7 2>/dev/null | '
                  'cat /tmp/all2 - | cksum',
}


def test_big_files_through_sort_cp_dd_and_all_byte_values():
    o = BOOTS.outputs(BIG)
    nums = [str(i) for i in range(1, 20001)]
    big = ''.join(n + '\n' for n in nums).encode()
    assert o['setup'].split() == ['20000', '20000', str(len(big)),
                                  '/tmp/big'], o['setup']
    assert o['sort'] == '20000\n19999\n9999\n', o['sort']
    counts = [l.split() for l in lines(o['uniq'])]
    assert counts == [[str(sum(n[0] == d for n in nums)), d]
                      for d in '123456789'], o['uniq']
    crc = '%d %d' % (posix_cksum(big), len(big))
    assert o['cp'] == '%s /tmp/big2\n%s\n' % (crc, crc), o['cp']
    assert o['tail'] == '19999\n20000\n20000\n19999\n20000\n', o['tail']
    assert o['grep'] == '%d\n12345:12345\n' % sum('7' in n for n in nums), \
        o['grep']
    assert o['sed'] == '12345\n20000\n', o['sed']
    full = len(big) // 4096
    assert o['dd'] == '%d+1 records in\n%d+1 records out\n%s\n' % (
        full, full, crc), o['dd']
    every = bytes(range(256))
    assert o['all_bytes'] == '%d 256 /tmp/all\n' % posix_cksum(every), \
        o['all_bytes']
    assert o['all_od'] == '0000f0 ' + ' '.join(
        '%02x' % b for b in range(0xf0, 0x100)) + '\n000100\n', o['all_od']
    assert o['all_copies'] == '%d 512\n' % posix_cksum(every * 2), \
        o['all_copies']


READ_ERRORS = {c: '%s /tmp; echo st=$?' % c for c in (
    'cat', 'cksum', 'grep x', 'head', 'hexdump', 'more', 'od', 'sed p',
    'sort', 'tail', 'uniq', 'wc', 'cut -c1')}
READ_ERRORS['tr'] = 'tr a b < /tmp; echo st=$?'


def test_reading_a_directory_is_an_error_not_an_empty_file():
    o = BOOTS.outputs(READ_ERRORS)
    for c, text in o.items():
        name = 'standard input' if c == 'tr' else '/tmp'
        assert failed(text, '%s: %s: Is a directory' % (c.split()[0], name)), \
            '%s: %r' % (c, text)


# Last of its boot: were rm to take it, nothing would be left.
ROOT = {
    'rm_root': 'rm -rf / //; echo st=$?; ls /etc/rc',
}


def test_rm_refuses_the_root_directory():
    o = BOOTS.outputs(ROOT)
    assert o['rm_root'] == 'rm: /: refusing to remove the root directory\n' \
        'rm: //: refusing to remove the root directory\nst=1\n/etc/rc\n', \
        o['rm_root']


USERS = {
    'id': 'id; id -un; id ast; id -G -n ast; id -u nobody',
    'id_bad': 'id nosuch; echo st=$?',
    'id_usage': 'id -u -g; echo st=$?',
    'whoami': 'whoami; su ast -c whoami',
    'whoami_usage': 'whoami x; echo st=$?',
    'su_root': 'su ast -c id; su - ast -c pwd',
    'su_bad': 'su nosuch; echo st=$?',
    'setup': 'mkdir -p /tmp/u/d && touch /tmp/u/f /tmp/u/d/g',
    'chmod': 'chmod 640 /tmp/u/f && chmod -R go-rwx,u+x /tmp/u/d && '
             'ls -l /tmp/u/f /tmp/u/d/g && ls -ld /tmp/u/d',
    'chmod_bad': 'chmod 999 /tmp/u/f; echo st=$?',
    'chmod_missing': 'chmod 600 /tmp/u/nope; echo st=$?',
    'chown': 'chown -R ast:users /tmp/u/d && chgrp daemon /tmp/u/f && '
             'ls -l /tmp/u/f /tmp/u/d/g && ls -ld /tmp/u/d',
    'chown_bad': 'chown nosuch /tmp/u/f; echo st=$?',
    'chgrp_usage': 'chgrp daemon; echo st=$?',
    'as_ast': "su ast -c 'chmod 700 /tmp/u/f; touch /tmp/u/d/mine; "
              "ls -l /tmp/u/d/mine'",
    # su gives ast its supplementary groups, and VFS lets it give a
    # file to one of them but to no other.
    'ast_groups': "su ast -c 'touch /tmp/ast-op; chgrp operator /tmp/ast-op"
                  " && ls -l /tmp/ast-op; chgrp daemon /tmp/ast-op; "
                  "echo st=$?'; rm /tmp/ast-op",
}

TOOLS = {
    'find': "find /tmp/u -name '*g' -o -type d | sort",
    'find_exec': "find /tmp/u -type f -exec echo X {} \\; | sort; "
                 "find /tmp/u -type f -exec echo {} + | wc -w",
    'find_perm': 'find /tmp/u -perm 640 -user root; find /tmp/u -maxdepth 1'
                 ' -newer /tmp/u/d/g | sort',
    'find_bad': 'find /tmp/u -bogus; echo st=$?',
    'xargs': 'seq 1 10 | xargs -n 4 echo; echo a b | xargs -I {} echo [{}]',
    'xargs_bad': 'xargs -n x; echo st=$?',
    'cmp': 'printf abc > /tmp/u/a; printf abd > /tmp/u/b; '
           'cmp /tmp/u/a /tmp/u/b; echo st=$?; cmp /tmp/u/a /tmp/u/a; '
           'echo st=$?',
    'cmp_missing': 'cmp /tmp/u/a /tmp/u/nope; echo st=$?',
    'diff': 'printf "a\\nb\\nc\\n" > /tmp/u/x; printf "a\\nB\\nc\\n" > '
            '/tmp/u/y; diff -u /tmp/u/x /tmp/u/y | tail -n +3; '
            'diff /tmp/u/x /tmp/u/y; echo st=$?',
    'diff_same': 'diff /tmp/u/x /tmp/u/x; echo st=$?',
    'diff_usage': 'diff /tmp/u/x; echo st=$?',
    'expr': 'expr 6 \\* 7; expr abcde : "ab\\(.*\\)"; expr 3 \\< 10',
    'expr_bad': 'expr 1 / 0; echo st=$?',
    'which': 'which ls sh; which nosuch; echo st=$?',
    'time': 'time -p sleep 1',
    'time_missing': 'time /nope; echo st=$?',
    'nice': 'nice -n 5 nice; nice -n 5 ps -l | grep " ps$"',
    'nice_usage': 'nice -n x ls; echo st=$?',
    'uptime': 'uptime',
    'who': "who; who -q | tr '#' '%'; who -b",   # no '# ' for vmrun
    'who_usage': 'who -x; echo st=$?',
    'ps_l': 'ps -el | head -6',
    'top': 'top -b -n 1 -d 0.5 | head -7',
    'top_usage': 'top -x; echo st=$?',
    'tar': 'cd /tmp/u && tar cf /tmp/u.tar d f && tar tf /tmp/u.tar && '
           'mkdir /tmp/v && tar xf /tmp/u.tar -C /tmp/v && ls -l /tmp/v/d',
    'tar_bad': 'tar tf /tmp/u/x; echo st=$?',
}


def test_id_whoami_su_and_owners_as_the_guest_keeps_them():
    o = BOOTS.outputs(USERS)
    assert o['id'] == 'uid=0(root) gid=0(root) groups=0(root)\nroot\n' \
        'uid=100(ast) gid=100(users) groups=100(users),5(operator)\n' \
        'users operator\n65534\n', o['id']
    assert o['id_bad'] == 'id: nosuch: no such user\nst=1\n', o['id_bad']
    assert failed(o['id_usage'], 'usage: id'), o['id_usage']
    assert o['whoami'] == 'root\nast\n', o['whoami']
    assert failed(o['whoami_usage'], 'usage: whoami'), o['whoami_usage']
    assert o['su_root'] == 'uid=100(ast) gid=100(users) ' \
        'groups=100(users),5(operator)\n/home/ast\n', o['su_root']
    assert o['su_bad'] == 'su: nosuch: no such user\nst=1\n', o['su_bad']
    ll = lines(o['chmod'])          # ls sorts its operands
    assert re.match(r'-rw-r----- +1 root +root .* /tmp/u/f$', ll[1]) and \
        re.match(r'-rwx------ +1 root +root .* /tmp/u/d/g$', ll[0]) and \
        re.match(r'drwx------ +2 root +root .* /tmp/u/d$', ll[2]), ll
    assert failed(o['chmod_bad'], 'chmod: invalid mode: 999'), o['chmod_bad']
    assert failed(o['chmod_missing'], 'chmod: /tmp/u/nope: No such file'), \
        o['chmod_missing']
    ll = lines(o['chown'])
    assert re.match(r'-rw-r----- +1 root +daemon .* /tmp/u/f$', ll[1]) and \
        re.match(r'-rwx------ +1 ast +users .* /tmp/u/d/g$', ll[0]) and \
        re.match(r'drwx------ +2 ast +users .* /tmp/u/d$', ll[2]), ll
    assert failed(o['chown_bad'], 'chown: nosuch: no such user'), \
        o['chown_bad']
    assert failed(o['chgrp_usage'], 'usage: chgrp'), o['chgrp_usage']
    assert re.match(r'chmod: /tmp/u/f: Operation not permitted\n'
                    r'-rw-r--r-- +1 ast +users +0 .* /tmp/u/d/mine\n$',
                    o['as_ast']), o['as_ast']
    assert re.match(r'-rw-r--r-- +1 ast +operator +0 .* /tmp/ast-op\n'
                    r'chgrp: .*Operation not permitted\nst=1\n$',
                    o['ast_groups']), o['ast_groups']


def test_find_xargs_cmp_diff_expr_which_on_the_guest_s_own_library():
    o = BOOTS.outputs(TOOLS)
    assert o['find'] == '/tmp/u\n/tmp/u/d\n/tmp/u/d/g\n', o['find']
    assert o['find_exec'] == 'X /tmp/u/d/g\nX /tmp/u/d/mine\nX /tmp/u/f\n' \
        '3\n', o['find_exec']
    assert o['find_perm'].split('\n')[0] == '/tmp/u/f', o['find_perm']
    assert failed(o['find_bad'], 'find: -bogus', 'usage: find'), \
        o['find_bad']
    assert o['xargs'] == '1 2 3 4\n5 6 7 8\n9 10\n[a b]\n', o['xargs']
    assert failed(o['xargs_bad'], 'usage: xargs'), o['xargs_bad']
    assert o['cmp'] == '/tmp/u/a /tmp/u/b differ: char 3, line 1\nst=1\n' \
        'st=0\n', o['cmp']
    assert failed(o['cmp_missing'], 'cmp: /tmp/u/nope'), o['cmp_missing']
    assert o['diff'] == '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n2c2\n< b\n---\n' \
        '> B\nst=1\n', o['diff']
    assert o['diff_same'] == 'st=0\n', o['diff_same']
    assert failed(o['diff_usage'], 'usage: diff') and \
        o['diff_usage'].endswith('st=2\n'), o['diff_usage']
    assert o['expr'] == '42\ncde\n1\n', o['expr']
    assert failed(o['expr_bad'], 'expr: division by zero') and \
        o['expr_bad'].endswith('st=2\n'), o['expr_bad']
    assert o['which'] == '/bin/ls\n/bin/sh\nst=1\n', o['which']


def test_time_nice_uptime_who_ps_top_tar():
    o = BOOTS.outputs(TOOLS)
    m = re.fullmatch(r'real (\d+\.\d\d)\nuser (\d+\.\d\d)\nsys (\d+\.\d\d)\n',
                     o['time'])
    assert m and 1.0 <= float(m.group(1)) < 5 and \
        float(m.group(2)) < 0.5, o['time']
    assert failed(o['time_missing'], 'time: /nope') and \
        o['time_missing'].endswith('st=127\n'), o['time_missing']
    nice = lines(o['nice'])
    assert nice[0] == '5' and nice[1].split()[4:6] == ['10', '5'], nice
    assert failed(o['nice_usage'], 'usage: nice'), o['nice_usage']
    assert re.fullmatch(r' \d\d:\d\d:\d\d up \d+ min,  0 users,  load '
                        r'average: \d+\.\d\d, \d+\.\d\d, \d+\.\d\d\n',
                        o['uptime']), o['uptime']
    who = lines(o['who'])
    assert who[:2] == ['', '% users=0'] and \
        re.match(r' +system boot +\d{4}-\d\d-\d\d \d\d:\d\d$', who[2]), who
    assert failed(o['who_usage'], 'usage: who'), o['who_usage']
    rows = [l.split() for l in lines(o['ps_l'])]
    assert rows[0] == ['PID', 'PPID', 'S', 'UID', 'PRI', 'NI', 'SZ', 'TIME',
                       'ENDPOINT', 'NAME'], rows
    assert [(r[0], r[-1]) for r in rows[1:5]] == [
        ('-4', 'idle'), ('-3', 'clock'), ('-2', 'system'),
        ('-1', 'kernel')], rows
    top = lines(o['top'])
    assert top[0].startswith('top - ') and 'load average:' in top[0] and \
        top[1].startswith('Processes: ') and \
        re.match(r'CPU: +[\d.]+% user, +[\d.]+% system, +[\d.]+% idle$',
                 top[2]) and top[3].startswith('Memory: ') and \
        top[5].split() == ['PID', 'USER', 'PRI', 'NI', 'SIZE', 'S', '%CPU',
                           'TIME', 'NAME'], top
    assert failed(o['top_usage'], 'usage: top'), o['top_usage']
    assert o['tar'].startswith('d/\nd/g\nd/mine\nf\n') or \
        o['tar'].startswith('d/\nd/mine\nd/g\nf\n'), o['tar']
    assert re.search(r'^-rwx------ +1 ast +users .* g$', o['tar'], re.M), \
        o['tar']                    # root unpacks: the owners come back
    assert failed(o['tar_bad'], 'tar: ') and \
        o['tar_bad'].endswith('st=2\n'), o['tar_bad']


BOOTS = Boots([FILES, TEXT, BIG, READ_ERRORS, ROOT],
              [BINARY, PROCESSES, SYSTEM],
              [USERS, TOOLS])
