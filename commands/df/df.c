/*
 * df.c - free space of the mounted file systems, or of those that hold
 * each PATH.
 *
 * usage: df [-k] [PATH...]   (sizes in KiB either way)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/sysinfo.h>

#define MAX_MOUNTS	16


static int show(const char *special, const char *path)
{
	struct statvfs st;
	unsigned long long kib, freek, used;

	if (statvfs(path, &st) < 0) {
		fprintf(stderr, "df: %s: ", path);
		perror(NULL);
		return 1;
	}
	kib = st.f_blocks * st.f_frsize / 1024;
	freek = st.f_bavail * st.f_frsize / 1024;
	used = kib - st.f_bfree * st.f_frsize / 1024;
	printf("%-16s %10llu %10llu %10llu %3llu%% %s\n", special, kib, used,
		freek, kib > 0 ? (used * 100 + kib - 1) / kib : 0, path);
	return 0;
}

/* The mount whose file system holds path (the one whose directory is
 * on the same device), or -1 with a message. */
static int mount_of(const char *path, struct vfs_mountinfo *mi, int n)
{
	struct stat st, top;
	int i;

	if (stat(path, &st) < 0) {
		fprintf(stderr, "df: %s: %s\n", path, strerror(errno));
		return -1;
	}
	for (i = n - 1; i >= 0; i--)
		if (stat(mi[i].mi_target, &top) == 0 && top.st_dev == st.st_dev)
			return i;
	fprintf(stderr, "df: %s: not on a mounted file system\n", path);
	return -1;
}

int main(int argc, char **argv)
{
	struct vfs_mountinfo mi[MAX_MOUNTS];
	int c, n, i, m, r = 0;

	while ((c = getopt(argc, argv, "k")) != -1) {
		if (c != 'k') {
			fprintf(stderr, "usage: df [-k] [PATH...]\n");
			return 1;
		}
	}
	if ((n = getmounts(mi, MAX_MOUNTS)) < 0) {
		perror("df");
		return 1;
	}
	printf("%-16s %10s %10s %10s %4s %s\n", "Filesystem", "KiB", "Used",
		"Available", "Use%", "Mounted on");
	if (optind == argc) {
		for (i = 0; i < n; i++)
			r |= show(mi[i].mi_special, mi[i].mi_target);
		return r;
	}
	for (i = optind; i < argc; i++) {
		if ((m = mount_of(argv[i], mi, n)) < 0)
			r = 1;
		else
			r |= show(mi[m].mi_special, mi[m].mi_target);
	}
	return r;
}
