/*
 * crypt.c - crypt(): the one-way password hash of /etc/shadow.
 *
 * The method is SHA-256-crypt, the "$5$" scheme other Unix systems use,
 * so a hash made here can be checked on another system and the other
 * way round.  A setting is "$5$SALT" or "$5$rounds=N$SALT" (at most 16
 * salt characters; anything after a further '$' is ignored, so a whole
 * hash is its own setting).  The password and salt are hashed together
 * N times (5000 by default; N is held to 1000..999999999) to make
 * guessing slow.  Other methods (the old DES one among them) are not
 * offered: crypt() answers NULL with errno EINVAL.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../include/sha256.h"

#define PREFIX		"$5$"
#define ROUNDS_WORD	"rounds="
#define SALT_MAX	16
#define ROUNDS_DEFAULT	5000
#define ROUNDS_MIN	1000
#define ROUNDS_MAX	999999999

static const char b64[] =
    "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

struct setting {
	const char *salt;
	size_t salt_len;
	unsigned long rounds;
	int rounds_given;		/* the setting named them */
};

static int parse_setting(const char *s, struct setting *st)
{
	char *end;

	if (strncmp(s, PREFIX, strlen(PREFIX)) != 0)
		return -1;
	s += strlen(PREFIX);
	st->rounds = ROUNDS_DEFAULT;
	st->rounds_given = 0;
	if (strncmp(s, ROUNDS_WORD, strlen(ROUNDS_WORD)) == 0) {
		s += strlen(ROUNDS_WORD);
		if (*s < '0' || *s > '9')
			return -1;
		st->rounds = strtoul(s, &end, 10);
		if (*end != '$')
			return -1;
		st->rounds = st->rounds < ROUNDS_MIN ? ROUNDS_MIN :
		    st->rounds > ROUNDS_MAX ? ROUNDS_MAX : st->rounds;
		st->rounds_given = 1;
		s = end + 1;
	}
	st->salt = s;
	st->salt_len = strcspn(s, "$");
	if (st->salt_len > SALT_MAX)
		st->salt_len = SALT_MAX;
	return 0;
}

/* Add len bytes taken from a digest repeated as often as needed. */
static void add_repeated(struct sha256 *c, const uint8_t *d, size_t len)
{
	for (; len > SHA256_BYTES; len -= SHA256_BYTES)
		sha256_add(c, d, SHA256_BYTES);
	sha256_add(c, d, len);
}

/* The digest all rounds start from: key, salt, and an alternate digest
 * of key, salt, key mixed in according to the key's length. */
static void initial(const char *key, size_t klen, const struct setting *st,
    uint8_t a[SHA256_BYTES])
{
	struct sha256 c;
	uint8_t b[SHA256_BYTES];
	size_t n;

	sha256_init(&c);
	sha256_add(&c, key, klen);
	sha256_add(&c, st->salt, st->salt_len);
	sha256_add(&c, key, klen);
	sha256_end(&c, b);
	sha256_init(&c);
	sha256_add(&c, key, klen);
	sha256_add(&c, st->salt, st->salt_len);
	add_repeated(&c, b, klen);
	for (n = klen; n > 0; n >>= 1) {
		if (n & 1)
			sha256_add(&c, b, SHA256_BYTES);
		else
			sha256_add(&c, key, klen);
	}
	sha256_end(&c, a);
}

/* A digest of data repeated times, stretched or cut to len bytes. */
static void sequence(const void *data, size_t dlen, size_t times,
    uint8_t *out, size_t len)
{
	struct sha256 c;
	uint8_t d[SHA256_BYTES];
	size_t i;

	sha256_init(&c);
	for (i = 0; i < times; i++)
		sha256_add(&c, data, dlen);
	sha256_end(&c, d);
	for (i = 0; i < len; i++)
		out[i] = d[i % SHA256_BYTES];
}

/* The rounds; a holds the initial digest and gets the final one.  p is
 * the key's sequence (klen bytes), s the salt's. */
static void rounds(const struct setting *st, uint8_t a[SHA256_BYTES],
    const uint8_t *p, size_t klen, const uint8_t *s)
{
	struct sha256 c;
	unsigned long r;

	for (r = 0; r < st->rounds; r++) {
		sha256_init(&c);
		if (r & 1)
			sha256_add(&c, p, klen);
		else
			sha256_add(&c, a, SHA256_BYTES);
		if (r % 3 != 0)
			sha256_add(&c, s, st->salt_len);
		if (r % 7 != 0)
			sha256_add(&c, p, klen);
		if (r & 1)
			sha256_add(&c, a, SHA256_BYTES);
		else
			sha256_add(&c, p, klen);
		sha256_end(&c, a);
	}
}

/* n characters for the 24 bits b2 b1 b0, low bits first. */
static char *encode(char *out, uint8_t b2, uint8_t b1, uint8_t b0, int n)
{
	uint32_t w = (uint32_t) b2 << 16 | (uint32_t) b1 << 8 | b0;

	while (n-- > 0) {
		*out++ = b64[w & 0x3f];
		w >>= 6;
	}
	return out;
}

/* The digest's 43 characters, its bytes taken in the scheme's order. */
static void encode_digest(char *out, const uint8_t *a)
{
	int i;

	for (i = 0; i < 10; i++)
		out = encode(out, a[(i * 21) % 30], a[(i * 21 + 10) % 30],
		    a[(i * 21 + 20) % 30], 4);
	out = encode(out, 0, a[31], a[30], 3);
	*out = '\0';
}

char *crypt(const char *key, const char *setting)
{
	static char result[sizeof(PREFIX ROUNDS_WORD "999999999$") +
	    SALT_MAX + 1 + 43];
	struct setting st;
	uint8_t a[SHA256_BYTES], *p, s[SALT_MAX];
	size_t klen = strlen(key);
	char *out;

	if (parse_setting(setting, &st) < 0) {
		errno = EINVAL;
		return NULL;
	}
	if ((p = malloc(klen + 1)) == NULL)
		return NULL;
	initial(key, klen, &st, a);
	sequence(key, klen, klen, p, klen);
	sequence(st.salt, st.salt_len, 16 + (size_t) a[0], s, st.salt_len);
	rounds(&st, a, p, klen, s);
	memset(p, 0, klen);
	free(p);
	out = result + strlen(strcpy(result, PREFIX));
	if (st.rounds_given)
		out += sprintf(out, ROUNDS_WORD "%lu$", st.rounds);
	memcpy(out, st.salt, st.salt_len);
	out += st.salt_len;
	*out++ = '$';
	encode_digest(out, a);
	return result;
}
