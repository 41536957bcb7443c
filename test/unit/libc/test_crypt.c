/*
 * test_crypt.c - crypt(): SHA-256-crypt ("$5$") hashes compared with
 * the host's own implementation (openssl passwd -5) over passwords
 * (openssl cannot take an empty one) and salts of many lengths,
 * explicit rounds, a whole hash as the setting, and the settings it
 * refuses.
 */
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

/* The host's hash of key with salt (and rounds, if not 0). */
static const char *host_crypt(const char *key, const char *salt,
    unsigned rounds)
{
	static char out[256];
	char cmd[512];
	FILE *p;

	if (rounds != 0)
		snprintf(cmd, sizeof(cmd), "openssl passwd -5 -salt "
		    "'rounds=%u$%s' '%s'", rounds, salt, key);
	else
		snprintf(cmd, sizeof(cmd), "openssl passwd -5 -salt '%s' '%s'",
		    salt, key);
	out[0] = '\0';
	if ((p = popen(cmd, "r")) == NULL)
		return out;
	if (fgets(out, sizeof(out), p) != NULL)
		out[strcspn(out, "\n")] = '\0';
	pclose(p);
	return out;
}

static void compare(const char *name, const char *key, const char *salt,
    unsigned rounds)
{
	char setting[128];
	const char *want = host_crypt(key, salt, rounds);

	if (rounds != 0)
		snprintf(setting, sizeof(setting), "$5$rounds=%u$%s", rounds,
		    salt);
	else
		snprintf(setting, sizeof(setting), "$5$%s", salt);
	t_str(name, rs_crypt(key, setting), want);
}

static void lengths(void)
{
	char key[200], name[64];
	int bad = 0;

	t_begin("keys of 1 to 141 characters, as the host hashes them");
	for (int n = 1; n <= 141 && !t_failed(); n += 7) {
		memset(key, 'a' + n % 26, (size_t) n);
		key[n] = '\0';
		snprintf(name, sizeof(name), "salt%d", n % 17);
		const char *want = host_crypt(key, name, 0);
		char setting[64];
		snprintf(setting, sizeof(setting), "$5$%s", name);
		if (strcmp(rs_crypt(key, setting), want) != 0 && !bad++)
			t_fail("length %d: got %s, want %s", n,
			    rs_crypt(key, setting), want);
	}
	t_end();
}

int main(void)
{
	char hash[128];

	fake_files_reset();
	t_str("the published example",
	    rs_crypt("Hello world!", "$5$saltstring"),
	    "$5$saltstring$5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5");
	compare("a short salt", "secret", "ab", 0);
	compare("the longest salt", "password", "0123456789abcdef", 0);
	compare("explicit rounds", "Hello world!", "saltstring", 10000);
	compare("rounds below the least", "pw", "x", 10);
	lengths();
	t_str("a salt past 16 characters is cut",
	    rs_crypt("k", "$5$0123456789abcdefXYZ"), rs_crypt("k",
	    "$5$0123456789abcdef"));
	snprintf(hash, sizeof(hash), "%s", rs_crypt("ast", "$5$xyz"));
	t_str("a whole hash is its own setting", rs_crypt("ast", hash), hash);
	t_check("another password gives another hash",
	    strcmp(rs_crypt("asT", hash), hash) != 0, "same hash");
	rs_errno = 0;
	t_check("DES settings are refused", rs_crypt("k", "ab") == NULL &&
	    rs_errno == RS_EINVAL, "errno %d", rs_errno);
	t_check("bad rounds are refused",
	    rs_crypt("k", "$5$rounds=x$ab") == NULL &&
	    rs_crypt("k", "$5$rounds=10") == NULL, "accepted");
	return t_done();
}
