/*
 * mount.c - mount a file system, or list the mounted ones.
 *
 * usage: mount [-r] [-o OPTIONS] [-t TYPE] SPECIAL DIR
 *        mount                     (lists)
 *
 * A file system is served by its own file server process: mount starts
 * one with the service command, labelled after the device, then asks VFS
 * to mount the device on DIR with it.  TYPE is the server (mfs).
 *
 * OPTIONS, separated by commas: ro, rw, nodev, dev, nosuid, suid.  A
 * mounted disk may come from anyone, so its device nodes and set-id
 * programs count for nothing unless root says otherwise (dev, suid): the
 * defaults are nodev,nosuid.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/wait.h>
#include <sys/mount.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/sysinfo.h>

#define MAX_MOUNTS	16


static void usage(void)
{
	fprintf(stderr, "usage: mount [-r] [-o ro|rw|nodev|dev|nosuid|suid,...]"
	    " [-t TYPE] SPECIAL DIR\n");
	exit(1);
}

/* The flags a comma-separated list of options leaves, starting from
 * flags. */
static int options(int flags, char *list)
{
	static const struct { const char *name; int set, clear; } opts[] = {
		{ "ro", MNT_RDONLY, 0 }, { "rw", 0, MNT_RDONLY },
		{ "nodev", MNT_NODEV, 0 }, { "dev", 0, MNT_NODEV },
		{ "nosuid", MNT_NOSUID, 0 }, { "suid", 0, MNT_NOSUID },
	};
	char *opt;
	size_t i;

	for (opt = strtok(list, ","); opt != NULL; opt = strtok(NULL, ",")) {
		for (i = 0; i < sizeof(opts) / sizeof(opts[0]); i++)
			if (strcmp(opt, opts[i].name) == 0)
				break;
		if (i == sizeof(opts) / sizeof(opts[0])) {
			fprintf(stderr, "mount: unknown option %s\n", opt);
			usage();
		}
		flags = (flags | opts[i].set) & ~opts[i].clear;
	}
	return flags;
}

static int list(void)
{
	struct vfs_mountinfo mi[MAX_MOUNTS];
	int n, i;

	if ((n = getmounts(mi, MAX_MOUNTS)) < 0) {
		perror("mount");
		return 1;
	}
	for (i = 0; i < n; i++)		/* the label is TYPE_DEVICE */
		printf("%s on %s type %.*s (%s%s%s)\n", mi[i].mi_special,
			mi[i].mi_target, (int) strcspn(mi[i].mi_label, "_"),
			mi[i].mi_label,
			(mi[i].mi_flags & MNT_RDONLY) ? "ro" : "rw",
			(mi[i].mi_flags & MNT_NODEV) ? ",nodev" : "",
			(mi[i].mi_flags & MNT_NOSUID) ? ",nosuid" : "");
	return 0;
}

/* The label of the file server for special: the type and the device's
 * name, e.g. "mfs_c0d0p0". */
static void make_label(char *label, size_t size, const char *type,
	const char *special)
{
	const char *base = strrchr(special, '/');

	snprintf(label, size, "%s_%s", type, base != NULL ? base + 1 : special);
}

/* Run the service command: service VERB ARG [-label LABEL]; true if it
 * worked. */
static int service(const char *verb, const char *arg, const char *label)
{
	int status;
	pid_t pid;

	if ((pid = fork()) < 0)
		return 0;
	if (pid == 0) {
		if (label != NULL)
			execl("/bin/service", "service", verb, arg, "-label",
				label, (char *) NULL);
		else
			execl("/bin/service", "service", verb, arg,
				(char *) NULL);
		_exit(127);
	}
	return waitpid(pid, &status, 0) == pid && WIFEXITED(status)
		&& WEXITSTATUS(status) == 0;
}

int main(int argc, char **argv)
{
	const char *type = "mfs";
	char label[16], path[64];
	int c, flags = MNT_NODEV | MNT_NOSUID;

	while ((c = getopt(argc, argv, "ro:t:")) != -1) {
		switch (c) {
		case 'r': flags |= MNT_RDONLY; break;
		case 'o': flags = options(flags, optarg); break;
		case 't': type = optarg; break;
		default: usage();
		}
	}
	if (optind == argc && argc == 1)
		return list();
	if (argc - optind != 2)
		usage();
	make_label(label, sizeof(label), type, argv[optind]);
	snprintf(path, sizeof(path), "/service/%s", type);
	if (!service("up", path, label)) {
		fprintf(stderr, "mount: cannot start the %s file server\n", type);
		return 1;
	}
	if (mount(argv[optind], argv[optind + 1], label, flags) < 0) {
		fprintf(stderr, "mount: %s on %s: %s\n", argv[optind],
			argv[optind + 1], strerror(errno));
		(void) service("down", label, NULL);
		return 1;
	}
	return 0;
}
