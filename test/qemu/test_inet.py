"""TCP/IP over a network card, as a user sees it: INET gets its address
from QEMU's DHCP server; TCP streams of several MB cross between host
and guest whole (their checksums agree) on both of QEMU's cards; UDP
datagrams from the host arrive whole, fragmented or not, and a TFTP
transfer carries UDP both ways; the gateway answers ICMP echo; the card's
driver killed in the middle of a 2 MB stream costs a pause, not a byte;
INET killed under an open connection costs that connection (a clear
error, no hang), and a new one works at once.

The network is QEMU's user-mode network with restrict=on: the host
reaches the guest through hostfwd and the guest the host through
guestfwd, both bound to 127.0.0.1; the guest talks to nothing but the
virtual LAN (10.0.2.x).  The in-guest side is /usr/tests/netio."""

import os
import re
import socket
import tempfile
import threading
import time
import subprocess
from harness import Shell, posix_cksum, vmrun, wait_until

NICS = ('e1000', 'rtl8139')
MB = 1024 * 1024
GUEST_PORT = 5000
ADDRESS = r'inet: eth0 is 10\.0\.2\.15/255\.255\.255\.0'


def free_port(kind=socket.SOCK_STREAM):
    s = socket.socket(socket.AF_INET, kind)
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


def booted(nic, extra=(), **fwd):
    """A shell on a guest with card nic, once DHCP has given it its
    address."""
    sh = Shell(extra, net=nic, **fwd)
    sh.wait_for(ADDRESS, timeout=60)
    return sh


def connect_retry(port, timeout=30):
    """Connect to the guest through hostfwd.  QEMU accepts for the guest
    and closes at once if nothing listens there yet, so a connection only
    counts once the guest's program said it listens."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return socket.create_connection(('127.0.0.1', port), timeout=60)
        except OSError:
            assert time.monotonic() < deadline, 'cannot connect'
            time.sleep(0.1)


def stream_result(sh, start):
    sh.wait_for_after(start, r'netio: received (\d+) bytes, cksum (\d+), '
                      r'\d+ ms', 180)
    m = re.findall(r'netio: received (\d+) bytes, cksum (\d+)',
                   sh.out[start:].decode())[-1]
    return int(m[0]), int(m[1])


def host_to_guest(nic, size, kill_at=None):
    """Send size random bytes to netio recv; with kill_at, kill the
    card's driver once that many have been sent.  Returns a list of
    sub-results."""
    port = free_port()
    data = os.urandom(size)
    sh = booted(nic, hostfwd=['tcp::%d-:%d' % (port, GUEST_PORT)])
    try:
        start = len(sh.out)
        sh.type('/usr/tests/netio recv %d &\n' % GUEST_PORT)
        sh.wait_for_after(start, r'netio: listening', 30)
        conn = connect_retry(port)
        sent = 0
        while sent < size:
            n = conn.send(data[sent:sent + 65536])
            sent += n
            if kill_at is not None and sent >= kill_at:
                mark = len(sh.out)
                sh.type('kill -9 $(pidof %s)\n' % nic)
                kill_at = None
                killed = mark
        conn.close()
        got, ck = stream_result(sh, start)
        subs = [('all_bytes_arrived', got == size, '%d of %d' % (got, size)),
                ('checksums_agree', ck == posix_cksum(data),
                 'guest %d, host %d' % (ck, posix_cksum(data)))]
        if 'killed' in locals():
            back = re.search(r'rs: %s is back' % nic,
                             sh.out[killed:].decode('utf-8', 'replace'))
            subs.append(('the_driver_was_killed_and_came_back', back,
                         'no restart seen'))
        return subs
    finally:
        sh.close()


def accept_stream(listener, size, into):
    """guestfwd's connection (QEMU opens it when it starts): read size
    bytes into into['data']."""
    conn, _ = listener.accept()
    conn.settimeout(180)
    buf = bytearray()
    try:
        while len(buf) < size:
            chunk = conn.recv(65536)
            if not chunk:
                break
            buf += chunk
    finally:
        into['data'] = bytes(buf)
        conn.close()


def guest_to_host(nic, size, extra=()):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(('127.0.0.1', 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    got = {}
    reader = threading.Thread(target=accept_stream,
                              args=(listener, size, got), daemon=True)
    reader.start()
    sh = booted(nic, extra, guestfwd=['tcp:10.0.2.100:6000-:%d' % port])
    try:
        out = sh.run('/usr/tests/netio send 10.0.2.100 6000 %d 7' % size,
                     timeout=300)
        m = re.search(r'netio: sent (\d+) bytes, cksum (\d+)', out)
        assert m, out
        wait_until(lambda: 'data' in got, 120, 'the host to read it all')
        data = got['data']
        return [('the_guest_sent_it_all', int(m.group(1)) == size, out),
                ('the_host_received_it_all', len(data) == size,
                 '%d of %d' % (len(data), size)),
                ('checksums_agree', posix_cksum(data) == int(m.group(2)),
                 'host %d, guest %s' % (posix_cksum(data), m.group(2)))]
    finally:
        sh.close()
        listener.close()


def test_e1000_host_to_guest_tcp_stream_of_4_mb_arrives_whole():
    return host_to_guest('e1000', 4 * MB)


def test_rtl8139_host_to_guest_tcp_stream_of_4_mb_arrives_whole():
    return host_to_guest('rtl8139', 4 * MB)


def test_e1000_guest_to_host_tcp_stream_of_4_mb_arrives_whole():
    return guest_to_host('e1000', 4 * MB)


def test_rtl8139_guest_to_host_tcp_stream_of_4_mb_arrives_whole():
    return guest_to_host('rtl8139', 4 * MB)



def test_e1000_killed_mid_stream_the_2_mb_arrive_whole():
    return host_to_guest('e1000', 2 * MB, kill_at=MB // 2)


def test_rtl8139_killed_mid_stream_the_2_mb_arrive_whole():
    return host_to_guest('rtl8139', 2 * MB, kill_at=MB // 2)


def test_udp_datagrams_from_the_host_arrive_whole_even_fragmented():
    """Restricted, QEMU's user network lets no datagram of the guest's
    out but to its own DHCP and TFTP servers: the other way is the TFTP
    test's."""
    port = free_port(socket.SOCK_DGRAM)
    sizes = [1, 100, 1472, 1473, 3000, 8000, 512, 0, 60, 20000]
    sh = booted('e1000', hostfwd=['udp::%d-:%d' % (port, GUEST_PORT)])
    try:
        start = len(sh.out)
        sh.type('/usr/tests/netio udprecv %d %d &\n'
                % (GUEST_PORT, len(sizes)))
        sh.wait_for_after(start, r'netio: receiving', 30)
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        subs = []
        for i, n in enumerate(sizes):
            data = os.urandom(n)
            s.sendto(data, ('127.0.0.1', port))
            rx = r'netio: datagram %d: (\d+) bytes, cksum (\d+)\n' % i
            sh.wait_for_after(start, rx, 30)
            got = re.search(rx, sh.out[start:].decode())
            ok = got and int(got.group(1)) == n \
                and int(got.group(2)) == posix_cksum(data)
            subs.append(('datagram_of_%d_bytes' % n, ok,
                         got.group(0) if got else 'nothing'))
        s.close()
        return subs
    finally:
        sh.close()


def test_udp_both_ways_a_file_by_tftp_from_the_gateway():
    tmp = tempfile.mkdtemp(prefix='tftp.')
    data = os.urandom(300 * 1024 + 17)
    with open(os.path.join(tmp, 'blob'), 'wb') as f:
        f.write(data)
    sh = booted('e1000', tftp=tmp)
    try:
        out = sh.run('/usr/tests/netio tftp blob', timeout=120)
        m = re.search(r'netio: tftp got (\d+) bytes, cksum (\d+)', out)
        assert m, out
        assert int(m.group(1)) == len(data), out
        assert int(m.group(2)) == posix_cksum(data), out
    finally:
        sh.close()
        os.unlink(os.path.join(tmp, 'blob'))
        os.rmdir(tmp)


def test_ping_of_the_gateway_and_a_host_nobody_answers():
    sh = booted('e1000')
    try:
        out = sh.run('/usr/tests/netio ping 10.0.2.2 4', timeout=60)
        assert re.search(r'4 sent, 4 received, rtt min/avg/max', out), out
        assert out.count('reply from 10.0.2.2') == 4, out
        # Nobody answers ARP for .77: after ARP's tries, a connection
        # there fails with EHOSTUNREACH (ICMP host unreachable, sent by
        # INET to itself).
        out = sh.run('/usr/tests/netio send 10.0.2.77 80 1', timeout=60)
        assert 'netio: connect: Host is unreachable' in out, out
    finally:
        sh.close()


def test_inet_killed_with_a_connection_open_errors_then_works():
    sh = booted('e1000')
    try:
        start = len(sh.out)
        sh.type('/usr/tests/netio hold 7100 &\n')
        sh.wait_for_after(start, r'netio: holding a connection', 30)
        sh.type('kill -9 $(pidof inet)\n')
        sh.wait_for_after(start, r'netio: a new connection works|'
                          r'netio: a new connection:', 60)
        out = sh.out[start:].decode('utf-8', 'replace')
        subs = [
            ('the_waiting_recv_fails_with_econnreset',
             'netio: recv: Connection reset' in out, out),
            ('the_next_send_fails_with_econnreset',
             'netio: send: Connection reset' in out, out),
            ('close_works', 'netio: close: returned 0' in out, out),
            ('a_new_connection_works',
             'netio: a new connection works' in out, out),
            ('rs_restarted_inet', re.search(r'rs: inet is back', out), out),
        ]
        # The interface kept its address; the gateway still answers.
        st = sh.run('ifconfig eth0')
        subs.append(('eth0_kept_its_address',
                     'inet 10.0.2.15 netmask 255.255.255.0' in st, st))
        ping = sh.run('/usr/tests/netio ping 10.0.2.2 1', timeout=30)
        subs.append(('the_gateway_answers_again',
                     '1 sent, 1 received' in ping, ping))
        return subs
    finally:
        sh.close()


def test_ifconfig_shows_sets_and_refuses_bad_arguments():
    sh = booted('e1000')
    try:
        subs = []
        out = sh.run('ifconfig')
        subs.append(('lists_lo_and_eth0', 'lo: flags=' in out
                     and 'eth0: flags=' in out, out))
        subs.append(('shows_the_dhcp_lease',
                     re.search(r'config dhcp \(bound, lease \d+s\)', out),
                     out))
        subs.append(('shows_the_hardware_address_and_link',
                     re.search(r'ether 52:54:00:12:34:56  driver e1000  '
                               r'link up', out), out))
        out = sh.run('ifconfig eth0 renew; sleep 1; ifconfig eth0')
        subs.append(('the_lease_is_renewed',
                     re.search(r'DHCP lease renewed', sh.out.decode(
                         'utf-8', 'replace')), out))
        out = sh.run('ifconfig eth0 10.0.2.20 netmask 255.255.255.0 '
                     'gateway 10.0.2.2; ifconfig eth0')
        subs.append(('a_static_address_is_set',
                     'inet 10.0.2.20 netmask 255.255.255.0' in out
                     and 'config static' in out, out))
        out = sh.run('/usr/tests/netio ping 10.0.2.2 1', timeout=30)
        subs.append(('the_gateway_answers_the_new_address',
                     '1 sent, 1 received' in out, out))
        out = sh.run('ifconfig eth0 down; ifconfig eth0; '
                     '/usr/tests/netio ping 10.0.2.2 1', timeout=30)
        subs.append(('down_stops_traffic', 'flags=42<BROADCAST,RUNNING>'
                     in out and ('Network unreachable' in out
                                 or '1 sent, 0 received' in out), out))
        out = sh.run('ifconfig eth0 up dhcp; sleep 3; ifconfig eth0')
        subs.append(('dhcp_again', 'inet 10.0.2.15 netmask' in out, out))
        for bad, why in (('ifconfig eth0 bogus', 'usage:'),
                         ('ifconfig eth0 1.2.3', 'bad address'),
                         ('ifconfig eth9', 'no such interface'),
                         ('ifconfig eth0 10.0.2.30 netmask 255.0.255.0',
                          'Invalid argument'),
                         ('ifconfig -q', 'usage:')):
            out = sh.run(bad + '; echo st=$?')
            subs.append(('refuses_%s' % re.sub(r'\W+', '_', bad[9:]),
                         why in out and 'st=0' not in out, out))
        return subs
    finally:
        sh.close()


def test_without_a_dhcp_server_the_fallback_from_inet_conf_is_used():
    """A card on a hub of its own: DHCP asks nobody (no frame leaves
    QEMU), and after three DISCOVERs /etc/inet.conf's fallback holds."""
    sh = Shell(extra=['-netdev', 'hubport,id=lonely,hubid=7',
                      '-device', 'e1000,netdev=lonely'])
    try:
        sh.wait_for(r'inet: eth0: no DHCP server; using the fallback '
                    r'address', timeout=60)
        out = sh.run('ifconfig eth0')
        assert 'inet 10.0.2.15 netmask 255.255.255.0' in out, out
        assert re.search(r'config fallback \(dhcp selecting\) gateway '
                         r'10\.0\.2\.2', out), out
        out = sh.run('/usr/tests/netio ping 10.0.2.15 1', timeout=30)
        assert '1 sent, 1 received' in out, out
    finally:
        sh.close()


def test_e1000_streams_both_ways_under_icount_and_keeps_its_card():
    """make bench's network boot (tools/netpeer at the host's end, under
    -icount): 8 MiB to the guest, then 8 MiB from it, then pings.  The
    driver is busy for quanta on end while INET sends it frames; it once
    sank below INET as if it were caught in a loop, fell behind, and
    INET gave the card up ("cannot reach driver e1000")."""
    top = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))))
    peer = subprocess.Popen([os.path.join(top, 'tools', 'netpeer'),
                             str(8 * MB)], stdout=subprocess.PIPE, text=True)
    try:
        sink, source = peer.stdout.readline().split()[1:3]
        rc, out, err = vmrun(
            '--icount', '--net', '--nic', 'e1000',
            '--hostfwd', 'tcp::%s-:5001' % source,
            '--guestfwd', 'tcp:10.0.2.100:6000-:%s' % sink, '--',
            '/usr/tests/netbench recv 5001',
            '/usr/tests/netbench send 10.0.2.100 6000 %d' % (8 * MB),
            '/usr/tests/netbench ping 10.0.2.2 3', timeout=600)
    finally:
        peer.kill()
        peer.wait()
    assert 'cannot reach driver' not in out, out[-2000:]
    assert rc == 0, err + out[-2000:]
    for name in ('tcp_host_to_guest_per_mib', 'tcp_guest_to_host_per_mib',
                 'ping_round_trip'):
        assert re.search(r'^bench: %s \d+ instructions$' % name, out,
                         re.M), out[-2000:]
