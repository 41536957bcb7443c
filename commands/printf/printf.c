/*
 * printf - write formatted output.
 *
 *	printf format [argument ...]
 *
 * The format is printed with its escapes (\n \t \\ \NNN ...) done and
 * each conversion (%s %b %c %d %i %o %u %x %X %e %f %g %%, with flags,
 * width and precision, * taking them from the arguments) filled from
 * the next argument.  The format is used again while arguments are
 * left.  A missing argument is an empty string or zero; \c, in the
 * format or in a %b argument, ends all output.  A number that is not
 * one gives a message and exit status 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static char **args;
static int nargs, next_arg, status;
static int stopped;		/* \c was seen */

/* The next argument, or "" when they have run out. */
static const char *take(void)
{
	return next_arg < nargs ? args[next_arg++] : "";
}

/* Does one escape at *p (just after the backslash); octal takes up to
 * max_octal digits.  Writes the character, or stops on \c. */
static void escape(const char **p, int max_octal)
{
	static const char from[] = "\\abfnrtv\"'", to[] = "\\\a\b\f\n\r\t\v\"'";
	const char *s = *p, *hit;
	int v = 0, i;

	if (*s >= '0' && *s <= '7') {
		for (i = 0; i < max_octal && *s >= '0' && *s <= '7'; i++)
			v = v * 8 + (*s++ - '0');
		putchar(v);
		*p = s;
		return;
	}
	*p = s + (*s != '\0');
	if (*s == 'c') {
		stopped = 1;
		return;
	}
	hit = *s != '\0' ? strchr(from, *s) : NULL;
	if (hit != NULL)
		putchar(to[hit - from]);
	else {
		putchar('\\');
		if (*s != '\0')
			putchar(*s);
	}
}

/* %b: the argument with its escapes done; \0NNN is octal. */
static void print_b(const char *s)
{
	while (*s != '\0' && !stopped) {
		if (*s != '\\') {
			putchar(*s++);
			continue;
		}
		s++;
		if (*s == '0') {
			s++;
			escape(&s, 3);
		} else
			escape(&s, 3);
	}
}

/* A numeric argument: a number, or 'c for the code of c. */
static long long number(const char *s, int is_signed)
{
	char *end;
	long long v;

	if (*s == '\'' || *s == '"')
		return (unsigned char) s[1];
	errno = 0;
	v = is_signed ? strtoll(s, &end, 0) :
	    (long long) strtoull(s, &end, 0);
	if (*s == '\0')
		return 0;
	if (*end != '\0' || errno != 0) {
		fprintf(stderr, "printf: %s: %s\n", s, *end != '\0' ?
		    "expected a numeric value" : strerror(errno));
		status = 1;
	}
	return v;
}

static double real(const char *s)
{
	char *end;
	double v;

	if (*s == '\'' || *s == '"')
		return (unsigned char) s[1];
	v = strtod(s, &end);
	if (*s != '\0' && *end != '\0') {
		fprintf(stderr, "printf: %s: expected a numeric value\n", s);
		status = 1;
	}
	return v;
}

/* Prints one argument under spec ("%-5" and such, without the letter). */
static void convert(char *spec, size_t len, char conv)
{
	const char *arg = take();

	spec[len + 1] = '\0';
	switch (conv) {
	case 'd': case 'i':
		memcpy(spec + len, "lld", 4);
		printf(spec, number(arg, 1));
		break;
	case 'o': case 'u': case 'x': case 'X':
		memcpy(spec + len, "ll", 2);
		spec[len + 2] = conv;
		spec[len + 3] = '\0';
		printf(spec, (unsigned long long) number(arg, 0));
		break;
	case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
		spec[len] = conv;
		printf(spec, real(arg));
		break;
	case 'c':
		if (*arg != '\0')
			putchar(*arg);
		break;
	case 'b':
		print_b(arg);
		break;
	default:
		spec[len] = 's';
		printf(spec, arg);
	}
}

/* Copies flags, width and precision of the conversion at *p into spec,
 * taking * from the arguments; answers the spec's length. */
static size_t read_spec(const char **p, char *spec, size_t size)
{
	const char *s = *p;
	size_t n = 1;

	spec[0] = '%';
	while (*s != '\0' && strchr("-+ #0", *s) != NULL && n < size - 8)
		spec[n++] = *s++;
	for (int part = 0; part < 2; part++) {
		if (part == 1 && *s != '.')
			break;
		if (part == 1 && n < size - 8)
			spec[n++] = *s++;
		if (*s == '*') {
			n += (size_t) snprintf(spec + n, size - n, "%d",
			    (int) number(take(), 1));
			s++;
		}
		while (*s >= '0' && *s <= '9' && n < size - 8)
			spec[n++] = *s++;
	}
	*p = s;
	return n;
}

/* One pass over the format; answers whether it took any argument. */
static int run(const char *f)
{
	char spec[64];
	size_t len;
	int before = next_arg, conversions = 0;

	while (*f != '\0' && !stopped) {
		if (*f == '\\') {
			f++;
			escape(&f, 3);
			continue;
		}
		if (*f != '%' || f[1] == '%') {
			putchar(*f);
			f += *f == '%' ? 2 : 1;
			continue;
		}
		f++;
		len = read_spec(&f, spec, sizeof(spec));
		if (*f == '\0' || strchr("diouxXeEfFgGcsb", *f) == NULL) {
			fprintf(stderr, "printf: %%%c: invalid conversion\n",
			    *f);
			exit(1);
		}
		convert(spec, len, *f++);
		conversions++;
	}
	return conversions > 0 && next_arg > before;
}

int main(int argc, char **argv)
{
	int i = 1;

	if (argc > 1 && strcmp(argv[1], "--") == 0)
		i++;
	if (i >= argc) {
		fputs("usage: printf format [argument ...]\n", stderr);
		return 1;
	}
	args = argv + i + 1;
	nargs = argc - i - 1;
	while (run(argv[i]) && next_arg < nargs && !stopped)
		;
	return status;
}
