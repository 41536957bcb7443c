/*
 * cksum - the POSIX checksum and size of files.
 *
 *	cksum [file ...]
 *
 * The CRC is the one POSIX defines: polynomial 0x04C11DB7, bits taken
 * most significant first, the length appended to the data in as few
 * bytes as it needs (low byte first), the result complemented.
 * Output: "CRC SIZE NAME", the name left out for the standard input.
 */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static uint32_t table[256];

static void make_table(void)
{
	uint32_t c;
	int i, bit;

	for (i = 0; i < 256; i++) {
		c = (uint32_t) i << 24;
		for (bit = 0; bit < 8; bit++)
			c = (c & 0x80000000u) ? (c << 1) ^ 0x04C11DB7u : c << 1;
		table[i] = c;
	}
}

static uint32_t crc_byte(uint32_t crc, unsigned char b)
{
	return (crc << 8) ^ table[(crc >> 24) ^ b];
}

/* Checksums fd; -1 on a read error. */
static int sum(int fd, uint32_t *crc_out, unsigned long long *size)
{
	static unsigned char buf[16384];
	uint32_t crc = 0;
	unsigned long long len;
	ssize_t n, i;

	*size = 0;
	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0)
			return -1;
		for (i = 0; i < n; i++)
			crc = crc_byte(crc, buf[i]);
		*size += (unsigned long long) n;
	}
	for (len = *size; len != 0; len >>= 8)
		crc = crc_byte(crc, (unsigned char) len);
	*crc_out = ~crc;
	return 0;
}

static int cksum(const char *name)
{
	uint32_t crc;
	unsigned long long size;
	int fd = name == NULL ? STDIN_FILENO : open(name, O_RDONLY);

	if (fd < 0 || sum(fd, &crc, &size) < 0) {
		fprintf(stderr, "cksum: %s: %s\n", name ? name : "-",
		    strerror(errno));
		if (fd > STDIN_FILENO)
			close(fd);
		return 1;
	}
	if (fd != STDIN_FILENO)
		close(fd);
	printf("%lu %llu", (unsigned long) crc, size);
	if (name != NULL)
		printf(" %s", name);
	putchar('\n');
	return 0;
}

int main(int argc, char **argv)
{
	int status = 0;

	if (getopt(argc, argv, "") != -1) {
		fputs("usage: cksum [file ...]\n", stderr);
		return 1;
	}
	make_table();
	if (optind == argc)
		return cksum(NULL);
	for (; optind < argc; optind++)
		status |= cksum(argv[optind]);
	return status;
}
