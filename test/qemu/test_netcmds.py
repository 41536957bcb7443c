"""The network commands at the prompt, as a user sees them: ping counts
its echoes and sums up their round trips; nc carries a stream each way
over TCP and datagrams over UDP; netstat lists sockets with their TCP
states and the interfaces' counters; httpd serves a folder to the
host, which fetches its pages (curl, or Python's http.client) byte for
byte as they are in the guest.

QEMU's user-mode network with restrict=on, as in test_inet: the host
reaches the guest through hostfwd and the guest the host through
guestfwd, both bound to 127.0.0.1."""

import http.client
import os
import re
import shutil
import socket
import subprocess
import threading
from harness import Shell, posix_cksum, wait_until

ADDRESS = r'inet: eth0 is 10\.0\.2\.15/255\.255\.255\.0'


def free_port(kind=socket.SOCK_STREAM):
    s = socket.socket(socket.AF_INET, kind)
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


def booted(nic='e1000', **fwd):
    sh = Shell(net=nic, **fwd)
    sh.wait_for(ADDRESS, timeout=60)
    return sh


def status(sh, command):
    out = sh.run(command + '; echo status=$?')
    m = re.search(r'status=(\d+)', out)
    assert m, out
    return int(m.group(1)), out


def guest_cksum(sh, path):
    out = sh.run('cksum %s' % path)
    m = re.match(r'\s*(\d+) (\d+)', out.strip().split('\n')[-1])
    assert m, out
    return int(m.group(1)), int(m.group(2))


def test_ping_counts_echoes_and_sums_up_their_round_trips():
    sh = booted()
    try:
        code, out = status(sh, 'ping -c 3 -i 0.2 10.0.2.2')
        rtts = re.findall(r'\d+ bytes from 10\.0\.2\.2: icmp_seq=(\d) '
                          r'ttl=\d+ time=(\d+\.\d+) ms', out)
        stats = re.search(r'round-trip min/avg/max = (\d+\.\d+)/'
                          r'(\d+\.\d+)/(\d+\.\d+) ms', out)
        subs = [
            ('three_replies_in_order',
             [s for s, _ in rtts] == ['0', '1', '2'], out),
            ('counts_and_loss',
             '3 packets transmitted, 3 received, 0% packet loss' in out,
             out),
            ('min_avg_max_in_order', stats is not None and
             float(stats.group(1)) <= float(stats.group(2))
             <= float(stats.group(3)), out),
            ('exit_status_0', code == 0, out),
        ]
        code, out = status(sh, 'ping -c 2 -s 1000 -i 0.1 10.0.2.2')
        subs.append(('a_larger_echo_comes_back',
                     code == 0 and out.count('1008 bytes from') == 2, out))
        # Nobody answers ARP for .77: the request is lost.
        code, out = status(sh, 'ping -c 1 -W 1 10.0.2.77')
        subs.append(('no_answer_is_counted_lost', code == 1 and
                     '1 packets transmitted, 0 received, 100% packet loss'
                     in out, out))
        code, out = status(sh, 'ping -c 0 10.0.2.2')
        subs.append(('bad_count_is_a_usage_error',
                     code == 2 and 'usage: ping' in out, out))
        code, out = status(sh, 'ping -c 1 no.such.host')
        subs.append(('unknown_host', code == 2 and 'unknown host' in out,
                     out))
        return subs
    finally:
        sh.close()


def test_nc_carries_tcp_streams_both_ways_and_udp_datagrams():
    tcp_port, udp_port = free_port(), free_port(socket.SOCK_DGRAM)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(('127.0.0.1', 0))
    listener.listen(1)
    got = {}

    def accept():
        # guestfwd's connection is QEMU's, made when it starts; it never
        # ends (a chardev), so the reader stops at the size it expects.
        conn, _ = listener.accept()
        conn.settimeout(120)
        wait_until(lambda: 'size' in got, 120, 'the size to expect')
        buf = bytearray()
        while len(buf) < got['size']:
            chunk = conn.recv(65536)
            if not chunk:
                break
            buf += chunk
        got['data'] = bytes(buf)
        conn.close()

    reader = threading.Thread(target=accept, daemon=True)
    reader.start()
    sh = booted(hostfwd=['tcp::%d-:7000' % tcp_port,
                         'udp::%d-:7001' % udp_port],
                guestfwd=['tcp:10.0.2.100:6000-:%d'
                          % listener.getsockname()[1]])
    try:
        subs = []
        # Host to guest: nc -l writes what comes to stdout.
        data = os.urandom(300000)
        start = len(sh.out)
        sh.type('nc -l -v 7000 < /dev/null > /tmp/in.bin &\n')
        sh.wait_for_after(start, r'nc: listening on tcp port 7000', 30)
        conn = socket.create_connection(('127.0.0.1', tcp_port), timeout=60)
        conn.sendall(data)
        conn.close()
        sh.wait_for_after(start, r'nc: connection from 10\.0\.2\.2', 60)
        sh.run('wait', timeout=120)
        subs.append(('host_to_guest_arrives_whole',
                     guest_cksum(sh, '/tmp/in.bin')
                     == (posix_cksum(data), len(data)), 'cksum differs'))
        # Guest to host: nc HOST PORT sends its stdin.  (It then waits
        # for the peer's end, which guestfwd never brings: it is
        # stopped.)
        ck = guest_cksum(sh, '/bin/sh')
        got['size'] = ck[1]
        sh.run('nc 10.0.2.100 6000 < /bin/sh &')
        wait_until(lambda: 'data' in got, 120, 'the host to read it all')
        sh.run('kill %1; wait')
        subs.append(('guest_to_host_arrives_whole',
                     (posix_cksum(got['data']), len(got['data'])) == ck,
                     '%d of %d bytes' % (len(got['data']), ck[1])))
        # UDP: a datagram from the host in.  (Restricted, QEMU's network
        # lets none of the guest's datagrams out to the host: the other
        # way goes over lo, client to listener, inside the guest.)
        start = len(sh.out)
        sh.type('nc -u -l -v 7001 > /tmp/udp.txt &\n')
        sh.wait_for_after(start, r'nc: listening on udp port 7001', 30)
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        u.sendto(b'a datagram\n', ('127.0.0.1', udp_port))
        u.close()
        sh.wait_for_after(start, r'nc: datagrams from 10\.0\.2\.2', 60)
        sh.run('kill %1; wait')
        out = sh.run('cat /tmp/udp.txt')
        subs.append(('udp_datagram_from_the_host',
                     out.strip() == 'a datagram', out))
        start = len(sh.out)
        sh.type('nc -u -l -v 7003 > /tmp/udp2.txt &\n')
        sh.wait_for_after(start, r'nc: listening on udp port 7003', 30)
        code, out = status(sh, 'echo over lo | nc -u 127.0.0.1 7003')
        sh.wait_for_after(start, r'nc: datagrams from 127\.0\.0\.1', 60)
        sh.run('kill %1; wait')
        out = sh.run('cat /tmp/udp2.txt')
        subs.append(('udp_client_to_listener_over_lo',
                     code == 0 and out.strip() == 'over lo', out))
        code, out = status(sh, 'nc -l')
        subs.append(('usage', code == 2 and 'usage: nc' in out, out))
        code, out = status(sh, 'nc 10.0.2.15 9')
        subs.append(('closed_port_refused', code == 1 and
                     'Connection refused' in out, out))
        return subs
    finally:
        sh.close()
        listener.close()


def test_netstat_shows_listeners_connections_and_counters():
    port = free_port()
    sh = booted(hostfwd=['tcp::%d-:7002' % port])
    try:
        start = len(sh.out)
        sh.type('nc -l -v 7002 < /dev/null > /dev/null &\n')
        sh.wait_for_after(start, r'nc: listening on tcp port 7002', 30)
        out = sh.run('netstat -a')
        subs = [('listener', re.search(r'tcp .*\*:7002 +\*:\* +LISTEN',
                                       out), out),
                ('its_own_udp_socket', re.search(r'udp ', out), out)]
        conn = socket.create_connection(('127.0.0.1', port), timeout=60)
        conn.sendall(b'x')
        sh.wait_for_after(start, r'nc: connection from', 60)
        out = sh.run('netstat')
        subs.append(('established', re.search(
            r'tcp .*10\.0\.2\.15:7002 +10\.0\.2\.2:\d+ +ESTABLISHED', out),
            out))
        subs.append(('no_listeners_without_a', 'LISTEN' not in out, out))
        conn.close()
        sh.run('wait', timeout=60)
        out = sh.run('netstat -i')
        eth = re.search(r'eth0 +1500 +10\.0\.2\.15 +(\d+) +\d+ +\d+ +(\d+)',
                        out)
        subs.append(('interfaces_and_counters', eth is not None
                     and int(eth.group(1)) > 0 and int(eth.group(2)) > 0
                     and re.search(r'\nlo ', out), out))
        code, out = status(sh, 'netstat -x')
        subs.append(('usage', code == 2 and 'usage: netstat' in out, out))
        return subs
    finally:
        sh.close()


INDEX = '<html><body><h1>Resurgo</h1><p>served by httpd</p></body></html>\n'
NOTES = 'plain text, two lines\nthe second\n'


def fetch(port, path, method='GET'):
    """(status, headers, body) from the guest's httpd, through
    http.client (which never goes through a proxy)."""
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
    c.request(method, path)
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, dict((k.lower(), v) for k, v in r.getheaders()), body


def curl(port, path):
    """The page as curl fetches it (no proxy), or http.client's."""
    if shutil.which('curl') is None:
        return fetch(port, path)[2]
    return subprocess.run(['curl', '-sf', '--noproxy', '*', '--max-time',
                           '60', 'http://127.0.0.1:%d%s' % (port, path)],
                          capture_output=True, check=True).stdout


def test_httpd_serves_a_folder_to_the_host_byte_exact():
    port = free_port()
    sh = booted(hostfwd=['tcp::%d-:8080' % port])
    try:
        sh.run('mkdir -p /tmp/www/pics')
        sh.run("printf '%s' > /tmp/www/index.html" % INDEX.replace(
            '\n', '\\n'))
        sh.run("printf '%s' > /tmp/www/notes.txt" % NOTES.replace(
            '\n', '\\n'))
        sh.run('cp /bin/sh /tmp/www/pics/logo.png')
        start = len(sh.out)
        sh.type('httpd -p 8080 /tmp/www &\n')
        sh.wait_for_after(start, r'httpd: serving /tmp/www on port 8080',
                          30)
        subs = [('index_by_curl', curl(port, '/') == INDEX.encode(),
                 'differs')]
        st, hd, body = fetch(port, '/notes.txt')
        subs.append(('text', st == 200 and body == NOTES.encode() and
                     hd.get('content-type') == 'text/plain', repr(hd)))
        st, hd, body = fetch(port, '/pics/logo.png')
        subs.append(('png_byte_exact', st == 200 and
                     hd.get('content-type') == 'image/png' and
                     (posix_cksum(body), len(body))
                     == guest_cksum(sh, '/tmp/www/pics/logo.png'),
                     repr(hd)))
        st, hd, body = fetch(port, '/index.html')
        subs.append(('html', st == 200 and body == INDEX.encode() and
                     hd.get('content-type') == 'text/html', repr(hd)))
        st, hd, body = fetch(port, '/pics/')
        subs.append(('directory_index', st == 200 and
                     b'<a href="logo.png">logo.png</a>' in body, body))
        st, hd, body = fetch(port, '/pics')
        subs.append(('a_folder_without_its_slash_is_redirected',
                     st == 301 and hd.get('location') == '/pics/', repr(hd)))
        st, hd, body = fetch(port, '/notes.txt', 'HEAD')
        subs.append(('head_has_headers_only', st == 200 and body == b''
                     and hd.get('content-length') == str(len(NOTES)),
                     repr(hd)))
        st, hd, body = fetch(port, '/missing.html')
        subs.append(('missing_is_404', st == 404, str(st)))
        st, hd, body = fetch(port, '/../etc/passwd')
        subs.append(('no_climbing_out', st in (400, 403, 404), str(st)))
        st, hd, body = fetch(port, '/', 'POST')
        subs.append(('post_not_implemented', st == 501, str(st)))
        code, out = status(sh, 'httpd /nonexistent')
        subs.append(('bad_folder', code == 1 and 'not a directory' in out,
                     out))
        return subs
    finally:
        sh.close()
