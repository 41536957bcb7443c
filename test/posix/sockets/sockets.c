/*
 * sockets - the socket calls as POSIX has them, over the loopback
 * interface: every call's errors (EBADF, ENOTSOCK, EAFNOSUPPORT,
 * EPROTOTYPE, EPROTONOSUPPORT, EINVAL, EADDRINUSE, EADDRNOTAVAIL,
 * EACCES, EISCONN, ENOTCONN, EALREADY, ECONNREFUSED, EDESTADDRREQ,
 * EMSGSIZE, EFAULT, EOPNOTSUPP, ENOPROTOOPT, EPIPE with SIGPIPE, EINTR),
 * UDP and TCP data, shutdown's half-close, a reset's ECONNRESET,
 * non-blocking connect (EINPROGRESS, then SO_ERROR), the options,
 * select and poll on sockets, 50 connections at once to one listener,
 * raw ICMP sockets, and the name functions (getaddrinfo and friends).
 *
 * Each case uses ports of its own, so that no case meets another's
 * connection in TIME_WAIT.
 */
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/times.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <netdb.h>
#include "t.h"

#define BAD_ADDR	((void *) 0xC0000000)	/* the kernel's half */
#define NCONN		50

static struct sockaddr_in loop_addr(int port)
{
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((uint16_t) port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

#define SA(a)	((struct sockaddr *) &(a))

static int tcp_listener(int port, int backlog)
{
	struct sockaddr_in a = loop_addr(port);
	int l;

	T_SYS(l = socket(AF_INET, SOCK_STREAM, 0));
	T_SYS(bind(l, SA(a), sizeof(a)));
	T_SYS(listen(l, backlog));
	return l;
}

/* A connected pair over lo: *c connected to port, *s accepted. */
static void tcp_pair(int port, int *c, int *s)
{
	struct sockaddr_in a = loop_addr(port);
	int l = tcp_listener(port, 5);

	T_SYS(*c = socket(AF_INET, SOCK_STREAM, 0));
	T_SYS(connect(*c, SA(a), sizeof(a)));
	T_SYS(*s = accept(l, NULL, NULL));
	T_SYS(close(l));
}

static int udp_bound(int port)
{
	struct sockaddr_in a = loop_addr(port);
	int s;

	T_SYS(s = socket(AF_INET, SOCK_DGRAM, 0));
	T_SYS(bind(s, SA(a), sizeof(a)));
	return s;
}

/* Is fd readable (or writable) within ms milliseconds? */
static int ready(int fd, short events, int ms)
{
	struct pollfd p = { fd, events, 0 };
	int r;

	T_SYS(r = poll(&p, 1, ms));
	return r == 1 ? p.revents : 0;
}

/* --- socket() ------------------------------------------------------------- */

static void socket_bad_arguments(void)
{
	T_ERR(socket(12345, SOCK_STREAM, 0), EAFNOSUPPORT);
	T_ERR(socket(AF_UNIX, SOCK_STREAM, 0), EAFNOSUPPORT);
	T_ERR(socket(AF_INET, 99, 0), EPROTOTYPE);
	T_ERR(socket(AF_INET, SOCK_STREAM, IPPROTO_UDP), EPROTONOSUPPORT);
	T_ERR(socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP), EPROTONOSUPPORT);
	T_ERR(socket(AF_INET, SOCK_STREAM | 0x40000000, 0), EINVAL);
}

static void socket_is_a_descriptor(void)
{
	struct stat st;
	int s, d, fl;

	T_SYS(s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
	    0));
	T_SYS(fstat(s, &st));
	T_CHECK(S_ISSOCK(st.st_mode), "fstat mode %o", (unsigned) st.st_mode);
	T_ERR(lseek(s, 0, SEEK_SET), ESPIPE);
	T_SYS(fl = fcntl(s, F_GETFL));
	T_CHECK(fl & O_NONBLOCK, "SOCK_NONBLOCK not in the flags");
	T_EQ(fcntl(s, F_GETFD), FD_CLOEXEC);
	T_SYS(d = dup(s));
	T_SYS(close(s));
	T_ERR(listen(s, 1), EBADF);
	T_SYS(listen(d, 1));
	T_SYS(close(d));
}

static void calls_on_other_descriptors_fail(void)
{
	struct sockaddr_in a = loop_addr(7010);
	socklen_t len = sizeof(a);
	int f, v;
	char c;

	T_SYS(f = open("/dev/null", O_RDWR));
	T_ERR(bind(f, SA(a), sizeof(a)), ENOTSOCK);
	T_ERR(connect(f, SA(a), sizeof(a)), ENOTSOCK);
	T_ERR(listen(f, 1), ENOTSOCK);
	T_ERR(accept(f, NULL, NULL), ENOTSOCK);
	T_ERR(send(f, "x", 1, 0), ENOTSOCK);
	T_ERR(recv(f, &c, 1, 0), ENOTSOCK);
	T_ERR(shutdown(f, SHUT_RDWR), ENOTSOCK);
	T_ERR(getsockname(f, SA(a), &len), ENOTSOCK);
	T_ERR(getsockopt(f, SOL_SOCKET, SO_TYPE, &v, &len), ENOTSOCK);
	T_ERR(setsockopt(f, SOL_SOCKET, SO_REUSEADDR, &v, sizeof(v)), ENOTSOCK);
	T_ERR(bind(55, SA(a), sizeof(a)), EBADF);
	T_ERR(connect(55, SA(a), sizeof(a)), EBADF);
	T_ERR(listen(55, 1), EBADF);
	T_ERR(accept(55, NULL, NULL), EBADF);
	T_ERR(sendto(55, "x", 1, 0, SA(a), sizeof(a)), EBADF);
	T_ERR(recvfrom(55, &c, 1, 0, NULL, NULL), EBADF);
	T_ERR(shutdown(55, SHUT_RD), EBADF);
	T_ERR(getpeername(55, SA(a), &len), EBADF);
	T_ERR(getsockopt(55, SOL_SOCKET, SO_TYPE, &v, &len), EBADF);
}

/* --- bind() ------------------------------------------------------------------ */

static void bind_errors(void)
{
	struct sockaddr_in a = loop_addr(7020), b = a;
	int s, t;

	T_SYS(s = socket(AF_INET, SOCK_STREAM, 0));
	T_ERR(bind(s, SA(a), 8), EINVAL);
	b.sin_family = AF_UNIX;
	T_ERR(bind(s, SA(b), sizeof(b)), EAFNOSUPPORT);
	b = a;
	b.sin_addr.s_addr = inet_addr("1.2.3.4");
	T_ERR(bind(s, SA(b), sizeof(b)), EADDRNOTAVAIL);
	T_ERR(bind(s, NULL, sizeof(a)), EFAULT);
	T_ERR(bind(s, BAD_ADDR, sizeof(a)), EFAULT);
	T_SYS(bind(s, SA(a), sizeof(a)));
	T_ERR(bind(s, SA(a), sizeof(a)), EINVAL);
	T_SYS(t = socket(AF_INET, SOCK_STREAM, 0));
	T_ERR(bind(t, SA(a), sizeof(a)), EADDRINUSE);
	b = a;
	b.sin_addr.s_addr = htonl(INADDR_ANY);
	T_ERR(bind(t, SA(b), sizeof(b)), EADDRINUSE);
}

static void bind_port_zero_picks_one(void)
{
	struct sockaddr_in a = loop_addr(0), got;
	socklen_t len = sizeof(got);
	int s;

	T_SYS(s = socket(AF_INET, SOCK_DGRAM, 0));
	T_SYS(bind(s, SA(a), sizeof(a)));
	T_SYS(getsockname(s, SA(got), &len));
	T_EQ(len, sizeof(got));
	T_CHECK(ntohs(got.sin_port) >= 49152, "port %d", ntohs(got.sin_port));
	T_EQ(got.sin_addr.s_addr, htonl(INADDR_LOOPBACK));
}

static void low_ports_and_raw_sockets_need_root(void)
{
	struct sockaddr_in a = loop_addr(80);
	pid_t pid;
	int s;

	if ((pid = t_fork()) == 0) {
		T_SYS(setuid(1));
		T_SYS(s = socket(AF_INET, SOCK_STREAM, 0));
		T_ERR(bind(s, SA(a), sizeof(a)), EACCES);
		T_ERR(socket(AF_INET, SOCK_RAW, IPPROTO_ICMP), EACCES);
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_SYS(s = socket(AF_INET, SOCK_STREAM, 0));
	T_SYS(bind(s, SA(a), sizeof(a)));
}

static void so_reuseaddr_rebinds_a_port_in_time_wait(void)
{
	struct sockaddr_in a = loop_addr(7030);
	int c, s, l, one = 1;
	char ch;

	tcp_pair(7030, &c, &s);
	T_SYS(close(s));		/* the server closes first: TIME_WAIT */
	T_EQ(read(c, &ch, 1), 0);
	T_SYS(close(c));
	T_SYS(l = socket(AF_INET, SOCK_STREAM, 0));
	T_ERR(bind(l, SA(a), sizeof(a)), EADDRINUSE);
	T_SYS(setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)));
	T_SYS(bind(l, SA(a), sizeof(a)));
	T_SYS(listen(l, 1));
}

/* --- connect(), listen(), accept() ------------------------------------------ */

static void connect_to_a_closed_port_is_refused(void)
{
	struct sockaddr_in a = loop_addr(7040);
	int s;

	T_SYS(s = socket(AF_INET, SOCK_STREAM, 0));
	T_ERR(connect(s, SA(a), sizeof(a)), ECONNREFUSED);
}

static void connect_errors(void)
{
	struct sockaddr_in a = loop_addr(7050), b = a;
	int c, s, l;

	T_SYS(s = socket(AF_INET, SOCK_STREAM, 0));
	T_ERR(connect(s, SA(a), 4), EINVAL);
	b.sin_family = 77;
	T_ERR(connect(s, SA(b), sizeof(b)), EAFNOSUPPORT);
	T_ERR(connect(s, BAD_ADDR, sizeof(a)), EFAULT);
	tcp_pair(7050, &c, &s);
	T_ERR(connect(c, SA(a), sizeof(a)), EISCONN);
	l = tcp_listener(7051, 1);
	b = loop_addr(7051);
	T_ERR(connect(l, SA(b), sizeof(b)), EOPNOTSUPP);
}

static void nonblocking_connect_einprogress_then_so_error(void)
{
	struct sockaddr_in a = loop_addr(7060), closed = loop_addr(7061);
	socklen_t len = sizeof(int);
	int l = tcp_listener(7060, 1), s, e, fl;

	T_SYS(s = socket(AF_INET, SOCK_STREAM, 0));
	T_SYS(fl = fcntl(s, F_GETFL));
	T_SYS(fcntl(s, F_SETFL, fl | O_NONBLOCK));
	T_ERR(connect(s, SA(a), sizeof(a)), EINPROGRESS);
	T_CHECK(ready(s, POLLOUT, 5000) & POLLOUT, "never writable");
	T_SYS(getsockopt(s, SOL_SOCKET, SO_ERROR, &e, &len));
	T_EQ(e, 0);
	T_ERR(connect(s, SA(a), sizeof(a)), EISCONN);
	T_SYS(close(accept(l, NULL, NULL)));
	T_SYS(s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0));
	T_ERR(connect(s, SA(closed), sizeof(closed)), EINPROGRESS);
	T_CHECK((ready(s, POLLOUT, 5000) & (POLLOUT | POLLERR))
	    == (POLLOUT | POLLERR), "never writable with an error");
	T_SYS(getsockopt(s, SOL_SOCKET, SO_ERROR, &e, &len));
	T_EQ(e, ECONNREFUSED);
	T_SYS(getsockopt(s, SOL_SOCKET, SO_ERROR, &e, &len));
	T_EQ(e, 0);
}

static void a_second_connect_in_progress_is_ealready(void)
{
	struct sockaddr_in a = loop_addr(7070);
	int l = tcp_listener(7070, 1), c1, c2;

	T_SYS(c1 = socket(AF_INET, SOCK_STREAM, 0));
	T_SYS(connect(c1, SA(a), sizeof(a)));	/* fills the backlog */
	T_SYS(c2 = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0));
	T_ERR(connect(c2, SA(a), sizeof(a)), EINPROGRESS);
	T_ERR(connect(c2, SA(a), sizeof(a)), EALREADY);
	T_SYS(close(l));
}

static void listen_and_accept_errors(void)
{
	struct sockaddr_in from;
	socklen_t len = sizeof(from);
	int u, t, l, c, s;

	T_SYS(u = socket(AF_INET, SOCK_DGRAM, 0));
	T_ERR(listen(u, 1), EOPNOTSUPP);
	T_ERR(accept(u, NULL, NULL), EOPNOTSUPP);
	T_SYS(t = socket(AF_INET, SOCK_STREAM, 0));
	T_ERR(accept(t, NULL, NULL), EINVAL);
	l = tcp_listener(7080, 1);
	T_SYS(fcntl(l, F_SETFL, O_NONBLOCK));
	T_ERR(accept(l, NULL, NULL), EAGAIN);
	T_ERR(accept(l, SA(from), BAD_ADDR), EFAULT);
	T_ERR(accept4(l, NULL, NULL, 0x40), EINVAL);
	tcp_pair(7081, &c, &s);
	T_ERR(listen(c, 1), EINVAL);
	(void) len;
}

static void accept_gives_the_peer(void)
{
	struct sockaddr_in a = loop_addr(7090), from, mine;
	socklen_t len = sizeof(from), mlen = sizeof(mine);
	int l = tcp_listener(7090, 1), c, s;

	T_SYS(c = socket(AF_INET, SOCK_STREAM, 0));
	T_SYS(connect(c, SA(a), sizeof(a)));
	T_SYS(s = accept(l, SA(from), &len));
	T_EQ(len, sizeof(from));
	T_SYS(getsockname(c, SA(mine), &mlen));
	T_EQ(from.sin_port, mine.sin_port);
	T_EQ(from.sin_addr.s_addr, htonl(INADDR_LOOPBACK));
	len = sizeof(from);
	T_SYS(getpeername(s, SA(from), &len));
	T_EQ(from.sin_port, mine.sin_port);
	len = 4;
	T_SYS(getpeername(c, SA(from), &len));
	T_EQ(len, sizeof(from));	/* the full length; 4 bytes written */
}

static volatile sig_atomic_t alarmed, piped;

static void on_alarm(int sig)
{
	alarmed = 1;
}

static void on_pipe(int sig)
{
	piped = 1;
}

static void a_signal_interrupts_a_blocked_accept(void)
{
	struct sigaction sa;
	int l = tcp_listener(7100, 1);

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	T_SYS(sigaction(SIGALRM, &sa, NULL));
	alarm(1);
	T_ERR(accept(l, NULL, NULL), EINTR);
	T_CHECK(alarmed, "no alarm");
}

/* --- send() and recv() ----------------------------------------------------------- */

static void send_and_recv_errors(void)
{
	struct sockaddr_in a = loop_addr(7110);
	static char big[70000];
	char c;
	int t, u, v;

	T_SYS(t = socket(AF_INET, SOCK_STREAM, 0));
	T_ERR(send(t, "x", 1, MSG_NOSIGNAL), ENOTCONN);
	T_ERR(recv(t, &c, 1, 0), ENOTCONN);
	T_ERR(getpeername(t, SA(a), &(socklen_t) { sizeof(a) }), ENOTCONN);
	T_ERR(shutdown(t, SHUT_RDWR), ENOTCONN);
	T_SYS(u = socket(AF_INET, SOCK_DGRAM, 0));
	T_ERR(send(u, "x", 1, 0), EDESTADDRREQ);
	T_ERR(sendto(u, big, sizeof(big), 0, SA(a), sizeof(a)), EMSGSIZE);
	T_ERR(sendto(u, BAD_ADDR, 10, 0, SA(a), sizeof(a)), EFAULT);
	v = udp_bound(7111);
	T_SYS(connect(u, SA(a), sizeof(a)));
	T_ERR(sendto(u, "x", 1, 0, SA(a), sizeof(a)), EISCONN);
	T_ERR(recv(v, BAD_ADDR, 10, MSG_DONTWAIT), EAGAIN);
}

static void udp_datagrams_keep_their_bounds(void)
{
	struct sockaddr_in a = loop_addr(7120), from;
	socklen_t len = sizeof(from);
	char buf[64];
	int s = udp_bound(7120), c;

	T_SYS(c = socket(AF_INET, SOCK_DGRAM, 0));
	T_EQ(sendto(c, "first", 5, 0, SA(a), sizeof(a)), 5);
	T_EQ(sendto(c, "second!", 7, 0, SA(a), sizeof(a)), 7);
	T_EQ(sendto(c, "", 0, 0, SA(a), sizeof(a)), 0);
	T_EQ(recv(s, buf, 3, MSG_PEEK), 3);
	T_EQ(recvfrom(s, buf, sizeof(buf), 0, SA(from), &len), 5);
	T_CHECK(memcmp(buf, "first", 5) == 0, "wrong data");
	T_EQ(from.sin_addr.s_addr, htonl(INADDR_LOOPBACK));
	T_EQ(recv(s, buf, 3, 0), 3);		/* cut: the rest is lost */
	T_CHECK(memcmp(buf, "sec", 3) == 0, "wrong data");
	T_EQ(recv(s, buf, sizeof(buf), 0), 0);	/* the empty one */
	T_ERR(recv(s, buf, sizeof(buf), MSG_DONTWAIT), EAGAIN);
}

static void udp_connected_filters_and_hears_unreachable(void)
{
	struct sockaddr_in a = loop_addr(7130), closed = loop_addr(7131);
	char buf[16];
	int s = udp_bound(7130), c, other;

	T_SYS(c = socket(AF_INET, SOCK_DGRAM, 0));
	T_SYS(connect(c, SA(a), sizeof(a)));
	T_SYS(other = socket(AF_INET, SOCK_DGRAM, 0));
	T_EQ(send(c, "hi", 2, 0), 2);
	T_EQ(recv(s, buf, sizeof(buf), 0), 2);
	{
		struct sockaddr_in cn;
		socklen_t len = sizeof(cn);
		T_SYS(getsockname(c, SA(cn), &len));
		T_EQ(sendto(other, "no", 2, 0, SA(cn), sizeof(cn)), 2);
		T_EQ(sendto(s, "yes", 3, 0, SA(cn), sizeof(cn)), 3);
	}
	T_EQ(recv(c, buf, sizeof(buf), 0), 3);	/* only from its peer */
	T_SYS(connect(c, SA(closed), sizeof(closed)));
	T_EQ(send(c, "x", 1, 0), 1);
	T_ERR(recv(c, buf, sizeof(buf), 0), ECONNREFUSED);
}

static void sendmsg_and_recvmsg_gather_and_scatter(void)
{
	struct sockaddr_in a = loop_addr(7140), from;
	char p1[4] = "abc", p2[4] = "def", r1[2], r2[8];
	struct iovec out[2] = { { p1, 3 }, { p2, 3 } };
	struct iovec in[2] = { { r1, 2 }, { r2, 8 } };
	struct msghdr m;
	int s = udp_bound(7140), c;

	T_SYS(c = socket(AF_INET, SOCK_DGRAM, 0));
	memset(&m, 0, sizeof(m));
	m.msg_name = &a;
	m.msg_namelen = sizeof(a);
	m.msg_iov = out;
	m.msg_iovlen = 2;
	T_EQ(sendmsg(c, &m, 0), 6);
	memset(&m, 0, sizeof(m));
	m.msg_name = &from;
	m.msg_namelen = sizeof(from);
	m.msg_iov = in;
	m.msg_iovlen = 2;
	T_EQ(recvmsg(s, &m, 0), 6);
	T_CHECK(memcmp(r1, "ab", 2) == 0 && memcmp(r2, "cdef", 4) == 0,
	    "scattered wrongly");
	T_EQ(m.msg_namelen, sizeof(from));
}

static void tcp_stream_of_a_megabyte_checks_out(void)
{
	static char buf[8192];
	unsigned sum = 0, want = 0, i, total = 0;
	int c, s;
	ssize_t n;
	pid_t pid;

	tcp_pair(7150, &c, &s);
	if ((pid = t_fork()) == 0) {
		close(s);
		for (i = 0; i < 128; i++) {
			memset(buf, (int) i, sizeof(buf));
			t_write_full(c, buf, sizeof(buf));
		}
		_exit(0);
	}
	T_SYS(close(c));
	for (i = 0; i < 128; i++)
		want += i * sizeof(buf);
	while ((n = read(s, buf, sizeof(buf))) > 0) {
		for (i = 0; i < (unsigned) n; i++)
			sum += (unsigned char) buf[i];
		total += (unsigned) n;
	}
	T_SYS(n);
	T_EQ(total, 128 * sizeof(buf));
	T_EQ(sum, want);
	T_EQ(t_exit_code(pid), 0);
}

static void tcp_peek_waitall_and_fionread(void)
{
	char buf[16];
	int c, s, n;
	pid_t pid;

	tcp_pair(7160, &c, &s);
	T_EQ(write(c, "hello", 5), 5);
	T_CHECK(ready(s, POLLIN, 5000) & POLLIN, "never readable");
	T_SYS(ioctl(s, FIONREAD, &n));
	T_EQ(n, 5);
	T_EQ(recv(s, buf, 3, MSG_PEEK), 3);
	T_EQ(recv(s, buf, sizeof(buf), 0), 5);
	T_CHECK(memcmp(buf, "hello", 5) == 0, "wrong data");
	if ((pid = t_fork()) == 0) {
		t_write_full(c, "abc", 3);
		usleep(200000);
		t_write_full(c, "def", 3);
		_exit(0);
	}
	T_EQ(recv(s, buf, 6, MSG_WAITALL), 6);
	T_CHECK(memcmp(buf, "abcdef", 6) == 0, "wrong data");
	T_EQ(t_exit_code(pid), 0);
	T_ERR(ioctl(s, 0x7401, buf), ENOTTY);
}

static void shutdown_half_closes(void)
{
	char buf[16];
	int c, s;

	tcp_pair(7170, &c, &s);
	T_ERR(shutdown(c, 7), EINVAL);
	T_EQ(write(c, "last", 4), 4);
	T_SYS(shutdown(c, SHUT_WR));
	T_EQ(read(s, buf, sizeof(buf)), 4);
	T_EQ(read(s, buf, sizeof(buf)), 0);	/* end of its stream */
	T_EQ(write(s, "reply", 5), 5);		/* the other way is open */
	T_EQ(read(c, buf, sizeof(buf)), 5);
	T_CHECK(memcmp(buf, "reply", 5) == 0, "wrong data");
	T_SYS(shutdown(c, SHUT_RD));
	T_EQ(read(c, buf, sizeof(buf)), 0);
	T_SYS(close(s));
	T_SYS(close(c));
}

static void epipe_raises_sigpipe_unless_msg_nosignal(void)
{
	struct sigaction sa;
	int c, s;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_pipe;
	T_SYS(sigaction(SIGPIPE, &sa, NULL));
	tcp_pair(7180, &c, &s);
	T_SYS(shutdown(c, SHUT_WR));
	T_ERR(send(c, "x", 1, MSG_NOSIGNAL), EPIPE);
	T_CHECK(!piped, "SIGPIPE with MSG_NOSIGNAL");
	T_ERR(write(c, "x", 1), EPIPE);
	T_CHECK(piped, "no SIGPIPE");
}

static void a_reset_gives_econnreset(void)
{
	struct linger lg = { 1, 0 };
	char buf[8];
	int c, s;

	tcp_pair(7190, &c, &s);
	T_SYS(setsockopt(c, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg)));
	T_SYS(close(c));			/* an abortive close: RST */
	T_ERR(recv(s, buf, sizeof(buf), 0), ECONNRESET);
	T_EQ(recv(s, buf, sizeof(buf), 0), 0);
	T_ERR(send(s, "x", 1, MSG_NOSIGNAL), EPIPE);
	tcp_pair(7191, &c, &s);
	T_EQ(write(s, "unread", 6), 6);
	T_CHECK(ready(c, POLLIN, 5000) & POLLIN, "never readable");
	T_SYS(close(c));		/* unread data: RST (RFC 2525) */
	T_CHECK(ready(s, POLLIN, 5000) & POLLIN, "no reset seen");
	T_ERR(recv(s, buf, sizeof(buf), 0), ECONNRESET);
}

/* --- options ------------------------------------------------------------------------ */

static void socket_options(void)
{
	socklen_t len = sizeof(int);
	int s, l, v, one = 1, big = 100000;
	struct timeval tv;

	T_SYS(s = socket(AF_INET, SOCK_STREAM, 0));
	T_SYS(getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len));
	T_EQ(v, SOCK_STREAM);
	T_SYS(getsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, &len));
	T_EQ(v, 0);
	T_SYS(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)));
	T_SYS(getsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, &len));
	T_EQ(v, 1);
	T_SYS(setsockopt(s, SOL_SOCKET, SO_RCVBUF, &big, sizeof(big)));
	T_SYS(getsockopt(s, SOL_SOCKET, SO_RCVBUF, &v, &len));
	T_EQ(v, big);
	T_SYS(setsockopt(s, SOL_SOCKET, SO_SNDBUF, &big, sizeof(big)));
	T_SYS(setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one)));
	T_SYS(setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)));
	T_SYS(getsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, &len));
	T_EQ(v, 1);
	T_SYS(getsockopt(s, SOL_SOCKET, SO_ERROR, &v, &len));
	T_EQ(v, 0);
	T_ERR(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, 2), EINVAL);
	T_ERR(setsockopt(s, SOL_SOCKET, 0x7777, &one, sizeof(one)),
	    ENOPROTOOPT);
	T_ERR(getsockopt(s, 12345, 1, &v, &len), ENOPROTOOPT);
	T_ERR(getsockopt(s, SOL_SOCKET, SO_TYPE, &v, BAD_ADDR), EFAULT);
	T_ERR(setsockopt(s, SOL_SOCKET, SO_ERROR, &one, sizeof(one)),
	    ENOPROTOOPT);
	tv.tv_sec = 0;
	tv.tv_usec = 2000000;
	T_ERR(setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)), EDOM);
	l = tcp_listener(7200, 1);
	T_SYS(getsockopt(l, SOL_SOCKET, SO_ACCEPTCONN, &v, &len));
	T_EQ(v, 1);
}

static void so_rcvtimeo_ends_a_recv(void)
{
	struct timeval tv = { 0, 300000 };
	struct tms t;
	clock_t t0;
	char c;
	int s = udp_bound(7210);

	T_SYS(setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)));
	t0 = times(&t);
	T_ERR(recv(s, &c, 1, 0), EAGAIN);
	T_CHECK(times(&t) - t0 >= 30, "returned after %ld ticks",
	    (long) (times(&t) - t0));
}

/* --- select and poll ----------------------------------------------------------------- */

static void select_on_sockets(void)
{
	struct sockaddr_in a = loop_addr(7220);
	struct timeval zero = { 0, 0 }, five = { 5, 0 };
	int l = tcp_listener(7220, 1), c, s, n;
	fd_set rs, ws;

	FD_ZERO(&rs);
	FD_SET(l, &rs);
	T_EQ(select(l + 1, &rs, NULL, NULL, &zero), 0);
	T_SYS(c = socket(AF_INET, SOCK_STREAM, 0));
	T_SYS(connect(c, SA(a), sizeof(a)));
	FD_ZERO(&rs);
	FD_SET(l, &rs);
	T_EQ(select(l + 1, &rs, NULL, NULL, &five), 1);
	T_SYS(s = accept(l, NULL, NULL));
	FD_ZERO(&rs);
	FD_SET(s, &rs);
	FD_ZERO(&ws);
	FD_SET(s, &ws);
	n = (s > c ? s : c) + 1;
	T_EQ(select(n, &rs, &ws, NULL, &zero), 1);
	T_CHECK(!FD_ISSET(s, &rs) && FD_ISSET(s, &ws), "wrong sets");
	T_EQ(write(c, "x", 1), 1);
	FD_ZERO(&rs);
	FD_SET(s, &rs);
	T_EQ(select(n, &rs, NULL, NULL, &five), 1);
	T_CHECK(FD_ISSET(s, &rs), "not readable");
}

static void select_waits_for_data_from_another_process(void)
{
	struct timeval ten = { 10, 0 };
	fd_set rs;
	int c, s;
	pid_t pid;

	tcp_pair(7230, &c, &s);
	if ((pid = t_fork()) == 0) {
		sleep(1);
		t_write_full(c, "late", 4);
		_exit(0);
	}
	FD_ZERO(&rs);
	FD_SET(s, &rs);
	T_EQ(select(s + 1, &rs, NULL, NULL, &ten), 1);
	T_CHECK(FD_ISSET(s, &rs), "not readable");
	T_EQ(t_exit_code(pid), 0);
}

static void poll_across_files_pipes_and_sockets(void)
{
	struct pollfd p[5];
	int c, s, pp[2], f;

	tcp_pair(7240, &c, &s);
	T_SYS(pipe(pp));
	T_SYS(f = open("/dev/null", O_RDONLY));
	T_EQ(write(c, "y", 1), 1);
	T_CHECK(ready(s, POLLIN, 5000), "never readable");
	p[0] = (struct pollfd) { s, POLLIN | POLLOUT, 0 };
	p[1] = (struct pollfd) { pp[0], POLLIN, 0 };
	p[2] = (struct pollfd) { f, POLLIN, 0 };
	p[3] = (struct pollfd) { 60, POLLIN, 0 };
	p[4] = (struct pollfd) { -1, POLLIN, 0 };
	T_EQ(poll(p, 5, 0), 3);
	T_EQ(p[0].revents, POLLIN | POLLOUT);
	T_EQ(p[1].revents, 0);
	T_EQ(p[2].revents, POLLIN);
	T_EQ(p[3].revents, POLLNVAL);
	T_EQ(p[4].revents, 0);
	T_SYS(close(pp[1]));
	T_EQ(poll(p + 1, 1, 1000), 1);
	T_CHECK(p[1].revents & POLLHUP, "no POLLHUP for the pipe");
	T_SYS(shutdown(c, SHUT_WR));
	T_SYS(shutdown(s, SHUT_WR));
	T_EQ(poll(p, 1, 5000), 1);
	T_CHECK(p[0].revents & POLLHUP, "no POLLHUP: %x", p[0].revents);
	T_ERR(poll(BAD_ADDR, 1, 0), EFAULT);
	T_ERR(poll(p, OPEN_MAX + 1, 0), EINVAL);
}

static void poll_on_the_terminal(void)
{
	struct pollfd p;
	int fd;

	if ((fd = open("/dev/tty", O_RDWR)) < 0)
		T_SYS(fd = open("/dev/console", O_RDWR));
	p = (struct pollfd) { fd, POLLIN | POLLOUT, 0 };
	T_EQ(poll(&p, 1, 0), 1);
	T_EQ(p.revents, POLLOUT);	/* writable; nothing typed */
	p = (struct pollfd) { fd, POLLIN, 0 };
	T_EQ(poll(&p, 1, 200), 0);	/* its timeout passes */
}

/* --- many connections ----------------------------------------------------------------- */

static void fifty_connections_at_once_to_one_listener(void)
{
	struct sockaddr_in a = loop_addr(7250);
	int l = tcp_listener(7250, 64), c[NCONN], s[NCONN], i;
	char ch;
	pid_t pid;

	if ((pid = t_fork()) == 0) {
		for (i = 0; i < NCONN; i++) {
			T_SYS(c[i] = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK,
			    0));
			T_ERR(connect(c[i], SA(a), sizeof(a)), EINPROGRESS);
		}
		for (i = 0; i < NCONN; i++) {
			T_CHECK(ready(c[i], POLLOUT, 10000) & POLLOUT,
			    "connection %d never made", i);
			ch = (char) i;
			T_EQ(write(c[i], &ch, 1), 1);
		}
		for (i = 0; i < NCONN; i++) {
			T_CHECK(ready(c[i], POLLIN, 10000), "no answer %d", i);
			T_EQ(read(c[i], &ch, 1), 1);
			T_EQ(ch, (char) (i + 1));
		}
		_exit(0);
	}
	for (i = 0; i < NCONN; i++)
		T_SYS(s[i] = accept(l, NULL, NULL));
	for (i = 0; i < NCONN; i++) {
		T_EQ(read(s[i], &ch, 1), 1);
		ch++;
		T_EQ(write(s[i], &ch, 1), 1);
	}
	T_EQ(t_exit_code(pid), 0);
}

/* --- raw ICMP ------------------------------------------------------------------------------ */

static void raw_icmp_echo_of_the_loopback_address(void)
{
	struct sockaddr_in a = loop_addr(0);
	struct timeval tv = { 3, 0 };
	uint8_t req[16], buf[128];
	uint32_t sum = 0;
	int s, i;
	ssize_t n;

	T_SYS(s = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP));
	T_SYS(setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)));
	memset(req, 0, sizeof(req));
	req[0] = 8;			/* echo request */
	req[4] = 0x12;
	req[6] = 0x34;
	memcpy(req + 8, "resurgo!", 8);
	for (i = 0; i < 16; i += 2)
		sum += (uint32_t) (req[i] | req[i + 1] << 8);
	sum = (sum & 0xFFFF) + (sum >> 16);
	sum = ~(sum + (sum >> 16)) & 0xFFFF;
	req[2] = (uint8_t) sum;
	req[3] = (uint8_t) (sum >> 8);
	T_EQ(sendto(s, req, sizeof(req), 0, SA(a), sizeof(a)), 16);
	for (;;) {			/* our own request comes by too */
		T_SYS(n = recv(s, buf, sizeof(buf), 0));
		if (n >= 20 + 16 && buf[20] == 0)
			break;
	}
	T_CHECK(buf[9] == IPPROTO_ICMP && memcmp(buf + 28, "resurgo!", 8) == 0,
	    "not our echo reply");
}

/* --- names ---------------------------------------------------------------------------------- */

static void address_text_forms(void)
{
	struct in_addr a;
	char buf[INET_ADDRSTRLEN];

	T_EQ(inet_pton(AF_INET, "10.0.2.15", &a), 1);
	T_EQ(a.s_addr, htonl(0x0A00020F));
	T_EQ(inet_pton(AF_INET, "10.0.2", &a), 0);
	T_EQ(inet_pton(AF_INET, "256.1.1.1", &a), 0);
	T_EQ(inet_pton(AF_INET, "01.2.3.4", &a), 0);
	T_ERR(inet_pton(AF_INET6, "::1", &a), EAFNOSUPPORT);
	T_CHECK(strcmp(inet_ntop(AF_INET, &a, buf, sizeof(buf)), "10.0.2.15")
	    == 0, "inet_ntop gave %s", buf);
	T_CHECK(inet_ntop(AF_INET, &a, buf, 5) == NULL && errno == ENOSPC,
	    "a short buffer is accepted");
	T_EQ(inet_aton("127.1", &a), 1);
	T_EQ(a.s_addr, htonl(0x7F000001));
	T_EQ(inet_aton("0x7f.0.0.1", &a), 1);
	T_EQ(inet_addr("1.2.3.4.5"), INADDR_NONE);
	a.s_addr = htonl(0xC0A80001);
	T_CHECK(strcmp(inet_ntoa(a), "192.168.0.1") == 0, "inet_ntoa");
	T_EQ(htons(0x1234), 0x3412);
}

static void getaddrinfo_numbers_and_etc_hosts(void)
{
	struct addrinfo hints, *ai, *p;
	struct sockaddr_in *sin;
	char host[NI_MAXHOST], serv[NI_MAXSERV];
	struct hostent *h;
	int n = 0;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_INET;
	T_EQ(getaddrinfo("127.0.0.1", "80", &hints, &ai), 0);
	for (p = ai; p != NULL; p = p->ai_next)
		n++;
	T_EQ(n, 2);			/* stream and datagram */
	sin = (struct sockaddr_in *) ai->ai_addr;
	T_EQ(sin->sin_port, htons(80));
	freeaddrinfo(ai);
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_CANONNAME;
	T_EQ(getaddrinfo("localhost", "http", &hints, &ai), 0);
	sin = (struct sockaddr_in *) ai->ai_addr;
	T_EQ(sin->sin_addr.s_addr, htonl(INADDR_LOOPBACK));
	T_EQ(sin->sin_port, htons(80));
	T_CHECK(ai->ai_next == NULL && strcmp(ai->ai_canonname, "localhost")
	    == 0, "canonical name");
	freeaddrinfo(ai);
	T_EQ(getaddrinfo("no-such-host", NULL, &hints, &ai), EAI_NONAME);
	T_EQ(getaddrinfo("localhost", NULL, &(struct addrinfo) {
	    .ai_flags = AI_NUMERICHOST }, &ai), EAI_NONAME);
	T_EQ(getaddrinfo(NULL, NULL, NULL, &ai), EAI_NONAME);
	T_EQ(getaddrinfo("1.2.3.4", NULL, &(struct addrinfo) {
	    .ai_family = AF_INET6 }, &ai), EAI_FAMILY);
	T_EQ(getaddrinfo("1.2.3.4", "nonesuch", &hints, &ai), EAI_SERVICE);
	T_CHECK(strlen(gai_strerror(EAI_NONAME)) > 0, "gai_strerror");
	hints.ai_flags = AI_PASSIVE;
	T_EQ(getaddrinfo(NULL, "7", &hints, &ai), 0);
	T_EQ(((struct sockaddr_in *) ai->ai_addr)->sin_addr.s_addr, INADDR_ANY);
	T_EQ(getnameinfo(ai->ai_addr, ai->ai_addrlen, host, sizeof(host),
	    serv, sizeof(serv), NI_NUMERICHOST), 0);
	T_CHECK(strcmp(host, "0.0.0.0") == 0 && strcmp(serv, "echo") == 0,
	    "getnameinfo gave %s %s", host, serv);
	freeaddrinfo(ai);
	T_CHECK((h = gethostbyname("localhost")) != NULL
	    && *(in_addr_t *) h->h_addr == htonl(INADDR_LOOPBACK),
	    "gethostbyname(localhost)");
	T_CHECK((h = gethostbyname("10.1.2.3")) != NULL
	    && *(in_addr_t *) h->h_addr == htonl(0x0A010203),
	    "gethostbyname of a number");
	T_CHECK(gethostbyname("no-such-host") == NULL
	    && h_errno == HOST_NOT_FOUND, "an unknown host is found");
}

static const struct t_case cases[] = {
	{ "socket_bad_arguments", socket_bad_arguments, 0 },
	{ "socket_is_a_descriptor", socket_is_a_descriptor, 0 },
	{ "calls_on_other_descriptors_fail",
	    calls_on_other_descriptors_fail, 0 },
	{ "bind_errors", bind_errors, 0 },
	{ "bind_port_zero_picks_one", bind_port_zero_picks_one, 0 },
	{ "low_ports_and_raw_sockets_need_root",
	    low_ports_and_raw_sockets_need_root, 0 },
	{ "so_reuseaddr_rebinds_a_port_in_time_wait",
	    so_reuseaddr_rebinds_a_port_in_time_wait, 0 },
	{ "connect_to_a_closed_port_is_refused",
	    connect_to_a_closed_port_is_refused, 0 },
	{ "connect_errors", connect_errors, 0 },
	{ "nonblocking_connect_einprogress_then_so_error",
	    nonblocking_connect_einprogress_then_so_error, 0 },
	{ "a_second_connect_in_progress_is_ealready",
	    a_second_connect_in_progress_is_ealready, 0 },
	{ "listen_and_accept_errors", listen_and_accept_errors, 0 },
	{ "accept_gives_the_peer", accept_gives_the_peer, 0 },
	{ "a_signal_interrupts_a_blocked_accept",
	    a_signal_interrupts_a_blocked_accept, 0 },
	{ "send_and_recv_errors", send_and_recv_errors, 0 },
	{ "udp_datagrams_keep_their_bounds", udp_datagrams_keep_their_bounds,
	    0 },
	{ "udp_connected_filters_and_hears_unreachable",
	    udp_connected_filters_and_hears_unreachable, 0 },
	{ "sendmsg_and_recvmsg_gather_and_scatter",
	    sendmsg_and_recvmsg_gather_and_scatter, 0 },
	{ "tcp_stream_of_a_megabyte_checks_out",
	    tcp_stream_of_a_megabyte_checks_out, 60 },
	{ "tcp_peek_waitall_and_fionread", tcp_peek_waitall_and_fionread, 0 },
	{ "shutdown_half_closes", shutdown_half_closes, 0 },
	{ "epipe_raises_sigpipe_unless_msg_nosignal",
	    epipe_raises_sigpipe_unless_msg_nosignal, 0 },
	{ "a_reset_gives_econnreset", a_reset_gives_econnreset, 0 },
	{ "socket_options", socket_options, 0 },
	{ "so_rcvtimeo_ends_a_recv", so_rcvtimeo_ends_a_recv, 0 },
	{ "select_on_sockets", select_on_sockets, 0 },
	{ "select_waits_for_data_from_another_process",
	    select_waits_for_data_from_another_process, 0 },
	{ "poll_across_files_pipes_and_sockets",
	    poll_across_files_pipes_and_sockets, 0 },
	{ "poll_on_the_terminal", poll_on_the_terminal, 0 },
	{ "fifty_connections_at_once_to_one_listener",
	    fifty_connections_at_once_to_one_listener, 60 },
	{ "raw_icmp_echo_of_the_loopback_address",
	    raw_icmp_echo_of_the_loopback_address, 0 },
	{ "address_text_forms", address_text_forms, 0 },
	{ "getaddrinfo_numbers_and_etc_hosts",
	    getaddrinfo_numbers_and_etc_hosts, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}
