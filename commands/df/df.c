/*
 * df.c - free space of the mounted file systems.
 *
 * usage: df [-k] [PATH...]   (sizes in KiB either way)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/statvfs.h>
#include <minix/com.h>
#include <minix/ipc.h>

#define MAX_MOUNTS	16

int getmounts(struct vfs_mountinfo *buf, int n);

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

int main(int argc, char **argv)
{
	struct vfs_mountinfo mi[MAX_MOUNTS];
	int c, n, i, r = 0;

	while ((c = getopt(argc, argv, "k")) != -1) {
		if (c != 'k') {
			fprintf(stderr, "usage: df [-k] [PATH...]\n");
			return 1;
		}
	}
	printf("%-16s %10s %10s %10s %4s %s\n", "Filesystem", "KiB", "Used",
		"Available", "Use%", "Mounted on");
	if (optind < argc) {
		for (i = optind; i < argc; i++)
			r |= show(argv[i], argv[i]);
		return r;
	}
	if ((n = getmounts(mi, MAX_MOUNTS)) < 0) {
		perror("df");
		return 1;
	}
	for (i = 0; i < n; i++)
		r |= show(mi[i].mi_special, mi[i].mi_target);
	return r;
}
