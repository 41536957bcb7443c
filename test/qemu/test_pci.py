"""The PCI bus driver as drivers meet it: a service sees only the
devices its system.conf entry names, must reserve one before it may
write its configuration space or touch its ports, cannot take a device
another driver holds, and gets it back after a crash; pci itself can be
restarted; bad entries and bad requests get clear errors."""

import re
from harness import Shell


def start(sh, command, until='pcitest: done\n'):
    """Run a service command and return what the service printed."""
    return sh.run_until(command, until)


def test_a_driver_sees_its_device_and_reserving_it_grants_the_ports():
    sh = Shell()
    try:
        out = start(sh, 'service up /usr/tests/pcitest -args probe')
        sees = re.findall(r'pcitest: sees (\S+) (\S+)', out)
        assert sees == [('00:01.1', '8086:7010')], out
        for line in ['read vendor: ok', 'vendor 8086',
                     'write before reserve: Operation not permitted',
                     'bar before reserve: Operation not permitted',
                     'find 00:02.0: Operation not permitted',
                     'find 00:1f.7: No such device',
                     'port before reserve: Operation not permitted',
                     'reserve: ok', 'bar4: ok', 'port after reserve: ok',
                     'reserve again: ok']:
            assert 'pcitest: ' + line + '\n' in out, (line, out)
        assert re.search(r'pcitest: bar4 io base [0-9a-f]+ size 16\n', out)
        for bad in ['bar 0x11', 'read reg 256', 'read size 3',
                    'read misaligned', 'read devind 999',
                    'reserve devind -5']:
            assert 'pcitest: %s: Invalid argument\n' % bad in out, (bad, out)
        # A class entry: display controllers, so the VGA and nothing else.
        out = start(sh, 'service up /usr/tests/pcitest -label pcivga '
                    '-args list')
        assert re.findall(r'pcitest: sees (\S+) (\S+)', out) == \
            [('00:02.0', '1234:1111')], out
        # An entry without a pci line: nothing to see.
        sh.run("printf 'service pcinone\\n{\\n\\tsystem DEVIO;\\n};\\n' "
               "> /tmp/none.conf")
        out = start(sh, 'service up /usr/tests/pcitest -label pcinone '
                    '-config /tmp/none.conf -args list')
        assert 'pcitest: 0 visible' in out and 'sees' not in out, out
    finally:
        sh.close()


def test_a_reserved_device_is_busy_until_its_driver_is_gone():
    sh = Shell()
    try:
        out = start(sh, 'service up /usr/tests/pcitest -args reserve')
        assert 'pcitest: reserve: ok' in out, out
        out = start(sh, 'service up /usr/tests/pcitest -label pcitest2 '
                    '-args reserve')
        assert 'pcitest: reserve: Resource busy' in out, out
        # A crash: the new instance of the owner takes its device back.
        out = start(sh, 'kill -9 $(pidof pcitest | cut -d" " -f1)')
        assert 'pcitest: reserve: ok' in out, out
        # Stopped for good: the device is free for the other driver.
        sh.run('service down pcitest')
        out = start(sh, 'service refresh pcitest2')
        assert 'pcitest: reserve: ok' in out, out
    finally:
        sh.close()


def test_pci_restarts_keeping_its_reservations():
    sh = Shell()
    try:
        out = start(sh, 'service up /usr/tests/pcitest -args reserve')
        assert 'pcitest: reserve: ok' in out, out
        start(sh, 'kill -9 $(pidof pci)', until='pci is back')
        out = start(sh, 'service up /usr/tests/pcitest -label pcitest2 '
                    '-args reserve')
        assert 'pcitest: reserve: Resource busy' in out, out
        out = start(sh, 'service up /usr/tests/pcitest -label pcivga '
                    '-args list')
        assert 'pcitest: sees 00:02.0 1234:1111' in out, out
        status = sh.run('service status pci')
        assert 'died of SIGKILL' in status, status
    finally:
        sh.close()


def test_bad_pci_entries_are_refused_with_the_line_named():
    sh = Shell()
    try:
        for entry, message in [
                ('pci device 8086;', "bad PCI device '8086'"),
                ('pci device 8086:12345;', "bad PCI device '8086:12345'"),
                ('pci class 1/2/3/4;', "bad PCI class '1/2/3/4'"),
                ('pci class zz;', "bad PCI class 'zz'"),
                ('pci bus 0;', "expected 'device' or 'class'")]:
            sh.run("printf 'service pcibad\\n{\\n\\t%s\\n};\\n' > /tmp/bad.conf"
                   % entry)
            out = sh.run('service up /usr/tests/pcitest -label pcibad '
                         '-config /tmp/bad.conf -args list; echo st=$?')
            assert '/tmp/bad.conf:3: ' + message in out, (entry, out)
            assert out.endswith('st=1'), out
        assert 'pcibad' not in sh.run('service list')
    finally:
        sh.close()


def test_malformed_requests_crash_nothing():
    sh = Shell()
    try:
        out = start(sh, 'service up /usr/tests/pcitest -label pcifuzz '
                    '-args "fuzz 2000"')
        assert 'pcitest: fuzz: 2000 messages, 0 not answered' in out, out
        assert 'pcitest: pci after fuzz: ok' in out, out
        listing = sh.run('service status pci')
        assert re.search(r'^pci\s+\d+\s+\d+\s+0\s+up', listing, re.M), \
            listing
    finally:
        sh.close()
