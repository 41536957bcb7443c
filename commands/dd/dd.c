/*
 * dd - copy a file in blocks.
 *
 *	dd [if=file] [of=file] [bs=n | ibs=n obs=n] [count=n] [skip=n]
 *	   [seek=n] [conv=notrunc[,sync][,noerror]]
 *
 * Sizes take a suffix: b (512), k (1024), M, w (2), or xN to multiply.
 * With bs= each block read is written as it came; with ibs/obs the
 * data is re-blocked.  count counts input blocks, skip input blocks
 * to pass over, seek output blocks.  The output file is cut at the
 * seek point unless conv=notrunc.  At the end "F+P records in" and
 * "F+P records out" (full and partial blocks) go to the error output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

struct options {
	const char *in, *out;
	long long ibs, obs, count, skip, seek;
	int direct;		/* bs= given: no re-blocking */
	int notrunc, sync, noerror;
};

struct counts {
	long long full_in, part_in, full_out, part_out;
};

static struct counts counts;

static void usage(void)
{
	fputs("usage: dd [if=file] [of=file] [bs=n | ibs=n obs=n] "
	    "[count=n] [skip=n] [seek=n] [conv=notrunc,sync,noerror]\n",
	    stderr);
	exit(1);
}

/* A size: digits, a suffix, and optionally xN to multiply. */
static long long size_arg(const char *s)
{
	char *end;
	long long v;

	if (*s < '0' || *s > '9')
		usage();
	v = strtoll(s, &end, 10);
	switch (*end) {
	case 'b': v *= 512; end++; break;
	case 'k': case 'K': v *= 1024; end++; break;
	case 'M': v *= 1024 * 1024; end++; break;
	case 'w': v *= 2; end++; break;
	}
	if (*end == 'x')
		return v * size_arg(end + 1);
	if (*end != '\0')
		usage();
	return v;
}

static void parse_conv(char *s, struct options *o)
{
	char *word;

	for (word = strtok(s, ","); word != NULL; word = strtok(NULL, ",")) {
		if (strcmp(word, "notrunc") == 0)
			o->notrunc = 1;
		else if (strcmp(word, "sync") == 0)
			o->sync = 1;
		else if (strcmp(word, "noerror") == 0)
			o->noerror = 1;
		else {
			fprintf(stderr, "dd: unknown conversion %s\n", word);
			usage();
		}
	}
}

/* One name=value operand. */
static void parse_operand(char *arg, struct options *o)
{
	char *v = strchr(arg, '=');

	if (v == NULL) {
		fprintf(stderr, "dd: unknown operand %s\n", arg);
		usage();
	}
	*v++ = '\0';
	if (strcmp(arg, "if") == 0) o->in = v;
	else if (strcmp(arg, "of") == 0) o->out = v;
	else if (strcmp(arg, "bs") == 0) {
		o->ibs = o->obs = size_arg(v);
		o->direct = 1;
	} else if (strcmp(arg, "ibs") == 0) o->ibs = size_arg(v);
	else if (strcmp(arg, "obs") == 0) o->obs = size_arg(v);
	else if (strcmp(arg, "count") == 0) o->count = size_arg(v);
	else if (strcmp(arg, "skip") == 0) o->skip = size_arg(v);
	else if (strcmp(arg, "seek") == 0) o->seek = size_arg(v);
	else if (strcmp(arg, "conv") == 0) parse_conv(v, o);
	else {
		fprintf(stderr, "dd: unknown operand %s\n", arg);
		usage();
	}
	if (o->ibs <= 0 || o->obs <= 0)
		usage();
}

static void report(void)
{
	fprintf(stderr, "%lld+%lld records in\n%lld+%lld records out\n",
	    counts.full_in, counts.part_in, counts.full_out, counts.part_out);
}

static void die(const char *name)
{
	fprintf(stderr, "dd: %s: %s\n", name, strerror(errno));
	report();
	exit(1);
}

/* Writes one output block of n bytes. */
static void put_block(int fd, const char *name, const char *buf,
    long long n, long long obs)
{
	ssize_t w;
	long long done = 0;

	for (; done < n; done += w)
		if ((w = write(fd, buf + done, (size_t) (n - done))) <= 0)
			die(name);
	if (n == obs)
		counts.full_out++;
	else
		counts.part_out++;
}

/* Reads one input block; short only at the end of the input (or of
 * what a pipe has now).  A failed read under noerror counts as empty. */
static long long get_block(int fd, const struct options *o, char *buf)
{
	ssize_t n = read(fd, buf, (size_t) o->ibs);

	if (n < 0 && !o->noerror)
		die(o->in ? o->in : "standard input");
	if (n <= 0)
		return n < 0 ? (o->sync ? o->ibs : 0) : -1;
	if (n == o->ibs)
		counts.full_in++;
	else
		counts.part_in++;
	if (o->sync && n < o->ibs) {
		memset(buf + n, 0, (size_t) (o->ibs - n));
		n = (ssize_t) o->ibs;
	}
	return n;
}

/* Passes over skip input blocks: by seeking if the input can. */
static void skip_input(int fd, const struct options *o, char *buf)
{
	long long i;

	if (o->skip == 0 || lseek(fd, o->skip * o->ibs, SEEK_CUR) >= 0)
		return;
	for (i = 0; i < o->skip; i++)
		if (read(fd, buf, (size_t) o->ibs) <= 0)
			break;
}

/* Adds n bytes to the output block, writing each one that fills up. */
static void reblock(int out, const char *oname, const struct options *o,
    const char *data, long long n, char *obuf, long long *fill)
{
	long long k;

	while (n > 0) {
		k = n < o->obs - *fill ? n : o->obs - *fill;
		memcpy(obuf + *fill, data, (size_t) k);
		data += k;
		n -= k;
		*fill += k;
		if (*fill == o->obs) {
			put_block(out, oname, obuf, *fill, o->obs);
			*fill = 0;
		}
	}
}

static void copy(int in, int out, const struct options *o)
{
	const char *oname = o->out ? o->out : "standard output";
	char *ibuf = malloc((size_t) o->ibs), *obuf = malloc((size_t) o->obs);
	long long n, fill = 0, blocks;

	if (ibuf == NULL || obuf == NULL)
		die("buffer");
	skip_input(in, o, ibuf);
	for (blocks = 0; o->count < 0 || blocks < o->count; blocks++) {
		if ((n = get_block(in, o, ibuf)) < 0)
			break;
		if (o->direct && n > 0)
			put_block(out, oname, ibuf, n, o->obs);
		else if (!o->direct)
			reblock(out, oname, o, ibuf, n, obuf, &fill);
	}
	if (fill > 0)
		put_block(out, oname, obuf, fill, o->obs);
}

static int open_output(const struct options *o)
{
	int fd;

	if (o->out == NULL)
		return STDOUT_FILENO;
	fd = open(o->out, O_WRONLY | O_CREAT, 0666);
	if (fd < 0)
		die(o->out);
	if (o->seek > 0 && lseek(fd, o->seek * o->obs, SEEK_SET) < 0)
		die(o->out);
	if (!o->notrunc && ftruncate(fd, o->seek * o->obs) < 0 &&
	    errno != EINVAL)
		die(o->out);
	return fd;
}

int main(int argc, char **argv)
{
	struct options o = { NULL, NULL, 512, 512, -1, 0, 0, 0, 0, 0, 0 };
	int i, in = STDIN_FILENO, out;

	for (i = 1; i < argc; i++)
		parse_operand(argv[i], &o);
	if (o.in != NULL && (in = open(o.in, O_RDONLY)) < 0)
		die(o.in);
	out = open_output(&o);
	copy(in, out, &o);
	if (out != STDOUT_FILENO && close(out) < 0)
		die(o.out);
	report();
	return 0;
}
