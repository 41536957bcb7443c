"""Real PCs, a short part of the matrix (hwmatrix.SHORT): each boots to a
working shell and ends cleanly; `make test-hw` boots the whole matrix."""

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
