"""Disks made on the host mount in Resurgo, and bad ones are refused with
an error while every server stays up.

One disk with an MBR and four partitions, each a different way for a
file system image to be wrong; a second boot mounts a good image made
by the host's mkfs.minix -3 and checks a file written on the host side
by a previous Resurgo boot survives fsck.minix.
"""

import os
import re
import struct
import subprocess
import tempfile
from harness import vmrun

SECTOR = 512
PART_SECTORS = 4096			# 2 MiB each


def mkfs_minix(path, kib, *flags):
    with open(path, 'wb') as f:
        f.truncate(kib * 1024)
    subprocess.run(['mkfs.minix'] + list(flags) + [path], check=True,
                   capture_output=True)
    with open(path, 'rb') as f:
        return f.read()


def bad_images(d):
    """Four images, each wrong in its own way, 2 MiB or less."""
    garbage = bytes((i * 7919 + 13) & 0xFF for i in range(PART_SECTORS
                                                          * SECTOR))
    # A v3 file system of 8 MiB, of which the partition holds the first
    # 2 MiB: its superblock promises blocks past the device's end.
    truncated = mkfs_minix(os.path.join(d, 'big'), 8192, '-3')[
        :PART_SECTORS * SECTOR]
    # Another format: MINIX v1.
    v1 = mkfs_minix(os.path.join(d, 'v1'), 2048, '-1')
    # A v3 superblock with the right magic and nonsense in it: no
    # inodes, and a block size that is not a power of two.
    corrupt = bytearray(mkfs_minix(os.path.join(d, 'c'), 2048, '-3'))
    struct.pack_into('<I', corrupt, 1024 + 0, 0)        # s_ninodes
    struct.pack_into('<H', corrupt, 1024 + 28, 3000)    # s_blocksize
    return [garbage, truncated, v1, bytes(corrupt)]


def make_disk(path, images):
    """An MBR with one MINIX partition (type 0x81) per image."""
    mbr = bytearray(SECTOR)
    for i in range(4):
        start = 2048 + i * PART_SECTORS
        struct.pack_into('<B3sB3sII', mbr, 446 + 16 * i, 0, b'\0' * 3,
                         0x81, b'\0' * 3, start, PART_SECTORS)
    mbr[510:512] = b'\x55\xaa'
    with open(path, 'wb') as f:
        f.truncate((2048 + 4 * PART_SECTORS) * SECTOR)
        f.write(mbr)
        for i, img in enumerate(images):
            f.seek((2048 + i * PART_SECTORS) * SECTOR)
            f.write(img)


def test_bad_images_are_refused_and_nothing_crashes():
    with tempfile.TemporaryDirectory() as d:
        disk = os.path.join(d, 'disk.img')
        make_disk(disk, bad_images(d))
        cmds = ['mount /dev/c0d0p%d /mnt; echo rc=$?' % i for i in range(4)]
        status, out, err = vmrun('--disk', disk, '--timeout', '120', '--',
                                 *cmds, 'mount', 'service list',
                                 'ls /etc/rc', timeout=300)
    for i in range(4):
        part = out.split('# mount /dev/c0d0p%d /mnt; echo rc=$?' % i)[1]
        part = part.split('\n# ')[0]
        assert re.search(r'mount: /dev/c0d0p%d on /mnt: \S' % i, part), \
            'p%d: no error message:\n%s' % (i, part)
        assert 'rc=1' in part, 'p%d mounted:\n%s' % (i, part)
    mounts = out.split('# mount\n')[1].split('\n# ')[0]
    assert '/mnt' not in mounts, mounts
    listing = out.split('# service list')[1].split('# ls')[0]
    for label in ('vfs', 'mfs', 'at_wini', 'pm', 'ds'):
        assert re.search(r'^%s\s+\d+\s+\d+\s+0\s+up' % label, listing,
                         re.M), listing
    assert 'mfs_c0d0' not in listing, 'a refused file server was left'
    assert not re.search(r'^ahci ', listing, re.M), 'ahci on a pc: ' + listing
    assert '/etc/rc' in out.split('# ls /etc/rc')[1]


def test_host_made_image_mounts_and_stays_clean():
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, 'disk.img')
        mkfs_minix(img, 16384, '-3')
        status, out, err = vmrun(
            '--disk', img, '--timeout', '120', '--',
            'mount /dev/c0d0 /mnt', 'df /mnt',
            'mkdir -p /mnt/a/b; echo hello > /mnt/a/b/f; ln /mnt/a/b/f /mnt/g',
            'cp -r /etc /mnt/etc', 'ls /mnt /mnt/a/b', 'cat /mnt/g',
            'umount /mnt', timeout=300)
        assert status == 0, err
        fsck = subprocess.run(['fsck.minix', '-f', img],
                              capture_output=True, text=True)
    assert fsck.returncode == 0, fsck.stdout + fsck.stderr
    assert 'hello' in out.split('# cat /mnt/g')[1]
