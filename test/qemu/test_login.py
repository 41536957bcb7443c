"""Users at the console: with init.login=yes on the kernel's command
line the console asks who is there; login refuses a wrong password and
lets ast in (the password never echoed) to a home of its own; who and
uptime count the session; the system refuses ast what is not ast's;
su asks for root's password and refuses a wrong one; logging out brings
the login prompt back.  One boot, every check a sub-result; each step
waits for what the console shows, never a fixed time."""

import re
from harness import Shell, Qemu, iso

LOGIN_BOOT = ['-fw_cfg', 'name=opt/resurgo/cmdline,string=init.login=yes']
USER_PROMPT = r'\$ $'
ROOT_PROMPT = r'# $'


class Console(Shell):
    """The image booted to its login prompt."""

    def __init__(self):
        Qemu.__init__(self, iso('resurgo.iso'), LOGIN_BOOT)
        self.syncs = 0
        self.expect('^login: $', 90)

    def answer(self, text, then, timeout=30):
        """Type a line and return what the console showed up to then."""
        self.type(text + '\n')
        return self.expect(then, timeout)

    def login(self, user, password, then):
        """One try at the login prompt; what followed the password."""
        self.answer(user, '^Password: $')
        return self.answer(password, then)

    def sh(self, command, prompt=USER_PROMPT):
        """A command line's output, less its echo and the next prompt."""
        text = self.answer(command, prompt)
        return '\n'.join(text.split('\n')[1:-1])


class Checks:
    def __init__(self):
        self.subs = []

    def eq(self, name, got, want):
        self.subs.append((name, got == want, 'got %r, want %r' % (got, want)))

    def ok(self, name, cond, why):
        self.subs.append((name, bool(cond), why))


def session_as_ast(c, k):
    out = c.login('ast', 'wrong', '^login: $')
    k.ok('login_refuses_a_wrong_password', 'Login incorrect' in out, out)
    k.eq('the_password_is_not_echoed', out.split('\n')[0], '')
    out = c.login('nosuch', 'x', '^login: $')
    k.ok('login_refuses_an_unknown_user', 'Login incorrect' in out, out)
    out = c.login('ast', 'ast', USER_PROMPT)
    k.eq('the_right_password_is_not_echoed_either', out.split('\n')[0], '')
    k.eq('ast_has_its_own_ids', c.sh('id'),
         'uid=100(ast) gid=100(users) groups=100(users)')
    k.eq('ast_starts_at_home', c.sh('pwd'), '/home/ast')
    k.eq('the_login_environment', c.sh('echo $HOME $USER $LOGNAME $SHELL'),
         '/home/ast ast ast /bin/sh')
    who = c.sh('who')
    k.ok('who_lists_the_session',
         re.fullmatch(r'ast +console +\d{4}-\d\d-\d\d \d\d:\d\d', who), who)
    up = c.sh('uptime')
    k.ok('uptime_counts_one_user', re.fullmatch(
        r' \d\d:\d\d:\d\d up .*,  1 user,  load average: '
        r'\d+\.\d\d, \d+\.\d\d, \d+\.\d\d', up), up)


# Command, and what its output must hold: ast is refused these.
REFUSED = [
    ('touch /etc/x', 'touch: /etc/x: Permission denied'),
    ('cat /etc/shadow', 'cat: /etc/shadow: Permission denied'),
    ('rm /bin/ls', 'Permission denied'),
    ('echo x > /root/x', 'Permission denied'),
    ('chmod 777 /etc/passwd', 'chmod: /etc/passwd: Operation not permitted'),
    ('chown ast /etc/motd', 'chown: /etc/motd: Operation not permitted'),
    ('chgrp root /home/ast', 'chgrp: /home/ast: Operation not permitted'),
    ('kill -9 1', 'Operation not permitted'),
]


def permissions(c, k):
    for cmd, says in REFUSED:
        out = c.sh(cmd + '; echo st=$?')
        k.ok('ast_is_refused: ' + cmd, says in out and
             not out.endswith('st=0'), out)
    out = c.sh('nice -n -5 nice; nice -n 7 nice')
    k.eq('ast_may_lower_its_priority_but_not_raise_it', out,
         'nice: cannot change the nice value: Operation not permitted\n0\n7')
    out = c.sh('mkdir d && chmod 750 d && echo hi > d/f && ls -ld d')
    k.ok('ast_owns_what_it_makes',
         re.match(r'drwxr-x--- +2 ast +users .* d$', out), out)
    k.eq('ast_reads_its_own_file', c.sh('cat d/f'), 'hi')


def su(c, k):
    c.type('su -c id\n')
    c.expect('^Password: $')
    out = c.answer('bad', USER_PROMPT)
    k.ok('su_refuses_a_wrong_password', 'su: Sorry' in out, out)
    k.eq('su_status_after_a_wrong_password', c.sh('echo st=$?'), 'st=1')
    c.type('su -c id\n')
    c.expect('^Password: $')
    out = c.answer('resurgo', USER_PROMPT)
    k.ok('su_with_root_s_password_runs_as_root',
         'uid=0(root) gid=0(root)' in out and 'resurgo' not in out, out)
    c.type('su - root -c pwd\n')
    c.expect('^Password: $')
    out = c.answer('resurgo', USER_PROMPT)
    k.ok('su_dash_starts_in_root_s_home', out.split('\n')[-2] == '/root',
         out)
    out = c.sh('su nosuch; echo st=$?')
    k.ok('su_names_an_unknown_user', 'su: nosuch: no such user' in out and
         out.endswith('st=1'), out)


def logout(c, k):
    out = c.answer('exit', '^login: $')
    k.ok('logging_out_brings_login_back', out.endswith('login: '), out)
    c.login('root', 'resurgo', ROOT_PROMPT)
    who = c.sh('who', ROOT_PROMPT)
    k.ok('root_logs_in_and_ast_s_session_is_over',
         re.fullmatch(r'root +console +\S+ \S+', who), who)
    k.eq('root_s_shell_is_root_s', c.sh('id -un', ROOT_PROMPT), 'root')


def test_login_who_permissions_and_su_at_the_console():
    k = Checks()
    c = Console()
    try:
        for step in (session_as_ast, permissions, su, logout):
            step(c, k)
    except AssertionError as e:
        k.ok('console', False, str(e))
    finally:
        c.close()
    return k.subs
