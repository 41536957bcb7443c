"""Live update, as a user sees it: `service update` swaps a new version
of a running service in, with its state and its endpoint, while the
service is in use - or aborts, or rolls back, and the old version goes
on (docs/liveupdate.md).

No test waits a fixed time.  An update "in the middle" of something
waits until that something has visibly begun (the printer has printed,
the file has grown, the shell waits for input) and checks afterwards
that the work was still going on when the update was over."""

import os
import re
import subprocess
import tempfile
from harness import vmrun, Shell, posix_cksum, wait_until, guest_results, \
    without_inet

HELLO_UP = 'service up /service/hello -dev /dev/hello -period 20'
FAULTY_UP = 'service up /service/faulty -dev /dev/faulty -period 20'
FAULTY_MSG = 'Faulty, but working.'


def run(*commands, timeout=120, extra=()):
    status, out, err = vmrun(*extra, '--timeout', str(timeout), '--',
                             *commands, timeout=timeout + 120)
    return status, out, err


def after(out, command):
    """What command printed, up to the next prompt (with what the
    console showed meanwhile: RS's and the kernel's messages)."""
    rest = out.split('# ' + command + '\n', 1)[1]
    if rest.startswith('# '):
        return ''
    return rest.split('\n# ', 1)[0] + '\n'


def lines(out, command):
    return after(out, command).splitlines()


def service_line(out, command, label):
    """The line of label in the listing command printed: its fields."""
    m = re.search(r'^%s\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\S+)\s+(.*)$'
                  % re.escape(label), after(out, command), re.M)
    assert m, 'no line for %s in %r' % (label, after(out, command))
    return m.groups()


def test_hello_v1_to_v2_carries_the_count_and_keeps_its_endpoint():
    """hello counts its reads; version 2, swapped in live, greets
    differently and goes on counting from where version 1 was, at the
    same endpoint and pid; service list says which binary runs and that
    the update went well."""
    status, out, err = run(
        HELLO_UP, 'cat /dev/hello; cat /dev/hello; cat /dev/hello',
        'hellocount', 'service status hello',
        'service update /service/hello.v2 -label hello; echo rc=$?',
        'cat /dev/hello', 'hellocount; echo again', 'service list',
        'service status hello; echo status')
    assert status != 2, err
    assert after(out, 'cat /dev/hello; cat /dev/hello; cat /dev/hello') \
        == 'Hello, World!\n' * 3
    assert after(out, 'hellocount') == '3\n'
    update = after(out, 'service update /service/hello.v2 -label hello; '
                   'echo rc=$?')
    assert re.match(r'service: hello: updated to /service/hello.v2; '
                    r'downtime \d+ TSC ticks', update), update
    assert update.endswith('rc=0\n'), update
    assert after(out, 'cat /dev/hello') == 'Hello, World! (v2)\n'
    assert after(out, 'hellocount; echo again') == '4\nagain\n'
    pid, ep, restarts, state, version, rest = service_line(
        out, 'service status hello', 'hello')
    assert version == 'hello' and rest.strip() == '-', (version, rest)
    now = service_line(out, 'service list', 'hello')
    assert now[:4] == (pid, ep, '0', 'up'), (now, pid, ep)
    assert now[4] == 'hello.v2' and now[5].startswith('ok '), now
    status_out = after(out, 'service status hello; echo status')
    assert 'binary: /service/hello.v2\nlast update: ok\n' in status_out
    assert 'rs: hello' not in out, 'hello failed or was restarted'


def test_an_update_refused_or_not_prepared_in_time_is_aborted():
    """A state the service has not is refused at once; a state it does
    not reach within -maxtime aborts the update; a service that cannot
    hand its state over, and RS itself, cannot be updated.  Each time
    the command says why and exits 1, and the old version answers."""
    status, out, err = run(
        HELLO_UP, FAULTY_UP,
        'service update /service/hello.v2 -label hello -state 4; echo rc=$?',
        'service update self -label faulty -state 5 -maxtime 50; '
        'echo rc=$?',
        'cat /dev/faulty; cat /dev/hello',
        'service status faulty | grep "last update"',
        'service update self -label pm; echo rc=$?',
        'service update self -label rs; echo rc=$?',
        'service update self -label hello -maxtime 21HZ; echo rc=$?',
        'service update self -label nosuch; echo rc=$?',
        'service update self; echo rc=$?')
    assert status != 2, err
    assert after(out, 'service update /service/hello.v2 -label hello '
                 '-state 4; echo rc=$?') == \
        'service: hello: update aborted: it has no state 4\nrc=1\n'
    assert after(out, 'service update self -label faulty -state 5 '
                 '-maxtime 50; echo rc=$?') == \
        'service: faulty: update aborted: state 5 not reached in time\n' \
        'rc=1\n'
    assert after(out, 'cat /dev/faulty; cat /dev/hello') == \
        FAULTY_MSG + '\nHello, World!\n'
    assert after(out, 'service status faulty | grep "last update"') == \
        'last update: aborted: state 5 not reached in time\n'
    assert after(out, 'service update self -label pm; echo rc=$?') == \
        'service: pm: update aborted: it cannot hand its state over\nrc=1\n'
    assert after(out, 'service update self -label rs; echo rc=$?') == \
        'service: rs: Operation not permitted\nrc=1\n'
    assert after(out, 'service update self -label hello -maxtime 21HZ; '
                 'echo rc=$?') == \
        'service: -maxtime 21HZ: from 1 tick to 20 seconds\nrc=1\n'
    assert after(out, 'service update self -label nosuch; echo rc=$?') == \
        'service: nosuch: no such service\nrc=1\n'
    assert 'usage: service' in after(out, 'service update self; echo rc=$?')
    assert 'rs: hello' not in out and 'rs: faulty' not in out


def test_a_new_version_that_fails_rolls_back_to_the_old_one():
    """A new version that fails its initialisation, crashes in it,
    crashes right after it or hangs before its first heartbeat: RS rolls
    back, the old version goes on at its endpoint with what it had, and
    the command says so and exits 1."""
    cases = [('lu-failinit', 'the new version failed to initialise: '
              'Generic failure'),
             ('lu-crashinit', 'the new version died of SIGSEGV (11)'),
             ('lu-crash', 'the new version died of SIGSEGV (11)'),
             ('lu-hang', 'the new version missed its first heartbeat')]
    cmds = ['service update self -label faulty -args %s; echo rc=$?' % a
            for a, _ in cases]
    reads = ['cat /dev/faulty; : %d' % i for i in range(len(cases))]
    status, out, err = run(FAULTY_UP, 'service status faulty', *[
        c for pair in zip(cmds, reads) for c in pair], 'service list',
        timeout=180)
    assert status != 2, err
    for (arg, why), cmd, read in zip(cases, cmds, reads):
        said = lines(out, cmd)
        assert 'service: faulty: update rolled back: %s' % why in said \
            and said[-1] == 'rc=1', (arg, said)
        assert 'rs: faulty: update rolled back: %s' % why in said, arg
        assert after(out, read) == FAULTY_MSG + '\n', arg
    before = service_line(out, 'service status faulty', 'faulty')
    now = service_line(out, 'service list', 'faulty')
    assert now[:4] == before[:4], (before, now)      # pid, endpoint, 0, up
    assert now[5].startswith('rolled back '), now
    assert 'faulty is back' not in out, 'rolled back by a restart'


def test_a_crash_while_preparing_is_a_restart():
    """The running version crashes while it prepares for an update (it
    waits for a state it never reaches): the update is aborted and RS
    restarts the service as after any crash."""
    status, out, err = run(
        FAULTY_UP,
        '(service update self -label faulty -state 5 -maxtime 20HZ; '
        'echo "rc=$?") > /tmp/u 2>&1 &',
        'until service status faulty | grep -q updating; do :; done',
        '/usr/tests/faultytest crash',
        'until grep -q rc= /tmp/u; do :; done; cat /tmp/u',
        'cat /dev/faulty')
    assert status != 2, err
    assert 'died of SIGSEGV' in out and 'faulty is back' in out, out
    said = after(out, 'until grep -q rc= /tmp/u; do :; done; cat /tmp/u')
    assert said == 'service: faulty: update aborted: the running ' \
        'version died of SIGSEGV (11)\nrc=1\n', said
    assert after(out, 'cat /dev/faulty') == FAULTY_MSG + '\n'


def test_printer_updated_in_the_middle_of_a_job_prints_it_whole():
    """The printer is updated once the host has seen part of a job
    printed: the job goes on in the new version from the next byte, its
    write succeeds, and what came out is the file, whole."""
    text = b''.join(b'line %05d of the print job\n' % i
                    for i in range(30000))
    with tempfile.TemporaryDirectory() as d:
        lp = os.path.join(d, 'lp.out')
        open(lp, 'wb').close()
        sh = Shell(extra=('-parallel', 'file:%s' % lp))
        try:
            sh.run('seq -w 0 29999 | sed "s/.*/line & of the print job/" '
                   '> /tmp/job')
            sh.run('(cat /tmp/job > /dev/lp; echo "job rc=$?") & w=$!')
            wait_until(lambda: os.path.getsize(lp) >= 4096, 60,
                       'the job to start printing')
            start = len(sh.out)
            sh.run('service update self -label printer; kill -0 $w && '
                   'echo "updated mid""-job"')
            sh.wait_for_after(start, r'job rc=\d', 120)
            out = sh.out[start:].decode('utf-8', 'replace')
        finally:
            sh.close()
        printed = open(lp, 'rb').read()
    assert 'service: printer: updated to itself' in out, out
    assert 'updated mid-job' in out, 'the update came after the job'
    assert 'job rc=0' in out, out
    assert 'rs: printer' not in out, out
    assert printed == text, 'printed %d bytes of %d' % (len(printed),
                                                         len(text))


def grown_past(path, size):
    """A guest command that waits until the file path holds more than
    size bytes."""
    return ('until [ $(dd if=%s bs=1 skip=%d count=1 2>/dev/null | wc -c) '
            '-eq 1 ]; do :; done' % (path, size))


def update_mid_write(label, n):
    """Update label while the writer $w writes, and say so if it still
    did when the update was over."""
    return ('service update self -label %s > /tmp/u%d; kill -0 $w && '
            'echo "update %d landed mid""-write"' % (label, n, n))


def test_at_wini_updated_twice_during_an_8mib_write_loses_nothing():
    """at_wini is updated twice while 8 MiB are written to a file system
    the host made: nothing fails, the checksum is right, the host's
    fsck.minix finds the file system clean, and at_wini never left its
    endpoint (no restart)."""
    size = 8 * 1024 * 1024
    data = b''.join(b'%d\n' % i for i in range(1, 1300000))[:size]
    want = '%d %d' % (posix_cksum(data), size)
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, 'disk.img')
        with open(img, 'wb') as f:
            f.truncate(32 * 1024 * 1024)
        subprocess.run(['mkfs.minix', '-3', img], check=True,
                       capture_output=True)
        status, out, err = run(
            'service status at_wini', 'mount /dev/c0d0 /mnt',
            'seq 1 1299999 | head -c %d > /mnt/big & w=$!' % size,
            grown_past('/mnt/big', 1000000) + '; ' +
            update_mid_write('at_wini', 1),
            grown_past('/mnt/big', 5000000) + '; ' +
            update_mid_write('at_wini', 2),
            'wait $w; echo rc=$?', 'cat /tmp/u1 /tmp/u2', 'cksum /mnt/big',
            'umount /mnt', 'mount -r /dev/c0d0 /mnt', 'cksum /mnt/big',
            'umount /mnt', 'service list', timeout=300,
            extra=('--disk', img))
        fsck = subprocess.run(['fsck.minix', '-f', img],
                              capture_output=True, text=True)
    assert status != 2, err
    assert 'update 1 landed mid-write' in out and \
        'update 2 landed mid-write' in out, 'an update came after the write'
    assert after(out, 'cat /tmp/u1 /tmp/u2').count(
        'service: at_wini: updated to itself') == 2, out
    assert after(out, 'wait $w; echo rc=$?') == 'rc=0\n'
    sums = re.findall(r'^(\d+ \d+) /mnt/big$', out, re.M)
    assert sums == [want, want], 'cksums %r, expected %r' % (sums, want)
    assert fsck.returncode == 0, fsck.stdout + fsck.stderr
    before = service_line(out, 'service status at_wini', 'at_wini')
    now = service_line(out, 'service list', 'at_wini')
    assert now[:4] == before[:4], (before, now)
    assert 'rs: at_wini' not in out and 'is gone' not in out, out


def test_tty_updated_under_a_waiting_shell_keeps_screen_and_typed_line():
    """The shell waits for input while tty is updated, with half a
    command line typed: the screen keeps what it showed, the line goes
    on where it was, and the shell runs it."""
    sh = Shell()
    try:
        sh.run('(sleep 1; service update self -label tty > /tmp/u; '
               'echo "tty upd""ated rc=$?") &')
        start = len(sh.out)
        sh.type('echo par')
        sh.wait_for_after(start, r'cho par', 30)     # (after start)
        sh.wait_for_after(start, r'tty updated rc=\d', 60)
        screen = sh.vga_text()
        typed_at = sh.out.index(b'echo par', start)
        updated_at = sh.out.index(b'tty updated rc=', start)
        out = sh.run('tial', timeout=30)
        status = sh.run('cat /tmp/u; service status tty')
    finally:
        sh.close()
    assert typed_at < updated_at, 'the line was typed after the update'
    assert any('tty updated rc=0' in line for line in screen), screen
    assert any('(sleep 1; service update self -label tty' in line
               for line in screen), screen
    assert 'partial' in out.splitlines(), out
    assert 'service: tty: updated to itself' in status, status
    assert re.search(r'^tty\s+\d+\s+10\s+0\s+up\s+tty\s+ok ', status,
                     re.M), status


def test_ds_updated_keeps_its_store_and_subscribers():
    """DS, a server, is updated: the keys it held are still there (hello
    takes its count up after a crash), and the next driver-up event
    still reaches VFS, which reopens the restarted driver."""
    status, out, err = run(
        HELLO_UP, 'cat /dev/hello; cat /dev/hello',
        'service update self -label ds; echo rc=$?',
        'kill -9 $(pidof hello)',
        'until service status hello | grep -Eq "^hello +[0-9]+ +[0-9]+ +1 '
        '+up"; do :; done',
        'cat /dev/hello; hellocount',
        FAULTY_UP, 'cat /dev/faulty', 'service list')
    assert status != 2, err
    assert 'service: ds: updated to itself' in out, out
    assert 'rs: hello is back' in out
    # (RS's words may land in the echo of the loop; not in what follows.)
    assert after(out, 'cat /dev/hello; hellocount') == 'Hello, World!\n3\n'
    assert after(out, 'cat /dev/faulty') == FAULTY_MSG + '\n'
    assert re.search(r'^ds\s+\d+\s+7\s+0\s+up\s+ds\s+ok ',
                     after(out, 'service list'), re.M), out


def test_a_hundred_updates_of_hello_under_a_reader_loop():
    """hello is updated a hundred times in a row, alternately to version
    2 and back to 1, while a loop keeps reading it: no read fails, every
    update succeeds, and the endpoint never changes."""
    status, out, err = run(
        HELLO_UP, 'ep=$(service status hello | sed -n 2p | tr -s " " | '
        'cut -d" " -f3); echo ep=$ep',
        'touch /tmp/go; (n=0; while [ -e /tmp/go ]; do '
        'cat /dev/hello > /dev/null || echo "read fail""ed"; n=$((n+1)); '
        'done; echo "reads: $n") & r=$!',
        'for i in $(seq 1 50); do for v in hello.v2 hello; do '
        'service update /service/$v -label hello > /dev/null || '
        'echo "update fail""ed"; service status hello | grep -q " $ep " '
        '|| echo "endpoint chan""ged"; done; done; echo updates done',
        'rm /tmp/go; wait $r', 'cat /dev/hello; service status hello',
        timeout=900)
    assert status != 2, err
    assert 'updates done' in out
    assert 'read failed' not in out and 'update failed' not in out \
        and 'endpoint changed' not in out, out
    reads = int(re.search(r'reads: (\d+)', out).group(1))
    assert reads > 100, 'the reader read only %d times' % reads
    ep = re.search(r'^ep=(\d+)$', out, re.M).group(1)
    last = service_line(out, 'cat /dev/hello; service status hello',
                        'hello')
    assert last[1] == ep and last[2] == '0', (ep, last)
    assert after(out, 'cat /dev/hello; service status hello').startswith(
        'Hello, World!\n')
    assert 'rs: hello' not in out, out


def test_every_driver_is_updated_in_use_and_pci_keeps_its_reservations():
    """memory, log, random, pci, hello and printer are updated in
    turn: each goes on working at its endpoint, and a device a driver
    reserved from pci stays its own."""
    sh = Shell()
    try:
        out = sh.run_until('service up /usr/tests/pcitest -args reserve',
                           'pcitest: done\n')
        assert 'pcitest: reserve: ok' in out, out
        sh.run(HELLO_UP)
        before = sh.run('service list')
        for label in ('memory', 'log', 'random', 'pci', 'hello',
                      'printer'):
            said = sh.run('service update self -label %s; echo rc=$?'
                          % label)
            assert said.startswith('service: %s: updated to itself' % label) \
                and said.endswith('rc=0'), said
        out = sh.run_until('service up /usr/tests/pcitest -label pcitest2 '
                           '-args reserve', 'pcitest: done\n')
        assert 'pcitest: reserve: Resource busy' in out, out
        works = sh.run('echo written > /tmp/f; cat /tmp/f; cat /dev/hello; '
                       'head -c 100 /dev/urandom | wc -c; echo logged > '
                       '/dev/log; tail -c 7 /dev/log')
        after_list = sh.run('service list')
    finally:
        sh.close()
    assert works.split('\n') == ['written', 'Hello, World!', '100',
                                 'logged', 'logged'], works
    for label in ('memory', 'log', 'random', 'pci', 'hello', 'printer'):
        old = re.search(r'^%s\s+(\d+)\s+(\d+)\s+0\s+up' % label, before,
                        re.M)
        new = re.search(r'^%s\s+(\d+)\s+(\d+)\s+0\s+up\s+\S+\s+ok '
                        % label, after_list, re.M)
        assert old and new and old.groups() == new.groups(), \
            (label, before, after_list)


# nettest is over once RS has seen it end (after "nettest: done").
NETTEST_ENDED = r'rs: nettest \(endpoint \d+\) exited with status 0\n'


def net_driver_updated_under_a_stream(nic):
    """nettest keeps ARP requests to QEMU's gateway in flight through
    the driver (INET gone: nettest is its only client) while the driver
    is updated twice (to itself and to its
    binary), then leaves answers in the card for an update to carry
    over; then it finds every request answered without a stall, no new
    instance to configure, the same endpoint, and the driver's counters
    agreeing with what it saw across the updates."""
    sh = Shell(net=nic)
    try:
        without_inet(sh, nic)
        sh.run_until('service up /usr/tests/nettest -args "%s update"' % nic,
                     'nettest: streaming', timeout=180)
        said = [sh.run('service update %s -label %s; echo rc=$?'
                       % (how, nic), timeout=120)
                for how in ('self', '/service/' + nic)]
        sh.run_until('touch /tmp/hold', r'nettest: holding \d+ frames',
                     timeout=120)
        said.append(sh.run('service update self -label %s; echo rc=$?'
                           % nic, timeout=120))
        sh.run_until('touch /tmp/updated', NETTEST_ENDED, timeout=300)
        report = sh.run('cat /tmp/nettest.out')
        listing = sh.run('service list')
        console = sh.out.decode('utf-8', 'replace')
    finally:
        sh.close()
    assert 'nettest: holding 3 frames' in console, console
    for text in said:
        assert re.match(r'service: %s: updated to ' % nic, text) \
            and text.endswith('rc=0'), text
    assert re.search(r'^%s\s+\d+\s+\d+\s+0\s+up\s+%s\s+ok '
                     % (nic, nic), listing, re.M), listing
    assert 'rs: %s' % nic not in console, console
    return guest_results(report, expect_at_least=5)


def test_e1000_updated_under_a_stream_of_frames_loses_none():
    return net_driver_updated_under_a_stream('e1000')


def test_rtl8139_updated_under_a_stream_of_frames_loses_none():
    return net_driver_updated_under_a_stream('rtl8139')
