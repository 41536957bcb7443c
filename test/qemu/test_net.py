"""The network drivers as INET will use them, on each of QEMU's cards
(e1000, the default, and rtl8139): the card found and reset at boot; a
client (/usr/tests/nettest) that configures the driver, asks QEMU's
virtual gateway for its address by ARP many times through gathered and
scattered frames, finds the driver's counters agree with what it saw,
and gets an error, not a crash, for every bad request; kill -9 of the
driver, while idle and in the middle of a stream of frames, after which
the client is answered by the new instance and loses at most the frames
in flight; and a missing card said once, without a crash loop.

The guest's only network is QEMU's user-mode network, restricted: the
only frames it ever sends are ARP requests for the gateway, 10.0.2.2."""

import re
from harness import Shell, guest_results, without_inet

NICS = ('e1000', 'rtl8139')
QEMU_MAC = '52:54:00:12:34:56'          # the address QEMU gives its card
ABSENT = {'e1000': 'e1000: no Intel 82540EM card (8086:100e)',
          'rtl8139': 'rtl8139: no RealTek 8139 card (10ec:8139)'}


# nettest is over once RS has seen it end (after "nettest: done").
ENDED = r'rs: nettest \(endpoint \d+\) exited with status 0\n'


def nettest(sh, nic, mode, until=ENDED):
    return sh.run_until('service up /usr/tests/nettest -args "%s %s"'
                        % (nic, mode), until, timeout=180)


def report(sh):
    """The cases of the nettest that has just ended, from its report:
    on the console the shell's prompt may come in the middle of them."""
    return sh.run('cat /tmp/nettest.out')


def prefixed(prefix, subs):
    return [('%s.%s' % (prefix, name), ok, why) for name, ok, why in subs]


def check(subs, name, ok, why):
    subs.append((name, bool(ok), '' if ok else why))


def boot_found_the_card(sh, nic, subs):
    console = sh.out.decode('utf-8', 'replace')
    other = [n for n in NICS if n != nic][0]
    found = re.findall(r'^%s: ([0-9a-f:]+), irq \d+, link (\w+)$' % nic,
                       console, re.M)
    check(subs, 'boot.the_driver_found_its_card_with_the_link_up',
          found == [(QEMU_MAC, 'up')], 'found %r' % (found,))
    check(subs, 'boot.the_other_driver_said_once_it_has_no_card',
          console.count(ABSENT[other]) == 1 and 'rs: %s' % other
          not in console, console)


def serves_a_client(nic):
    sh = Shell(net=nic)
    try:
        subs = []
        boot_found_the_card(sh, nic, subs)
        without_inet(sh, nic)
        out = nettest(sh, nic, 'basic')
        subs += prefixed('basic', guest_results(report(sh),
                                                expect_at_least=20))
        check(subs, 'basic.conf_gave_the_address_qemu_set',
              'nettest: address %s\n' % QEMU_MAC in out, out)
        status = sh.run('service status %s' % nic)
        check(subs, 'basic.the_driver_was_never_restarted',
              re.search(r'^%s\s+\d+\s+\d+\s+0\s+up' % nic, status, re.M),
              status)
        return subs
    finally:
        sh.close()


def recovers_from_kill_9(nic):
    sh = Shell(net=nic)
    try:
        without_inet(sh, nic)
        subs = []
        # Killed while idle: the client waits for the new instance.
        out = nettest(sh, nic, 'restart', until='waiting for the kill')
        out += sh.run_until('kill -9 $(pidof %s)' % nic, ENDED, timeout=120)
        check(subs, 'idle.rs_restarted_the_driver',
              re.search(r'rs: %s is back' % nic, out), out)
        subs += prefixed('idle', guest_results(report(sh),
                                               expect_at_least=7))
        # Killed in the middle of a stream of frames.
        out = nettest(sh, nic, 'stream', until='nettest: streaming')
        out += sh.run_until('kill -9 $(pidof %s)' % nic, ENDED, timeout=180)
        check(subs, 'stream.rs_restarted_the_driver',
              re.search(r'rs: %s is back' % nic, out), out)
        subs += prefixed('stream', guest_results(report(sh),
                                                 expect_at_least=4))
        return subs
    finally:
        sh.close()


def test_e1000_serves_a_client_and_survives_bad_requests():
    return serves_a_client('e1000')


def test_rtl8139_serves_a_client_and_survives_bad_requests():
    return serves_a_client('rtl8139')


def test_e1000_killed_idle_or_mid_stream_comes_back_and_answers():
    return recovers_from_kill_9('e1000')


def test_rtl8139_killed_idle_or_mid_stream_comes_back_and_answers():
    return recovers_from_kill_9('rtl8139')


def test_without_a_card_a_driver_says_so_once_and_is_not_restarted():
    sh = Shell()
    try:
        boot = sh.out.decode('utf-8', 'replace')
        for nic in NICS:
            assert boot.count(ABSENT[nic]) == 1, boot
        out = sh.run('service up /service/e1000; echo st=$?')
        assert out.count(ABSENT['e1000']) == 1, out
        assert out.endswith('st=1'), out
        listing = sh.run('service list')
        assert 'e1000' not in listing and 'rtl8139' not in listing, listing
        console = sh.out.decode('utf-8', 'replace')
        assert 'rs: e1000' not in console and 'rs: rtl8139' not in console, \
            console
    finally:
        sh.close()
