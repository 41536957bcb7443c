/*
 * ttyname.c - the name of the terminal open on a descriptor.
 *
 * The name is found the way a person would: the character device in
 * /dev whose device number is the descriptor's.  /dev/tty, which names
 * whatever terminal the caller has, is passed over for the real name.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#define DEV_DIR		"/dev/"

static char tty_name[TTY_NAME_MAX];

char *ttyname(int fd)
{
	struct stat st, node;
	struct dirent *d;
	DIR *dir;
	char *found = NULL;

	if (!isatty(fd) || fstat(fd, &st) < 0)
		return NULL;
	if ((dir = opendir(DEV_DIR)) == NULL)
		return NULL;
	while (found == NULL && (d = readdir(dir)) != NULL) {
		if (strcmp(d->d_name, "tty") == 0 ||
		    strlen(d->d_name) > NAME_MAX)
			continue;
		snprintf(tty_name, sizeof(tty_name), DEV_DIR "%s", d->d_name);
		if (stat(tty_name, &node) == 0 && S_ISCHR(node.st_mode) &&
		    node.st_rdev == st.st_rdev)
			found = tty_name;
	}
	closedir(dir);
	if (found == NULL)
		errno = ENOTTY;
	return found;
}
