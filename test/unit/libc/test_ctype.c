/*
 * test_ctype.c - every class function and case mapping, for all 256 byte
 * values and EOF, against the host's C locale.
 */
#include <ctype.h>
#include <locale.h>
#include <stdio.h>
#include "harness.h"
#include "rs.h"

struct class {
	const char *name;
	int (*mine)(int);
	int (*host)(int);
};

static int host_isascii(int c)
{
	return c >= 0 && c < 128;
}

int main(void)
{
	static const struct class classes[] = {
		{ "isalnum", rs_isalnum, isalnum },
		{ "isalpha", rs_isalpha, isalpha },
		{ "isblank", rs_isblank, isblank },
		{ "iscntrl", rs_iscntrl, iscntrl },
		{ "isdigit", rs_isdigit, isdigit },
		{ "isgraph", rs_isgraph, isgraph },
		{ "islower", rs_islower, islower },
		{ "isprint", rs_isprint, isprint },
		{ "ispunct", rs_ispunct, ispunct },
		{ "isspace", rs_isspace, isspace },
		{ "isupper", rs_isupper, isupper },
		{ "isxdigit", rs_isxdigit, isxdigit },
		{ "isascii", rs_isascii, host_isascii },
		{ "tolower", rs_tolower, tolower },
		{ "toupper", rs_toupper, toupper },
	};

	setlocale(LC_ALL, "C");
	fake_files_reset();
	for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
		const struct class *k = &classes[i];
		int bad = -2;

		for (int c = -1; c < 256 && bad == -2; c++) {
			int a = k->mine(c), b = k->host(c);

			if (k->mine == rs_tolower || k->mine == rs_toupper
			    ? a != b : (a != 0) != (b != 0))
				bad = c;
		}
		t_check(k->name, bad == -2, "differs from the C locale at %d", bad);
	}
	t_int("isspace vertical tab", rs_isspace('\v') != 0, 1);
	t_int("ispunct tilde", rs_ispunct('~') != 0, 1);
	t_int("isprint space", rs_isprint(' ') != 0, 1);
	t_int("isgraph space", rs_isgraph(' ') != 0, 0);
	t_int("high bytes are no class", rs_isalpha(0xe9), 0);
	t_int("toupper keeps non-letters", rs_toupper('1'), '1');
	t_int("tolower EOF", rs_tolower(-1), -1);
	return t_done();
}
