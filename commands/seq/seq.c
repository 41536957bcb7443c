/*
 * seq - print a sequence of numbers.
 *
 *	seq [-w] [-s separator] [first [increment]] last
 *
 * Whole numbers are counted exactly; if any operand has a fraction the
 * count is in floating point, printed with as many decimals as the
 * first number or the increment has.  -w pads whole numbers with zeros
 * to equal width.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static const char *sep = "\n";
static int equal_width;

static void usage(void)
{
	fputs("usage: seq [-w] [-s separator] [first [increment]] last\n",
	    stderr);
	exit(1);
}

/* Whether s is an operand (a number) rather than an option. */
static int is_number_arg(const char *s)
{
	return s[0] != '-' || isdigit((unsigned char) s[1]) || s[1] == '.';
}

/* Parses a number; *whole says whether it had no fraction or exponent. */
static double parse(const char *s, int *whole)
{
	char *end;
	double v = strtod(s, &end);

	if (*s == '\0' || *end != '\0') {
		fprintf(stderr, "seq: invalid number '%s'\n", s);
		usage();
	}
	if (strpbrk(s, ".eE") != NULL)
		*whole = 0;
	return v;
}

static int parse_options(int argc, char **argv)
{
	int i = 1;

	while (i < argc && !is_number_arg(argv[i])) {
		if (strcmp(argv[i], "--") == 0)
			return i + 1;
		if (strcmp(argv[i], "-w") == 0)
			equal_width = 1;
		else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc)
			sep = argv[++i];
		else if (strncmp(argv[i], "-s", 2) == 0 && argv[i][2] != '\0')
			sep = argv[i] + 2;
		else
			usage();
		i++;
	}
	return i;
}

static void count_whole(long long first, long long incr, long long last)
{
	char a[32], b[32];
	int width = 0;
	long long v;

	if (equal_width) {
		width = snprintf(a, sizeof(a), "%lld", first);
		if (snprintf(b, sizeof(b), "%lld", last) > width)
			width = (int) strlen(b);
	}
	for (v = first; incr > 0 ? v <= last : v >= last; v += incr)
		printf("%s%0*lld", v == first ? "" : sep, width, v);
	if (incr > 0 ? first <= last : first >= last)
		putchar('\n');
}

/* Digits after the decimal point in a number operand. */
static int decimals(const char *s)
{
	const char *dot = strchr(s, '.');

	return dot != NULL ? (int) strspn(dot + 1, "0123456789") : 0;
}

/* The decimals to print: the most of first and increment (of the
 * count operands at a). */
static int precision(char **a, int count)
{
	int p = count >= 2 ? decimals(a[0]) : 0;

	if (count == 3 && decimals(a[1]) > p)
		p = decimals(a[1]);
	return p;
}

/* Counts in floating point, printing as many decimals as the first
 * number or the increment has. */
static void count_real(double first, double incr, double last, int prec)
{
	double v;
	long i;

	for (i = 0;; i++) {
		v = first + (double) i * incr;
		if (incr > 0 ? v > last + incr * 1e-9 : v < last + incr * 1e-9)
			break;
		printf("%s%.*f", i == 0 ? "" : sep, prec, v);
	}
	if (i > 0)
		putchar('\n');
}

int main(int argc, char **argv)
{
	double n[3] = { 1, 1, 0 };
	int i = parse_options(argc, argv), count = argc - i, whole = 1;

	if (count < 1 || count > 3)
		usage();
	n[2] = parse(argv[argc - 1], &whole);
	if (count >= 2)
		n[0] = parse(argv[i], &whole);
	if (count == 3)
		n[1] = parse(argv[i + 1], &whole);
	if (n[1] == 0) {
		fputs("seq: the increment must not be zero\n", stderr);
		return 1;
	}
	if (whole)
		count_whole((long long) n[0], (long long) n[1],
		    (long long) n[2]);
	else
		count_real(n[0], n[1], n[2], precision(argv + i, count));
	return 0;
}
