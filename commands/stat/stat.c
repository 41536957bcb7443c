/*
 * stat - show a file's status.
 *
 *	stat [-L] file ...
 *
 * Shows the name (and a symbolic link's target), size, blocks, type,
 * device, inode, links, mode, owner, group and the three times.  -L
 * follows symbolic links.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

static const char *type_name(mode_t m)
{
	switch (m & S_IFMT) {
	case S_IFREG: return "regular file";
	case S_IFDIR: return "directory";
	case S_IFLNK: return "symbolic link";
	case S_IFCHR: return "character special file";
	case S_IFBLK: return "block special file";
	case S_IFIFO: return "fifo";
	case S_IFSOCK: return "socket";
	default: return "unknown";
	}
}

static void mode_string(mode_t m, char *s)
{
	static const char types[] = "?pc?d?b?-?l?s???";
	static const char rwx[] = "rwxrwxrwx";
	int i;

	s[0] = types[(m & S_IFMT) >> 12];
	for (i = 0; i < 9; i++)
		s[i + 1] = (m & (0400u >> i)) ? rwx[i] : '-';
	s[10] = '\0';
}

static void show_time(const char *label, time_t t)
{
	char buf[64];
	struct tm *tm = gmtime(&t);

	if (tm == NULL || strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S UTC",
	    tm) == 0)
		snprintf(buf, sizeof(buf), "%lld", (long long) t);
	printf("%s: %s\n", label, buf);
}

static int show(const char *path, int follow)
{
	struct stat st;
	char mode[11], target[PATH_MAX];
	ssize_t n;

	if ((follow ? stat(path, &st) : lstat(path, &st)) < 0) {
		fprintf(stderr, "stat: %s: %s\n", path, strerror(errno));
		return 1;
	}
	printf("  File: %s", path);
	if (S_ISLNK(st.st_mode) &&
	    (n = readlink(path, target, sizeof(target) - 1)) >= 0)
		printf(" -> %.*s", (int) n, target);
	mode_string(st.st_mode, mode);
	printf("\n  Size: %lld\tBlocks: %lld\t%s\n", (long long) st.st_size,
	    (long long) st.st_blocks, type_name(st.st_mode));
	printf("Device: %llu\tInode: %llu\tLinks: %lu\n",
	    (unsigned long long) st.st_dev, (unsigned long long) st.st_ino,
	    (unsigned long) st.st_nlink);
	printf("Access: (%04o/%s)  Uid: %lu  Gid: %lu\n",
	    (unsigned) st.st_mode & 07777, mode, (unsigned long) st.st_uid,
	    (unsigned long) st.st_gid);
	show_time("Access", st.st_atime);
	show_time("Modify", st.st_mtime);
	show_time("Change", st.st_ctime);
	return 0;
}

int main(int argc, char **argv)
{
	int c, follow = 0, status = 0;

	while ((c = getopt(argc, argv, "L")) != -1) {
		if (c != 'L') {
			fputs("usage: stat [-L] file ...\n", stderr);
			return 1;
		}
		follow = 1;
	}
	if (optind == argc) {
		fputs("usage: stat [-L] file ...\n", stderr);
		return 1;
	}
	for (; optind < argc; optind++)
		status |= show(argv[optind], follow);
	return status;
}
