"""hwmatrix - the machines Resurgo is booted on: QEMU configurations that
stand for the PCs people have (chipset, CPU, memory, display, processors,
firmware), and one boot of each that checks what a user would: a shell
that works, the memory the machine has, and a clean end (power-off or
reboot leaves QEMU by itself, halt stops the machine).

test_hw.py boots a short part of the matrix in `make test`;
tools/hwmatrix (`make test-hw`) boots all of it and prints a table.
"""

import os
import re
import shutil
import tempfile
import time

import harness

# name: (QEMU arguments, how the boot ends).  Memory is given with -m.
MATRIX = {
    'pc':              ('-machine pc -m 256', 'poweroff'),
    'q35':             ('-machine q35 -m 256', 'poweroff'),
    'pentium-32M':     ('-machine pc -cpu pentium -m 32', 'poweroff'),
    'vga-none':        ('-machine pc -vga none -m 128', 'poweroff'),
    'q35-reboot':      ('-machine q35 -m 128', 'reboot'),
    'pc-reboot':       ('-machine pc -m 128', 'reboot'),
    'pc-halt':         ('-machine pc -m 128', 'halt'),
    'pentium3':        ('-machine pc -cpu pentium3 -m 64', 'poweroff'),
    'core2duo':        ('-machine pc -cpu core2duo -m 512', 'poweroff'),
    'qemu32':          ('-machine pc -cpu qemu32 -m 256', 'poweroff'),
    'max':             ('-machine q35 -cpu max -m 256', 'poweroff'),
    'smp2':            ('-machine pc -smp 2 -m 256', 'poweroff'),
    'q35-smp4':        ('-machine q35 -smp 4 -m 256', 'poweroff'),
    'mem-1024':        ('-machine pc -m 1024', 'poweroff'),
    'mem-3500':        ('-machine pc -m 3500', 'poweroff'),
    'q35-mem-3500':    ('-machine q35 -m 3500', 'poweroff'),
    'icount':          ('-machine pc -icount shift=0,sleep=off -m 256',
                        'poweroff'),
    'mem-16':          ('-machine pc -m 16', 'too-little'),
    'cpu-486':         ('-machine pc -cpu 486 -m 64', 'too-old'),
    # UEFI: OVMF (64-bit firmware) runs GRUB EFI, which loads the same
    # kernel and modules with multiboot 2; it passes the ACPI tables'
    # address, so power-off and reboot go through ACPI.
    'uefi-q35':        ('-machine q35 -m 256 UEFI', 'poweroff'),
    'uefi-q35-reboot': ('-machine q35 -m 128 UEFI', 'reboot'),
    'uefi-pc':         ('-machine pc -m 256 UEFI', 'poweroff'),
    # No display: no framebuffer, and UEFI has no VGA text either.
    'uefi-vga-none':   ('-machine q35 -vga none -m 128 UEFI', 'poweroff'),
}

OVMF_CODE = '/usr/share/OVMF/OVMF_CODE_4M.fd'
UEFI_QEMU = 'qemu-system-x86_64'     # OVMF is 64-bit firmware
OVMF_VARS = '/usr/share/OVMF/OVMF_VARS_4M.fd'

# The memory (MiB) the kernel must report free at boot: all of it below
# 4 GiB less the kernel, the modules and the grown root ram disk (q35
# puts what passes 2 GiB above 4 GiB, beyond a 32-bit kernel without PAE).
MIN_MIB = {'mem-1024': 960, 'mem-3500': 3400, 'q35-mem-3500': 1950,
           'pentium-32M': 14}

# What `make test` boots: one of each kind of difference.
SHORT = ('q35', 'pentium-32M', 'vga-none', 'q35-reboot', 'uefi-q35',
         'uefi-q35-reboot', 'mem-1024')

# The shell's work: a pipeline, a file written and read back, a program
# started from the file system.
CHECK = ('echo hw > /tmp/hw; cat /tmp/hw /etc/motd | wc -l; '
         'ls /bin | grep -c sh')
KERNEL_MEM = re.compile(r'kernel: (\d+) KiB of memory')


def uefi_firmware():
    """(a copy of OVMF's variables, QEMU's arguments for the firmware):
    the firmware writes its variables, so each boot has a copy of its
    own, which the caller removes."""
    fd, vars_copy = tempfile.mkstemp(prefix='ovmf-vars.')
    os.close(fd)
    shutil.copyfile(OVMF_VARS, vars_copy)
    return vars_copy, ['-drive', 'if=pflash,format=raw,readonly=on,file='
                       + OVMF_CODE, '-drive', 'if=pflash,format=raw,file='
                       + vars_copy]


def boot(name, timeout=120):
    """Boot configuration name; returns (ok, what happened, seconds)."""
    qemu_args, end = MATRIX[name]
    start = time.monotonic()
    args = qemu_args.split()
    binary = 'qemu-system-i386'
    vars_copy = None
    if 'UEFI' in args:
        args.remove('UEFI')
        binary = UEFI_QEMU
        vars_copy, firmware = uefi_firmware()
        args += firmware
    q = harness.Qemu(harness.iso('resurgo.iso'), args, binary=binary)
    q.config = name
    try:
        why = _drive(q, end, timeout)
    except AssertionError as e:
        why = 'FAIL ' + (str(e) or 'assertion')
    finally:
        q.close()
        if vars_copy:
            os.unlink(vars_copy)
    took = time.monotonic() - start
    if why.startswith('FAIL'):
        return False, why[5:], took
    return True, why, took


def _drive(q, end, timeout):
    if end == 'too-little':
        q.expect(r'not enough memory[^\n]*', timeout)
        return 'refused: not enough memory, said so'
    if end == 'too-old':
        q.expect(r'needs a Pentium or later CPU', timeout)
        return 'refused: CPU too old, said so'
    if q.config.startswith('uefi'):
        # Under UEFI the RSDP is not where a BIOS keeps it: found only
        # if the boot loader passed it on (multiboot 2).
        q.expect(r'acpi: PM1a control 0x[0-9a-f]+, S5 found', timeout)
    q.expect(r'kernel: \d+ KiB of memory', timeout)
    kib = int(KERNEL_MEM.search(q.out.decode('latin-1')).group(1))
    assert kib // 1024 >= MIN_MIB.get(q.config, 0), \
        'the kernel uses %d MiB, expected %d' % (kib // 1024,
                                                MIN_MIB[q.config])
    q.expect(r'[#$] $', timeout)
    q.proc.stdin.write((CHECK + '\n').encode())
    q.proc.stdin.flush()
    out = q.expect(r'[#$] $', 30)
    assert re.search(r'^\s*\d+\s*$', out, re.M), \
        'the shell did not answer: %r' % out[-200:]
    q.proc.stdin.write((end + '\n').encode())
    q.proc.stdin.flush()
    return _ending(q, end, kib)


def _ending(q, end, kib):
    said = {'poweroff': 'Powering off.', 'reboot': 'Rebooting.',
            'halt': 'System halted.'}[end]
    q.expect(re.escape(said), 30)
    if end == 'halt':
        q.expect(r'safe to turn the computer off', 10)
    else:
        # -no-reboot: a reset leaves QEMU as a power-off does.
        try:
            q.proc.wait(timeout=30)
        except Exception:
            raise AssertionError('%s: QEMU still running 30s later' % end)
        rest = q.proc.stdout.read().decode('latin-1')
        assert 'did not' not in rest, rest
    return '%s clean, %d MiB free at boot' % (end, kib // 1024)
