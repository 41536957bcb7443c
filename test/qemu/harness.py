"""harness - what QEMU tests share: booting through tools/vmrun, reading
the console, and turning an in-guest program's report into sub-results.

A test is a function test_NAME() in a test_*.py file here.  It passes by
returning None, fails by raising AssertionError, or returns a list of
(name, ok, why) for the cases an in-guest program reported itself.
"""

import os
import re
import socket
import subprocess
import tempfile
import threading
import time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.join(TOP, 'build')
VMRUN = os.path.join(TOP, 'tools', 'vmrun')
_local = threading.local()


def set_log(path):
    _local.log = open(path, 'w')
    _local.sessions_logged = set()


def close_log():
    log = getattr(_local, 'log', None)
    if log:
        log.close()
        _local.log = None


def log(text):
    f = getattr(_local, 'log', None)
    if f:
        f.write(text)
        f.flush()


def wait_until(done, timeout, what):
    """Poll done() on the host (a file the guest writes through QEMU)
    until it is true; a failure after timeout seconds names what."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, \
            'timed out after %gs waiting for %s' % (timeout, what)
        time.sleep(0.02)


def iso(name):
    return os.path.join(BUILD, name)


def vmrun(*args, timeout=180):
    """Run tools/vmrun with args; returns (status, console, stderr)."""
    cmd = [VMRUN] + list(args)
    log('$ %s\n' % ' '.join(cmd))
    p = subprocess.run(cmd, capture_output=True, text=True,
                       errors='replace', timeout=timeout)
    log(p.stdout)
    log('--- stderr (status %d)\n%s' % (p.returncode, p.stderr))
    return p.returncode, p.stdout, p.stderr


TAP = re.compile(r'^(ok|not ok) \d+ (\S+)(?:: (.*))?$', re.M)
SUMMARY = re.compile(r'^(\d+) passed, (\d+) failed$', re.M)


def guest_results(console, expect_at_least=1):
    """The cases an in-guest test program printed, as sub-results; a
    missing summary line or too few cases is a failure of its own."""
    subs = [(m.group(2), m.group(1) == 'ok', m.group(3) or '')
            for m in TAP.finditer(console)]
    s = SUMMARY.search(console)
    if not s:
        subs.append(('summary', False, 'the program printed no summary '
                     '(crashed or hung?)'))
    elif int(s.group(1)) + int(s.group(2)) != len(subs):
        subs.append(('summary', False, 'summary says %s+%s, %d cases seen'
                     % (s.group(1), s.group(2), len(subs))))
    if len(subs) < expect_at_least:
        subs.append(('count', False, 'only %d cases, expected %d'
                     % (len(subs), expect_at_least)))
    return subs


def network_args(nic, hostfwd=(), guestfwd=(), tftp=None):
    """QEMU's arguments for a network card of model nic, as tools/vmrun
    --net --nic gives it (restricted user-mode network, with vmrun's
    --hostfwd and --guestfwd rules), read from vmrun itself so that the
    two cannot differ.  tftp: a directory QEMU's own TFTP server serves
    read-only at 10.0.2.2 (restricted, it is the only UDP service the
    guest can reach besides DHCP)."""
    from importlib.machinery import SourceFileLoader
    import importlib.util
    loader = SourceFileLoader('vmrun', VMRUN)
    spec = importlib.util.spec_from_loader('vmrun', loader)
    vmrun_mod = importlib.util.module_from_spec(spec)
    loader.exec_module(vmrun_mod)
    args = vmrun_mod.network_args(nic, hostfwd, guestfwd)
    if tftp is not None:
        args[args.index('-netdev') + 1] += ',tftp=' + tftp
    return args


class Qemu:
    """A QEMU of our own, for tests that need to look inside the machine
    (VGA memory) or press keys.  The serial console is read from a pipe;
    the machine is driven through QMP.  net names a network card to give
    it (see network_args, which takes hostfwd and guestfwd); by default
    it has none.  serial=False: a machine without a serial port."""

    def __init__(self, iso_path, extra=(), net=None, hostfwd=(),
                 guestfwd=(), tftp=None, binary='qemu-system-i386',
                 serial=True):
        self.dir = tempfile.mkdtemp(prefix='qtest.')
        self.qmp_path = os.path.join(self.dir, 'qmp')
        nic = network_args(net, hostfwd, guestfwd, tftp) if net \
            else ['-nic', 'none']
        cmd = [binary, '-m', '256', '-display', 'none',
               '-cdrom', iso_path, '-boot', 'd', '-no-reboot'] + nic + [
               '-serial', 'stdio' if serial else 'none', '-qmp',
               'unix:%s,server=on,wait=off' % self.qmp_path] + list(extra)
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE)
        self.out = b''
        self.qmp = None

    def wait_for(self, pattern, timeout=60):
        import select
        deadline = time.monotonic() + timeout
        rx = re.compile(pattern.encode())
        while not rx.search(self.out):
            left = deadline - time.monotonic()
            assert left > 0, 'timed out waiting for %r' % pattern
            r, _, _ = select.select([self.proc.stdout], [], [], left)
            if r:
                data = os.read(self.proc.stdout.fileno(), 65536)
                assert data, 'QEMU exited'
                self.out += data.replace(b'\r', b'')
                log(data.decode('utf-8', 'replace'))

    def expect(self, pattern, timeout=60):
        """Wait for pattern (a regex) in what the console shows after the
        previous expect's match, and return the text up to the end of
        this one (which becomes the place the next expect looks from)."""
        import select
        deadline = time.monotonic() + timeout
        rx = re.compile(pattern.encode(), re.M)
        start = getattr(self, 'cursor', 0)
        while True:
            m = rx.search(self.out, start)
            if m:
                self.cursor = m.end()
                return self.out[start:m.end()].decode('utf-8', 'replace')
            left = deadline - time.monotonic()
            assert left > 0, 'timed out after %gs waiting for %r' % (
                timeout, pattern)
            r, _, _ = select.select([self.proc.stdout], [], [], left)
            if r:
                data = os.read(self.proc.stdout.fileno(), 65536)
                assert data, 'QEMU exited'
                self.out += data.replace(b'\r', b'')
                log(data.decode('utf-8', 'replace'))

    def command(self, name, **args):
        """One QMP command; returns its answer."""
        import json
        if self.qmp is None:
            wait_until(lambda: os.path.exists(self.qmp_path), 30,
                       "QEMU's QMP socket")
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.connect(self.qmp_path)
            self.qmp = s.makefile('rw')
            self.qmp.readline()
            self.command('qmp_capabilities')
        req = {'execute': name}
        if args:
            req['arguments'] = args
        self.qmp.write(json.dumps(req) + '\n')
        self.qmp.flush()
        while True:
            answer = json.loads(self.qmp.readline())
            if 'return' in answer or 'error' in answer:
                return answer

    def vga_text(self):
        """The 80x25 text screen, as lines."""
        path = os.path.join(self.dir, 'vga')
        self.command('pmemsave', val=0xb8000, size=4000, filename=path)
        raw = open(path, 'rb').read()
        chars = bytes(raw[i] for i in range(0, len(raw), 2))
        return [chars[r * 80:(r + 1) * 80].decode('latin-1').rstrip()
                for r in range(25)]

    def screendump(self):
        """What the display shows: (width, height, rows), each row a
        bytes of width RGB triples (QEMU's screendump, a PPM)."""
        path = os.path.join(self.dir, 'screen.ppm')
        answer = self.command('screendump', filename=path)
        assert 'error' not in answer, 'screendump: %r' % answer
        data = open(path, 'rb').read()
        os.unlink(path)
        fields, pos = [], 0
        while len(fields) < 4:          # P6, width, height, maxval
            while data[pos:pos + 1].isspace():
                pos += 1
            if data[pos:pos + 1] == b'#':
                pos = data.index(b'\n', pos)
                continue
            end = pos
            while not data[end:end + 1].isspace():
                end += 1
            fields.append(data[pos:end])
            pos = end
        assert fields[0] == b'P6', 'not a binary PPM: %r' % fields[0]
        width, height = int(fields[1]), int(fields[2])
        pixels = data[pos + 1:]
        return width, height, [pixels[y * width * 3:(y + 1) * width * 3]
                               for y in range(height)]

    def send_keys(self, keys):
        """Press keys (QEMU qcode names, e.g. 'a', 'shift', 'ret')
        one chord at a time: a list of strings or lists of strings."""
        for chord in keys:
            if isinstance(chord, str):
                chord = [chord]
            self.command('send-key', keys=[{'type': 'qcode', 'data': k}
                                           for k in chord])
            time.sleep(0.05)

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for f in os.listdir(self.dir):
            os.unlink(os.path.join(self.dir, f))
        os.rmdir(self.dir)


class Shell(Qemu):
    """The real image, booted to its shell prompt, driven like a person
    at the console would: type, wait for output, press keys."""

    PROMPT = re.compile(rb'(?:^|\n)[^\n]*[#$] $')

    def __init__(self, extra=(), net=None, hostfwd=(), guestfwd=(),
                 tftp=None):
        Qemu.__init__(self, iso('resurgo.iso'), extra, net, hostfwd,
                      guestfwd, tftp)
        self.syncs = 0                  # run_until's markers
        self.wait_prompt(timeout=90)

    def wait_prompt(self, timeout=60):
        """Wait for a prompt after what was already seen."""
        import select
        deadline = time.monotonic() + timeout
        start = len(self.out)
        while not self.PROMPT.search(self.out[start:]) and \
                not self.PROMPT.search(self.out[max(0, start - 80):]):
            left = deadline - time.monotonic()
            assert left > 0, 'no shell prompt within %gs' % timeout
            r, _, _ = select.select([self.proc.stdout], [], [], left)
            if r:
                data = os.read(self.proc.stdout.fileno(), 65536)
                assert data, 'QEMU exited'
                self.out += data.replace(b'\r', b'')
                log(data.decode('utf-8', 'replace'))
        self.mark = len(self.out)

    def type(self, text):
        self.proc.stdin.write(text.encode())
        self.proc.stdin.flush()

    def run(self, command, timeout=60):
        """Type a command line and return what it printed."""
        start = len(self.out)
        self.type(command + '\n')
        self.wait_for_after(start, self.PROMPT, timeout)
        text = self.out[start:].decode('utf-8', 'replace')
        lines = text.split('\n')
        return '\n'.join(lines[1:-1])      # less the echo and the prompt

    def run_until(self, command, until, timeout=60):
        """Type a command line whose effect shows on its own time (a
        service that RS starts or restarts prints as it runs, before or
        after the shell's next prompt) and return what the console showed
        once both the text matching until and the shell's prompt came."""
        start = len(self.out)
        self.type(command + '\n')
        self.wait_for_after(start, until, timeout)
        self.syncs += 1
        mark = len(self.out)
        # Quoted, so that only the output (not the echo of what was
        # typed, which may come before the prompt) reads sync-N.
        self.type('echo sync-"%d"\n' % self.syncs)
        self.wait_for_after(mark, r'sync-%d\n' % self.syncs, timeout)
        self.wait_for_after(mark, self.PROMPT, timeout)
        return self.out[start:mark].decode('utf-8', 'replace')

    def wait_for_after(self, start, rx, timeout):
        import select
        deadline = time.monotonic() + timeout
        if isinstance(rx, str):
            rx = re.compile(rx.encode())
        while not rx.search(self.out, start + 1):
            left = deadline - time.monotonic()
            assert left > 0, 'timed out after %gs waiting for %r' % (
                timeout, rx.pattern)
            r, _, _ = select.select([self.proc.stdout], [], [], left)
            if r:
                data = os.read(self.proc.stdout.fileno(), 65536)
                assert data, 'QEMU exited'
                self.out += data.replace(b'\r', b'')
                log(data.decode('utf-8', 'replace'))


class Session:
    """One boot shared by several tests: the first test to ask types every
    command (through tools/vmrun); each test then reads what its own
    commands printed.  Commands must be distinct.  One may span lines (a
    here document) if the shell needs each line but the last to complete
    it; none may hold '# ' or '$ ', which vmrun could take for a prompt."""

    def __init__(self, commands, timeout=60, vmrun_args=()):
        assert len(set(commands)) == len(commands), 'repeated command'
        bad = [c for c in commands if '# ' in c or '$ ' in c]
        assert not bad, 'commands that look like a prompt: %r' % bad
        self.commands = list(commands)
        self.timeout = timeout
        self.vmrun_args = list(vmrun_args)   # e.g. ['--disk', IMG]
        self.lock = threading.Lock()
        self.ran = None             # (status, console, stderr)
        self.outputs = {}           # command -> (printed, status)

    def boot(self):
        with self.lock:
            if self.ran is None:
                self.ran = vmrun('--timeout', str(self.timeout),
                                 *self.vmrun_args, '--', *self.commands,
                                 timeout=self.timeout * 3 + 120)
                self._split(self.ran[1])
            elif self not in getattr(_local, 'sessions_logged', {self}):
                log('(the console of a shared boot)\n' + self.ran[1])
        getattr(_local, 'sessions_logged', set()).add(self)
        return self.ran

    def _split(self, console):
        """Cut the console into each command's output.  The tty echoes a
        command as it is typed, and the shell's '> ' prompts for its
        continuation lines fall in between; the output follows both."""
        mark = '# echo "[vmrun rc=$?]"\n'
        rc = re.compile(r'\[vmrun rc=(\d+)\]\n')
        pos = 0
        for c in self.commands:
            start = console.find('# ' + c.split('\n')[0] + '\n', pos)
            if start < 0:
                return
            start += 2 + len(c) + 1 + 2 * c.count('\n')
            end = console.find(mark, start)
            m = rc.match(console, end + len(mark)) if end >= 0 else None
            if not m:
                return
            self.outputs[c] = (console[start:end], int(m.group(1)))
            pos = m.end()

    def out(self, command):
        """What command printed (stdout and stderr, as on the console)."""
        return self.result(command)[0]

    def status(self, command):
        return self.result(command)[1]

    def result(self, command):
        status, console, err = self.boot()
        assert command in self.commands, 'not a command of the session'
        assert command in self.outputs, \
            'the session stopped before %r: %s' % (command, err.strip())
        return self.outputs[command]



class Boots:
    """Tests' commands grouped in topics (dicts of short names to command
    lines) and the topics in boots: one Session per list of topics."""

    def __init__(self, *boots, timeout=60):
        self.sessions = [Session([c for t in topics for c in t.values()],
                                 timeout) for topics in boots]

    def session(self, cmd):
        for s in self.sessions:
            if cmd in s.commands:
                return s
        raise AssertionError('%r is in no boot' % cmd)

    def outputs(self, topic):
        """What each command of a topic printed, by its short name."""
        return {name: self.session(c).out(c) for name, c in topic.items()}

    def statuses(self, topic):
        return {name: self.session(c).status(c) for name, c in topic.items()}


_TABLE = []
for _i in range(256):
    _c = _i << 24
    for _ in range(8):
        _c = ((_c << 1) ^ 0x04C11DB7) if _c & 0x80000000 else _c << 1
    _TABLE.append(_c & 0xFFFFFFFF)


def posix_cksum(data):
    """The CRC that POSIX cksum prints."""
    n = len(data)
    while n:
        data += bytes([n & 0xFF])
        n >>= 8
    crc = 0
    for b in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ _TABLE[(crc >> 24) ^ b]
    return (~crc) & 0xFFFFFFFF


def without_inet(sh, nic):
    """nettest wants the driver to itself, as if it were the first
    client: INET, the driver's client since boot, goes, and the driver
    starts anew.  (A second client's NDEV_CONF makes rtl8139 rewrite its
    receive configuration, which resets QEMU's receive ring under the
    driver: it counts a frame lost.)"""
    sh.run('service down inet')
    sh.run('service down %s' % nic)
    sh.run_until('service up /service/%s' % nic,
                 r'%s: [0-9a-f:]+, irq \d+, link \w+' % nic)
