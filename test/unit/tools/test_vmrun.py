#!/usr/bin/env python3
"""test_vmrun - host tests of tools/vmrun's network options: the card
--nic names (e1000 unless said), the user-mode network always
restricted, and --hostfwd and --guestfwd rules pinned to 127.0.0.1 on
the host, refused otherwise.

    test_vmrun.py VMRUN

Prints "ok NAME" or "FAIL NAME: why" per case and "N passed, M failed";
exits 0 only if nothing failed.
"""

import contextlib
import importlib.machinery
import importlib.util
import io
import sys

passed = failed = 0


def check(name, ok, why=''):
    global passed, failed
    if ok:
        passed += 1
        print('ok %s' % name)
    else:
        failed += 1
        print('FAIL %s: %s' % (name, why))


def load(path):
    loader = importlib.machinery.SourceFileLoader('vmrun', path)
    spec = importlib.util.spec_from_loader('vmrun', loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def refused(fn, *args):
    """fn(*args) exits (SystemExit): the message, or None if it did not."""
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            fn(*args)
    except SystemExit as e:
        return str(e.code) + err.getvalue()
    return None


def main():
    vm = load(sys.argv[1])
    args = vm.parse_args(['--net', '--', 'true'])
    check('the_default_card_is_e1000', args.nic == 'e1000', args.nic)
    cmd = ' '.join(vm.qemu_command(args, '/tmp/m'))
    check('the_network_is_restricted_user_mode',
          '-netdev user,id=net0,restrict=on' in cmd, cmd)
    check('the_card_is_on_that_network', '-device e1000,netdev=net0' in cmd,
          cmd)
    args = vm.parse_args(['--net', '--nic', 'rtl8139', '--', 'true'])
    check('nic_rtl8139_gives_an_rtl8139',
          '-device rtl8139,netdev=net0' in
          ' '.join(vm.qemu_command(args, '/tmp/m')), args.nic)
    check('no_net_no_card', '-nic none' in ' '.join(
        vm.qemu_command(vm.parse_args(['--', 'true']), '/tmp/m')))
    check('an_unknown_card_is_refused',
          refused(vm.parse_args, ['--net', '--nic', 'ne2k']) is not None)
    check('nic_without_net_is_refused',
          refused(vm.parse_args, ['--nic', 'e1000']) is not None)
    check('guestfwd_without_net_is_refused',
          refused(vm.parse_args, ['--guestfwd', 'tcp::80-:8080'])
          is not None)
    net = ' '.join(vm.network_args('e1000', ['tcp::5555-:22'],
                                   ['tcp::80-:8080',
                                    'tcp:10.0.2.100:81-tcp:127.0.0.1:8081']))
    check('hostfwd_is_bound_to_127_0_0_1',
          'hostfwd=tcp:127.0.0.1:5555-:22' in net, net)
    check('guestfwd_goes_to_127_0_0_1_at_the_gateway_by_default',
          'guestfwd=tcp:10.0.2.2:80-tcp:127.0.0.1:8080' in net, net)
    check('guestfwd_may_name_an_address_of_the_virtual_network',
          'guestfwd=tcp:10.0.2.100:81-tcp:127.0.0.1:8081' in net, net)
    for name, rule in [
            ('guestfwd_to_another_host_is_refused',
             'tcp::80-192.168.1.1:8080'),
            ('guestfwd_to_every_address_is_refused', 'tcp::80-0.0.0.0:8080'),
            ('guestfwd_outside_the_virtual_network_is_refused',
             'tcp:8.8.8.8:80-:8080'),
            ('guestfwd_other_than_tcp_is_refused', 'udp::80-:8080'),
            ('guestfwd_without_a_host_port_is_refused', 'tcp::80')]:
        check(name, refused(vm.guestfwd_rule, rule) is not None, rule)
    check('hostfwd_from_another_address_is_refused',
          refused(vm.hostfwd_rule, 'tcp:0.0.0.0:5555-:22') is not None)
    print('%d passed, %d failed' % (passed, failed))
    return failed != 0


if __name__ == '__main__':
    sys.exit(main())
