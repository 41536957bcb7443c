/*
 * bi_printf.c - printf format [arg...].
 *
 * Conversions: %s %b %c %d %i %o %u %x %X %%, with flags, width and
 * precision (also as *).  The format is reused while arguments remain;
 * a missing argument counts as "" or 0.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "builtin.h"
#include "mem.h"
#include "out.h"

struct pf {
	struct strbuf out;
	char **args;
	int nargs;
	int used;		/* arguments taken in this pass */
	int status;
	int stop;		/* \c in a %b argument */
};

static const char *next_arg(struct pf *pf)
{
	if (pf->used >= pf->nargs)
		return NULL;
	return pf->args[pf->used++];
}

/* A numeric argument; 'c and "c give the character's code. */
static long long num_arg(struct pf *pf)
{
	const char *s = next_arg(pf);
	char *end;
	long long v;

	if (!s || !*s)
		return 0;
	if (*s == '\'' || *s == '"')
		return (unsigned char) s[1];
	errno = 0;
	v = strtoll(s, &end, 0);
	if (*end || errno) {
		sh_warn("printf: %s: bad number", s);
		pf->status = 1;
	}
	return v;
}

/* \n and friends in the format itself; returns chars consumed. */
static int format_escape(struct strbuf *b, const char *s)
{
	static const char from[] = "abfnrtv\\\"'";
	static const char to[] = "\a\b\f\n\r\t\v\\\"'";
	const char *hit = s[1] ? strchr(from, s[1]) : NULL;
	int c = 0, n;

	if (hit) {
		sb_addc(b, to[hit - from]);
		return 2;
	}
	for (n = 0; n < 3 && s[1 + n] >= '0' && s[1 + n] <= '7'; n++)
		c = c * 8 + (s[1 + n] - '0');
	if (n == 0) {
		sb_addc(b, '\\');
		return 1;
	}
	sb_addc(b, c);
	return 1 + n;
}

/* Copies flags, width and precision of a conversion into spec. */
static const char *read_spec(struct pf *pf, const char *f, char *spec,
	size_t cap)
{
	size_t n = 0;

	spec[n++] = '%';
	while (*f && strchr("-+ #0", *f) && n < cap - 24)
		spec[n++] = *f++;
	while (n < cap - 24
	    && ((*f >= '0' && *f <= '9') || *f == '.' || *f == '*')) {
		if (*f == '*') {
			n += (size_t) snprintf(spec + n, cap - n, "%d",
				(int) num_arg(pf));
			f++;
		} else
			spec[n++] = *f++;
	}
	spec[n] = '\0';
	return f;
}

/* Appends one conversion made by the C library's printf. */
static void addf(struct strbuf *b, const char *spec, ...)
{
	char small[256], *big;
	va_list ap, again;
	int n;

	va_start(ap, spec);
	va_copy(again, ap);
	n = vsnprintf(small, sizeof(small), spec, ap);
	if (n >= 0 && (size_t) n < sizeof(small))
		sb_addn(b, small, (size_t) n);
	else if (n > 0) {
		big = xmalloc((size_t) n + 1);
		vsnprintf(big, (size_t) n + 1, spec, again);
		sb_addn(b, big, (size_t) n);
		free(big);
	}
	va_end(again);
	va_end(ap);
}

static void convert(struct pf *pf, char *spec, int conv)
{
	struct strbuf tmp;
	size_t n = strlen(spec);
	const char *s;

	switch (conv) {
	case 'd': case 'i':
		strcpy(spec + n, "lld");
		addf(&pf->out, spec, num_arg(pf));
		break;
	case 'o': case 'u': case 'x': case 'X':
		spec[n] = 'l'; spec[n + 1] = 'l'; spec[n + 2] = (char) conv;
		spec[n + 3] = '\0';
		addf(&pf->out, spec, (unsigned long long) num_arg(pf));
		break;
	case 'c':
		s = next_arg(pf);
		strcpy(spec + n, "c");
		addf(&pf->out, spec, s && *s ? *s : '\0');
		break;
	case 'b':
		sb_init(&tmp);
		s = next_arg(pf);
		pf->stop = echo_escapes(&tmp, s ? s : "");
		strcpy(spec + n, "s");
		addf(&pf->out, spec, tmp.s);
		sb_free(&tmp);
		break;
	default:
		s = next_arg(pf);
		strcpy(spec + n, "s");
		addf(&pf->out, spec, s ? s : "");
		break;
	}
}

/* One pass over the format. */
static void format(struct pf *pf, const char *f)
{
	char spec[64];

	while (*f && !pf->stop) {
		if (*f == '\\') {
			f += format_escape(&pf->out, f);
		} else if (*f != '%') {
			sb_addc(&pf->out, *f++);
		} else if (f[1] == '%') {
			sb_addc(&pf->out, '%');
			f += 2;
		} else {
			f = read_spec(pf, f + 1, spec, sizeof(spec));
			if (!*f || !strchr("diouxXcbs", *f)) {
				sh_warn("printf: bad conversion");
				pf->status = 1;
				return;
			}
			convert(pf, spec, *f++);
		}
	}
}

int bi_printf(int argc, char **argv)
{
	struct pf pf;

	if (argc < 2) {
		sh_warn("printf: usage: printf format [arg...]");
		return 2;
	}
	memset(&pf, 0, sizeof(pf));
	sb_init(&pf.out);
	pf.args = argv + 2;
	pf.nargs = argc - 2;
	do {
		pf.used = 0;
		format(&pf, argv[1]);
		pf.args += pf.used;
		pf.nargs -= pf.used;
	} while (pf.nargs > 0 && pf.used > 0 && !pf.stop && !pf.status);
	if (out_write(1, pf.out.s, pf.out.len) < 0)
		pf.status = 1;
	sb_free(&pf.out);
	return pf.status;
}
