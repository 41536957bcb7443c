# sysprof.py - gdb's half of tools/sysprof: step one system call of
# /usr/tests/callprof through the kernel and the servers, and count the
# instructions of each function in each process.
import bisect
import collections
import os
import subprocess

import gdb

TOP = os.environ['SYSPROF_TOP']
OBJ = TOP + '/build/obj'
KERNBASE = 0xc0000000
# The programs a call may reach, by the kernel's process name; all are
# linked at the same addresses, so a user pc is named in its process's.
PROGRAMS = {
    'callprof': OBJ + '/test/programs/callprof/callprof',
    'vfs': OBJ + '/servers/vfs/vfs',
    'mfs': OBJ + '/servers/mfs/mfs',
    'pm': OBJ + '/servers/pm/pm',
    'memory': OBJ + '/drivers/memory/memory',
}


def symbols(path):
    """Sorted addresses and names of the functions in an ELF file."""
    out = subprocess.run(['nm', '-n', path], capture_output=True,
                         text=True, check=True).stdout
    addrs, names = [], []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in 'tTwW':
            addrs.append(int(parts[0], 16))
            names.append(parts[2])
    return addrs, names


def lookup(table, pc):
    addrs, names = table
    i = bisect.bisect_right(addrs, pc) - 1
    return names[i] if i >= 0 else '?'


tables = {'kernel': symbols(TOP + '/build/kernel')}
for name, path in PROGRAMS.items():
    if os.path.exists(path):
        tables[name] = symbols(path)
mark = [a for a, n in zip(*tables['callprof']) if n == 'prof_mark'][0]

gdb.execute('set architecture i386', to_string=True)
gdb.execute('set pagination off', to_string=True)
gdb.execute('file ' + TOP + '/build/kernel', to_string=True)
gdb.execute('target remote 127.0.0.1:' + os.environ['SYSPROF_PORT'],
            to_string=True)
gdb.execute('hbreak *0x%x if $_streq(proc_ptr->p_name, "callprof")' % mark,
            to_string=True)
for _ in range(int(os.environ['SYSPROF_WARMUP'])):
    gdb.execute('continue', to_string=True)
gdb.execute('delete', to_string=True)


def process_name():
    return gdb.parse_and_eval('proc_ptr->p_name').string()


counts = collections.Counter()
per_process = collections.Counter()
steps = 0
proc = 'callprof'
was_kernel = False
while steps < 200000:
    gdb.execute('stepi', to_string=True)
    pc = int(gdb.parse_and_eval('$pc')) & 0xffffffff
    steps += 1
    if pc >= KERNBASE:
        where = 'kernel'
        was_kernel = True
    else:
        if was_kernel:		# back in user mode: maybe another process
            proc = process_name()
            was_kernel = False
        where = proc
        if proc == 'callprof' and pc == mark:
            break
    table = tables.get(where)
    func = lookup(table, pc) if table else '?'
    counts[(where, func)] += 1
    per_process[where] += 1

# The kernel's functions by what they do for a call (docs/benchmarks.md).
# Inline functions (the switch, umap's remembered page, the hand-off of
# the ready queues) count in the function they are inlined into.
PHASES = (
    ('trap entry and exit', ('trap_48', 'trap_common', 'user_trap',
                             'restart', 'trap_33')),
    ('IPC', ('do_ipc', 'ipc_fast', 'ipc_fast_reply_recv', 'mini_send',
             'mini_receive', 'set_messbuf', 'messbuf_k', 'deliver',
             'do_reply_recv')),
    ('switching and queues', ('switch_to_user', 'pick_proc', 'vm_switch',
                              'fpu_switch', 'tss_set_esp0', 'enqueue',
                              'dequeue', 'rts_set', 'rts_unset')),
    ('kernel calls and copies', ('kernel_call', 'call_target', 'ep_to_proc',
                                 'umap', 'umap_miss', 'umap_walk',
                                 'copy_vir', 'memcpy',
                                 'memmove', 'user_writable', 'verify_grant',
                                 'do_safecopyto', 'do_safecopyfrom',
                                 'do_vircopy', 'do_times', 'safecopy')),
)
phase = collections.Counter()
for (where, func), n in counts.items():
    name = where
    if where == 'kernel':
        name = 'kernel: other'
        for title, funcs in PHASES:
            if func in funcs:
                name = 'kernel: ' + title
    phase[name] += n

print('sysprof: %d instructions from one prof_mark to the next' % steps)
for where, n in per_process.most_common():
    print('  %-10s %6d' % (where, n))
print('by phase:')
for name, n in phase.most_common():
    print('  %-36s %6d' % (name, n))
print('by function:')
for (where, func), n in counts.most_common():
    print('  %6d  %-10s %s' % (n, where, func))
gdb.execute('kill', to_string=True)
