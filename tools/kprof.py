# kprof.py - gdb's half of tools/kprof: step one IPC round trip of the
# kernel benchmark and count instructions per function.
import bisect
import collections
import os
import subprocess

import gdb

TOP = os.environ['KPROF_TOP']


def symbols(path):
    """Sorted (address, name) of the functions in an ELF file."""
    out = subprocess.run(['nm', '-n', path], capture_output=True,
                         text=True, check=True).stdout
    table = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in 'tTwW':
            table.append((int(parts[0], 16), parts[2]))
    return table


def inlined(path, pcs):
    """{pc: name} of the innermost function at each pc, inlined ones
    included (addr2line -i: the first frame it prints is the innermost).
    """
    if not pcs:
        return {}
    out = subprocess.run(['addr2line', '-f', '-i', '-a', '-e', path] +
                         ['0x%x' % pc for pc in pcs], capture_output=True,
                         text=True, check=True).stdout.splitlines()
    names, pc = {}, None
    for i, line in enumerate(out):
        if line.startswith('0x') and (i + 1) < len(out):
            pc = int(line, 16)
            names[pc] = out[i + 1]
    return names


def lookup(table, pc):
    i = bisect.bisect_right([a for a, _ in table], pc) - 1
    return table[i][1] if i >= 0 else '?'


kernel = symbols(TOP + '/build/kernel')
ktest = symbols(TOP + '/build/obj/test/kernel/ktest/ktest')
kpeer = symbols(TOP + '/build/obj/test/kernel/kpeer/kpeer')

gdb.execute('set architecture i386', to_string=True)
gdb.execute('target remote 127.0.0.1:' + os.environ['KPROF_PORT'],
            to_string=True)
stub = [a for a, n in ktest if n == 'ipc_sendrec'][0]
gdb.execute('hbreak *0x%x' % stub, to_string=True)
for _ in range(int(os.environ['KPROF_WARMUP'])):
    gdb.execute('continue', to_string=True)

# Both programs are linked at the same addresses: a user pc is named in
# each (ktest's / kpeer's); the kernel's are unambiguous.
counts = collections.Counter()
kernel_pcs = collections.Counter()
steps = 0
while steps < 100000:
    gdb.execute('stepi', to_string=True)
    pc = int(gdb.parse_and_eval('$pc')) & 0xffffffff
    if pc == stub:
        break
    steps += 1
    if pc >= 0xC0000000:
        kernel_pcs[pc] += 1
    else:
        counts['user   %s / %s' % (lookup(ktest, pc), lookup(kpeer, pc))] += 1

by_function = collections.Counter()
for pc, n in kernel_pcs.items():
    by_function['kernel ' + lookup(kernel, pc)] += n
print('one IPC round trip: %d instructions' % steps)
for name, n in (counts + by_function).most_common():
    print('%7d  %s' % (n, name))
# The kernel's fast path is mostly inline functions: name them too.
names = inlined(TOP + '/build/kernel', sorted(kernel_pcs))
by_inline = collections.Counter()
for pc, n in kernel_pcs.items():
    by_inline[names.get(pc, lookup(kernel, pc))] += n
print('the kernel, inline functions by their own names:')
for name, n in by_inline.most_common():
    print('%7d  %s' % (n, name))
gdb.execute('kill', to_string=True)
