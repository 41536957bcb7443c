"""Bad input never crashes a server: random, malformed messages to every
server a program can reach, then the system must still work."""

import re
from harness import vmrun, guest_results, Shell


def test_malformed_messages_crash_no_server():
    status, out, err = vmrun('--timeout', '600', '--',
                             '/usr/tests/msgfuzz 1200 0x1234567',
                             'service list', 'ls /etc/rc', timeout=720)
    results = guest_results(out.split('# service list')[0], 4)
    listing = out.split('# service list')[1].split('# ls')[0]
    for label in ('rs', 'ds', 'pm', 'vfs', 'mfs', 'memory', 'tty'):
        assert re.search(r'^%s\s+\d+\s+\d+\s+0\s+up' % label, listing,
                         re.M), 'service %s restarted or gone:\n%s' % (
                             label, listing)
    assert '/etc/rc' in out.split('# ls /etc/rc')[1]
    return results


def test_a_program_faulting_in_a_loop_cannot_flood_the_console():
    """3,000 faults in a row (a SIGSEGV handler that returns): the kernel
    reports at most ten a second of each process, and once a second says
    how many it left out (the last time after the program has ended);
    the shell goes on."""
    sh = Shell()
    try:
        start = len(sh.out)
        sh.type('/usr/tests/faultloop 3000\n')
        sh.wait_for_after(start, r'faultloop: 3000 faults\n', 120)
        done = sh.out.index(b'faultloop: 3000 faults\n', start)
        sh.wait_for_after(done, r'kernel: \d+ messages about processes '
                          r'were left out\n', 60)
        out = sh.out[start:].decode('utf-8', 'replace')
        shown = out.count('faultloop (endpoint')
        seconds = len(re.findall(r'messages about processes were left out',
                                 out))
        left_out = sum(int(n) for n in re.findall(
            r'kernel: (\d+) messages about processes were left out', out))
        assert 0 < shown <= 10 * (seconds + 1), \
            '%d fault lines shown in %d seconds' % (shown, seconds)
        assert shown + left_out == 3000, (shown, left_out)
        assert sh.run('echo still here') == 'still here'
    finally:
        sh.close()
