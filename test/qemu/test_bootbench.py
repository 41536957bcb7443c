"""The boot figures of make bench: the kernel's TSC at _start reaches a
program through getsysinfo(), the shell keeps its TSC at the first
prompt in SH_PROMPT_TSC (and only at the first: later prompts leave it),
and /usr/tests/bootbench sets one against the other."""

import re
from harness import vmrun


def test_bootbench_reports_reset_and_kernel_to_the_first_prompt():
    rc, out, err = vmrun('--icount', '--', 'echo tsc=$SH_PROMPT_TSC',
                         'true', 'echo tsc=$SH_PROMPT_TSC',
                         '/usr/tests/bootbench $SH_PROMPT_TSC',
                         '/usr/tests/bootbench; echo rc=$?', timeout=300)
    assert rc == 0, err
    tscs = re.findall(r'^tsc=(\d+)$', out, re.M)
    assert len(tscs) == 2 and tscs[0] == tscs[1], out
    fig = dict((m.group(1), int(m.group(2))) for m in re.finditer(
        r'^bench: (\w+) (\d+) instructions$', out, re.M))
    assert fig['boot_to_prompt'] == int(tscs[0]), out
    assert 0 < fig['boot_to_kernel'] < fig['boot_to_prompt'], out
    assert fig['boot_kernel_to_prompt'] == \
        fig['boot_to_prompt'] - fig['boot_to_kernel'], out
    # Without the shell's figure it says how to call it.
    assert 'usage: bootbench $SH_PROMPT_TSC' in out, out
    assert re.search(r'^rc=2$', out, re.M), out


def test_the_system_boots_without_grub_from_qemus_own_loader():
    """vmrun --direct (make bench's boot_to_prompt_direct): QEMU's
    multiboot loader hands over the kernel and the modules of the ISO's
    menu entry; the system finds them as under GRUB (names, arguments,
    the root image grown to its size) and reaches a working shell."""
    rc, out, err = vmrun('--direct', '--icount', '--',
                         '/usr/tests/bootbench $SH_PROMPT_TSC',
                         'df / | tail -1', 'ls /bin | grep -c sh',
                         timeout=300)
    assert rc == 0, err
    assert 'kernel: 9 boot modules: rs ds memory tty mfs vfs pm init ' \
        'rootfs' in out, out
    fig = dict((m.group(1), int(m.group(2))) for m in re.finditer(
        r'^bench: (\w+) (\d+) instructions$', out, re.M))
    assert 0 < fig['boot_to_kernel'] < fig['boot_to_prompt'], out
    assert re.search(r'^/dev/ram\s+40960\s', out, re.M), out
