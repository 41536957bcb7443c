"""The console's line discipline, seen at the keyboard and the serial
line: ^C stops the foreground program and the shell goes on; select(2)
on the console wakes when a line is typed.

A keystroke that signals (^C) must reach the program, not the shell, so
the tests wait for the program to say it runs: a foreground job prints
"ready" only after its process group holds the terminal (the shell's
child takes it before it execs)."""

from harness import Shell

# A foreground sleep that says when it holds the terminal.
READY_SLEEP = "sh -c 'echo ready; exec sleep 100'"


def test_ctrl_c_stops_foreground_sleep_and_shell_goes_on():
    sh = Shell()
    try:
        start = len(sh.out)
        sh.type(READY_SLEEP + '\n')
        sh.wait_for_after(start, '\nready\n', 30)
        sh.type('\x03')                      # ^C on the serial console
        sh.wait_for_after(start, sh.PROMPT, 20)
        assert '^C' in sh.out[start:].decode(), 'no ^C echoed'
        status = sh.run('echo status=$?')
        assert 'status=130' in status, 'sleep ended with %r' % status
        assert 'still here' in sh.run('echo still here')
    finally:
        sh.close()


def test_keyboard_typing_reaches_the_shell_and_the_screen():
    """Keys pressed on the PS/2 keyboard (QEMU's send-key) run a command;
    its output shows on the VGA screen as well as the serial line."""
    sh = Shell()
    try:
        start = len(sh.out)
        keys = ['e', 'c', 'h', 'o', 'spc', ['shift', 'k'], 'b', 'd',
                'spc', '4', ['shift', '2'], 'ret']
        sh.send_keys(keys)
        sh.wait_for_after(start, 'Kbd 4@\n', 30)
        screen = sh.vga_text()
        assert any(line.startswith('# echo Kbd 4@') for line in screen), \
            'the typed line is not on the screen: %r' % screen[-6:]
        assert 'Kbd 4@' in screen, 'the output is not on the screen'
    finally:
        sh.close()


def test_select_on_console_wakes_when_a_line_is_typed():
    """selectin waits in select(2) for standard input (the console); a
    line typed on the serial line makes it readable, and that line is
    what the following read gets.  Half a line is not readable: select
    returns only after the newline (selectin says when it returns).
    That select does not return with nothing typed at all is the next
    test's."""
    sh = Shell()
    try:
        start = len(sh.out)
        sh.type('/usr/tests/selectin 60\n')
        sh.wait_for_after(start, 'selectin: waiting\n', 20)
        sh.type('typed')
        sh.wait_for_after(start, 'waiting\ntyped', 20)   # its echo
        sh.type(' line\n')
        sh.wait_for_after(start, 'selectin: readable: 11 bytes: typed line',
                          20)
        sh.wait_for_after(start, sh.PROMPT, 20)
        out = sh.out[start:].decode()
        assert out.index('typed line\n') < out.index('selectin: returned'), \
            'select returned before the line was complete: %r' % out
    finally:
        sh.close()


def test_select_on_console_times_out_when_nothing_is_typed():
    sh = Shell()
    try:
        out = sh.run('/usr/tests/selectin 2; echo status=$?', timeout=30)
        assert 'selectin: timeout (0 ready)' in out, out
        assert 'status=1' in out, out
    finally:
        sh.close()


def test_tty_killed_while_the_shell_waits_for_input():
    """The console driver dies under the shell's pending read: the read
    fails once (the shell takes an EIO on input as a reason to read
    again, not to exit), RS brings tty back, and typing works.  The
    killer waits in the guest, under -icount, where a second of guest
    time always comes after the shell is back in its read."""
    sh = Shell(extra=('-icount', 'shift=0'))
    try:
        sh.run('(sleep 1; kill -9 $(pidof tty)) &')
        start = len(sh.out)
        sh.wait_for_after(start, 'tty is back', 60)
        out = sh.run('echo typed after the restart')
        assert 'typed after the restart' in out, out
        listing = sh.run('service status tty')
        assert 'died of SIGKILL' in listing, listing
    finally:
        sh.close()


def test_a_machine_without_a_serial_port_is_told_so_once():
    """No COM1: tty says so on the screen at its first start (the system's
    messages reach the screen through the kernel's log once tty has it),
    and the screen and keyboard are the console; a restarted tty finds
    the same machine and does not say it again."""
    import harness

    def screen_has(text):
        return any(text in line for line in q.vga_text())

    def typed(keys, until):
        q.send_keys(keys)
        harness.wait_until(lambda: screen_has(until), 60,
                           'the screen to show %r' % until)

    q = harness.Qemu(harness.iso('resurgo.iso'), serial=False)
    try:
        harness.wait_until(lambda: any(line == '#' for line in q.vga_text()),
                           90, 'a shell prompt')
        assert screen_has('no serial port at 0x3f8'), q.vga_text()
        keys = {' ': 'spc', '-': 'minus', '|': ['shift', 'backslash']}
        word = lambda w: [keys.get(c, c) for c in w]
        # A crash, not a refresh (which starts the service afresh).
        typed(word('pidof tty | xargs kill -9') + ['ret'], 'xargs kill')
        harness.wait_until(lambda: screen_has('rs: tty (endpoint'), 60,
                           "RS's word that tty died, on the screen")
        typed(word('echo again') + ['ret'], 'again')
        harness.wait_until(lambda: sum('again' == line.strip()
                                       for line in q.vga_text()) == 1,
                           60, 'echo again to print')
        said = [line for line in q.vga_text() if 'no serial port' in line]
        assert len(said) == 1, q.vga_text()
    finally:
        q.close()
