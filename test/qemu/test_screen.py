"""Programs that draw on the whole screen, at the console.

The screen editor: vi opens a new file, takes text in
insert mode, moves with hjkl and the arrow keys, appends, deletes a
character and a line, finds a word with /, writes with :w, refuses :q
with unwritten changes, leaves with :q!, and a second session adds a
line and leaves with :wq.  The file's cksum in the guest must be that
of the text the keys make; the VGA screen must show the text as drawn.
Each key group waits for what the editor shows in answer (its status
line, the text redrawn), never for a fixed time.

top redraws its frame in place until q is typed."""

import re
from harness import Shell, posix_cksum

ROWS = 25                               # the console's window size
STATUS_CLEARED = r'\x1b\[%d;1H\x1b\[K' % ROWS


def keys(sh, text, then, timeout=30):
    """Type text and wait for then (a regex) in what the console shows
    after it."""
    start = len(sh.out)
    sh.type(text)
    sh.wait_for_after(start - 1, then, timeout)


def test_vi_edits_a_file_through_the_console():
    sh = Shell()
    try:
        sh.run('rm -f /tmp/v.txt')
        keys(sh, 'vi /tmp/v.txt\n', r'"/tmp/v\.txt" \[New File\]')
        keys(sh, 'i', r'-- INSERT --')
        keys(sh, 'first line\rsecond line\rthird line', r'third line')
        keys(sh, '\x1b', STATUS_CLEARED)
        screen = sh.vga_text()
        assert screen[:4] == ['first line', 'second line', 'third line',
                              '~'], screen[:5]
        keys(sh, 'kk0x', r'irst line')            # k twice, 0, x
        keys(sh, 'A', r'-- INSERT --')
        keys(sh, '!', r'irst line!')
        keys(sh, '\x1b', STATUS_CLEARED)
        keys(sh, 'jdd', r'third line')            # j, dd
        keys(sh, '/hir\r', r'/hir')
        keys(sh, '\x1b[C\x1b[Dx', r'tird line')   # right, left, x
        keys(sh, 'l\x1b[Cx', r'tir line')         # l, right, x
        keys(sh, ':w\r', r'"/tmp/v\.txt" 2L, 20C written')
        keys(sh, 'hx', r'ti line')
        keys(sh, ':q\r', r'No write since last change')
        sh.type(':q!\r')
        sh.wait_prompt()
        assert sh.run('cat /tmp/v.txt') == 'irst line!\ntir line'
        keys(sh, 'vi /tmp/v.txt\n', r'"/tmp/v\.txt" 2L, 20C')
        keys(sh, 'jo', r'-- INSERT --')
        keys(sh, 'last', r'last')
        keys(sh, '\x1b', STATUS_CLEARED)
        sh.type(':wq\r')
        sh.wait_prompt()
        text = b'irst line!\ntir line\nlast\n'
        assert sh.run('cksum /tmp/v.txt') == '%d %d /tmp/v.txt' % (
            posix_cksum(text), len(text))
    finally:
        sh.close()


def test_vi_says_what_is_wrong_with_its_command_line():
    sh = Shell()
    try:
        out = sh.run('vi a b; echo st=$?')
        assert out == 'usage: vi [file]\nst=1', out
        keys(sh, 'vi /tmp/w.txt\n', r'\[New File\]')
        keys(sh, ':frob\r', r'Not an editor command: frob')
        keys(sh, '/nothing\r', r'Pattern not found: nothing')
        keys(sh, 'ix', r'-- INSERT --')
        keys(sh, '\x1b', STATUS_CLEARED)
        keys(sh, ':w /nodir/f\r', r'"/nodir/f" No such file')
        sh.type(':q!\r')
        sh.wait_prompt()
        assert 'No such file' in sh.run('ls /tmp/w.txt')
    finally:
        sh.close()


def test_top_redraws_until_q():
    sh = Shell()
    try:
        keys(sh, 'top -d 0.5\n', r'\x1b\[H\x1b\[2Jtop - .*\nProcesses: ')
        # The first screen's marker is behind us; wait for a whole second
        # screen (marker, header, the first line of the table), however
        # the console splits what it shows.
        start = len(sh.out)
        sh.wait_for_after(start - 1, re.compile(
            rb'\x1b\[H\x1b\[2Jtop - [^\x1b]*?\n'
            rb' +PID USER +PRI +NI +SIZE S +%CPU +TIME NAME\n'
            rb' +-4 root +0 +0 +0K R +[\d.]+ +\d+:\d\d idle\n'), 30)
        sh.type('q')
        sh.wait_prompt()
        assert sh.run('echo st=$?') == 'st=0'
    finally:
        sh.close()
