/*
 * bigfile - one 16 MiB file: written in odd-sized chunks, read back in
 * several chunk sizes, read at random offsets, patched in the middle,
 * then removed; statvfs must show its blocks in use and then free again.
 *
 * Every byte of the file is a function of its offset (pattern_fill), so
 * any case can check any range, and the checksum of the whole file is
 * known before it is written.
 */
#include "t.h"

#include <sys/statvfs.h>

#define BIG_SIZE	(16L * 1024 * 1024)
#define BIG_FILE	"big"	/* in the scratch directory */
#define BIG_NAME	"../" BIG_FILE	/* from a case's directory */
#define BUF_SIZE	(128 * 1024)

static unsigned char buf[BUF_SIZE];
static unsigned char want[BUF_SIZE];
static unsigned long expected_sum;	/* checksum of the whole pattern */
static unsigned long long free_before;	/* f_bfree before the file */
static int statvfs_errno;

/* A 32-bit mix of a word's index: the file's pseudo-random content. */
static unsigned long mix(unsigned long x)
{
	x = (x ^ (x >> 16)) * 0x45d9f3bUL;
	x &= 0xffffffffUL;
	x = (x ^ (x >> 16)) * 0x45d9f3bUL;
	x &= 0xffffffffUL;
	return x ^ (x >> 16);
}

/* Fills p with the n pattern bytes that start at offset off. */
static void pattern_fill(unsigned char *p, long off, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		long o = off + (long) i;
		p[i] = (unsigned char) (mix((unsigned long) o >> 2) >>
		    ((o & 3) * 8));
	}
}

/* FNV-1a, continued from sum over n more bytes. */
static unsigned long checksum(unsigned long sum, const unsigned char *p,
    size_t n)
{
	for (size_t i = 0; i < n; i++)
		sum = ((sum ^ p[i]) * 16777619UL) & 0xffffffffUL;
	return sum;
}

#define SUM_START	2166136261UL

static void setup(void)
{
	struct statvfs sv;
	unsigned long sum = SUM_START;

	for (long off = 0; off < BIG_SIZE; off += BUF_SIZE) {
		pattern_fill(buf, off, BUF_SIZE);
		sum = checksum(sum, buf, BUF_SIZE);
	}
	expected_sum = sum;
	if (statvfs(".", &sv) < 0)
		statvfs_errno = errno;
	else
		free_before = sv.f_bfree;
}

static unsigned long long free_blocks(unsigned long *frsize)
{
	struct statvfs sv;

	T_CHECK(statvfs_errno == 0, "statvfs before the test: %s",
	    t_errname(statvfs_errno));
	T_SYS(statvfs(".", &sv));
	if (frsize)
		*frsize = sv.f_frsize;
	return sv.f_bfree;
}

static void write_odd_chunks(void)
{
	static const size_t chunks[] = {
		1, 3, 511, 4095, 4097, 8191, 12289, 65537, 100003, 7, 4096,
	};
	unsigned long sum = SUM_START;
	struct stat st;
	long off = 0;
	size_t k = 0;
	int fd = T_SYS(open(BIG_NAME, O_WRONLY | O_CREAT | O_EXCL, 0644));

	while (off < BIG_SIZE) {
		size_t n = chunks[k++ % (sizeof chunks / sizeof chunks[0])];
		if ((long) n > BIG_SIZE - off)
			n = (size_t) (BIG_SIZE - off);
		pattern_fill(buf, off, n);
		sum = checksum(sum, buf, n);
		ssize_t w = write(fd, buf, n);
		T_CHECK(w == (ssize_t) n, "write of %zu at %ld gave %zd: %s",
		    n, off, w, t_errname(errno));
		off += (long) n;
	}
	T_EQ(sum, expected_sum);
	T_SYS(fstat(fd, &st));
	T_EQ(st.st_size, BIG_SIZE);
	T_SYS(close(fd));
	T_SYS(stat(BIG_NAME, &st));
	T_EQ(st.st_size, BIG_SIZE);
	T_CHECK(st.st_blocks * 512 >= BIG_SIZE, "st_blocks is only %lld",
	    (long long) st.st_blocks);
}

static void statvfs_shows_usage(void)
{
	unsigned long frsize;
	unsigned long long now = free_blocks(&frsize);

	T_CHECK(frsize > 0, "f_frsize is 0");
	T_CHECK(now + BIG_SIZE / frsize <= free_before,
	    "free blocks went from %llu to %llu only (block size %lu)",
	    free_before, now, frsize);
}

/* Reads the whole file n bytes at a time; the checksum must match. */
static void read_in_chunks(size_t n)
{
	unsigned long sum = SUM_START;
	long off = 0;
	ssize_t r;
	int fd = T_SYS(open(BIG_NAME, O_RDONLY));

	while ((r = read(fd, buf, n)) > 0) {
		T_CHECK(r == (ssize_t) n || off + r == BIG_SIZE,
		    "read of %zu at %ld gave %zd", n, off, r);
		sum = checksum(sum, buf, (size_t) r);
		off += r;
	}
	T_CHECK(r == 0, "read at %ld failed: %s", off, t_errname(errno));
	T_EQ(off, BIG_SIZE);
	T_SYS(close(fd));
	if (sum == expected_sum)
		return;
	/* Find the first wrong byte, to say where the damage is. */
	fd = T_SYS(open(BIG_NAME, O_RDONLY));
	for (off = 0; off < BIG_SIZE; off += BUF_SIZE) {
		T_EQ(t_read_full(fd, buf, BUF_SIZE), BUF_SIZE);
		pattern_fill(want, off, BUF_SIZE);
		for (long i = 0; i < BUF_SIZE; i++)
			T_CHECK(buf[i] == want[i], "checksum differs; first "
			    "bad byte at %ld: %#x, expected %#x", off + i,
			    buf[i], want[i]);
	}
	T_FAIL("checksum %#lx, expected %#lx", sum, expected_sum);
}

static void read_chunks_4096(void) { read_in_chunks(4096); }
static void read_chunks_1000(void) { read_in_chunks(1000); }
static void read_chunks_65536(void) { read_in_chunks(65536); }
static void read_chunks_100001(void) { read_in_chunks(100001); }

/* Reads n bytes at off and compares them with the pattern. */
static void check_range(int fd, long off, size_t n)
{
	size_t expect = off + (long) n > BIG_SIZE ?
	    (size_t) (BIG_SIZE - off) : n;

	T_EQ(lseek(fd, off, SEEK_SET), off);
	T_CHECK(t_read_full(fd, buf, n) == expect,
	    "short read of %zu at %ld", n, off);
	pattern_fill(want, off, expect);
	for (size_t i = 0; i < expect; i++)
		T_CHECK(buf[i] == want[i], "byte at %ld is %#x, expected %#x",
		    off + (long) i, buf[i], want[i]);
}

static void random_seeks_verify(void)
{
	/* Edges of blocks and of MFS's direct and indirect zones. */
	static const long edges[] = {
		0, 1, 1023, 1024, 4095, 4096, 7 * 4096 - 1, 7 * 4096,
		(7 + 1024) * 4096 - 3, (7 + 1024) * 4096, BIG_SIZE / 2 - 1,
		BIG_SIZE - 4097, BIG_SIZE - 1,
	};
	unsigned long x = 12345;
	int fd = T_SYS(open(BIG_NAME, O_RDONLY));

	for (size_t k = 0; k < sizeof edges / sizeof edges[0]; k++)
		check_range(fd, edges[k], 6000);
	for (int k = 0; k < 300; k++) {
		x ^= x << 13;
		x &= 0xffffffffUL;
		x ^= x >> 17;
		x ^= x << 5;
		x &= 0xffffffffUL;
		check_range(fd, (long) (x % BIG_SIZE), 1 + (x >> 8) % 9000);
	}
	T_SYS(close(fd));
}

static void read_at_end(void)
{
	int fd = T_SYS(open(BIG_NAME, O_RDONLY));

	T_EQ(lseek(fd, BIG_SIZE, SEEK_SET), BIG_SIZE);
	T_EQ(read(fd, buf, 100), 0);
	T_EQ(lseek(fd, -10, SEEK_END), BIG_SIZE - 10);
	T_EQ(read(fd, buf, 100), 10);
	T_EQ(lseek(fd, BIG_SIZE + 5000, SEEK_SET), BIG_SIZE + 5000);
	T_EQ(read(fd, buf, 100), 0);
	T_SYS(close(fd));
}

/* Overwrites 10000 bytes in the middle; the neighbours must not change. */
static void patch_middle(void)
{
	const long at = 5 * 1024 * 1024 + 333;
	int fd = T_SYS(open(BIG_NAME, O_RDWR));

	memset(buf, 0x5a, 10000);
	T_EQ(lseek(fd, at, SEEK_SET), at);
	T_EQ(write(fd, buf, 10000), 10000);
	T_EQ(lseek(fd, at, SEEK_SET), at);
	T_EQ(t_read_full(fd, buf, 10000), 10000);
	for (int i = 0; i < 10000; i++)
		T_CHECK(buf[i] == 0x5a, "patched byte %ld is %#x", at + i,
		    buf[i]);
	check_range(fd, at - 5000, 5000);
	check_range(fd, at + 10000, 5000);
	pattern_fill(buf, at, 10000);
	T_EQ(lseek(fd, at, SEEK_SET), at);
	T_EQ(write(fd, buf, 10000), 10000);
	check_range(fd, at - 5000, 20000);
	T_EQ(lseek(fd, 0, SEEK_END), BIG_SIZE);
	T_SYS(close(fd));
}

static void unlink_frees_space(void)
{
	unsigned long long now;

	/* Without this case's directory, the scratch holds what it held
	 * when free_before was measured, and the file. */
	T_SYS(chdir(".."));
	T_SYS(rmdir(t_casedir));
	T_SYS(unlink(BIG_FILE));
	T_ERR(open(BIG_FILE, O_RDONLY), ENOENT);
	now = free_blocks(NULL);
	T_CHECK(now == free_before, "free blocks %llu after unlink, %llu "
	    "before the file was written", now, free_before);
}

static const struct t_case cases[] = {
	{ "write_16mib_odd_chunks", write_odd_chunks, 300 },
	{ "statvfs_shows_usage", statvfs_shows_usage, 0 },
	{ "read_chunks_4096", read_chunks_4096, 300 },
	{ "read_chunks_1000", read_chunks_1000, 300 },
	{ "read_chunks_65536", read_chunks_65536, 300 },
	{ "read_chunks_100001", read_chunks_100001, 300 },
	{ "random_seeks_verify", random_seeks_verify, 120 },
	{ "read_at_end", read_at_end, 0 },
	{ "patch_middle", patch_middle, 60 },
	{ "unlink_frees_space", unlink_frees_space, 60 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, setup);
}
