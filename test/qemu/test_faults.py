"""Fault injection (docs/faults.md): SYS_FAULTINJ is refused to an
ordinary program and to a service whose system.conf entry lacks it; a
short campaign (tools/faults: one boot, drivers corrupted one fault at a
time, the NIC drivers included, every workload's data checked), then
the system call fuzzer in the same boot, ends with its summary line and
no system failure."""

import os
import re
import subprocess
import tempfile
from harness import TOP, log, vmrun
from test_mount import mkfs_minix

SUMMARY = re.compile(r'^injected (\d+), crashes (\d+), hangs (\d+), '
                     r'recovered (\d+), system failures (\d+)$', re.M)
WAIT = 'while pidof faultinj >/dev/null; do sleep 1; done'


def test_faultinj_is_refused_to_programs_and_to_other_services():
    # nettest's entry (restart no) has no FAULTINJ: as that service the
    # injector is refused and ends at once, before its initialisation.
    status, out, err = vmrun(
        '--', '/usr/sbin/faultinj inject tty 1; echo rc=$?',
        'service up /usr/sbin/faultinj -label nettest '
        '-args "inject tty 1"; echo up=$?', WAIT, 'echo waited')
    assert status == 0, err
    assert 'faultinj: SYS_FAULTINJ refused' in out, out
    assert 'rc=1' in out, out
    assert re.search(r'rs: nettest \(endpoint -?\d+\) exited with status 1',
                     out), out
    assert 'up=0' not in out, out
    assert 'faultinj: seed' not in out, out


def test_a_campaign_of_60_faults_ends_with_no_system_failure():
    # Six drivers, both NICs among them (each pinged through its card
    # with a checked payload): about ten faults each.
    cmd = [os.path.join(TOP, 'tools', 'faults'), '-n', '60', '-s', '4242',
           '--fuzz', '800']
    log('$ %s\n' % ' '.join(cmd))
    p = subprocess.run(cmd, capture_output=True, text=True,
                       errors='replace')
    log(p.stdout + p.stderr)
    m = SUMMARY.search(p.stdout)
    assert m, p.stdout[-2000:]
    injected, crashes, hangs, recovered, failures = map(int, m.groups())
    assert failures == 0, p.stdout[-3000:]
    assert injected >= 54, p.stdout[-2000:]
    assert recovered <= crashes + hangs, p.stdout[-2000:]
    for drv in ('hello', 'printer', 'at_wini', 'memory', 'e1000', 'rtl8139'):
        row = re.search(r'^%s +(\d+)' % drv, p.stdout, re.M)
        assert row and int(row.group(1)) >= 8, (drv, p.stdout[-2000:])
    assert p.returncode == 0, p.stdout[-2000:]
    # The fuzzer ran after the faults, as a user and as root, and passed.
    assert p.stdout.count('7 passed, 0 failed') == 2, p.stdout[-3000:]


DROPS = (
    'service up /usr/sbin/faultinj -args "inject memory 2582999661"',
    WAIT, 'echo data > /tmp/dropped; sync; cat /tmp/dropped',
    'service up /usr/sbin/faultinj -args "inject at_wini 2066515369"',
    WAIT, 'dd if=/dev/c0d0 of=/dev/null bs=512 count=1; echo rc=$?')


def test_a_driver_that_drops_its_reply_is_restarted_and_the_request_redone():
    # Seeds that make memory and at_wini drop their next message (found
    # by the campaign): the reply to MFS's or VFS's sendrec, which
    # waited for ever while the driver answered every heartbeat.
    with tempfile.NamedTemporaryFile(suffix='.img') as disk:
        disk.truncate(1 << 20)
        disk.flush()
        status, out, err = vmrun('--disk', disk.name, '--', *DROPS)
    assert status == 0, err
    for drv in ('memory', 'at_wini'):
        assert re.search(r'faultinj: seed \d+: %s msg-drop' % drv, out), out
        assert re.search(r'rs: %s \(endpoint -?\d+\) hangs \(a caller '
                         r'waits for an answer it lost\)' % drv, out), out
    assert '\ndata' in out and 'rc=0' in out, out



def symbol(binary, name):
    """The address of a symbol of one of the image's binaries."""
    out = subprocess.run(['nm', os.path.join(TOP, 'build', 'obj', binary)],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r'^([0-9a-f]+) [bBdDtT] %s$' % name, out, re.M)
    assert m, (binary, name)
    return int(m.group(1), 16)


def instruction(binary, function, code):
    """The address of the first instruction of function (in one of the
    image's binaries) whose bytes begin with code ('0f 87'): a campaign's
    fault named by what it hit rather than by an address, which moves
    whenever the binary changes."""
    start = symbol(binary, function)
    out = subprocess.run(['objdump', '-d', '--start-address=%#x' % start,
                          '--stop-address=%#x' % (start + 512),
                          os.path.join(TOP, 'build', 'obj', binary)],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r'^ *([0-9a-f]+):\t%s\b' % re.escape(code), out, re.M)
    assert m, (binary, function, code)
    return int(m.group(1), 16)


def flip(label, where, bits):
    """faultinj's xor of the byte at where (it XORs aligned words):
    (its arguments, what it prints)."""
    word, shift = where & ~3, 8 * (where & 3)
    return ('xor %s %#x %#x' % (label, word, bits << shift),
            'faultinj: %s word at %#x xor %#x' % (label, word, bits << shift))


def test_a_driver_that_refuses_an_opened_client_does_not_hang_the_system():
    # Campaign failure N=300 SEED=1, fault 285: after a restart, at_wini
    # answered ERESTART to VFS although VFS had opened it again; VFS
    # waited (listening to DS alone) for a new instance nothing would
    # start, and every process with it.  Here at_wini forgets VFS's open
    # (its table of re-opened clients changed by hand) while /dev/c0d0
    # stays open: the next read is refused, VFS opens again and goes on.
    where = symbol('drivers/at_wini/at_wini', 'reopened')
    with tempfile.NamedTemporaryFile(suffix='.img') as disk:
        disk.truncate(1 << 20)
        disk.flush()
        status, out, err = vmrun(
            '--disk', disk.name, '--',
            'service restart at_wini',
            'until dd if=/dev/c0d0 of=/dev/null bs=512 count=1; '
            'do sleep 1; done',
            '{ dd of=/dev/null bs=512 count=1; service up '
            '/usr/sbin/faultinj -args "xor at_wini %#x 0x40000"; %s; '
            'dd of=/dev/null bs=512 count=1; echo second=$?; } '
            '< /dev/c0d0' % (where, WAIT), 'ls /etc/rc')
    assert status == 0, err + out[-2000:]
    assert 'faultinj: at_wini word at %#x xor 0x40000' % where in out, out
    assert 'second=0' in out, out
    assert '/etc/rc' in out.split('# ls /etc/rc')[1], out


# The campaign's two cards: e1000 on 10.0.2.0/24, rtl8139 on 10.0.3.0/24
# (tools/faults); QEMU gives both IRQ 11.
NICS = ('--net', '--nic', 'e1000', '--qemu',
        '-netdev user,id=net1,restrict=on,net=10.0.3.0/24 '
        '-device rtl8139,netdev=net1')
NETS_UP = ('for i in `seq 30`; do ping -c 1 -W 1 10.0.2.2 >/dev/null && '
           'ping -c 1 -W 1 10.0.3.2 >/dev/null && break; sleep 2; done; '
           'echo nets up')


def test_a_file_server_refused_by_the_driver_it_opened_opens_again():
    # The same refusal seen by MFS (a mount on the disk): it waited 60 s
    # per request for a new instance, then failed it.  Both entries of
    # at_wini's table of re-opened clients are changed, so that MFS is
    # no longer in it whichever opened first.
    where = symbol('drivers/at_wini/at_wini', 'reopened')
    forget = ['service up /usr/sbin/faultinj -args "xor at_wini %#x '
              '0x40000"; %s' % (where + 4 * i, WAIT) for i in (0, 1)]
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, 'disk.img')
        mkfs_minix(img, 4096, '-3')
        status, out, err = vmrun(
            '--disk', img, '--',
            'mount /dev/c0d0 /mnt', 'service restart at_wini',
            'until echo one > /mnt/one && sync; do sleep 1; done',
            *forget,
            'echo two > /mnt/two; sync; cat /mnt/two; echo rc=$?',
            'umount /mnt')
    assert status == 0, err + out[-3000:]
    assert 'waiting for it to come back' not in out.split(
        'service restart at_wini')[-1].split('faultinj')[-1], out
    assert 'did not come back' not in out, out
    assert 'mfs: driver at_wini refused a request (ERESTART); opening ' \
        'again' in out, out
    assert '\ntwo' in out and 'rc=0' in out, out


def test_a_driver_that_leaves_a_shared_interrupt_masked_is_restarted():
    # make faults N=1000 SEED=5, fault 585: rtl8139's message loop
    # dropped its interrupt notifications (a branch inverted), so it
    # never enabled IRQ 11 again, and the e1000 on the same line got no
    # more interrupts while rtl8139 answered every heartbeat.  RS now
    # fails a driver idle with an interrupt unacknowledged for two
    # periods; its restart frees the line.
    # The fault (seed 1258981347): netdriver_receive's "ja" after its
    # check of the message type became "jbe".
    fault, said = flip('rtl8139', instruction('drivers/rtl8139/rtl8139',
                       'netdriver_receive', '0f 87') + 1, 0x1)
    status, out, err = vmrun(
        *NICS, '--',
        NETS_UP,
        'service up /usr/sbin/faultinj -args "%s"' % fault,
        WAIT,
        'until ping -c 1 -W 1 10.0.2.2 >/dev/null && '
        'ping -c 1 -W 1 10.0.3.2 >/dev/null; do sleep 1; done; '
        'echo both answer')
    assert status == 0, err + out[-3000:]
    assert said in out, out
    assert re.search(r'rs: rtl8139 \(endpoint -?\d+\) hangs \(an interrupt '
                     r'it left unacknowledged\)', out), out
    assert '\nboth answer' in out, out


def test_a_driver_caught_in_a_loop_above_rs_is_restarted():
    # make faults N=1000 SEED=5, fault 897: memory's sys_safecopyfrom
    # lost its frame pointer and the driver spun in its receive loop at
    # queue 3, above RS (4), MFS, VFS and every program: the system hung.
    # A service now sinks a queue for each quantum it uses up, and RS
    # fails one that loops while a caller waits for it.
    # The fault (seed 3197649744): sys_safecopyfrom's "mov %esp,%ebp"
    # became "mov %esp,%ecx".
    fault, said = flip('memory', instruction('drivers/memory/memory',
                       'sys_safecopyfrom', '89 e5') + 1, 0x4)
    status, out, err = vmrun(
        '--',
        'service up /usr/sbin/faultinj -args "%s"' % fault,
        WAIT, 'echo data > /tmp/spun; sync; cat /tmp/spun')
    assert status == 0, err + out[-3000:]
    assert said in out, out
    assert re.search(r'rs: memory \(endpoint -?\d+\) hangs \(it loops '
                     r'while a caller waits\)', out), out
    assert '\ndata' in out.split('cat /tmp/spun')[1], out
