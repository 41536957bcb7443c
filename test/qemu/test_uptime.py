"""Nothing gets slower or bigger the longer the system runs: after
10,000 path lookups, 10,000 create/write/unlink cycles and 10,000
fork/execs, every server holds the grants and the memory it held before
(`service status` asks the kernel), and the last calls cost the same
guest instructions as the first (under -icount the TSC counts them)."""

import re
from harness import vmrun

SERVERS = ['rs', 'ds', 'memory', 'tty', 'mfs', 'vfs', 'pm']
N = 10000
WARM_UP = ['/usr/tests/churn lookup 200', '/usr/tests/churn create 200',
           '/usr/tests/churn exec 50']
CHURN = ['/usr/tests/churn lookup %d' % N, '/usr/tests/churn create %d' % N,
         '/usr/tests/churn exec %d' % N]


def usage(console, marker):
    """Grants and KiB of memory per server, from the `service status`
    commands typed after marker."""
    part = console.split(marker, 1)[1]
    found = {}
    for name in SERVERS:
        m = re.search(r'# service status %s\n.*?^in use: (\d+) grants, '
                      r'(\d+) KiB of memory$' % name, part, re.M | re.S)
        assert m, 'no usage for %s after %s' % (name, marker)
        found[name] = (int(m.group(1)), int(m.group(2)))
    return found


def test_servers_hold_the_same_grants_and_memory_and_calls_cost_the_same():
    status = ['service status %s' % s for s in SERVERS]
    commands = WARM_UP + ['echo before'] + status + CHURN + \
        ['echo after'] + status
    rc, out, err = vmrun('--icount', '--timeout', '900', '--', *commands,
                         timeout=1200)
    assert rc == 0, err
    before = usage(out, '\nbefore\n')
    after = usage(out, '\nafter\n')
    for name in SERVERS:
        assert after[name] == before[name], \
            '%s: %d grants, %d KiB before; %d, %d after' % (
                (name,) + before[name] + after[name])
    costs = re.findall(r'churn: (\w+) %d: first \d+ calls (\d+) '
                       r'instructions each, last \d+ (\d+)' % N, out)
    assert [c[0] for c in costs] == ['lookup', 'create', 'exec'], costs
    for kind, first, last in costs:
        assert int(last) <= int(first) * 1.01, \
            '%s: %s instructions a call at first, %s at the end' % (
                kind, first, last)
