/*
 * request.c - one HTTP request on a connection, read and answered.
 *
 * The request line and headers are read up to the blank line (8 KB at
 * most); only the request line matters.  Its path is %-decoded, loses
 * any query, and may not climb out of the served folder ("..").  What
 * it names is sent whole with Content-Length, or a listing, or an
 * error page; the connection then closes (HTTP/1.0).
 *
 * Entry points: serve, write_all, send_headers, send_error.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <sys/stat.h>
#include "httpd.h"

#define HEAD_MAX	8192
#define PATH_MAX_URL	1024

static const struct {
	const char *suffix, *type;
} types[] = {
	{ ".html", "text/html" },
	{ ".htm", "text/html" },
	{ ".txt", "text/plain" },
	{ ".png", "image/png" },
};

bool write_all(int fd, const void *buf, size_t n)
{
	const char *p = buf;
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		p += w;
		n -= (size_t) w;
	}
	return true;
}

static const char *reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 301: return "Moved Permanently";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 501: return "Not Implemented";
	}
	return "Internal Server Error";
}

static const char *content_type(const char *path)
{
	size_t n = strlen(path), k, i;

	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		k = strlen(types[i].suffix);
		if (n >= k && strcasecmp(path + n - k, types[i].suffix) == 0)
			return types[i].type;
	}
	return "application/octet-stream";
}

/* The status line and headers; extra is more header lines or NULL. */
void send_headers(struct reply *r, const char *type, off_t length,
	const char *extra)
{
	char buf[512];
	int n;

	n = snprintf(buf, sizeof(buf), "HTTP/1.0 %d %s\r\n"
	    "Server: Resurgo httpd\r\n"
	    "Content-Type: %s\r\n"
	    "Content-Length: %lld\r\n"
	    "%s"
	    "Connection: close\r\n\r\n", r->r_status, reason(r->r_status),
	    type, (long long) length, extra != NULL ? extra : "");
	(void) write_all(r->r_fd, buf, (size_t) n);
	printf("httpd: %s %s %d\n", r->r_method, r->r_path, r->r_status);
	fflush(stdout);
}

void send_error(struct reply *r, int status)
{
	char body[256];
	int n;

	r->r_status = status;
	n = snprintf(body, sizeof(body), "<html><head><title>%d %s</title>"
	    "</head><body><h1>%d %s</h1></body></html>\n", status,
	    reason(status), status, reason(status));
	send_headers(r, "text/html", n, NULL);
	if (!r->r_head)
		(void) write_all(r->r_fd, body, (size_t) n);
}

/* Read up to the end of the headers; the request line, NUL-ended, or
 * NULL if the client sent none. */
static char *read_request(int fd, char *buf, size_t size)
{
	size_t len = 0;
	ssize_t n;
	char *eol;

	while (len < size - 1) {
		n = read(fd, buf + len, size - 1 - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t) n;
		buf[len] = '\0';
		if (strstr(buf, "\r\n\r\n") != NULL
		    || strstr(buf, "\n\n") != NULL)
			break;
	}
	buf[len] = '\0';
	if ((eol = strchr(buf, '\n')) == NULL)
		return NULL;
	*eol = '\0';
	if (eol > buf && eol[-1] == '\r')
		eol[-1] = '\0';
	return buf;
}

static int hexval(int c)
{
	return isdigit(c) ? c - '0' : tolower(c) - 'a' + 10;
}

/* The URL's path decoded into out: false if it is bad or climbs out of
 * the folder. */
static bool decode_path(const char *url, char *out, size_t size)
{
	size_t n = 0;
	const char *seg;

	if (*url != '/')
		return false;
	for (; *url != '\0' && *url != '?' && *url != '#'; url++) {
		if (n + 1 >= size)
			return false;
		if (*url == '%' && isxdigit((unsigned char) url[1])
		    && isxdigit((unsigned char) url[2])) {
			out[n++] = (char) (hexval(url[1]) * 16 + hexval(url[2]));
			url += 2;
		} else {
			out[n++] = *url;
		}
		if (out[n - 1] == '\0')
			return false;
	}
	out[n] = '\0';
	for (seg = out; (seg = strstr(seg, "..")) != NULL; seg += 2)
		if (seg[-1] == '/' && (seg[2] == '/' || seg[2] == '\0'))
			return false;
	return true;
}

static void send_file(struct reply *r, const char *file, off_t size)
{
	char buf[8192];
	ssize_t n;
	int fd;

	if ((fd = open(file, O_RDONLY)) < 0) {
		send_error(r, errno == EACCES ? 403 : 404);
		return;
	}
	r->r_status = 200;
	send_headers(r, content_type(file), size, NULL);
	while (!r->r_head && (n = read(fd, buf, sizeof(buf))) > 0)
		if (!write_all(r->r_fd, buf, (size_t) n))
			break;
	close(fd);
}

/* A directory: its index.html, or a listing; a path to it without its
 * final slash is sent there first, so that relative links work. */
static void send_dir(struct reply *r, const char *dir, const char *urlpath)
{
	char index[PATH_MAX_URL + 512], loc[PATH_MAX_URL + 32];
	struct stat st;

	if (urlpath[strlen(urlpath) - 1] != '/') {
		r->r_status = 301;
		snprintf(loc, sizeof(loc), "Location: %s/\r\n", urlpath);
		send_headers(r, "text/html", 0, loc);
		return;
	}
	snprintf(index, sizeof(index), "%s/index.html", dir);
	if (stat(index, &st) == 0 && S_ISREG(st.st_mode))
		send_file(r, index, st.st_size);
	else
		send_dirlist(r, dir, urlpath);
}

void serve(int fd, const char *root)
{
	char buf[HEAD_MAX], path[PATH_MAX_URL], file[PATH_MAX_URL + 256];
	char *line, *method, *url, *version;
	struct reply r = { fd, "-", false, 0, "-" };
	struct stat st;

	if ((line = read_request(fd, buf, sizeof(buf))) == NULL)
		return;
	method = strtok(line, " ");
	url = strtok(NULL, " ");
	version = strtok(NULL, " ");
	if (method == NULL || url == NULL || version == NULL
	    || strncmp(version, "HTTP/", 5) != 0) {
		send_error(&r, 400);
		return;
	}
	r.r_method = method;
	r.r_path = url;
	r.r_head = strcmp(method, "HEAD") == 0;
	if (!r.r_head && strcmp(method, "GET") != 0) {
		send_error(&r, 501);
		return;
	}
	if (!decode_path(url, path, sizeof(path))) {
		send_error(&r, strchr(url, '.') != NULL ? 403 : 400);
		return;
	}
	snprintf(file, sizeof(file), "%s%s", root, path);
	if (stat(file, &st) < 0)
		send_error(&r, 404);
	else if (S_ISDIR(st.st_mode))
		send_dir(&r, file, path);
	else if (S_ISREG(st.st_mode))
		send_file(&r, file, st.st_size);
	else
		send_error(&r, 404);
}
