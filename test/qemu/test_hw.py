"""Real PCs, a short part of the matrix (hwmatrix.SHORT): each boots to a
working shell and ends cleanly; `make test-hw` boots the whole matrix."""

import re

import hwmatrix


def _check(name):
    ok, why, _ = hwmatrix.boot(name)
    assert ok, '%s: %s' % (name, why)


def test_hw_q35_boots_to_shell_and_powers_off():
    _check('q35')


def test_hw_pentium_with_32mb_boots_to_shell():
    _check('pentium-32M')


def test_hw_serial_console_alone_without_vga():
    _check('vga-none')


def test_hw_reboot_on_q35_resets_the_machine():
    _check('q35-reboot')


def test_hw_uefi_boots_through_grub_efi_and_powers_off_by_acpi():
    _check('uefi-q35')


def test_hw_uefi_reboot_resets_the_machine():
    _check('uefi-q35-reboot')


def test_hw_32mb_root_fills_to_enospc_and_keeps_every_byte():
    """With 32 MB the kernel cannot grow the root RAM disk to the whole
    file system: MFS uses it to the device's end, a write past it fails
    with ENOSPC when it is made (not EIO when MFS writes it back), and
    every file written before is whole, before and after a sync."""
    import harness
    sh = harness.Shell(['-m', '32', '-cpu', 'pentium'])
    try:
        boot = sh.out.decode('latin-1')
        assert 'rootfs is' in boot and 'little memory' in boot, \
            'the kernel did not say the root is cut short'
        out = sh.run('n=0; while cp /bin/sh /tmp/f$n; do n=`expr $n + 1`; '
                     'done; rm /tmp/f$n; echo filled $n', timeout=300)
        assert 'No space left on device' in out, out
        filled = int(re.search(r'filled (\d+)', out).group(1))
        assert filled > 3, out
        out = sh.run('sync; echo synced', timeout=120)
        assert out.strip().endswith('synced') and 'error' not in out, out
        out = sh.run('for f in /tmp/f*; do cmp /bin/sh $f || echo BAD $f; '
                     'done; echo compared', timeout=120)
        assert 'BAD' not in out and 'compared' in out, out
        out = sh.run('df /', timeout=30)
        assert re.search(r'\b100%|\b9\d%', out), out
        out = sh.run('rm /tmp/f*; echo hi > /tmp/after; cat /tmp/after')
        assert out.strip().endswith('hi'), out
    finally:
        sh.close()


def test_hw_1024mb_uses_memory_above_the_direct_map():
    """Frames above the kernel's direct map (896 MiB) are reached through
    kmap()'s ring of temporary mappings; a pointer into one must never be
    remembered (umap's last page, a receive buffer), or a later copy
    lands in another frame: programs then crashed or lost pipe data."""
    _check('mem-1024')
