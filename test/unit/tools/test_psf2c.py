#!/usr/bin/env python3
"""test_psf2c - host tests of tools/psf2c, which turns a PC console font
into tty's framebuffer font: both PSF versions, gzipped or not, the
Unicode table deciding which glyph draws a character, and a clear
refusal of what it cannot use (not a font, glyphs too wide, a character
missing).  The fonts are made here, glyph i's rows all equal to a byte
that names it.

    test_psf2c.py PSF2C

Prints "ok NAME" or "FAIL NAME: why" per case and "N passed, M failed";
exits 0 only if nothing failed.
"""

import contextlib
import gzip
import importlib.machinery
import importlib.util
import io
import os
import struct
import sys
import tempfile

passed = failed = 0


def check(name, ok, why=''):
    global passed, failed
    if ok:
        passed += 1
        print('ok %s' % name)
    else:
        failed += 1
        print('FAIL %s: %s' % (name, why))


def load(path):
    loader = importlib.machinery.SourceFileLoader('psf2c', path)
    spec = importlib.util.spec_from_loader('psf2c', loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def psf1(height, table):
    """256 glyphs, glyph i every row i; table: {glyph: [code points]}."""
    data = b'\x36\x04' + bytes((0x02 if table is not None else 0, height))
    data += b''.join(bytes([i]) * height for i in range(256))
    if table is not None:
        for i in range(256):
            for u in table.get(i, []):
                data += struct.pack('<H', u)
            data += b'\xff\xff'
    return data


def psf2(count, width, height, table):
    size = (width + 7) // 8 * height
    data = struct.pack('<4sIIIIIII', b'\x72\xb5\x4a\x86', 0, 32,
                       1 if table is not None else 0, count, size, height,
                       width)
    data += b''.join(bytes([i % 256]) * size for i in range(count))
    if table is not None:
        for i in range(count):
            data += ''.join(chr(u) for u in table.get(i, [])).encode()
            data += b'\xff'
    return data


def write(tmp, name, data):
    path = os.path.join(tmp, name)
    with open(path, 'wb') as f:
        f.write(data)
    return path


def refusal(mod, path):
    try:
        mod.read_font(path)
    except mod.FontError as e:
        return str(e)
    return None


def main():
    mod = load(sys.argv[1])
    tmp = tempfile.mkdtemp(prefix='psf2c.')
    # PSF1 with a table that puts 'A' at glyph 200, 'B' at 7, and the
    # other ASCII characters where they are.
    table = {i: [i] for i in range(32, 127) if chr(i) not in 'AB'}
    table[200] = [ord('A'), 0x391]      # also Greek capital alpha
    table[7] = [ord('B')]
    path = write(tmp, 'one.psf.gz', gzip.compress(psf1(16, table)))
    width, height, glyphs = mod.read_font(path)
    check('psf1_gzipped_is_read', (width, height) == (8, 16),
          (width, height))
    check('psf1_table_picks_the_glyph', glyphs[ord('A')] == bytes([200]) * 16
          and glyphs[ord('B')] == bytes([7]) * 16, glyphs[ord('A')])
    check('psf1_has_every_printable_ascii',
          sorted(glyphs) == list(range(32, 127)), len(glyphs))
    # Without a table, glyph i draws character i.
    path = write(tmp, 'plain.psf', psf1(14, None))
    _, height, glyphs = mod.read_font(path)
    check('psf1_without_table_is_identity', height == 14 and
          glyphs[ord('z')] == bytes([ord('z')]) * 14, glyphs[ord('z')])
    # PSF2, UTF-8 table, 'q' at glyph 300.
    table = {i: [i] for i in range(32, 127) if chr(i) != 'q'}
    table[300] = [ord('q')]
    path = write(tmp, 'two.psf', psf2(512, 8, 16, table))
    _, _, glyphs = mod.read_font(path)
    check('psf2_table_picks_the_glyph',
          glyphs[ord('q')] == bytes([300 % 256]) * 16, glyphs[ord('q')])
    # Refusals.
    why = refusal(mod, write(tmp, 'junk', b'hello, world\n' * 10))
    check('not_a_font_is_refused', why and 'not a PSF' in why, why)
    why = refusal(mod, write(tmp, 'wide.psf', psf2(256, 16, 32, None)))
    check('wide_glyphs_are_refused', why and 'wide' in why, why)
    table = {i: [i] for i in range(32, 127) if chr(i) != '~'}
    why = refusal(mod, write(tmp, 'gap.psf', psf1(16, table)))
    check('a_missing_character_is_named', why and "'~'" in why, why)
    # The C file: the 95 glyphs, and an exit status for a bad font.
    out = os.path.join(tmp, 'font.c')
    status = mod.main(['psf2c', os.path.join(tmp, 'one.psf.gz'), out])
    text = open(out).read() if status == 0 else ''
    check('c_file_has_95_glyphs', status == 0 and
          text.count('\t{ ') == 95 and 'FONT_HEIGHT == 16' in text, status)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = mod.main(['psf2c', os.path.join(tmp, 'junk'), out + '2'])
    check('bad_font_exits_1_with_a_message', status == 1 and
          'psf2c:' in err.getvalue() and not os.path.exists(out + '2'),
          (status, err.getvalue()))
    for f in os.listdir(tmp):
        os.unlink(os.path.join(tmp, f))
    os.rmdir(tmp)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
