"""The system call fuzzer (test/programs/sysfuzz, docs/faults.md): every
PM and VFS call with bad arguments, and raw messages to every server a
program reaches, from four processes at once; afterwards no server has
restarted, every count of their tables, grants and memory is back, and
every server answers.  As an ordinary user, as root (the calls that
cannot hurt the system), and the calls it once found crashing a server."""

import re
from harness import vmrun, guest_results

# RS's console line when a service fails, and the kernel's panic line.
RS_FAIL = re.compile(r'^rs: \S+ \(endpoint -?\d+\) .*$', re.M)


def fuzz(args, expect):
    status, out, err = vmrun('--timeout', '900', '--',
                             '/usr/tests/sysfuzz %s' % args, 'service list',
                             timeout=1000)
    assert 'kernel panic' not in out, out[-3000:]
    assert not RS_FAIL.search(out), RS_FAIL.findall(out)
    results = guest_results(out.split('# service list')[0], expect)
    assert status == 0, err + out[-3000:]
    listing = out.split('# service list')[1]
    for label in ('rs', 'ds', 'pm', 'vfs', 'mfs', 'memory', 'tty', 'inet'):
        assert re.search(r'^%s\s+\d+\s+\d+\s+0\s+up' % label, listing,
                         re.M), 'service %s restarted or gone:\n%s' % (
                             label, listing)
    return results


def test_4000_fuzzed_calls_as_a_user_crash_hang_or_leak_nothing():
    # 4 workers x 500 calls x 2 phases, runners as uid 1000.
    return fuzz('-w 4 -n 500 20261207', 7)


def test_2000_fuzzed_calls_as_root_crash_hang_or_leak_nothing():
    # Root's runners: no reboot, clock, mount, device nodes, signals or
    # priorities for others, raw messages; paths only under /tmp/sysfuzz.
    return fuzz('-r -w 4 -n 250 777', 7)


def test_the_calls_that_once_crashed_a_server_get_their_answer():
    return fuzz('-R', 1)
