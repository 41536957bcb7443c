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


class Qemu:
    """A QEMU of our own, for tests that need to look inside the machine
    (VGA memory) or press keys.  The serial console is read from a pipe;
    the machine is driven through QMP."""

    def __init__(self, iso_path, extra=()):
        self.dir = tempfile.mkdtemp(prefix='qtest.')
        self.qmp_path = os.path.join(self.dir, 'qmp')
        cmd = ['qemu-system-i386', '-m', '256', '-display', 'none',
               '-cdrom', iso_path, '-boot', 'd', '-no-reboot', '-nic', 'none',
               '-serial', 'stdio', '-qmp',
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

    def command(self, name, **args):
        """One QMP command; returns its answer."""
        import json
        if self.qmp is None:
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

    def __init__(self, extra=()):
        Qemu.__init__(self, iso('resurgo.iso'), extra)
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
