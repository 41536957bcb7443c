"""What an ordinary user, or one wrong admin command, cannot break.

Each check is something that broke once (docs/security.md), done the way
a user would: at the console, as ast (su ast -c) or as root, with a
program in the image (/usr/tests/dsquota) where the shell cannot say it.

  - /tmp is sticky: ast may not remove or rename root's files there;
  - DS: a user cannot take a driver's names before the driver starts,
    holds a few keys at most, all users together a quarter of DS, and
    what a process held goes with it; services still start and restart;
  - service refuses to stop or restart what the system cannot run
    without, to give a held device major to a second driver, and
    heartbeat periods that make no sense;
  - init takes no signal it has not asked for;
  - a mounted disk is nodev,nosuid unless root says otherwise.

Every step waits for what the console shows, never a fixed time."""

import os
import re
import subprocess
import tempfile
from harness import Shell

AST = "su ast -c '%s'"


class Checks:
    def __init__(self):
        self.subs = []

    def ok(self, name, cond, why):
        self.subs.append((name, bool(cond), why))


def sticky_tmp(sh, k):
    sh.run('echo root > /tmp/rootf; chmod 666 /tmp/rootf')
    out = sh.run(AST % 'rm -f /tmp/rootf; echo st=$?')
    k.ok('ast_cannot_remove_roots_file_in_tmp',
         'Operation not permitted' in out and 'st=1' in out, out)
    out = sh.run(AST % 'mv /tmp/rootf /tmp/mine; echo st=$?')
    k.ok('ast_cannot_rename_roots_file_in_tmp', 'st=1' in out, out)
    out = sh.run(AST % 'echo x > /tmp/a2; mv /tmp/a2 /tmp/rootf; echo st=$?')
    k.ok('ast_cannot_rename_over_roots_file', 'st=1' in out, out)
    k.ok('roots_file_is_intact', sh.run('cat /tmp/rootf') == 'root',
         sh.run('ls -l /tmp'))
    out = sh.run(AST % 'echo y > /tmp/astf; rm /tmp/astf /tmp/a2; echo st=$?')
    k.ok('ast_removes_its_own_files_in_tmp', out.endswith('st=0'), out)
    out = sh.run(AST % 'echo z > /tmp/astg' + '; rm /tmp/astg; echo st=$?')
    k.ok('root_removes_anyones_file', out.endswith('st=0'), out)


def data_store(sh, k):
    out = sh.run(AST % '/usr/tests/dsquota names')
    for key in ('drv.vfs.hello', 'drv.net.e1000', 'hello.state',
                'pci.owner.00:03.0', 'rs'):
        k.ok('a_user_cannot_publish_' + key,
             'publish %s: Operation not permitted' % key in out, out)
    k.ok('a_user_publishes_under_user', 'publish user.mine: OK' in out, out)
    out = sh.run(AST % '/usr/tests/dsquota fill')
    k.ok('one_process_holds_8_keys',
         out == 'fill: 8 keys, then No space left on device', out)
    out = sh.run(AST % '/usr/tests/dsquota churn 20')
    k.ok('what_a_process_held_goes_with_it',
         out == 'churn: 20 children published 160 keys', out)
    out = sh.run_until(AST % '/usr/tests/dsquota hold 12 /tmp/dsq.done' +
                       ' &', r'hold: 12 children hold \d+ keys')
    m = re.search(r'hold: 12 children hold (\d+) keys', out)
    k.ok('all_users_together_hold_64_keys', m and m.group(1) == '64', out)
    sh.run('service up /service/hello -dev /dev/hello')
    out = sh.run('cat /dev/hello')
    k.ok('a_driver_starts_while_users_hold_their_share',
         'Hello, World!' in out, out)
    sh.run('service restart hello')
    out = sh.run('cat /dev/hello')
    k.ok('and_restarts_and_announces_itself', 'Hello, World!' in out, out)
    sh.run_until('touch /tmp/dsq.done', r'hold: released')
    sh.run('wait; service down hello')


def service_verbs(sh, k):
    for verb, label in (('down', 'mfs'), ('restart', 'mfs'),
                        ('down', 'memory'), ('refresh', 'vfs'),
                        ('down', 'tty'), ('restart', 'pm')):
        out = sh.run('service %s %s; echo st=$?' % (verb, label))
        k.ok('service_%s_%s_is_refused' % (verb, label),
             'service: %s is part of the boot set' % label in out
             and out.endswith('st=1'), out)
    out = sh.run('service up /service/hello -label evil -dev /dev/null;'
                 ' echo st=$?')
    k.ok('a_held_major_is_refused_to_another_driver',
         'service: evil: major 1 is already served by another driver'
         in out and out.endswith('st=1'), out)
    out = sh.run('echo gone > /dev/null; head -c 3 /dev/zero | od -c;'
                 ' echo st=$?')
    k.ok('dev_null_and_dev_zero_still_work',
         '\\0  \\0  \\0' in out and out.endswith('st=0'), out)
    for period in ('-5', '0', '99999999HZ', '5x'):
        out = sh.run('service up /service/hello -period %s; echo st=$?'
                     % period)
        k.ok('period_%s_is_refused' % period,
             'service: bad period %s' % period in out and
             out.endswith('st=2'), out)
    out = sh.run('service list')
    k.ok('nothing_was_started', 'evil' not in out and
         not re.search(r'^hello ', out, re.M), out)


def init_signals(sh, k):
    out = sh.run('for s in KILL STOP TERM HUP INT SEGV; do kill -$s 1; done;'
                 ' echo st=$?')
    k.ok('root_may_send_init_signals', out.endswith('st=0'), out)
    out = sh.run('ps -l | grep " init$"')
    k.ok('init_is_still_there_and_running',
         re.search(r'^\s*\S+\s+1\s+0\s+.*\bS\b', out, re.M) or
         re.search(r'\b1\b.*init', out), out)
    before = sh.run('echo pid=$$')
    start = len(sh.out)
    sh.type('exit\necho pid=$$\n')     # the second line: for the next shell
    sh.wait_for_after(start, r'pid=\d+\n', 60)
    after = re.search(r'pid=(\d+)\n', sh.out[start:].decode()).group(1)
    k.ok('init_starts_a_new_shell', before != 'pid=' + after,
         '%s then pid=%s' % (before, after))


def hog(sh, k, what, refused, root_does, root_sees):
    """ast takes all of what (hogs); root still gets root_does done."""
    done = '/tmp/%s.done' % what
    out = sh.run_until(AST % '/usr/tests/hogs %s %s' % (what, done) + ' &',
                       r'%s: \d+ \S+, then [^\n]*\n' % what, timeout=300)
    m = re.search(r'%s: (\d+) \S+, then (.*)' % what, out)
    k.ok('a_user_takes_all_the_%s_he_may' % what,
         m and int(m.group(1)) > 0 and m.group(2) == refused, out)
    out = sh.run(root_does)
    k.ok('root_still_has_%s_left' % what, root_sees in out, out)
    sh.run_until('touch %s' % done, r'hogs: let go', timeout=120)
    sh.run('wait')


def reserves(sh, k):
    hog(sh, k, 'procs', 'Resource temporarily unavailable',
        'ps -e | grep -c " hogs$"; echo root-forks', 'root-forks')
    hog(sh, k, 'files', 'Too many open files in system',
        'cat /etc/hostname | wc -l; echo root-opens', 'root-opens')
    hog(sh, k, 'memory', 'Not enough space',
        'ps -e | grep -c " hogs$"; echo root-runs', 'root-runs')


def test_a_user_and_root_cannot_break_these():
    k = Checks()
    sh = Shell()
    try:
        for step in (sticky_tmp, data_store, service_verbs, reserves,
                     init_signals):
            step(sh, k)
    except AssertionError as e:
        k.ok('console', False, str(e))
    finally:
        sh.close()
    return k.subs


def test_mounted_disks_are_nodev_nosuid_unless_root_says():
    k = Checks()
    with tempfile.TemporaryDirectory() as d:
        disk = os.path.join(d, 'disk.img')
        with open(disk, 'wb') as f:
            f.truncate(4 << 20)
        subprocess.run(['mkfs.minix', '-3', disk], check=True,
                       capture_output=True)
        sh = Shell(['-drive', 'file=%s,format=raw,if=ide,index=0,'
                    'media=disk' % disk])
        try:
            sh.run('mount -o dev,suid /dev/c0d0 /mnt')
            sh.run('cd /dev && tar cf /tmp/n.tar mem && cd /mnt && '
                   'tar xf /tmp/n.tar && chmod 666 /mnt/mem && cd /')
            sh.run('cp /bin/id /mnt/id && chmod 4755 /mnt/id')
            out = sh.run(AST % '/mnt/id -u; head -c 4 /mnt/mem | wc -c')
            k.ok('with_dev_suid_root_allows_both', out == '0\n4', out)
            sh.run('umount /mnt && mount /dev/c0d0 /mnt')
            out = sh.run('mount')
            k.ok('the_default_is_nodev_nosuid',
                 '/dev/c0d0 on /mnt type mfs (rw,nodev,nosuid)' in out, out)
            out = sh.run(AST % '/mnt/id -u; head -c 4 /mnt/mem; echo st=$?')
            k.ok('a_set_uid_program_runs_as_the_caller',
                 out.startswith('100\n'), out)
            k.ok('a_device_node_opens_nothing',
                 'Permission denied' in out and out.endswith('st=1'), out)
            sh.run('mkdir /mnt/pub && chmod 1777 /mnt/pub')
            out = sh.run(AST % 'dd if=/dev/zero of=/mnt/pub/fill bs=4096;'
                         ' echo st=$?', timeout=300)
            k.ok('a_user_fills_the_disk_up_to_roots_share',
                 'No space left on device' in out, out)
            out = sh.run('df /mnt')
            k.ok('df_shows_nothing_left_for_users',
                 re.search(r'\s0\s+\d+%\s+/mnt', out), out)
            out = sh.run('dd if=/dev/zero of=/mnt/rootfile bs=4096 count=16'
                         '; echo st=$?; ls -l /mnt/rootfile')
            k.ok('root_can_still_write', out.split('\n')[-2:-1] == ['st=0']
                 and ' 65536 ' in out, out)
            sh.run('rm /mnt/pub/fill /mnt/rootfile')
            out = sh.run('mount -o nodev,bogus /dev/c0d0 /mnt; echo st=$?')
            k.ok('an_unknown_option_is_refused',
                 'mount: unknown option bogus' in out and
                 out.endswith('st=1'), out)
            sh.run('umount /mnt')
        except AssertionError as e:
            k.ok('console', False, str(e))
        finally:
            sh.close()
    return k.subs
