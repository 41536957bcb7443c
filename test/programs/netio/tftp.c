/*
 * tftp.c - a TFTP read (RFC 1350) from QEMU's server at 10.0.2.2: the
 * request goes to port 69, each DATA block is acknowledged to the port
 * it came from, a short block ends the file.  A packet not answered in
 * two seconds (SO_RCVTIMEO) is sent again, five times at most.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include "netio.h"

#define RRQ	1
#define DATA	3
#define ACK	4
#define ERROR	5
#define BLOCK	512
#define TRIES	5

static size_t request(uint8_t *pkt, const char *file)
{
	size_t n = strlen(file);

	pkt[0] = 0;
	pkt[1] = RRQ;
	memcpy(pkt + 2, file, n + 1);
	memcpy(pkt + 3 + n, "octet", 6);
	return n + 9;
}

int tftp_get(const char *file)
{
	struct timeval tv = { 2, 0 };
	struct sockaddr_in srv, from;
	uint8_t out[600], in[4 + BLOCK];
	size_t outlen = request(out, file);
	uint16_t want = 1;
	uint64_t total = 0;
	struct crc c;
	socklen_t len;
	ssize_t n;
	int s, tries = 0;

	if (strlen(file) > 500 || (s = socket(AF_INET, SOCK_DGRAM, 0)) < 0)
		return 1;
	(void) setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	memset(&srv, 0, sizeof(srv));
	srv.sin_family = AF_INET;
	srv.sin_addr.s_addr = inet_addr("10.0.2.2");
	srv.sin_port = htons(69);
	crc_init(&c);
	for (;;) {
		if (sendto(s, out, outlen, 0, (struct sockaddr *) &srv,
		    sizeof(srv)) < 0) {
			printf("netio: tftp: sendto: %s\n", strerror(errno));
			return 1;
		}
		len = sizeof(from);
		n = recvfrom(s, in, sizeof(in), 0, (struct sockaddr *) &from,
		    &len);
		if (n < 0 && ++tries < TRIES)
			continue;
		if (n < 4 || in[1] == ERROR) {
			printf("netio: tftp: %s\n", n < 0 ? strerror(errno)
			    : n >= 4 ? (char *) in + 4 : "short packet");
			return 1;
		}
		if (in[1] != DATA || (in[2] << 8 | in[3]) != want)
			continue;	/* a duplicate: ACK again */
		crc_add(&c, in + 4, (size_t) n - 4);
		total += (uint64_t) n - 4;
		out[0] = 0;
		out[1] = ACK;
		out[2] = in[2];
		out[3] = in[3];
		outlen = 4;
		srv.sin_port = from.sin_port;
		tries = 0;
		want++;
		if (n - 4 < BLOCK)
			break;
	}
	(void) sendto(s, out, outlen, 0, (struct sockaddr *) &srv, sizeof(srv));
	printf("netio: tftp got %llu bytes, cksum %u\n",
	    (unsigned long long) total, crc_end(&c));
	return 0;
}
