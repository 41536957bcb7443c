"""The disk of a q35 machine (QEMU's ICH9 AHCI SATA controller) as a user
sees it: the ahci driver finds the controller through PCI and serves
the disk under at_wini's names (/dev/c0d0, c0d0p0..p3); what is written
reads back and lands where it should on the host's image; a file
system made on the host mounts, takes files and stays clean; ahci
killed in the middle of a write comes back and nothing is lost, and so
does ahci updated in the middle of one; failed commands are retried,
and one that keeps failing is an I/O error; a fault campaign with ahci
among its drivers ends with no system failure; and a q35 machine
without a disk boots to a working shell.

No test waits a fixed time (see test_recovery.py for the kill idiom)."""

import os
import re
import struct
import subprocess
import tempfile

from harness import TOP, log, vmrun, posix_cksum
from test_recovery import restarted, grown_past, kill_mid_write
from test_liveupdate import update_mid_write, service_line
from test_faults import SUMMARY

Q35 = ('--qemu', '-machine q35')
SECTOR = 512
MIB = 1024 * 1024
DISK = 32 * MIB
# Two partitions: p0 at 1 MiB (8 MiB), p1 at 9 MiB (4 MiB).
PARTS = [(2048, 16384), (18432, 8192)]


def make_mbr_disk(path, parts, size=DISK):
    """A raw disk with an MBR whose first entries are parts (MINIX,
    type 0x81), as (start sector, sectors)."""
    mbr = bytearray(SECTOR)
    for i, (start, count) in enumerate(parts):
        struct.pack_into('<B3sB3sII', mbr, 446 + 16 * i, 0, b'\0' * 3,
                         0x81, b'\0' * 3, start, count)
    mbr[510:512] = b'\x55\xaa'
    with open(path, 'wb') as f:
        f.truncate(size)
        f.write(mbr)


def pattern(n):
    """n bytes the guest makes with seq and head."""
    return b''.join(b'%d\n' % i for i in range(1, n // 2 + 2))[:n]


def q35(img, *commands, timeout=120):
    args = (('--disk', img) if img else ()) + Q35
    status, out, err = vmrun(*args, '--timeout', str(timeout), '--',
                             *commands, timeout=timeout + 180)
    assert status != 2, err
    return out


def after(out, command):
    """What the console shows after command's echo, up to the next
    prompt."""
    return out.split('# ' + command + '\n', 1)[1].split('\n# ')[0]


# Bad requests: a read that is not whole sectors, and one past the end.
ODD = 'dd if=/dev/c0d0 bs=100 count=1 | wc -c'
PAST = 'dd if=/dev/c0d0 bs=4096 skip=100000 count=1 | wc -c'


def test_q35_disk_is_found_on_ahci_and_what_is_written_reads_back():
    """The controller and the disk are announced, at_wini steps aside;
    4 MiB written raw at 4 MiB read back, and sit there on the host;
    the partitions are the MBR's, and a write through p1 lands at p1's
    start; a read of part of a sector is refused, one past the end reads
    nothing."""
    data = pattern(4 * MIB)
    want = '%d %d' % (posix_cksum(data), len(data))
    small = pattern(64 * 1024)
    seq = 'seq 1 %d | head -c %d > /tmp/p' % (len(data) // 2 + 1, len(data))
    write = 'dd if=/tmp/p of=/dev/c0d0 bs=4096 seek=1024'
    back = 'dd if=/dev/c0d0 bs=4096 skip=1024 count=1024 | cksum'
    sizes = ('for p in 0 1 2 3; do dd if=/dev/c0d0p$p bs=65536 2>/dev/null'
             ' | wc -c; done')
    part = ('head -c %d /tmp/p > /tmp/q; dd if=/tmp/q of=/dev/c0d0p1 '
            'bs=4096; echo rc=$?' % len(small))
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, 'disk.img')
        make_mbr_disk(img, PARTS)
        out = q35(img, 'service list', seq, write, back, sizes, part,
                  'dd if=/dev/c0d0p2 bs=512 count=1; echo rc=$?',
                  ODD, PAST)
        with open(img, 'rb') as f:
            image = f.read()
    assert 'at_wini: no IDE controller' in out, out
    assert re.search(r'ahci: 8086:2922 at 00:1f\.2, irq \d+', out), out
    assert re.search(r'ahci: c0d0: QEMU HARDDISK, %d sectors \(%d MiB\)'
                     % (DISK // SECTOR, DISK // MIB), out), out
    assert 'ahci: c0d2: ATAPI device, left alone' in out, out
    listing = after(out, 'service list')
    assert re.search(r'^ahci\s+\d+\s+\d+\s+0\s+up', listing, re.M), listing
    assert not re.search(r'^at_wini ', listing, re.M), listing
    assert want in after(out, back), after(out, back)
    assert image[4 * MIB:8 * MIB] == data, 'the disk does not hold it'
    counts = re.findall(r'^\s*(\d+)$', after(out, sizes), re.M)
    assert counts == [str(PARTS[0][1] * SECTOR), str(PARTS[1][1] * SECTOR),
                      '0', '0'], after(out, sizes)
    assert 'rc=0' in after(out, part), after(out, part)
    p1 = PARTS[1][0] * SECTOR
    assert image[p1:p1 + len(small)] == small, 'p1 is not where the MBR says'
    noparts = after(out, 'dd if=/dev/c0d0p2 bs=512 count=1; echo rc=$?')
    assert 'No such device or address' in noparts and 'rc=1' in noparts, \
        noparts
    assert 'dd: /dev/c0d0: Invalid argument' in after(out, ODD), out
    assert re.search(r'^0$', after(out, PAST), re.M), after(out, PAST)


SHOW = ('cat /mnt/a/b/f; cksum /mnt/seq; ls /mnt/etc | wc -l; '
        'ls /etc | wc -l')


def test_q35_file_system_on_an_ahci_partition_stays_clean():
    """A MINIX file system the host made in p0 mounts; files and a
    directory tree written in Resurgo are there after a remount, and
    the host's fsck.minix finds the file system clean."""
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, 'disk.img')
        fs = os.path.join(d, 'fs.img')
        make_mbr_disk(img, PARTS)
        with open(fs, 'wb') as f:
            f.truncate(PARTS[0][1] * SECTOR)
        subprocess.run(['mkfs.minix', '-3', fs], check=True,
                       capture_output=True)
        with open(img, 'r+b') as f, open(fs, 'rb') as g:
            f.seek(PARTS[0][0] * SECTOR)
            f.write(g.read())
        out = q35(img, 'mount /dev/c0d0p0 /mnt', 'df /mnt',
                  'mkdir -p /mnt/a/b; echo on ahci > /mnt/a/b/f',
                  'cp -r /etc /mnt/etc; seq 1 100000 > /mnt/seq',
                  'umount /mnt', 'mount -r /dev/c0d0p0 /mnt',
                  SHOW,
                  'umount /mnt', timeout=180)
        with open(img, 'rb') as f, open(fs, 'wb') as g:
            f.seek(PARTS[0][0] * SECTOR)
            g.write(f.read(PARTS[0][1] * SECTOR))
        fsck = subprocess.run(['fsck.minix', '-f', fs],
                              capture_output=True, text=True)
    seq = b''.join(b'%d\n' % i for i in range(1, 100001))
    shown = after(out, SHOW)
    assert 'on ahci' in shown, out
    assert '%d %d /mnt/seq' % (posix_cksum(seq), len(seq)) in shown, shown
    copied, original = re.findall(r'^\s*(\d+)$', shown, re.M)
    assert copied == original, shown
    assert fsck.returncode == 0, fsck.stdout + fsck.stderr


def test_q35_ahci_killed_twice_during_8mib_write_loses_nothing():
    """kill -9 ahci twice while a file is written (once the file has
    visibly grown): RS restarts it, MFS sends the request again, the
    file's checksum is right before and after a remount, and the host's
    fsck.minix finds the file system clean."""
    size = 8 * MIB
    data = b''.join(b'%d\n' % i for i in range(1, 1300000))[:size]
    want = '%d %d' % (posix_cksum(data), size)
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, 'disk.img')
        with open(img, 'wb') as f:
            f.truncate(DISK)
        subprocess.run(['mkfs.minix', '-3', img], check=True,
                       capture_output=True)
        out = q35(img,
                  'mount /dev/c0d0 /mnt',
                  'seq 1 1299999 | head -c %d > /mnt/big & w=$!' % size,
                  grown_past('/mnt/big', 1000000) + '; ' +
                  kill_mid_write('ahci', 1),
                  restarted('ahci', 1),
                  grown_past('/mnt/big', 5000000) + '; ' +
                  kill_mid_write('ahci', 2),
                  'wait $w; echo rc=$?', 'cksum /mnt/big', 'umount /mnt',
                  'mount -r /dev/c0d0 /mnt', 'cksum /mnt/big', 'umount /mnt',
                  timeout=300)
        fsck = subprocess.run(['fsck.minix', '-f', img],
                              capture_output=True, text=True)
    assert out.count('rs: ahci (endpoint') == 2, 'two kills expected'
    assert 'kill 1 landed mid-write' in out and \
        'kill 2 landed mid-write' in out, 'a kill came after the write'
    assert 'driver ahci is gone; waiting' in out, 'no kill hit a request'
    assert 'rc=0' in after(out, 'wait $w; echo rc=$?')
    sums = re.findall(r'^(\d+ \d+) /mnt/big$', out, re.M)
    assert sums == [want, want], 'cksums %r, expected %r' % (sums, want)
    assert fsck.returncode == 0, fsck.stdout + fsck.stderr


def test_q35_ahci_updated_twice_during_8mib_write_loses_nothing():
    """service update of ahci, twice while a file is written: nothing
    fails, the checksum is right, fsck.minix finds the file system
    clean, and ahci kept its endpoint (no restart)."""
    size = 8 * MIB
    data = b''.join(b'%d\n' % i for i in range(1, 1300000))[:size]
    want = '%d %d' % (posix_cksum(data), size)
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, 'disk.img')
        with open(img, 'wb') as f:
            f.truncate(DISK)
        subprocess.run(['mkfs.minix', '-3', img], check=True,
                       capture_output=True)
        out = q35(img,
                  'service status ahci', 'mount /dev/c0d0 /mnt',
                  'seq 1 1299999 | head -c %d > /mnt/big & w=$!' % size,
                  grown_past('/mnt/big', 1000000) + '; ' +
                  update_mid_write('ahci', 1),
                  grown_past('/mnt/big', 5000000) + '; ' +
                  update_mid_write('ahci', 2),
                  'wait $w; echo rc=$?', 'cat /tmp/u1 /tmp/u2',
                  'cksum /mnt/big', 'umount /mnt', 'mount -r /dev/c0d0 /mnt',
                  'cksum /mnt/big', 'umount /mnt', 'service list',
                  timeout=300)
        fsck = subprocess.run(['fsck.minix', '-f', img],
                              capture_output=True, text=True)
    assert 'update 1 landed mid-write' in out and \
        'update 2 landed mid-write' in out, 'an update came after the write'
    assert after(out, 'cat /tmp/u1 /tmp/u2').count(
        'service: ahci: updated to itself') == 2, out
    assert 'rc=0' in after(out, 'wait $w; echo rc=$?')
    sums = re.findall(r'^(\d+ \d+) /mnt/big$', out, re.M)
    assert sums == [want, want], 'cksums %r, expected %r' % (sums, want)
    assert fsck.returncode == 0, fsck.stdout + fsck.stderr
    before = service_line(out, 'service status ahci', 'ahci')
    now = service_line(out, 'service list', 'ahci')
    assert now[:4] == before[:4], (before, now)
    assert 'rs: ahci' not in out and 'is gone' not in out, out


# QEMU's blkdebug fails chosen requests: a read and a write at one
# sector each once, a read at another every time.
BLKDEBUG = '''[inject-error]
event = "read_aio"
errno = "5"
sector = "2048"
once = "on"

[inject-error]
event = "write_aio"
errno = "5"
sector = "4096"
once = "on"

[inject-error]
event = "read_aio"
errno = "5"
sector = "8192"
'''


def test_q35_disk_errors_are_retried_and_a_lasting_one_is_reported():
    """A read and a write that fail once are tried again after a port
    reset and move the right data; a read that always fails is an
    Input/output error after the retries; ahci stays up throughout and
    the rest of the disk reads."""
    data = bytes((i * 7 + (i >> 9)) & 0xFF for i in range(DISK))
    read1 = 'dd if=/dev/c0d0 bs=4096 skip=256 count=16 | cksum'
    write1 = ('seq 1 20000 | head -c 65536 > /tmp/w; '
              'dd if=/tmp/w of=/dev/c0d0 bs=4096 seek=512; echo rc=$?')
    bad = 'dd if=/dev/c0d0 bs=4096 skip=1024 count=1 | wc -c'
    good = 'dd if=/dev/c0d0 bs=4096 skip=1025 count=1 | cksum'
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, 'disk.img')
        rules = os.path.join(d, 'rules.conf')
        with open(img, 'wb') as f:
            f.write(data)
        with open(rules, 'w') as f:
            f.write(BLKDEBUG)
        drive = ('-drive file=blkdebug:%s:%s,format=raw,if=ide,index=0,'
                 'media=disk' % (rules, img))
        status, out, err = vmrun('--qemu', '-machine q35 ' + drive,
                                 '--timeout', '120', '--', read1, write1,
                                 bad, good, 'service status ahci',
                                 timeout=300)
        assert status != 2, err
        with open(img, 'rb') as f:
            image = f.read()

    def sums(b):
        return '%d %d' % (posix_cksum(b), len(b))
    retried = r'ahci: c0d0: command 0x%s at sector %d failed \(device error'
    assert re.search(retried % ('25', 2048) + r'.*retrying', after(out, read1))
    assert sums(data[2048 * SECTOR:2048 * SECTOR + 65536]) in \
        after(out, read1), out
    assert re.search(retried % ('35', 4096) + r'.*retrying', after(out, write1))
    assert 'rc=0' in after(out, write1), out
    written = b''.join(b'%d\n' % i for i in range(1, 20001))[:65536]
    assert image[4096 * SECTOR:4096 * SECTOR + 65536] == written, \
        'the retried write is not on the disk'
    assert len(re.findall(retried % ('25', 8192), after(out, bad))) == 4, out
    assert 'dd: /dev/c0d0: Input/output error' in after(out, bad), out
    assert sums(data[8200 * SECTOR:8208 * SECTOR]) in after(out, good), out
    assert re.search(r'^ahci\s+\d+\s+\d+\s+0\s+up',
                     after(out, 'service status ahci'), re.M), out


def test_q35_a_fault_campaign_with_ahci_ends_with_no_system_failure():
    """tools/faults on q35, ahci in at_wini's place among the six
    drivers: about ten faults each, every workload's data checked (for
    ahci a raw block written and read back), no system failure."""
    cmd = [os.path.join(TOP, 'tools', 'faults'), '-n', '60', '-s', '4242',
           '--machine', 'q35', '--fuzz', '0', '--drivers',
           'hello,printer,ahci,memory,e1000,rtl8139']
    log('$ %s\n' % ' '.join(cmd))
    p = subprocess.run(cmd, capture_output=True, text=True,
                       errors='replace')
    log(p.stdout + p.stderr)
    m = SUMMARY.search(p.stdout)
    assert m, p.stdout[-2000:]
    assert int(m.group(5)) == 0, p.stdout[-3000:]
    row = re.search(r'^ahci +(\d+)', p.stdout, re.M)
    assert row and int(row.group(1)) >= 8, p.stdout[-2000:]
    assert p.returncode == 0, p.stdout[-2000:]


def test_q35_without_a_disk_boots_to_a_shell_and_c0d0_says_no_device():
    """No disk: ahci says so and stays (the controller is there, as
    at_wini stays for empty channels); the shell works; /dev/c0d0 gives
    a clear error."""
    out = q35(None, 'service list', 'echo works > /tmp/x; cat /tmp/x',
              'dd if=/dev/c0d0 bs=512 count=1; echo rc=$?')
    assert 'ahci: no disk' in out, out
    assert 'ahci: c0d2: ATAPI device, left alone' in out, out
    listing = after(out, 'service list')
    assert re.search(r'^ahci\s+\d+\s+\d+\s+0\s+up', listing, re.M), listing
    assert 'works' in after(out, 'echo works > /tmp/x; cat /tmp/x')
    dd = after(out, 'dd if=/dev/c0d0 bs=512 count=1; echo rc=$?')
    assert 'No such device or address' in dd and 'rc=1' in dd, dd
