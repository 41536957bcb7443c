/*
 * regerror.c - regerror(): the text for a regcomp()/regexec() result.
 */
#include <regex.h>
#include <string.h>

static const char *const messages[] = {
	[0] = "Success",
	[REG_NOMATCH] = "No match",
	[REG_BADPAT] = "Invalid regular expression",
	[REG_ECOLLATE] = "Invalid collation character",
	[REG_ECTYPE] = "Invalid character class name",
	[REG_EESCAPE] = "Trailing backslash",
	[REG_ESUBREG] = "Invalid back reference",
	[REG_EBRACK] = "Unmatched [ or [^",
	[REG_EPAREN] = "Unmatched ( or \\(",
	[REG_EBRACE] = "Unmatched \\{",
	[REG_BADBR] = "Invalid content of \\{\\}",
	[REG_ERANGE] = "Invalid range end",
	[REG_ESPACE] = "Memory exhausted",
	[REG_BADRPT] = "Invalid preceding regular expression",
};

/* Copies the message, cut to fit size; answers the size it needs. */
size_t regerror(int errcode, const regex_t *restrict re, char *restrict buf,
    size_t size)
{
	const char *msg = "Unknown error";
	size_t len;

	(void) re;		/* the messages do not depend on the pattern */
	if (errcode >= 0 &&
	    (size_t) errcode < sizeof(messages) / sizeof(messages[0]) &&
	    messages[errcode] != NULL)
		msg = messages[errcode];
	len = strlen(msg) + 1;
	if (size > 0) {
		size_t n = len < size ? len : size;

		memcpy(buf, msg, n - 1);
		buf[n - 1] = '\0';
	}
	return len;
}
