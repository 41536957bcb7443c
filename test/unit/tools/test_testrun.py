#!/usr/bin/env python3
"""test_testrun - host tests of tools/testrun itself: what it makes of
test programs that cannot be started, crash, hang, print nothing, lie in
their summary or are missing, of a stale program the list does not
name, and of a QEMU test module that cannot be imported.

    test_testrun.py TESTRUN

Each case runs the runner on a small tree of fake tests made here and
checks its lines and its summary.  Prints "ok NAME" or "FAIL NAME: why"
per case and "N passed, M failed"; exits 0 only if nothing failed.
"""

import os
import shutil
import subprocess
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


def script(path, body):
    with open(path, 'w') as f:
        f.write('#!/bin/sh\n' + body)
    os.chmod(path, 0o755)


def foreign_elf(path):
    """A copy of a host program whose ELF header names a machine no
    kernel runs (as an i386 program is to a host without IA-32)."""
    data = bytearray(open(shutil.which('true'), 'rb').read())
    data[18:20] = (0x1234).to_bytes(2, 'little')      # e_machine
    with open(path, 'wb') as f:
        f.write(data)
    os.chmod(path, 0o755)


def make_tree(top):
    host = os.path.join(top, 'tests', 'host')
    qemu = os.path.join(top, 'qemu')
    os.makedirs(host)
    os.makedirs(qemu)
    script(os.path.join(host, 'good'),
           'echo "ok one"; echo "ok two"; echo "2 passed, 0 failed"\n')
    foreign_elf(os.path.join(host, 'foreign'))
    script(os.path.join(host, 'crash'),
           'echo "ok before_the_crash"; kill -SEGV $$\n')
    script(os.path.join(host, 'silent'), 'exit 0\n')
    script(os.path.join(host, 'hang'), 'echo "ok started"; exec sleep 600\n')
    script(os.path.join(host, 'liar'), 'echo "ok a"; echo "5 passed, 0 failed"\n')
    script(os.path.join(host, 'failing'),
           'echo "FAIL a: the reason"; echo "0 passed, 1 failed"; exit 1\n')
    script(os.path.join(host, 'stale'), 'echo "ok stale_ran"\n')
    with open(os.path.join(top, 'tests', 'host.list'), 'w') as f:
        for name in ('good', 'foreign', 'crash', 'silent', 'hang',
                     'missing', 'liar', 'failing'):
            f.write('%s native\n' % name)
    with open(os.path.join(qemu, 'test_broken.py'), 'w') as f:
        f.write('def test_x(:\n')
    with open(os.path.join(qemu, 'test_fine.py'), 'w') as f:
        f.write('def test_passes():\n    pass\n')
    return qemu


def run(testrun, top, list_path, qemu):
    p = subprocess.run([testrun, '--list', list_path, '--qemu-dir', qemu,
                        '--logs', os.path.join(top, 'logs'),
                        '--timeout', '3'],
                       capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout.splitlines(), p.stderr


def starts(lines, prefix):
    return [l for l in lines if l.startswith(prefix)]


def every_kind_of_broken_test(testrun, top):
    qemu = make_tree(top)
    rc, lines, err = run(testrun, top, os.path.join(top, 'tests', 'host.list'),
                         qemu)
    check('no_traceback', 'Traceback' not in err, err[-300:])
    check('good_cases_counted', lines[:2] == ['ok good.one', 'ok good.two'],
          lines[:2])
    f = starts(lines, 'FAIL foreign: cannot start:')
    check('foreign_binary_is_one_fail',
          len(f) == 1 and 'Exec format error' in f[0], lines)
    check('crash_keeps_its_cases', 'ok crash.before_the_crash' in lines,
          lines)
    check('crash_is_one_fail', 'FAIL crash: killed by SIGSEGV' in lines,
          lines)
    check('silent_is_one_fail', 'FAIL silent: printed no cases' in lines,
          lines)
    f = starts(lines, 'FAIL hang: hung')
    check('hang_is_one_fail', len(f) == 1, lines)
    f = starts(lines, 'FAIL missing: listed by the build but')
    check('missing_listed_program_is_one_fail', len(f) == 1, lines)
    f = starts(lines, 'FAIL liar: its summary says 5 passed')
    check('summary_that_disagrees_is_one_fail', len(f) == 1, lines)
    check('failing_case_reported_once',
          starts(lines, 'FAIL failing') == ['FAIL failing.a: the reason'],
          lines)
    check('stale_program_not_run', not any('stale' in l for l in lines),
          lines)
    f = starts(lines, 'FAIL test_broken: cannot import: SyntaxError')
    check('module_that_cannot_import_is_one_fail', len(f) == 1, lines)
    check('other_modules_still_run', 'ok test_fine.passes' in lines, lines)
    check('summary_counts_everything', lines[-1:] == ['6 passed, 8 failed'],
          lines[-1:])
    check('status_says_failed', rc == 1, rc)


def no_list(testrun, top):
    qemu = os.path.join(top, 'empty')
    os.makedirs(qemu)
    rc, lines, err = run(testrun, top, os.path.join(top, 'nolist'), qemu)
    check('missing_list_is_a_fail',
          len(starts(lines, 'FAIL host.list: no list of host tests')) == 1,
          lines)
    check('missing_list_summary', lines[-1:] == ['0 passed, 1 failed'] and
          rc == 1, lines[-1:])
    bad = os.path.join(top, 'bad.list')
    with open(bad, 'w') as f:
        f.write('good native\nthree words here\n')
    rc, lines, err = run(testrun, top, bad, qemu)
    check('malformed_list_is_a_fail',
          len(starts(lines, 'FAIL host.list:')) == 1 and
          'three words here' in lines[0], lines)


def main():
    testrun = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix='test_testrun.') as top:
        every_kind_of_broken_test(testrun, os.path.join(top, 'a'))
        no_list(testrun, os.path.join(top, 'b'))
    print('%d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
