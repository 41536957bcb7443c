/*
 * umount.c - detach a mounted file system and stop its file server.
 *
 * usage: umount DIR|SPECIAL
 *
 * Each mounted file system has a file server of its own, started by
 * mount (labelled e.g. mfs_c0d0p0); once VFS has let go of the file
 * system, umount stops that server with `service down`, so that the
 * device can be mounted again.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/wait.h>
#include <sys/mount.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/sysinfo.h>

#define MAX_MOUNTS	16


static void usage(void)
{
	fprintf(stderr, "usage: umount DIR|SPECIAL\n");
	_exit(1);
}

/* service down LABEL; true if it worked. */
static int stop_server(const char *label)
{
	int status;
	pid_t pid;

	if ((pid = fork()) < 0)
		return 0;
	if (pid == 0) {
		execl("/bin/service", "service", "down", label, (char *) NULL);
		_exit(127);
	}
	return waitpid(pid, &status, 0) == pid && WIFEXITED(status)
		&& WEXITSTATUS(status) == 0;
}

int main(int argc, char **argv)
{
	static struct vfs_mountinfo mi[MAX_MOUNTS];
	const char *target;
	char label[sizeof(mi[0].mi_label)] = "";
	int n, i;

	if (argc != 2 || argv[1][0] == '-')
		usage();
	target = argv[1];
	n = getmounts(mi, MAX_MOUNTS);
	for (i = 0; i < n; i++) {
		if (strcmp(mi[i].mi_target, argv[1]) == 0
		    || strcmp(mi[i].mi_special, argv[1]) == 0) {
			target = mi[i].mi_target;
			strcpy(label, mi[i].mi_label);
		}
	}
	if (umount(target) < 0) {
		fprintf(stderr, "umount: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	if (label[0] != '\0' && !stop_server(label)) {
		fprintf(stderr, "umount: cannot stop the file server %s\n",
			label);
		return 1;
	}
	return 0;
}
