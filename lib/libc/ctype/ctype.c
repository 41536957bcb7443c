/*
 * ctype.c - character classes and case mapping for ASCII, the C locale.
 *
 * classes() gives an ASCII code its classes as bits, from the ranges of
 * the code chart; codes outside ASCII (and EOF) belong to none and map to
 * themselves.
 */
#include <ctype.h>

enum {
	C_UPPER = 1 << 0,
	C_LOWER = 1 << 1,
	C_DIGIT = 1 << 2,
	C_SPACE = 1 << 3,	/* space, \t \n \v \f \r */
	C_PUNCT = 1 << 4,
	C_CNTRL = 1 << 5,
	C_XDIGIT = 1 << 6,	/* a-f and A-F; the digits are C_DIGIT */
	C_BLANK = 1 << 7,	/* space and \t */
};

static unsigned char classes(int c)
{
	unsigned char k = 0;

	if (c >= 'A' && c <= 'Z')
		k |= C_UPPER;
	if (c >= 'a' && c <= 'z')
		k |= C_LOWER;
	if (c >= '0' && c <= '9')
		k |= C_DIGIT;
	if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
		k |= C_XDIGIT;
	if (c == ' ' || (c >= '\t' && c <= '\r'))
		k |= C_SPACE;
	if (c == ' ' || c == '\t')
		k |= C_BLANK;
	if (c < 0x20 || c == 0x7f)
		k |= C_CNTRL;
	if (c > 0x20 && c < 0x7f && !(k & (C_UPPER | C_LOWER | C_DIGIT)))
		k |= C_PUNCT;
	return k;
}

/* The classes of c, or none for a value outside ASCII. */
static int class_of(int c)
{
	return c >= 0 && c < 128 ? classes(c) : 0;
}

int isalnum(int c)  { return (class_of(c) & (C_UPPER | C_LOWER | C_DIGIT)) != 0; }
int isalpha(int c)  { return (class_of(c) & (C_UPPER | C_LOWER)) != 0; }
int isblank(int c)  { return (class_of(c) & C_BLANK) != 0; }
int iscntrl(int c)  { return (class_of(c) & C_CNTRL) != 0; }
int isdigit(int c)  { return (class_of(c) & C_DIGIT) != 0; }
int islower(int c)  { return (class_of(c) & C_LOWER) != 0; }
int isupper(int c)  { return (class_of(c) & C_UPPER) != 0; }
int ispunct(int c)  { return (class_of(c) & C_PUNCT) != 0; }
int isspace(int c)  { return (class_of(c) & C_SPACE) != 0; }
int isxdigit(int c) { return (class_of(c) & (C_DIGIT | C_XDIGIT)) != 0; }
int isgraph(int c)  { return c > 0x20 && c < 0x7f; }
int isprint(int c)  { return c >= 0x20 && c < 0x7f; }
int isascii(int c)  { return c >= 0 && c < 128; }

int tolower(int c)
{
	return isupper(c) ? c - 'A' + 'a' : c;
}

int toupper(int c)
{
	return islower(c) ? c - 'a' + 'A' : c;
}
