"""The console on a framebuffer: a UEFI boot (OVMF, GRUB EFI) has no VGA
text mode, so tty draws the console on the framebuffer GRUB set up.  The
screen is read back with QEMU's screendump and read as text, cell by
cell, by comparing each 8x16 cell's pixels with the glyphs of the font
tty was built with (tools/psf2c reads the same font file): what a person
in front of the PC would see, to the pixel."""

import os
import re
from importlib.machinery import SourceFileLoader
import importlib.util

import harness
import hwmatrix
from harness import Shell, Qemu, iso

LOGIN_BOOT = ['-fw_cfg', 'name=opt/resurgo/cmdline,string=init.login=yes']
GREY = bytes((0xAA, 0xAA, 0xAA))        # attribute 7, as the PC has it
BLACK = bytes(3)


def _font():
    """(height, {character: rows}) of the font drivers/tty/Makefile
    names, read by tools/psf2c itself."""
    make = open(os.path.join(harness.TOP, 'drivers', 'tty',
                             'Makefile')).read()
    path = re.search(r'^FONT\?=\s*(\S+)', make, re.M).group(1)
    loader = SourceFileLoader('psf2c', os.path.join(harness.TOP, 'tools',
                                                    'psf2c'))
    spec = importlib.util.spec_from_loader('psf2c', loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod.glyphs(path)


HEIGHT, GLYPHS = _font()
BY_ROWS = {}
for _c, _rows in sorted(GLYPHS.items(), reverse=True):
    BY_ROWS[tuple(_rows)] = _c          # ' ' wins over any lookalike


def _cell(rows, x0, y0):
    """A cell's pixel rows as glyph bytes (lit: not black), and the
    colours its lit pixels have."""
    bits, colours = [], set()
    for y in range(y0, y0 + HEIGHT):
        b = 0
        row = rows[y]
        for x in range(8):
            px = row[(x0 + x) * 3:(x0 + x) * 3 + 3]
            if px != BLACK:
                b |= 0x80 >> x
                colours.add(px)
        bits.append(b)
    return bits, colours


def screen_text(q):
    """The framebuffer read as text lines (an unknown cell, such as the
    one under the cursor, reads '\\x00'), and the colours seen."""
    width, height, rows = q.screendump()
    lines, colours = [], set()
    for r in range(height // HEIGHT):
        line = ''
        for c in range(width // 8):
            bits, seen = _cell(rows, c * 8, r * HEIGHT)
            colours |= seen
            line += BY_ROWS.get(tuple(bits), '\x00')
        lines.append(line.rstrip())
    return lines, colours


class UefiConsole(Shell):
    """A UEFI boot with the login prompt on the console."""

    def __init__(self):
        self.vars_copy, firmware = hwmatrix.uefi_firmware()
        Qemu.__init__(self, iso('resurgo.iso'), ['-machine', 'q35']
                      + firmware + LOGIN_BOOT, binary=hwmatrix.UEFI_QEMU)
        self.syncs = 0
        self.expect('^login: $', 120)

    def answer(self, text, then, timeout=30):
        self.type(text + '\n')
        return self.expect(then, timeout)

    def close(self):
        Qemu.close(self)
        os.unlink(self.vars_copy)


def _wait_screen(q, check, what):
    """The screen's text once check(lines) holds (tty draws a moment
    after the serial line shows the same)."""
    state = {}

    def done():
        state['lines'], state['colours'] = screen_text(q)
        return check(state['lines'])
    try:
        harness.wait_until(done, 20, what)
    except AssertionError:
        raise AssertionError('%s; the screen reads:\n%s' % (
            what, '\n'.join(state['lines'])))
    return state['lines'], state['colours']


def test_uefi_screen_shows_boot_messages_and_the_login_prompt():
    q = UefiConsole()
    try:
        lines, colours = _wait_screen(
            q, lambda l: any(x.startswith('login:') for x in l),
            'no login prompt on the screen')
        assert lines[0].startswith('Resurgo 0.1 (i386) booting'), \
            'the first line is %r' % lines[0]
        assert any(re.match(r'kernel: framebuffer \d+x\d+', x)
                   for x in lines), 'no kernel messages on the screen'
        assert colours == {GREY}, 'text drawn in %r' % colours
    finally:
        q.close()


def test_uefi_screen_follows_a_session_and_scrolls():
    q = UefiConsole()
    try:
        q.answer('root', '^Password: $')
        q.answer('resurgo', r'# $')
        q.answer('stty size', r'# $')
        size = re.findall(r'^(\d+) (\d+)$', q.out.decode('latin-1'), re.M)
        assert size, 'stty size said nothing'
        rows, cols = map(int, size[-1])
        q.answer('echo typed-at-the-console-42', r'# $')
        lines, _ = _wait_screen(
            q, lambda l: 'typed-at-the-console-42' in l,
            'the echo is not on the screen')
        assert len(lines) == rows and max(len(x) for x in lines) <= cols, \
            'the screen has %d rows, stty says %d' % (len(lines), rows)
        # More lines than the screen holds: it scrolls, the last ones
        # at the bottom above the prompt, the boot banner gone.
        q.answer('seq 1 %d; echo end-of-seq' % (rows + 5), r'# $')
        lines, _ = _wait_screen(
            q, lambda l: l[-2:] == ['end-of-seq', '#'] or
            l[-2] == 'end-of-seq' and l[-1].startswith('#'),
            'the screen did not scroll to the end of the output')
        assert lines[-3] == str(rows + 5), lines[-3:]
        assert not any('booting' in x for x in lines), \
            'the boot banner is still on the screen'
    finally:
        q.close()


def _one_cursor(lines):
    """Every cell reads as a character but one: the cursor's."""
    unknown = sum(x.count('\x00') for x in lines)
    assert unknown == 1, '%d cells unreadable (a stale cursor?):\n%s' % (
        unknown, '\n'.join(lines))


def test_uefi_screen_survives_tty_update_and_restart():
    """A live update of tty takes the screen over as it is (the cursor
    too); a tty killed and restarted draws the screen anew, with the
    kernel's messages (its death among them), and what is typed shows."""
    q = UefiConsole()
    try:
        q.answer('root', '^Password: $')
        q.answer('resurgo', r'# $')
        q.answer('service update self -label tty; echo "upd""ated rc=$?"',
                 r'updated rc=\d+\n# $', 60)
        q.answer('echo after-the-update', r'# $')
        lines, _ = _wait_screen(
            q, lambda l: 'after-the-update' in l, 'nothing typed shows '
            'after the update')
        assert 'updated rc=0' in lines, lines
        _one_cursor(lines)
        # Whether the shell outlives its terminal's restart is
        # test_console's question; here: what the new tty draws.
        start = len(q.out)
        q.type('kill -9 $(pidof tty)\n')
        q.wait_for_after(start, 'tty is back', 60)
        lines, _ = _wait_screen(
            q, lambda l: any(re.match(r'rs: tty \(endpoint \d+\) died of '
                                      'SIGKILL', x) for x in l),
            'the restarted tty did not show the kernel\'s messages')
        start = len(q.out)
        q.type('echo after-the-restart\n')
        q.wait_for_after(start, 'after-the-restart', 30)
        lines, _ = _wait_screen(
            q, lambda l: any('after-the-restart' in x for x in l),
            'nothing typed shows after the restart')
        _one_cursor(lines)
    finally:
        q.close()
