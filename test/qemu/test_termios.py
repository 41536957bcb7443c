"""The terminal's line discipline and modes as a person at the serial
console meets them: editing keys, ^D, ^\\, ^Z and job control, raw mode
through stty (termios), the window size and SIGWINCH, and the errors of
stty and tty on bad input.

The tests wait for what shows that the guest is ready for the next key,
never for a fixed time: a foreground job says "ready" once its process
group holds the terminal (the shell's child takes it before it execs),
and a stopped job is waited for in the guest.  Keys typed ahead of a
reader stay in the terminal's queue, in order, as POSIX has it."""

import re
import time
from harness import Shell

# A foreground sleep that says when it holds the terminal.
READY_SLEEP = "sh -c 'echo ready; exec sleep 100'"


def typed(sh, keys, timeout=30):
    """Type keys (ending a command line) and return what the console
    showed up to the next prompt, less that prompt."""
    start = len(sh.out)
    sh.type(keys)
    sh.wait_for_after(start, sh.PROMPT, timeout)
    text = sh.out[start:].decode('utf-8', 'replace')
    return text[:text.rfind('\n') + 1]


def jobs_once_stopped(sh, timeout=60):
    """What `jobs` lists once a job shows as stopped (the shell learns
    of the stop on its own time), or the last listing when none has
    within timeout seconds, for the caller's assertion to fail on."""
    deadline = time.monotonic() + timeout
    listing = sh.run('jobs')
    while 'Stopped' not in listing and time.monotonic() < deadline:
        listing = sh.run('jobs')
    return listing


def test_erase_kill_and_word_erase_edit_the_line():
    sh = Shell()
    try:
        out = typed(sh, 'echo abx\x7fc\n')
        assert out.endswith('\nabc\n'), out
        assert '\b \b' in out, 'the erase was not echoed: %r' % out
        out = typed(sh, 'echo junk\x15echo good\n')
        assert out.endswith('\ngood\n'), out
        out = typed(sh, 'echo one two\x17three\n')
        assert out.endswith('\none three\n'), out
        # A line the user erased entirely runs nothing.
        typed(sh, 'false\x15\n')
        assert sh.run('echo st=$?') == 'st=0'
    finally:
        sh.close()


def test_ctrl_d_ends_input_and_ctrl_backslash_quits():
    sh = Shell()
    try:
        start = len(sh.out)
        sh.type('cat > /tmp/typed\n')
        sh.type('line one\npartial')
        sh.wait_for_after(start, 'line one\npartial', 20)     # echoed
        sh.type('\x04')                 # the partial line goes as it is
        sh.type('\x04')                 # at the start of a line: end
        sh.wait_for_after(start, sh.PROMPT, 20)
        out = sh.run('od -c /tmp/typed')
        assert 'l   i   n   e       o   n   e  \\n   p   a   r   t   i' \
            in out, out
        assert '\\n' not in out.split('p   a   r')[1], out
        start = len(sh.out)
        sh.type(READY_SLEEP + '\n')
        sh.wait_for_after(start, '\nready\n', 30)
        sh.type('\x1c')                 # ^\: SIGQUIT
        sh.wait_for_after(start, sh.PROMPT, 20)
        assert '^\\' in sh.out[start:].decode(), 'no ^\\ echoed'
        assert 'st=131' in sh.run('echo st=$?')
    finally:
        sh.close()


def test_ctrl_z_stops_the_job_and_fg_resumes_it():
    """Job control basics: ^Z stops the foreground process group, jobs
    lists it stopped, fg gives it the terminal again (so ^C reaches it
    and not the shell), and a background job is out of ^C's reach.

    The pipeline's last process says "ready" when the whole job exists
    and holds the terminal; after fg, the pipeline copying a typed line
    shows the job runs in the foreground again."""
    sh = Shell()
    try:
        sh.run('sleep 300 &')
        start = len(sh.out)
        sh.type("cat | sh -c 'echo ready; exec cat'\n")
        sh.wait_for_after(start, '\nready\n', 30)
        sh.type('\x1a')
        sh.wait_for_after(start, sh.PROMPT, 20)
        assert 'Stopped' in sh.out[start:].decode(), sh.out[start:]
        jobs = sh.run('jobs')
        assert re.search(r'Stopped.*cat \| sh -c', jobs), jobs
        assert re.search(r'Running.*sleep 300', jobs), jobs
        stopped = sh.run("ps | grep -c ' T '")
        assert stopped == '2', 'not both cats stopped: %r' \
            % sh.run('ps')
        start = len(sh.out)
        sh.type('fg\n')
        sh.wait_for_after(start, "exec cat'\n", 20)        # fg's line
        sh.type('copied\n')
        sh.wait_for_after(start, 'copied\ncopied\n', 30)   # echo, cat
        sh.type('\x03')
        sh.wait_for_after(start, sh.PROMPT, 20)
        assert 'st=130' in sh.run('echo st=$?')
        jobs = sh.run('jobs')
        assert 'cat' not in jobs and 'sleep 300' in jobs, jobs
        assert sh.run('ps | grep -c "sleep$"').strip() == '1'
    finally:
        sh.close()


def test_raw_mode_passes_every_byte_and_sane_restores():
    sh = Shell()
    try:
        start = len(sh.out)
        sh.type('stty raw -echo; echo raw; dd bs=1 count=5 2>/dev/null | '
                'od -An -c; stty sane\n')
        sh.wait_for_after(start, '\nraw\n', 20)
        sh.type('a\x03\x7fb\r')         # ^C, DEL, CR: all plain bytes
        sh.wait_for_after(start, sh.PROMPT, 20)
        out = sh.out[start:].decode()
        assert re.search(r'a +003 +177 +b +\\r', out), out
        assert sh.run('echo still here') == 'still here'
        settings = sh.run('stty')
        assert 'icanon' in settings and 'echo' in settings, settings
        assert typed(sh, 'echo ab\x7fc\n').endswith('\nac\n')
    finally:
        sh.close()


def test_stty_shows_and_changes_settings():
    sh = Shell()
    try:
        out = sh.run('stty -a')
        assert 'speed 115200 baud; rows 25; columns 80;' in out, out
        assert 'intr = ^C;' in out and 'erase = ^?;' in out, out
        assert re.search(r'(^| )icanon ', out) and '-echonl' in out, out
        assert sh.run('stty size') == '25 80'
        # SIGWINCH goes to the foreground process group: here the
        # group of sh -c, which runs stty without job control.
        assert sh.run("sh -c \"trap 'echo got winch' WINCH; stty rows 40 "
                      "cols 100; stty size\"") == 'got winch\n40 100'
        assert sh.run("sh -c \"trap 'echo got winch' WINCH; stty rows 40; "
                      "echo same\"") == 'same', 'SIGWINCH without a change'
        assert 'rows 40; columns 100;' in sh.run('stty -F /dev/tty00')
        # A changed control character takes effect: ^X erases now.
        typed(sh, 'stty erase ^X\n')
        assert typed(sh, 'echo abz\x18d\n').endswith('\nabd\n')
        typed(sh, 'stty sane\n')
        # -echo: what is typed is not shown, but still read.
        start = len(sh.out)
        sh.type('stty -echo; echo quiet; read v; stty echo; echo "v=$v"\n')
        sh.wait_for_after(start, '\nquiet\n', 20)
        out = typed(sh, 'hidden\n')
        out = sh.out[start:].decode()
        assert 'v=hidden' in out and out.count('hidden') == 1, out
    finally:
        sh.close()


def test_stty_and_tty_refuse_bad_input():
    sh = Shell()
    try:
        out = sh.run('stty bogus; echo st=$?')
        assert 'stty: bogus: unknown setting' in out and 'st=1' in out, out
        out = sh.run('stty intr; echo st=$?')
        assert 'intr: missing value' in out and 'st=1' in out, out
        out = sh.run('stty rows x; echo st=$?')
        assert "rows: bad value 'x'" in out and 'st=1' in out, out
        out = sh.run('stty echo bogus -icanon; echo st=$?; stty')
        assert 'st=1' in out and re.search(r'(^| )icanon', out), \
            'a bad line changed something: %r' % out
        out = sh.run('stty < /dev/null; echo st=$?')
        assert 'stty: standard input: ' in out and 'st=1' in out, out
        out = sh.run('stty -F /dev/nosuch; echo st=$?')
        assert '/dev/nosuch: No such file' in out and 'st=1' in out, out
        out = sh.run('stty -a -F; echo st=$?')
        assert 'usage: stty' in out and 'st=1' in out, out
        assert re.match(r'/dev/(console|tty00)\n$', sh.run('tty') + '\n')
        out = sh.run('tty < /dev/null; echo st=$?')
        assert out == 'not a tty\nst=1', out
        out = sh.run('tty -s; echo st=$?; tty -x; echo st=$?')
        assert out.startswith('st=0\n') and 'usage: tty' in out \
            and out.endswith('st=2'), out
    finally:
        sh.close()


def test_noncanonical_reads_honour_min_and_time():
    """VMIN and VTIME as POSIX has them: MIN 0 TIME t times out with
    nothing; MIN n TIME t returns what came once input pauses; MIN n
    TIME 0 waits for n bytes; MIN 0 TIME 0 polls."""
    sh = Shell()
    try:
        out = sh.run('stty -icanon min 0 time 10; '
                     'dd bs=10 count=1 2>/dev/null | wc -c; stty sane')
        assert out.strip() == '0', out
        out = sh.run('stty -icanon min 0 time 0; '
                     'dd bs=10 count=1 2>/dev/null | wc -c; stty sane')
        assert out.strip() == '0', out
        for setting, keys, want in [('min 5 time 10', 'abc', 'a   b   c'),
                                    ('min 3 time 0', 'xyz', 'x   y   z')]:
            start = len(sh.out)
            sh.type('stty -icanon -echo %s; echo armed; dd bs=10 count=1 '
                    '2>/dev/null | od -An -c; stty sane\n' % setting)
            sh.wait_for_after(start, '\narmed\n', 20)
            sh.type(keys)
            sh.wait_for_after(start, sh.PROMPT, 30)
            out = sh.out[start:].decode()
            assert re.search(r'\n +%s\n' % want, out), (setting, out)
        assert typed(sh, 'echo ab\x7fc\n').endswith('\nac\n')
    finally:
        sh.close()


def test_a_background_reader_stops_and_fg_gives_it_the_input():
    """A background job that reads the terminal gets SIGTTIN and stops
    instead of taking the shell's input; fg gives it the terminal and
    what is typed then is what it reads."""
    sh = Shell()
    try:
        sh.run('cat > /tmp/bg &')
        listing = jobs_once_stopped(sh)
        assert re.search(r'Stopped +cat > /tmp/bg', listing), listing
        assert sh.run('echo the shell still reads') == \
            'the shell still reads'
        start = len(sh.out)
        sh.type('fg\n')
        sh.wait_for_after(start, r'\ncat > /tmp/bg\n', 20)
        sh.type('typed in the foreground\n')
        sh.wait_for_after(start, r'typed in the foreground\n', 20)
        sh.type('\x04')
        sh.wait_for_after(start, sh.PROMPT, 20)
        assert sh.run('cat /tmp/bg') == 'typed in the foreground'
        assert sh.run('jobs') == ''
    finally:
        sh.close()


def test_tostop_holds_a_background_writer_until_fg():
    """With TOSTOP a background job that writes the terminal gets SIGTTOU
    and stops before its output shows; fg lets the write through.  A job
    that ignores SIGTTOU writes at once, and without TOSTOP anyone may
    write."""
    sh = Shell()
    try:
        sh.run('stty tostop')
        assert 'tostop' in sh.run('stty -a').split()
        sh.run('(echo from the background) &')
        listing = jobs_once_stopped(sh)
        assert re.search(r'Stopped +\(echo from the background\)',
                         listing), listing
        assert '\nfrom the background\n' not in \
            sh.out.decode('utf-8', 'replace'), 'written before fg'
        start = len(sh.out)
        sh.type('fg\n')
        sh.wait_for_after(start, r'\nfrom the background\n', 20)
        sh.wait_for_after(start, sh.PROMPT, 20)
        assert sh.run('jobs') == ''

        out = sh.run("(trap '' TTOU; echo it ignores SIGTTOU) & wait")
        assert 'it ignores SIGTTOU' in out, out
        sh.run('stty -tostop')
        out = sh.run('(echo anyone may write) & wait')
        assert 'anyone may write' in out, out
    finally:
        sh.close()


def test_a_background_read_that_cannot_stop_fails_with_eio():
    """POSIX: a background reader that ignores SIGTTIN, or whose process
    group is orphaned (no shell is left to continue it), gets EIO rather
    than a stop that nobody would undo."""
    sh = Shell()
    try:
        out = sh.run("(trap '' TTIN; read x; echo \"read status $?\") & "
                     "wait")
        assert 'read status 1' in out, out
        assert sh.run('jobs') == ''
        # The inner job's parent (the outer sh) is gone, reaped by the
        # shell, before it reads: init adopts it, which is outside the
        # session, so its group is orphaned.
        out = sh.run_until(
            """sh -c 'sh -c "while kill -0 $$ 2>/dev/null; do :; done; """
            """read x < /dev/tty; echo orphan \\$?" &'""", r'orphan \d')
        assert 'orphan 1' in out, out
        assert sh.run('echo the shell reads on') == 'the shell reads on'
    finally:
        sh.close()


def test_a_background_job_that_changes_the_terminal_stops_until_fg():
    """POSIX: tcsetattr, tcsetpgrp, tcflush and the window size from a
    background group send it SIGTTOU; the change waits until fg.  One
    that ignores SIGTTOU changes the terminal at once."""
    sh = Shell()
    try:
        assert sh.run('stty size') == '25 80'
        sh.run('stty rows 30 &')
        listing = jobs_once_stopped(sh)
        assert re.search(r'Stopped +stty rows 30', listing), listing
        assert sh.run('stty size') == '25 80'
        sh.run('fg')
        assert sh.run('stty size') == '30 80'
        sh.run("(trap '' TTOU; stty rows 40) & wait")
        assert sh.run('stty size') == '40 80'
    finally:
        sh.close()


def test_a_background_reader_that_catches_sigttin_gets_eintr():
    """A background reader with a SIGTTIN handler: the terminal asks PM
    to signal the reader's group and waits for the answer, while PM, to
    run the handler, has VFS end the pending read, and VFS tells the
    terminal to drop it.  Neither VFS nor PM waits for the terminal
    meanwhile (docs/architecture.md, "Who may sendrec whom"): the
    handler runs, the read fails with EINTR, and the terminal goes on."""
    sh = Shell()
    try:
        out = sh.run("(trap 'echo caught TTIN' TTIN; read x; "
                     "echo \"read status $?\") & wait", timeout=30)
        assert 'caught TTIN' in out, out
        assert 'read status %d' % (128 + 21) in out, out     # SIGTTIN
        assert sh.run('jobs') == ''
        assert sh.run('echo the terminal goes on') == 'the terminal goes on'
    finally:
        sh.close()
