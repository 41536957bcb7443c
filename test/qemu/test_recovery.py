"""Self-healing, as a user sees it: kill a driver, crash it, hang it -
it comes back, and what it was doing is handled as the recovery table
promises (docs/recovery.md)."""

import re
import os
import subprocess
import tempfile
import time
from harness import vmrun, Shell, posix_cksum

HELLO_UP = 'service up /service/hello -dev /dev/hello -period 20'


def run(*commands, timeout=120, extra=()):
    status, out, err = vmrun(*extra, '--timeout', str(timeout), '--',
                             *commands, timeout=timeout + 120)
    return status, out, err


def test_kill_9_hello_comes_back_with_a_new_pid():
    status, out, err = run(HELLO_UP, 'pidof hello', 'kill -9 $(pidof hello)',
                           'sleep 1', 'pidof hello', 'cat /dev/hello')
    assert status == 0, err
    pids = re.findall(r'# pidof hello\n(\d+)', out)
    assert len(pids) == 2 and pids[0] != pids[1], 'pids: %r' % pids
    assert 'rs: hello (endpoint' in out and 'died of SIGKILL' in out
    assert 'rs: hello is back' in out
    assert out.count('Hello, World!') >= 1


def test_crash_ioctl_pending_request_fails_with_eio_then_works():
    status, out, err = run(HELLO_UP, '/usr/tests/hellotest crash',
                           'cat /dev/hello')
    assert 'page fault at address 0x00000000' in out, 'no crash seen'
    assert 'died of SIGSEGV' in out and 'hello is back' in out
    assert 'hellotest: crash: Input/output error' in out
    assert 'Hello, World!' in out.split('# cat /dev/hello')[1]


def test_select_waiting_at_a_driver_that_dies_is_woken():
    """A child waits in select(2) on /dev/hellotest (never ready) while
    its parent crashes hello: when hello is back the select returns with
    the descriptor ready, so the program's next read sees the error."""
    status, out, err = run(HELLO_UP, '/usr/tests/hellotest select',
                           'cat /dev/hello')
    assert 'died of SIGSEGV' in out and 'hello is back' in out
    assert 'hellotest: crash: Input/output error' in out
    assert 'hellotest: select: 1 ready, readable' in out, out
    assert 'Hello, World!' in out.split('# cat /dev/hello')[1]


def test_hang_ioctl_is_caught_by_the_heartbeat():
    status, out, err = run(HELLO_UP, '/usr/tests/hellotest hang',
                           'cat /dev/hello')
    assert 'hangs (no answer to the heartbeat)' in out
    assert 'hellotest: hang: Input/output error' in out
    assert 'Hello, World!' in out.split('# cat /dev/hello')[1]


def test_exit_is_a_failure_too():
    status, out, err = run(HELLO_UP, '/usr/tests/hellotest exit',
                           'cat /dev/hello')
    assert 'exited with status 1' in out and 'hello is back' in out
    assert 'Hello, World!' in out.split('# cat /dev/hello')[1]


def test_crash_loop_backs_off_then_gives_up():
    status, out, err = run(HELLO_UP, '/usr/tests/hellotest failinit',
                           'sleep 40', 'service status hello', timeout=150)
    fails = out.count('hello (endpoint')
    assert fails >= 6, 'only %d failures reported' % fails
    assert 'hello keeps failing: given up' in out
    status_line = out.split('# service status hello')[1]
    assert 'given up' in status_line, status_line


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
    assert re.search(r'hello\s+\d+\s+\d+\s+1\s+up\s+restarted on request',
                     listing), listing
    assert 'Hello, World!' in out
    assert 'service: hello: no such service' in out
    assert 'service: /service/nonexistent: No such file or directory' in out
    assert 'service: nosuchlabel: no such service' in out
    assert 'usage: service' in out
    assert out.count('rc=1') >= 3 and out.count('rc=2') >= 2, out
    assert 'service: hello: File exists' in out


def test_ram_disk_driver_killed_while_writing_loses_nothing():
    """kill -9 the memory driver (the root file system's disk) while a
    file is written and read back: MFS sends the interrupted block
    requests to the new instance; the data is intact."""
    expect = posix_cksum(b'abcdefgh\n' * 1000000)
    status, out, err = run(
        'yes abcdefgh | head -c 9000000 > /tmp/a &',
        'sleep 1; kill -9 $(pidof memory); sleep 1; kill -9 $(pidof memory)',
        'wait; sync; cksum < /tmp/a', 'service status memory', timeout=180)
    assert out.count('rs: memory (endpoint') >= 2, 'memory was not killed'
    assert out.count('memory is back') >= 2, 'memory did not come back'
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
        'kill -9 $(pidof hello)', 'sleep 2', 'cat /dev/hello',
        'service up /service/hello -label h2 -script rec.sh; echo rc=$?',
        'service up /service/hello -label h2 -script /nonexistent; echo rc=$?')
    assert 'script: restart hello signal 1' in out, out
    assert 'hello is back' in out
    assert 'Hello, World!' in out.split('# cat /dev/hello')[1]
    assert 'service: rec.sh: Invalid argument\nrc=1' in out
    assert 'service: /nonexistent: No such file or directory\nrc=1' in out


def posix_cksum(data):
    """POSIX cksum's CRC, as the host's cksum prints it."""
    crc = 0
    def feed(byte):
        nonlocal crc
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7 if crc & 0x80000000
                   else crc << 1) & 0xFFFFFFFF
    for b in data:
        feed(b)
    n = len(data)
    while n:
        feed(n & 0xFF)
        n >>= 8
    return (~crc) & 0xFFFFFFFF


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
            '(sleep 1; kill -9 $(pidof at_wini); sleep 3; '
            'kill -9 $(pidof at_wini)) &',
            'seq 1 1299999 | head -c %d > /mnt/big; echo rc=$?' % size,
            'sleep 5', 'cksum /mnt/big', 'umount /mnt',
            'mount -r /dev/c0d0 /mnt', 'cksum /mnt/big', 'umount /mnt',
            timeout=300, extra=('--disk', img))
        fsck = subprocess.run(['fsck.minix', '-f', img],
                              capture_output=True, text=True)
    assert out.count('rs: at_wini (endpoint') == 2, 'two kills expected'
    assert 'at_wini is gone; waiting' in out, 'no kill hit a request'
    assert 'rc=0' in out.split('> /mnt/big')[1].split('#')[0]
    sums = re.findall(r'^(\d+ \d+) /mnt/big$', out, re.M)
    assert sums == [want, want], 'cksums %r, expected %r' % (sums, want)
    assert fsck.returncode == 0, fsck.stdout + fsck.stderr


def test_printer_killed_while_printing_one_eio_then_works():
    text = b''.join(b'line %04d of the print job\n' % i for i in range(4000))
    with tempfile.TemporaryDirectory() as d:
        lp = os.path.join(d, 'lp.out')
        status, out, err = run(
            'seq -w 0 3999 | sed "s/.*/line & of the print job/" > /tmp/job',
            '(sleep 1; kill -9 $(pidof printer)) &',
            'cat /tmp/job > /dev/lp; echo rc=$?', 'sleep 2',
            'echo after the restart > /dev/lp; echo rc=$?',
            timeout=180, extra=('--parallel', lp))
        printed = open(lp, 'rb').read()
    assert 'rs: printer (endpoint' in out and 'died of SIGKILL' in out
    first = out.split('> /dev/lp; echo rc=$?')[1].split('#')[0]
    assert 'Input/output error' in first and 'rc=1' in first, first
    second = out.split('> /dev/lp; echo rc=$?')[2].split('#')[0]
    assert 'rc=0' in second, second
    assert printed.endswith(b'after the restart\n'), printed[-100:]
    head = printed[:-len(b'after the restart\n')]
    assert 0 < len(head) < len(text) and text.startswith(head), \
        'printed %d bytes, not a prefix of the job' % len(head)


def test_at_wini_killed_under_raw_dd_the_copy_is_exact():
    half = 8 * 1024 * 1024
    first = bytes((i * 2654435761 >> 13) & 0xFF for i in range(half))
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, 'disk.img')
        with open(img, 'wb') as f:
            f.write(first)
            f.truncate(2 * half)
        status, out, err = run(
            '(sleep 1; kill -9 $(pidof at_wini)) &',
            'dd if=/dev/c0d0 of=/dev/c0d0 bs=4096 count=2048 seek=2048; '
            'echo rc=$?', 'sleep 2',
            '(sleep 1; kill -9 $(pidof at_wini)) &',
            'dd if=/dev/c0d0 bs=4096 count=2048 | cksum',
            timeout=240, extra=('--disk', img))
        with open(img, 'rb') as f:
            image = f.read()
    assert out.count('rs: at_wini (endpoint') == 2, 'two kills expected'
    copy = out.split('seek=2048; echo rc=$?')[1].split('\n# ')[0]
    assert 'rc=0' in copy and 'error' not in copy, copy
    assert image[half:] == first, 'the copy differs from the original'
    sums = out.split('| cksum')[1].split('\n# ')[0]
    assert '%d %d' % (posix_cksum(first), half) in sums, sums
