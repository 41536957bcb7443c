"""Files move between the host and Resurgo on a disk, as on a tape: the
guest's tar writes an archive straight onto the disk (/dev/c0d0) that
the host's tar then lists and unpacks, and an archive the host's tar
made is the disk the guest's tar unpacks.  The contents are checked by
their POSIX checksums on both sides, with modes, owners' names and a
symbolic link."""

import os
import random
import re
import shutil
import subprocess
import tempfile
from harness import Session, posix_cksum

DISK_BYTES = 4 * 1024 * 1024
LONG = 'deep/' + 'd' * 50 + '/' + 'e' * 50 + '/f'  # needs ustar's prefix


def cksums(text):
    """cksum's lines as {name: (crc, size)}."""
    return {m.group(3): (int(m.group(1)), int(m.group(2)))
            for m in re.finditer(r'^(\d+) (\d+) (\S+)$', text, re.M)}


def host_cksums(top, names):
    out = {}
    for n in names:
        data = open(os.path.join(top, n), 'rb').read()
        out[n] = (posix_cksum(data), len(data))
    return out


# (Each under the terminal's longest line.)
GUEST_TREE = ('cd /tmp && D=t/' + os.path.dirname(LONG) +
              ' && mkdir -p t/sub $D && echo long > $D/f')
GUEST_FILES = ('cd /tmp && echo hello > t/a && seq 1 20000 > t/sub/seq'
               ' && cp /bin/ls t/sub/ls && ln -s ../a t/sub/link'
               ' && chmod 640 t/a && chown ast:users t/a')
GUEST_SAVE = 'tar -cvf /dev/c0d0 -C /tmp t && sync'
GUEST_SUMS = 'cd /tmp && find t -type f | sort | xargs cksum'


def test_an_archive_made_in_the_guest_unpacks_with_the_host_s_tar():
    d = tempfile.mkdtemp(prefix='tar.')
    try:
        disk = os.path.join(d, 'disk')
        with open(disk, 'wb') as f:
            f.truncate(DISK_BYTES)
        s = Session([GUEST_TREE, GUEST_FILES, GUEST_SAVE, GUEST_SUMS], 120,
                    ['--disk', disk])
        assert s.status(GUEST_TREE) == 0, s.out(GUEST_TREE)
        assert s.status(GUEST_FILES) == 0, s.out(GUEST_FILES)
        assert s.status(GUEST_SAVE) == 0, s.out(GUEST_SAVE)
        assert 't/' + LONG in s.out(GUEST_SAVE), s.out(GUEST_SAVE)
        guest = cksums(s.out(GUEST_SUMS))
        assert len(guest) == 4, s.out(GUEST_SUMS)
        listing = subprocess.run(['tar', '-tvf', disk], capture_output=True,
                                 text=True)
        assert listing.returncode == 0, listing.stderr
        assert re.search(r'^-rw-r----- ast/users +6 .* t/a$',
                         listing.stdout, re.M), listing.stdout
        assert re.search(r' t/sub/link -> \.\./a$', listing.stdout,
                         re.M), listing.stdout
        out = os.path.join(d, 'out')
        os.mkdir(out)
        r = subprocess.run(['tar', '-xf', disk, '-C', out],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        assert host_cksums(out, guest) == guest
        assert os.readlink(os.path.join(out, 't/sub/link')) == '../a'
        assert os.stat(os.path.join(out, 't/a')).st_mode & 0o777 == 0o640
    finally:
        shutil.rmtree(d)


def host_tree(top):
    """A tree with text, binary bytes, a long path, an empty file, a
    private folder and a symbolic link; the names of its files."""
    rnd = random.Random(16)
    files = {'tree/a.txt': b'from the host\n',
             'tree/bin/blob': bytes(rnd.randrange(256) for _ in range(70000)),
             'tree/empty': b'',
             'tree/' + LONG: b'long\n'}
    for name, data in files.items():
        os.makedirs(os.path.join(top, os.path.dirname(name)), exist_ok=True)
        with open(os.path.join(top, name), 'wb') as f:
            f.write(data)
    os.chmod(os.path.join(top, 'tree/bin'), 0o700)
    os.symlink('../a.txt', os.path.join(top, 'tree/bin/link'))
    return sorted(files)


GUEST_UNPACK = 'mkdir /tmp/in && tar -xvf /dev/c0d0 -C /tmp/in'
GUEST_IN_SUMS = 'cd /tmp/in && find tree -type f | sort | xargs cksum'
GUEST_IN_LS = 'ls -ld /tmp/in/tree/bin /tmp/in/tree/bin/link'


def test_an_archive_made_on_the_host_unpacks_in_the_guest():
    d = tempfile.mkdtemp(prefix='tar.')
    try:
        names = host_tree(d)
        disk = os.path.join(d, 'disk')
        subprocess.run(['tar', '--format=ustar', '-cf', disk, '-C', d,
                        'tree'], check=True)
        s = Session([GUEST_UNPACK, GUEST_IN_SUMS, GUEST_IN_LS], 120,
                    ['--disk', disk])
        assert s.status(GUEST_UNPACK) == 0, s.out(GUEST_UNPACK)
        assert s.out(GUEST_UNPACK).count('\n') >= 7, s.out(GUEST_UNPACK)
        assert cksums(s.out(GUEST_IN_SUMS)) == host_cksums(d, names), \
            s.out(GUEST_IN_SUMS)
        ls = s.out(GUEST_IN_LS)
        assert re.search(r'^drwx------ .* /tmp/in/tree/bin$', ls, re.M), ls
        assert re.search(r'/tmp/in/tree/bin/link -> \.\./a\.txt$', ls,
                         re.M), ls
    finally:
        shutil.rmtree(d)
