"""Self-healing, as a user sees it: kill a driver, crash it, hang it -
it comes back, and what it was doing is handled as the recovery table
promises (docs/recovery.md).

No test waits a fixed time.  A kill "in the middle" of something waits
until that something has visibly started (a file has grown, the printer
has printed), and the test checks afterwards that the kill did land
before the work was done; a restart is waited for where it shows (RS's
"is back" on the console, or `service status` in the guest)."""

import re
import os
import subprocess
import tempfile
import time
from harness import vmrun, Shell, posix_cksum, wait_until

HELLO_UP = 'service up /service/hello -dev /dev/hello -period 20'
# faulty (test/drivers/faulty) fails on request: faultytest asks it to.
FAULTY_UP = 'service up /service/faulty -dev /dev/faulty -period 20'
FAULTY_PERIOD = 20      # ticks, as FAULTY_UP says
FAULTY_MSG = 'Faulty, but working.'
HZ = 100
RS_TICK = HZ // 10      # how often RS looks at its clock (servers/rs/rs.h)


def run(*commands, timeout=120, extra=()):
    status, out, err = vmrun(*extra, '--timeout', str(timeout), '--',
                             *commands, timeout=timeout + 120)
    return status, out, err


def restarted(label, n):
    """A guest command that waits until RS has restarted label n times
    and the new instance is up."""
    return ('until service status %s | grep -Eq "^%s +[0-9]+ +[0-9]+ +%d '
            '+up"; do :; done' % (label, label, n))


def grown_past(path, size):
    """A guest command that waits until the file path holds more than
    size bytes (it reads one byte there, not the whole file)."""
    return ('until [ $(dd if=%s bs=1 skip=%d count=1 2>/dev/null | wc -c) '
            '-eq 1 ]; do :; done' % (path, size))


def kill_mid_write(label, n):
    """A guest command that kills label and says "kill N landed
    mid-write" if the writer $w was still writing when the kill landed
    (the quotes keep the echo of the command line from saying it)."""
    return ('kill -9 $(pidof %s); kill -0 $w && echo "kill %d landed '
            'mid""-write"' % (label, n))


def disk_args(img):
    """QEMU's arguments for img as the first IDE disk, as vmrun gives."""
    return ('-drive', 'file=%s,format=raw,if=ide,index=0,media=disk' % img)


def test_kill_9_hello_comes_back_with_a_new_pid():
    sh = Shell()
    try:
        sh.run(HELLO_UP)
        old = sh.run('pidof hello')
        out = sh.run_until('kill -9 %s' % old, 'rs: hello is back')
        new = sh.run('pidof hello')
        assert re.match(r'\d+$', old) and re.match(r'\d+$', new) and \
            old != new, 'pids: %r, %r' % (old, new)
        assert 'rs: hello (endpoint' in out and 'died of SIGKILL' in out, out
        assert sh.run('cat /dev/hello') == 'Hello, World!'
    finally:
        sh.close()


def test_hello_count_goes_on_after_kill_9_and_starts_anew_on_refresh():
    """hello keeps its count of reads in DS: the instance RS starts
    after kill -9 counts on from where the dead one was, not from 0.  A
    refresh is a fresh start: the count begins again, and the record it
    leaves in DS is what the next restart takes up."""
    sh = Shell()
    try:
        sh.run(HELLO_UP)
        reads = [sh.run('cat /dev/hello') for _ in range(3)]
        before = sh.run('hellocount')
        out = sh.run_until('kill -9 $(pidof hello)', 'rs: hello is back')
        after_kill = sh.run('hellocount')
        again = sh.run('cat /dev/hello')
        after_read = sh.run('hellocount')
        sh.run('service refresh hello')
        refreshed = sh.run('hellocount')
        sh.run('cat /dev/hello')
        sh.run_until('kill -9 $(pidof hello)', 'rs: hello is back')
        after_refresh_kill = sh.run('hellocount')
    finally:
        sh.close()
    assert reads == ['Hello, World!'] * 3, reads
    assert again == 'Hello, World!', again
    assert before == '3', before
    assert 'rs: hello (endpoint' in out and 'died of SIGKILL' in out, out
    assert 'counting from 0' not in out, out
    assert after_kill == '3', 'count after kill -9: %r' % after_kill
    assert after_read == '4', 'count after one more read: %r' % after_read
    assert refreshed == '0', 'count after a refresh: %r' % refreshed
    assert after_refresh_kill == '1', \
        'count after a read and a kill: %r' % after_refresh_kill


def test_crash_ioctl_pending_request_fails_with_eio_then_works():
    status, out, err = run(FAULTY_UP, '/usr/tests/faultytest crash',
                           'cat /dev/faulty')
    assert 'page fault at address 0x00000000' in out, 'no crash seen'
    assert 'died of SIGSEGV' in out and 'faulty is back' in out
    assert 'faultytest: crash: Input/output error' in out
    assert FAULTY_MSG in out.split('# cat /dev/faulty')[1]


def test_select_waiting_at_a_driver_that_dies_is_woken():
    """A child waits in select(2) on /dev/faulty (never ready) while
    its parent crashes faulty: when faulty is back the select returns with
    the descriptor ready, so the program's next read sees the error."""
    status, out, err = run(FAULTY_UP, '/usr/tests/faultytest select',
                           'cat /dev/faulty')
    assert 'died of SIGSEGV' in out and 'faulty is back' in out
    assert 'faultytest: crash: Input/output error' in out
    assert 'faultytest: select: 1 ready, readable' in out, out
    assert FAULTY_MSG in out.split('# cat /dev/faulty')[1]


def test_hang_ioctl_is_caught_by_the_heartbeat():
    status, out, err = run(FAULTY_UP, '/usr/tests/faultytest hang',
                           'cat /dev/faulty')
    assert 'hangs (no answer to the heartbeat)' in out
    assert 'faultytest: hang: Input/output error' in out
    assert FAULTY_MSG in out.split('# cat /dev/faulty')[1]


def test_exit_is_a_failure_too():
    status, out, err = run(FAULTY_UP, '/usr/tests/faultytest exit',
                           'cat /dev/faulty')
    assert 'exited with status 1' in out and 'faulty is back' in out
    assert FAULTY_MSG in out.split('# cat /dev/faulty')[1]


def test_a_failed_assert_in_a_system_process_is_a_crash_rs_repairs():
    """libsys's assert(): the console says which assertion failed where,
    the process dies as a crash through the kernel (not through PM), and
    RS brings it back."""
    status, out, err = run(FAULTY_UP, '/usr/tests/faultytest assert',
                           'cat /dev/faulty')
    assert re.search(r'faulty: panic: faulty_ioctl: assertion '
                     r'"request != FAULTY_ASSERT" failed \(.*faulty\.c, '
                     r'line \d+\)', out), out
    assert 'died of SIGILL' in out and 'faulty is back' in out
    assert 'faultytest: assert: Input/output error' in out
    assert FAULTY_MSG in out.split('# cat /dev/faulty')[1]


def backoff_ticks(n):
    """RS's policy (servers/rs/failure.c): the delay after the n-th
    failure in a row, in ticks, for faulty's period."""
    return 0 if n == 1 else min(2 ** (n - 1), 30) * FAULTY_PERIOD


def test_crash_loop_backs_off_then_gives_up():
    """faulty crashes and then fails every initialisation: RS restarts it
    at once, then after 2, 4, 8 and 16 periods and 30 at most, and gives
    the seventh failure in a row up.  Timed by RS's own clock in the
    guest under -icount (guest time counts guest instructions, so a
    loaded host cannot stretch it); RS looks at its clock every RS_TICK,
    so a restart may come that much late, never early."""
    status, out, err = run(
        FAULTY_UP, '/usr/tests/faultytest failinit',
        'until service status faulty | grep -q "given up"; do sleep 1; done',
        'service status faulty', timeout=300, extra=('--icount',))
    assert status != 2, err
    history = out.split('# service status faulty\n')[-1]
    events = re.findall(r'^  (\d+): failed at [\d.]+ s, (?:restarted '
                        r'(\d+)\.(\d\d) s later|(given up))$', history, re.M)
    assert len(events) == 7, 'want 7 failures in a row: %r' % history
    for n, (i, secs, hundredths, given_up) in enumerate(events[:6], 1):
        assert not given_up, 'failure %d given up: %r' % (n, history)
        delay = int(secs) * HZ + int(hundredths)
        want = backoff_ticks(n)
        assert want <= delay <= want + RS_TICK, \
            'failure %d restarted after %d ticks, policy %d: %r' % (
                n, delay, want, history)
    assert events[6][3] == 'given up', history
    assert out.count('rs: faulty (endpoint') == 7, 'not 7 failures reported'
    assert 'rs: faulty keeps failing: given up after 6 restarts' in out
    assert re.search(r'^faulty .* given up', history, re.M), history


def test_service_commands_and_their_errors():
    status, out, err = run(
        HELLO_UP, 'service status hello', 'service restart hello',
        'service refresh hello', 'service list', 'cat /dev/hello',
        'service down hello', 'service status hello; echo rc=$?',
        'service up /service/nonexistent; echo rc=$?',
        'service down nosuchlabel; echo rc=$?',
        'service frobnicate; echo rc=$?',
        'service up /service/hello -period; echo rc=$?',
        'service up /service/hello -dev /dev/hello; service up /service/hello -dev /dev/hello; echo rc=$?')
    up = out.split('# service status hello')[1].split('#')[0]
    assert re.search(r'hello\s+\d+\s+\d+\s+0\s+up', up), up
    listing = out.split('# service list')[1].split('# cat')[0]
    assert re.search(r'hello\s+\d+\s+\d+\s+1\s+up\s+hello\s+-\s+'
                     r'restarted on request', listing), listing
    assert 'Hello, World!' in out
    assert 'service: hello: no such service' in out
    assert 'service: /service/nonexistent: No such file or directory' in out
    assert 'service: nosuchlabel: no such service' in out
    assert 'usage: service' in out
    assert out.count('rc=1') >= 3 and out.count('rc=2') >= 2, out
    assert 'service: hello: File exists' in out


def test_ram_disk_driver_killed_while_writing_loses_nothing():
    """kill -9 the memory driver (the root file system's disk) twice
    while a 9 MB file is being written: MFS sends the interrupted block
    requests to the new instance; the data is intact."""
    expect = posix_cksum(b'abcdefgh\n' * 1000000)
    status, out, err = run(
        'yes abcdefgh | head -c 9000000 > /tmp/a & w=$!',
        grown_past('/tmp/a', 1000000) + '; ' + kill_mid_write('memory', 1),
        restarted('memory', 1),
        grown_past('/tmp/a', 4000000) + '; ' + kill_mid_write('memory', 2),
        'wait $w; echo rc=$?; sync; cksum < /tmp/a', 'service status memory',
        timeout=180)
    assert status != 2, err
    assert out.count('rs: memory (endpoint') == 2, 'memory was not killed'
    assert out.count('rs: memory is back') == 2, 'memory did not come back'
    assert 'kill 1 landed mid-write' in out and \
        'kill 2 landed mid-write' in out, 'a kill came after the write'
    assert '%d 9000000' % expect in out, 'checksum differs: %s' % \
        out.split('cksum < /tmp/a')[1][:80]


def test_core_servers_refuse_to_be_killed():
    status, out, err = run('kill -9 $(pidof vfs); echo rc=$?',
                           'kill -9 $(pidof pm); echo rc=$?', 'ls /etc/rc')
    assert status == 0, err
    assert out.count('Operation not permitted') == 2, out
    assert out.count('rc=1') == 2
    assert '/etc/rc' in out.split('# ls /etc/rc')[1]


def test_recovery_script_decides_the_restart():
    status, out, err = run(
        "printf '%s\\n' 'echo \"script: $1 $2 $3 $4\"' "
        "'service restart $2' > /tmp/rec.sh",
        HELLO_UP + ' -script /tmp/rec.sh',
        'kill -9 $(pidof hello)', restarted('hello', 1), 'cat /dev/hello',
        'service up /service/hello -label h2 -script rec.sh; echo rc=$?',
        'service up /service/hello -label h2 -script /nonexistent; echo rc=$?')
    assert 'script: restart hello signal 1' in out, out
    assert 'hello is back' in out
    assert 'Hello, World!' in out.split('# cat /dev/hello')[1]
    assert 'service: rec.sh: Invalid argument\nrc=1' in out
    assert 'service: /nonexistent: No such file or directory\nrc=1' in out


def test_at_wini_killed_twice_during_8mib_write_loses_nothing():
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
            'mount /dev/c0d0 /mnt',
            'seq 1 1299999 | head -c %d > /mnt/big & w=$!' % size,
            grown_past('/mnt/big', 1000000) + '; ' +
            kill_mid_write('at_wini', 1),
            restarted('at_wini', 1),
            grown_past('/mnt/big', 5000000) + '; ' +
            kill_mid_write('at_wini', 2),
            'wait $w; echo rc=$?', 'cksum /mnt/big', 'umount /mnt',
            'mount -r /dev/c0d0 /mnt', 'cksum /mnt/big', 'umount /mnt',
            timeout=300, extra=('--disk', img))
        fsck = subprocess.run(['fsck.minix', '-f', img],
                              capture_output=True, text=True)
    assert status != 2, err
    assert out.count('rs: at_wini (endpoint') == 2, 'two kills expected'
    assert 'kill 1 landed mid-write' in out and \
        'kill 2 landed mid-write' in out, 'a kill came after the write'
    assert 'at_wini is gone; waiting' in out, 'no kill hit a request'
    assert 'rc=0' in out.split('wait $w; echo rc=$?')[1].split('#')[0]
    sums = re.findall(r'^(\d+ \d+) /mnt/big$', out, re.M)
    assert sums == [want, want], 'cksums %r, expected %r' % (sums, want)
    assert fsck.returncode == 0, fsck.stdout + fsck.stderr


def test_printer_killed_while_printing_one_eio_then_works():
    """The printer driver dies once the host has seen part of a job
    printed: the job's write fails once with EIO, the driver comes
    back, and the next job prints.  The job is long (about 1 MiB), so
    that the kill, typed once 4 KiB are out, lands before its end
    however slow the host is."""
    text = b''.join(b'line %05d of the print job\n' % i for i in range(40000))
    with tempfile.TemporaryDirectory() as d:
        lp = os.path.join(d, 'lp.out')
        open(lp, 'wb').close()
        sh = Shell(extra=('-parallel', 'file:%s' % lp))
        try:
            sh.run('seq -w 0 39999 | sed "s/.*/line & of the print job/" '
                   '> /tmp/job', timeout=120)
            sh.run('(cat /tmp/job > /dev/lp; echo "job rc=$?") &')
            wait_until(lambda: os.path.getsize(lp) >= 4096, 60,
                       'the job to start printing')
            start = len(sh.out)
            sh.type('kill -9 $(pidof printer)\n')
            sh.wait_for_after(start, r'rs: printer is back', 60)
            sh.wait_for_after(start, r'job rc=\d', 60)
            out = sh.out[start:].decode('utf-8', 'replace')
            second = sh.run('echo after the restart > /dev/lp; echo rc=$?')
        finally:
            sh.close()
        printed = open(lp, 'rb').read()
    assert 'rs: printer (endpoint' in out and 'died of SIGKILL' in out, out
    assert 'Input/output error' in out and 'job rc=1' in out, out
    assert 'rc=0' in second.splitlines(), second
    assert printed.endswith(b'after the restart\n'), printed[-100:]
    head = printed[:-len(b'after the restart\n')]
    assert 0 < len(head) < len(text) and text.startswith(head), \
        'printed %d bytes, not a part of the job' % len(head)


def test_at_wini_killed_under_raw_dd_the_copy_is_exact():
    """at_wini dies while dd copies the disk's first 8 MiB onto its
    second (once the host sees the copy has begun), and again while dd
    reads the disk into a file: both copies are exact."""
    half = 8 * 1024 * 1024
    first = bytes((i * 2654435761 >> 13) & 0xFF for i in range(half))
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, 'disk.img')
        with open(img, 'wb') as f:
            f.write(first)
            f.truncate(2 * half)

        def copied(offset):
            with open(img, 'rb') as f:
                f.seek(half + offset)
                return f.read(4096) == first[offset:offset + 4096]

        sh = Shell(extra=disk_args(img))
        try:
            start = len(sh.out)
            sh.run('dd if=/dev/c0d0 of=/dev/c0d0 bs=4096 count=2048 '
                   'seek=2048 & w=$!')
            wait_until(lambda: copied(1 << 20), 120, 'the copy to begin')
            sh.run_until(kill_mid_write('at_wini', 1), 'rs: at_wini is back')
            sh.run('wait $w; echo rc=$?', timeout=120)
            sh.run('dd if=/dev/c0d0 bs=4096 count=2048 of=/tmp/copy & w=$!')
            sh.run_until(grown_past('/tmp/copy', 1 << 20) + '; ' +
                         kill_mid_write('at_wini', 2), 'rs: at_wini is back')
            sh.run('wait $w; echo rc=$?', timeout=120)
            sums = sh.run('cksum < /tmp/copy')
            out = sh.out[start:].decode('utf-8', 'replace')
        finally:
            sh.close()
        with open(img, 'rb') as f:
            image = f.read()
    assert out.count('rs: at_wini (endpoint') == 2, 'two kills expected'
    assert 'kill 1 landed mid-write' in out and \
        'kill 2 landed mid-write' in out, 'a kill came after the copy'
    assert re.findall(r'^rc=\d+$', out, re.M) == ['rc=0', 'rc=0'], out
    assert 'error' not in out, out
    assert image[half:] == first, 'the copy on the disk differs'
    assert sums == '%d %d' % (posix_cksum(first), half), sums


def test_at_wini_comes_back_under_raw_dd_while_a_recovery_script_runs():
    """While hello's recovery script runs, dd reads the raw disk and
    at_wini is killed twice: the second restart waits two periods, and
    meanwhile VFS waits for at_wini and PM for VFS (a program starts).
    Nothing RS does may wait for PM then (a running script is what once
    made it ask PM at every tick, and nothing came back): at_wini comes
    back, dd's copy is exact and the program runs."""
    size = 16 * 1024 * 1024
    data = bytes((i * 2654435761 >> 11) & 0xFF for i in range(size))
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, 'disk.img')
        with open(img, 'wb') as f:
            f.write(data)
        sh = Shell(extra=disk_args(img))
        try:
            sh.run("printf '%s\\n' 'echo slow script runs' 'sleep 1000' "
                   "> /tmp/slow.sh")
            sh.run(HELLO_UP + ' -script /tmp/slow.sh')
            sh.run_until('kill -9 $(pidof hello)', 'slow script runs')
            start = len(sh.out)
            sh.run('dd if=/dev/c0d0 bs=4096 of=/tmp/copy & w=$!')
            sh.run_until(grown_past('/tmp/copy', 1 << 20) + '; ' +
                         kill_mid_write('at_wini', 1), 'rs: at_wini is back')
            sh.run_until(grown_past('/tmp/copy', 4 << 20) + '; ' +
                         kill_mid_write('at_wini', 2) + '; ls /service > '
                         '/dev/null && echo "the program ""ran"',
                         'the program ran', timeout=120)
            sh.run('wait $w; echo rc=$?', timeout=120)
            sums = sh.run('cksum < /tmp/copy')
            history = sh.run('service status at_wini')
            out = sh.out[start:].decode('utf-8', 'replace')
        finally:
            sh.close()
    assert out.count('rs: at_wini (endpoint') == 2, 'two kills expected'
    assert 'kill 1 landed mid-write' in out and \
        'kill 2 landed mid-write' in out, 'a kill came after the copy'
    # The second restart waited two periods (RS's backoff): the window
    # in which PM waited for VFS, and VFS for at_wini.
    later = re.search(r'^  2: failed at [\d.]+ s, restarted ([\d.]+) s later',
                      history, re.M)
    assert later and float(later.group(1)) >= 1.5, history
    assert out.count('rs: at_wini is back') == 2, out
    assert re.findall(r'^rc=\d+$', out, re.M) == ['rc=0'], out
    assert sums == '%d %d' % (posix_cksum(data), size), sums
