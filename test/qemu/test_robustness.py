"""Bad input never crashes a server: random, malformed messages to every
server a program can reach, then the system must still work."""

import re
from harness import vmrun, guest_results


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
