/*
 * od.h - the output types of od, shared by od.c and format.c.
 */
#ifndef OD_H
#define OD_H
#include <stddef.h>

#define LINE_BYTES	16
#define MAX_FORMATS	8

/* One output type: c, or d o u x with a size of 1, 2, 4 or 8 bytes. */
struct format {
	char type;
	int size;
};

/* Parses a -t argument ("x1", "d", "cx2"...) into fmts; answers how many
 * it now holds, or -1 if the argument is bad. */
int parse_types(const char *s, struct format *fmts, int n);

/* Prints one line's worth of data (len bytes, at most LINE_BYTES) in
 * format f, each field padded to field_chars. */
void print_line(const struct format *f, const unsigned char *data,
    size_t len, int field_chars);

/* The characters one field of f needs, its leading space included. */
int field_width(const struct format *f);

#endif
