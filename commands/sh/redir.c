/*
 * redir.c - performing redirections: < > >| >> <> <& >& and here-docs.
 *
 * Entry points: redir_apply, redir_restore.  To undo a redirection the
 * descriptor is first copied to 10 or above, close-on-exec so that the
 * programs run meanwhile do not inherit the copy.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "expand.h"
#include "mem.h"
#include "out.h"
#include "redir.h"
#include "sh.h"

/* A body this small fits in any pipe: no writer process needed. */
#define PIPE_SMALL	512
#define SAVE_FD_MIN	10

struct redirsave {
	int fd;
	int copy;		/* -1: fd was closed */
	struct redirsave *next;
};

static void save_fd(struct redirsave **save, int fd)
{
	struct redirsave *s;

	for (s = *save; s; s = s->next)
		if (s->fd == fd)
			return;
	s = xmalloc(sizeof(*s));
	s->fd = fd;
	s->copy = fcntl(fd, F_DUPFD, SAVE_FD_MIN);
	if (s->copy >= 0)
		fcntl(s->copy, F_SETFD, FD_CLOEXEC);
	s->next = *save;
	*save = s;
}

void redir_restore(struct redirsave *save)
{
	struct redirsave *next;

	for (; save; save = next) {
		next = save->next;
		if (save->copy >= 0) {
			dup2(save->copy, save->fd);
			close(save->copy);
		} else
			close(save->fd);
		free(save);
	}
}

/* A pipe holding the body; a child writes it if it is large. */
static int heredoc_fd(const char *body)
{
	size_t len = strlen(body);
	int p[2];

	if (pipe(p) < 0) {
		sh_warn("pipe: %s", strerror(errno));
		return -1;
	}
	if (len <= PIPE_SMALL) {
		out_write(p[1], body, len);
		close(p[1]);
		return p[0];
	}
	switch (fork()) {
	case -1:
		sh_warn("fork: %s", strerror(errno));
		close(p[0]);
		close(p[1]);
		return -1;
	case 0:
		close(p[0]);
		out_write(p[1], body, len);
		_exit(0);
	}
	close(p[1]);
	return p[0];
}

static int open_flags(enum redir_type t)
{
	switch (t) {
	case R_IN: return O_RDONLY;
	case R_APPEND: return O_WRONLY | O_CREAT | O_APPEND;
	case R_RDWR: return O_RDWR | O_CREAT;
	default: return O_WRONLY | O_CREAT | O_TRUNC;
	}
}

static int open_file(struct redir *r, const char *path)
{
	struct stat st;
	int fd;

	if (r->type == R_OUT && sh.opt[OPT_NOCLOBBER]
	    && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
		sh_warn("%s: cannot overwrite existing file", path);
		return -1;
	}
	fd = open(path, open_flags(r->type), 0666);
	if (fd < 0)
		sh_warn("%s: %s", path, strerror(errno));
	return fd;
}

/* <&n >&n <&- >&- */
static int dup_fd(struct redir *r, const char *word)
{
	char *end;
	long src;

	if (strcmp(word, "-") == 0) {
		close(r->fd);
		return 0;
	}
	src = strtol(word, &end, 10);
	if (!*word || *end || src < 0 || fcntl((int) src, F_GETFD) < 0) {
		sh_warn("%s: bad file descriptor", word);
		return -1;
	}
	if (src != r->fd && dup2((int) src, r->fd) < 0) {
		sh_warn("%s: %s", word, strerror(errno));
		return -1;
	}
	return 0;
}

static int apply_one(struct redir *r, struct redirsave **save)
{
	char *word = expand_str(r->target);
	int fd;

	if (!word)
		return -1;
	if (save)
		save_fd(save, r->fd);
	if (r->type == R_DUPIN || r->type == R_DUPOUT)
		return dup_fd(r, word);
	fd = r->type == R_HEREDOC ? heredoc_fd(word) : open_file(r, word);
	if (fd < 0)
		return -1;
	if (fd != r->fd) {
		dup2(fd, r->fd);
		close(fd);
	}
	return 0;
}

int redir_apply(struct redir *r, struct redirsave **save)
{
	if (save)
		*save = NULL;
	for (; r; r = r->next)
		if (apply_one(r, save) < 0)
			return -1;
	return 0;
}
