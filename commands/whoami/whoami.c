/*
 * whoami - print the name of the effective user.
 *
 *	whoami
 *
 * The name is the one /etc/passwd gives the effective user id (as
 * `id -un` prints); an id without a name is an error.
 */
#include <pwd.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct passwd *pw;
	uid_t uid;

	(void) argv;
	if (argc != 1) {
		fputs("usage: whoami\n", stderr);
		return 1;
	}
	uid = geteuid();
	if ((pw = getpwuid(uid)) == NULL) {
		fprintf(stderr, "whoami: no name for user id %u\n",
		    (unsigned) uid);
		return 1;
	}
	puts(pw->pw_name);
	return 0;
}
