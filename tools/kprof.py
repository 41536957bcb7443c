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
steps = 0
while steps < 100000:
    gdb.execute('stepi', to_string=True)
    pc = int(gdb.parse_and_eval('$pc')) & 0xffffffff
    if pc == stub:
        break
    steps += 1
    if pc >= 0xC0000000:
        counts['kernel ' + lookup(kernel, pc)] += 1
    else:
        counts['user   %s / %s' % (lookup(ktest, pc), lookup(kpeer, pc))] += 1

print('one IPC round trip: %d instructions' % steps)
for name, n in counts.most_common():
    print('%7d  %s' % (n, name))
gdb.execute('kill', to_string=True)
