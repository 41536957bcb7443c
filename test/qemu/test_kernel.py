"""The kernel, seen from outside: it boots from GRUB, says so on both
consoles, runs its self-tests, isolates faults and stops cleanly."""

import re
from harness import vmrun, iso, guest_results, Qemu

BANNER = 'Resurgo 0.1 (i386) booting'


def test_boot_banner_is_first_line_on_serial():
    status, out, err = vmrun('--iso', iso('ktest.iso'), '--until',
                             'boot modules:', '--timeout', '60')
    assert status == 0, 'vmrun: %s' % err
    first = out.lstrip('\n').split('\n')[0]
    assert first == BANNER, 'first line is %r' % first


def test_boot_banner_is_first_line_on_vga():
    q = Qemu(iso('ktest.iso'))
    try:
        q.wait_for('boot modules:')
        screen = q.vga_text()
    finally:
        q.close()
    assert screen[0] == BANNER, 'VGA line 1 is %r' % screen[0]


def test_kernel_self_tests_pass_and_power_off():
    """ktest's own cases; the run must end with a clean power-off."""
    status, out, err = vmrun('--iso', iso('ktest.iso'), '--timeout', '120')
    subs = guest_results(out, expect_at_least=32)
    subs.append(('powers_off_cleanly', status == 0,
                 'vmrun status %d: %s' % (status, err.strip())))
    subs.append(('fault_reported_on_console',
                 re.search(r'kpeer \(endpoint \d+\): page fault at address '
                           r'0x00000000 \(not present, write\)', out) is not None,
                 'no page-fault line'))
    subs.append(('fault_ends_the_process',
                 re.search(r'kpeer \(endpoint \d+\) terminated by SIGSEGV',
                           out) is not None, 'no termination line'))
    subs.append(('exit_reported_on_console',
                 re.search(r'kpeer \(endpoint \d+\) exited with status 7',
                           out) is not None, 'no exit line'))
    return subs


def test_panic_prints_backtrace_and_exits_nonzero():
    status, out, err = vmrun('--iso', iso('ktest.iso'), '--cmdline',
                             'ktest=panic', '--timeout', '60')
    assert status == 2, 'vmrun gave %d, not 2' % status
    assert 'kernel panic: ktest asked for a panic' in out, 'no panic line'
    assert re.search(r'eax [0-9a-f]{8} ebx', out), 'no registers'
    assert re.search(r'0x[0-9a-f]{8} do_abort\+0x', out), \
        'backtrace does not name do_abort'
    assert 'kernel panic' in err, 'vmrun did not name the panic: %r' % err


def test_reboot_resets_the_machine():
    """vmrun runs QEMU with -no-reboot, so a reset ends QEMU cleanly."""
    status, out, err = vmrun('--iso', iso('ktest.iso'), '--cmdline',
                             'ktest=reboot', '--timeout', '60')
    assert 'Rebooting.' in out, 'no reboot message'
    assert status == 0, 'vmrun gave %d: %s' % (status, err)
