/*
 * httpd.h - what httpd's files share.
 */
#ifndef HTTPD_H
#define HTTPD_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* One answer under way on a connection. */
struct reply {
	int r_fd;			/* the connection */
	const char *r_method;		/* as asked, for the log */
	bool r_head;			/* HEAD: headers only */
	int r_status;			/* 200, 404, ... */
	const char *r_path;		/* the request's path, for the log */
};

void serve(int fd, const char *root);
bool write_all(int fd, const void *buf, size_t n);
void send_headers(struct reply *r, const char *type, off_t length,
	const char *extra);
void send_error(struct reply *r, int status);
void send_dirlist(struct reply *r, const char *dir, const char *urlpath);

#endif
