"""Least privilege from the first process: every boot service holds
exactly what its etc/system.conf entry grants (the basic calls and IPC
targets plus its own), as `service status` shows it from the kernel;
nothing in the boot set but RS may set privileges; init runs as an
ordinary program.  (That the kernel refuses a boot process a call
outside its mask is the kernel self-test's
kernel_call_outside_mask_is_ECALLDENIED: ktest starts its peers the way
RS starts the boot set.)"""

import os
import re
from harness import Boots, TOP

BASIC_CALLS = {'GETINFO', 'TIMES', 'SETALARM', 'SETGRANT', 'SAFECOPYFROM',
               'SAFECOPYTO', 'DIAGCTL', 'MEMMAP', 'EXIT', 'STATECTL'}
BOOT_SERVICES = ['ds', 'memory', 'tty', 'mfs', 'vfs', 'pm']

STATUS = {name: 'service status %s' % name for name in BOOT_SERVICES + ['rs']}
OTHERS = {'ps_init': 'ps | grep " init$"',
          'pm_kill_rs': 'kill -9 $(pidof rs); echo rc=$?'}
BOOTS = Boots([STATUS, OTHERS])


def system_conf():
    """etc/system.conf's entries: name -> {keyword: [words]}."""
    text = re.sub(r'#[^\n]*', '', open(os.path.join(TOP, 'etc',
                                                     'system.conf')).read())
    entries = {}
    for name, body in re.findall(r'service\s+(\S+)\s*\{(.*?)\}\s*;', text,
                                 re.S):
        entry = {}
        for stmt in body.split(';'):
            words = stmt.split()
            if words:
                entry.setdefault(words[0], []).extend(words[1:])
        entries[name] = entry
    return entries


def privileges(out):
    """The privilege lines of `service status LABEL`: key -> words."""
    lines = {}
    for key in ('kernel calls', 'ipc', 'io', 'irq', 'memory', 'flags'):
        m = re.search(r'^%s:(.*)$' % key, out, re.M)
        assert m, 'no %r line in %r' % (key, out)
        lines[key] = m.group(1).split()
    return lines


def test_each_boot_service_holds_exactly_its_system_conf_calls():
    conf = system_conf()
    outs = BOOTS.outputs(STATUS)
    for name in BOOT_SERVICES:
        got = set(privileges(outs[name])['kernel calls'])
        want = BASIC_CALLS | set(conf[name].get('system', []))
        assert got == want, '%s: holds %s, system.conf says %s' % (
            name, sorted(got), sorted(want))
        assert 'PRIVCTL' not in got and 'ROOT' not in \
            privileges(outs[name])['flags'], name


def test_boot_services_have_only_their_ports_interrupts_and_memory():
    conf = system_conf()
    outs = BOOTS.outputs(STATUS)
    for name in BOOT_SERVICES:
        p = privileges(outs[name])
        ports = ['%x-%x' % (int(b, 16), int(b, 16) + int(n, 16) - 1)
                 for b, n in (w.split(':') for w in conf[name].get('io', []))]
        assert p['io'] == ports, (name, p['io'], ports)
        assert p['irq'] == conf[name].get('irq', []), (name, p['irq'])
        # "memory framebuffer" is no range: the FRAMEBUFFER flag.
        words = conf[name].get('memory', [])
        mem = ['%x-%x' % (int(b, 16), int(b, 16) + int(n, 16) - 1)
               for b, n in (w.split(':') for w in words
                            if w != 'framebuffer')]
        assert p['memory'] == mem, (name, p['memory'], mem)
        flags = set(conf[name].get('flags', []))
        if 'framebuffer' in words:
            flags.add('FRAMEBUFFER')
        assert set(p['flags']) == flags, (name, p['flags'], flags)


def test_boot_services_reach_only_whom_their_entries_name():
    outs = BOOTS.outputs(STATUS)
    ipc = {name: set(privileges(outs[name])['ipc']) for name in STATUS}
    # memory answers the file servers and VFS, and reaches no driver.
    assert ipc['memory'] >= {'mfs', 'vfs', 'rs', 'ds', 'pm'}, ipc['memory']
    assert not ipc['memory'] & {'tty', 'at_wini', 'printer', 'USER'}, \
        ipc['memory']
    # tty reaches PM (job control) but no other driver, and no program.
    assert 'pm' in ipc['tty'] and not ipc['tty'] & {'memory', 'at_wini',
                                                    'USER'}, ipc['tty']
    # The servers that ordinary programs call may answer them.
    for name in ('ds', 'vfs', 'pm', 'rs'):
        assert 'USER' in ipc[name], (name, ipc[name])
    assert 'USER' not in ipc['mfs'], ipc['mfs']


def test_only_rs_is_the_root_of_trust_and_init_is_an_ordinary_program():
    outs = BOOTS.outputs(STATUS)
    rs = privileges(outs['rs'])
    assert 'ROOT' in rs['flags'] and 'PRIVCTL' in rs['kernel calls'], rs
    assert re.match(r'\s*1\s+0\s+\S\s+0\s', BOOTS.outputs(OTHERS)['ps_init']), \
        BOOTS.outputs(OTHERS)['ps_init']


def test_core_servers_cannot_be_killed_even_by_root():
    out = BOOTS.outputs(OTHERS)['pm_kill_rs']
    assert 'Operation not permitted' in out and 'rc=1' in out, out
