/*
 * manyfiles - a directory of 1,000 files: readdir must list each exactly
 * once beside "." and "..", stat and read each, survive removing half of
 * them and creating others in the gaps, and end empty.
 */
#include "t.h"

#define NFILES	1000
#define MANY_DIR	"../many"	/* shared by the cases */

static char seen[NFILES];

static void name_of(int i, char *name, size_t size)
{
	snprintf(name, size, MANY_DIR "/file%04d", i);
}

/* The content of file i: its own name. */
static void make_one(int i)
{
	char path[64];

	name_of(i, path, sizeof path);
	t_make_file(path, path, strlen(path), 0644);
}

static void create_1000(void)
{
	T_SYS(mkdir(MANY_DIR, 0755));
	for (int i = 0; i < NFILES; i++)
		make_one(i);
}

/*
 * Reads the directory; every name must be fileNNNN with NNNN in [0,
 * NFILES) and (i % step == rest), each at most once; returns the count.
 */
static int scan(int step, int rest)
{
	struct dirent *e;
	int dots = 0, n = 0;
	DIR *d = opendir(MANY_DIR);

	T_CHECK(d != NULL, "opendir: %s", t_errname(errno));
	memset(seen, 0, sizeof seen);
	while ((errno = 0, e = readdir(d)) != NULL) {
		char *end;
		long i;
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
			dots++;
			continue;
		}
		T_CHECK(strncmp(e->d_name, "file", 4) == 0,
		    "unexpected entry \"%s\"", e->d_name);
		i = strtol(e->d_name + 4, &end, 10);
		T_CHECK(*end == '\0' && i >= 0 && i < NFILES &&
		    i % step == rest, "unexpected entry \"%s\"", e->d_name);
		T_CHECK(!seen[i], "\"%s\" listed twice", e->d_name);
		seen[i] = 1;
		n++;
	}
	T_CHECK(errno == 0, "readdir: %s", t_errname(errno));
	T_SYS(closedir(d));
	T_EQ(dots, 2);
	return n;
}

static void readdir_sees_all(void)
{
	T_EQ(scan(1, 0), NFILES);
}

static void stat_each(void)
{
	static ino_t inos[NFILES];
	struct stat st;
	char path[64];

	for (int i = 0; i < NFILES; i++) {
		name_of(i, path, sizeof path);
		T_CHECK(stat(path, &st) == 0, "stat %s: %s", path,
		    t_errname(errno));
		T_CHECK(S_ISREG(st.st_mode) && st.st_nlink == 1 &&
		    st.st_size == (off_t) strlen(path),
		    "%s: mode %#o, %u links, size %lld", path,
		    (unsigned) st.st_mode, (unsigned) st.st_nlink,
		    (long long) st.st_size);
		inos[i] = st.st_ino;
		for (int j = 0; j < i; j++)
			T_CHECK(inos[j] != inos[i], "file%04d and file%04d "
			    "share inode %llu", j, i,
			    (unsigned long long) inos[i]);
	}
}

static void read_each(void)
{
	char path[64], buf[64];

	for (int i = 0; i < NFILES; i++) {
		name_of(i, path, sizeof path);
		size_t n = t_read_file(path, buf, sizeof buf);
		T_CHECK(n == strlen(path) && memcmp(buf, path, n) == 0,
		    "%s holds \"%.*s\"", path, (int) n, buf);
	}
}

static void dir_link_count(void)
{
	struct stat st;

	T_SYS(stat(MANY_DIR, &st));
	T_EQ(st.st_nlink, 2);
}

static void remove_even_ones(void)
{
	char path[64];

	for (int i = 0; i < NFILES; i += 2) {
		name_of(i, path, sizeof path);
		T_CHECK(unlink(path) == 0, "unlink %s: %s", path,
		    t_errname(errno));
	}
	T_EQ(scan(2, 1), NFILES / 2);
}

static void refill_the_gaps(void)
{
	for (int i = 0; i < NFILES; i += 2)
		make_one(i);
	T_EQ(scan(1, 0), NFILES);
	read_each();
}

static void remove_all(void)
{
	char path[64];

	for (int i = 0; i < NFILES; i++) {
		name_of(i, path, sizeof path);
		T_CHECK(unlink(path) == 0, "unlink %s: %s", path,
		    t_errname(errno));
	}
	T_ERR(unlink(MANY_DIR "/file0000"), ENOENT);
}

static void dir_empty_again(void)
{
	T_EQ(scan(1, 0), 0);
	T_SYS(rmdir(MANY_DIR));
	T_ERR(opendir(MANY_DIR) ? 0 : -1, ENOENT);
}

static const struct t_case cases[] = {
	{ "create_1000_files", create_1000, 300 },
	{ "readdir_sees_all", readdir_sees_all, 120 },
	{ "stat_each", stat_each, 120 },
	{ "read_each", read_each, 120 },
	{ "dir_link_count_stays_2", dir_link_count, 0 },
	{ "remove_even_ones", remove_even_ones, 120 },
	{ "refill_the_gaps", refill_the_gaps, 300 },
	{ "remove_all", remove_all, 120 },
	{ "dir_empty_again", dir_empty_again, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}
