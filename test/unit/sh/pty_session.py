#!/usr/bin/env python3
"""pty_session.py - drives an interactive shell through a terminal.

    pty_session.py SHELL STEP...

Starts SHELL on a new pseudo-terminal with PS1 set to a marker, then for
each STEP sends it (^C and ^Z as the control characters, anything else
as a line) and waits for the next prompt.  Prints the lines the shell
wrote that start with "out:", then "exit N" with the shell's status, so
that a test case can compare them.
"""
import os
import pty
import select
import sys
import time

PROMPT = b'PROMPT> '


def read_until_prompt(fd, timeout=10.0):
    data = b''
    end = time.time() + timeout
    while time.time() < end and not data.endswith(PROMPT):
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
    return data


def main():
    shell, steps = sys.argv[1], sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ['PS1'] = PROMPT.decode()
        os.execv(shell, [shell])
    out = read_until_prompt(fd)
    for i, step in enumerate(steps):
        if step in ('^C', '^Z'):
            time.sleep(0.5)     # let the command start first
            os.write(fd, b'\x03' if step == '^C' else b'\x1a')
        else:
            os.write(fd, step.encode() + b'\n')
            if step.startswith('exit'):
                break
            if i + 1 < len(steps) and steps[i + 1] in ('^C', '^Z'):
                continue
        out += read_until_prompt(fd)
    deadline = time.time() + 10
    while time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                if not os.read(fd, 4096):
                    break
            except OSError:
                break
    _, status = os.waitpid(pid, 0)
    for line in out.decode(errors='replace').replace('\r', '').split('\n'):
        if line.startswith('out:'):
            print(line)
    print('exit', os.waitstatus_to_exitcode(status))


main()
