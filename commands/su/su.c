/*
 * su - become another user.
 *
 *	su [-] [user [argument...]]
 *
 * Runs the user's shell (root's if no user is named) as that user,
 * with the arguments given (su ast -c id).  A caller who is not root
 * must type the user's password, read unechoed from the terminal and
 * checked against /etc/shadow; su is set-user-id root so that it may
 * read that file and change users.  With -, the shell is a login shell:
 * it starts in the user's home with a fresh environment (TERM kept,
 * PATH the default); without, the environment stays but HOME, SHELL,
 * USER and LOGNAME are the user's.  A wrong password is "su: Sorry",
 * status 1.  Supplementary groups are not set: PM keeps none yet.
 */
#include <errno.h>
#include <pwd.h>
#include <shadow.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_PATH	"/bin:/usr/bin:/sbin:/usr/sbin"
#define DEFAULT_SHELL	"/bin/sh"

static void usage(void)
{
	fputs("usage: su [-] [user [argument...]]\n", stderr);
	exit(1);
}

/* The user's hash: /etc/shadow's, else /etc/passwd's own field. */
static const char *hash_of(const struct passwd *pw)
{
	struct spwd *sp = getspnam(pw->pw_name);

	return sp != NULL ? sp->sp_pwdp : pw->pw_passwd;
}

static int password_ok(const struct passwd *pw)
{
	const char *hash = hash_of(pw), *h;
	char *typed;
	int ok;

	if (hash[0] == '\0')
		return 1;			/* no password */
	typed = getpass("Password: ");
	h = crypt(typed, hash);
	ok = h != NULL && strcmp(h, hash) == 0;
	memset(typed, 0, strlen(typed));
	return ok;
}

/* The environment of a login shell: TERM kept, the rest the user's. */
static void fresh_environment(void)
{
	static char *empty[] = { NULL };
	char *term = getenv("TERM");

	if (term != NULL && (term = strdup(term)) == NULL)
		exit(1);
	environ = empty;
	setenv("PATH", DEFAULT_PATH, 1);
	if (term != NULL)
		setenv("TERM", term, 1);
}

static void set_environment(const struct passwd *pw, const char *shell,
    int login)
{
	if (login)
		fresh_environment();
	setenv("HOME", pw->pw_dir, 1);
	setenv("SHELL", shell, 1);
	setenv("USER", pw->pw_name, 1);
	setenv("LOGNAME", pw->pw_name, 1);
}

int main(int argc, char **argv)
{
	const char *name = "root", *shell, *base;
	struct passwd *pw;
	char argv0[64];
	int i = 1, login = 0;

	if (i < argc && strcmp(argv[i], "-") == 0) {
		login = 1;
		i++;
	}
	if (i < argc && argv[i][0] == '-' && strcmp(argv[i], "-c") != 0)
		usage();
	if (i < argc && strcmp(argv[i], "-c") != 0)
		name = argv[i++];
	if ((pw = getpwnam(name)) == NULL) {
		fprintf(stderr, "su: %s: no such user\n", name);
		return 1;
	}
	if (getuid() != 0 && !password_ok(pw)) {
		fputs("su: Sorry\n", stderr);
		return 1;
	}
	shell = pw->pw_shell[0] != '\0' ? pw->pw_shell : DEFAULT_SHELL;
	if (setgid(pw->pw_gid) < 0 || setuid(pw->pw_uid) < 0) {
		fprintf(stderr, "su: cannot become %s: %s\n", name,
		    strerror(errno));
		return 1;
	}
	set_environment(pw, shell, login);
	if (login && chdir(pw->pw_dir) < 0)
		fprintf(stderr, "su: %s: %s\n", pw->pw_dir, strerror(errno));
	base = strrchr(shell, '/') != NULL ? strrchr(shell, '/') + 1 : shell;
	snprintf(argv0, sizeof(argv0), "%s%s", login ? "-" : "", base);
	argv[i - 1] = argv0;		/* the shell's argv: name, then ours */
	execv(shell, argv + i - 1);
	fprintf(stderr, "su: %s: %s\n", shell, strerror(errno));
	return 1;
}
