/*
 * dirlist.c - a directory's listing as an HTML page: its entries in
 * name order (folders with a slash), each a link.  The page is built
 * whole in memory first, because its length goes in the headers.
 *
 * Entry point: send_dirlist.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "httpd.h"

struct page {
	char *p_buf;
	size_t p_len, p_size;
	bool p_failed;			/* out of memory */
};

static void put(struct page *p, const char *s, size_t n)
{
	char *b;

	if (p->p_failed)
		return;
	if (p->p_len + n + 1 > p->p_size) {
		size_t size = (p->p_size + n + 1) * 2;

		if ((b = realloc(p->p_buf, size)) == NULL) {
			p->p_failed = true;
			return;
		}
		p->p_buf = b;
		p->p_size = size;
	}
	memcpy(p->p_buf + p->p_len, s, n);
	p->p_len += n;
}

static void puts_page(struct page *p, const char *s)
{
	put(p, s, strlen(s));
}

/* A name as HTML text: <, >, & and " escaped. */
static void put_html(struct page *p, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '<': puts_page(p, "&lt;"); break;
		case '>': puts_page(p, "&gt;"); break;
		case '&': puts_page(p, "&amp;"); break;
		case '"': puts_page(p, "&quot;"); break;
		default: put(p, s, 1);
		}
	}
}

/* A name in a URL: all but the unreserved characters %-encoded. */
static void put_url(struct page *p, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	char esc[3];
	unsigned char c;

	for (; *s != '\0'; s++) {
		c = (unsigned char) *s;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
		    || (c >= '0' && c <= '9') || strchr("-._~", c) != NULL) {
			put(p, s, 1);
			continue;
		}
		esc[0] = '%';
		esc[1] = hex[c >> 4];
		esc[2] = hex[c & 0xF];
		put(p, esc, 3);
	}
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The entries of dir but . and .., sorted; their count, or -1. */
static int entries(const char *dir, char ***names)
{
	struct dirent *e;
	char **v = NULL, **nv;
	int n = 0;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if ((nv = realloc(v, (size_t) (n + 1) * sizeof(*v))) == NULL)
			break;
		v = nv;
		if ((v[n] = strdup(e->d_name)) == NULL)
			break;
		n++;
	}
	closedir(d);
	qsort(v, (size_t) n, sizeof(*v), by_name);
	*names = v;
	return n;
}

static void put_entry(struct page *p, const char *dir, const char *name)
{
	char path[1024];
	struct stat st;
	bool is_dir;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	is_dir = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
	puts_page(p, "<li><a href=\"");
	put_url(p, name);
	puts_page(p, is_dir ? "/\">" : "\">");
	put_html(p, name);
	puts_page(p, is_dir ? "/</a></li>\n" : "</a></li>\n");
}

void send_dirlist(struct reply *r, const char *dir, const char *urlpath)
{
	struct page p = { NULL, 0, 0, false };
	char **names;
	int n, i;

	if ((n = entries(dir, &names)) < 0) {
		send_error(r, 403);
		return;
	}
	puts_page(&p, "<html><head><title>Index of ");
	put_html(&p, urlpath);
	puts_page(&p, "</title></head>\n<body><h1>Index of ");
	put_html(&p, urlpath);
	puts_page(&p, "</h1>\n<ul>\n");
	if (strcmp(urlpath, "/") != 0)
		puts_page(&p, "<li><a href=\"../\">../</a></li>\n");
	for (i = 0; i < n; i++) {
		put_entry(&p, dir, names[i]);
		free(names[i]);
	}
	free(names);
	puts_page(&p, "</ul></body></html>\n");
	if (p.p_failed) {
		send_error(r, 500);
	} else {
		r->r_status = 200;
		send_headers(r, "text/html", (off_t) p.p_len, NULL);
		if (!r->r_head)
			(void) write_all(r->r_fd, p.p_buf, p.p_len);
	}
	free(p.p_buf);
}
