/*
 * service.h - what the service command's files share.
 */
#ifndef _SERVICE_H
#define _SERVICE_H

#include <stdint.h>
#include <stddef.h>
#include <minix/ipc.h>

/* service.c */
void usage(void) __attribute__((noreturn));
void fail(const char *what, int err) __attribute__((noreturn));
int rs_call(int type, message *m);
uint32_t ticks_arg(const char *s, uint32_t limit);
void copy_arg(char *dst, const char *arg, size_t size);
const char *base_name(const char *path);
void read_binary(const char *path, const char *label, vir_bytes *image,
	uint32_t *len);

/* update.c */
int do_update(int argc, char **argv);
const char *lu_outcome(int outcome);
void print_update(const struct rs_lu_report *u);

#endif
