/*
 * strings.c - the older BSD names of <strings.h> for what <string.h>
 * does under a standard name: index(), rindex(), bcopy(), bcmp(), and
 * ffs(), the first set bit of an int.  bzero() lives beside memset().
 */
#include <string.h>
#include <strings.h>

char *index(const char *s, int c)
{
	return strchr(s, c);
}

char *rindex(const char *s, int c)
{
	return strrchr(s, c);
}

/* bcopy's arguments are the other way round, and it allows overlap. */
void bcopy(const void *src, void *dst, size_t n)
{
	memmove(dst, src, n);
}

int bcmp(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n) != 0;
}

/* The place of the lowest set bit, counting from 1; 0 for no bit. */
int ffs(int i)
{
	unsigned int u = (unsigned int) i;
	int n = 1;

	if (u == 0)
		return 0;
	while (!(u & 1)) {
		u >>= 1;
		n++;
	}
	return n;
}
