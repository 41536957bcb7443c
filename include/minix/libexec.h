/*
 * libexec.h - loading a static ELF32 program into a process (VFS for
 * exec, RS for services it starts from its in-memory copies).
 *
 * The caller says how to read the file (into its own memory, for the
 * headers) and how to load a piece of it into the new process; libexec
 * checks the headers and the argument frame before anything is changed
 * (exec_check), then replaces the process's memory (exec_load).  A
 * failure in exec_load leaves a process with no image: the caller must
 * end it.
 */
#ifndef _MINIX_LIBEXEC_H
#define _MINIX_LIBEXEC_H

#include <limits.h>
#include <sys/types.h>
#include <minix/types.h>
#include <minix/elf.h>

#define EXEC_MAX_PHDRS	16
#define EXEC_FRAME_MAX	ARG_MAX		/* <limits.h> */

struct exec_info {
	endpoint_t ep;			/* the process to load */
	void *ctx;			/* the caller's */
	/* Read len bytes of the file at off into our buf. */
	int (*read)(void *ctx, uint64_t off, void *buf, size_t len);
	/* Copy len bytes of the file at off into ep's memory at vaddr. */
	int (*load)(void *ctx, uint64_t off, vir_bytes vaddr, size_t len);
	uint64_t file_size;
	char *frame;			/* argc, argv, envp: offsets in it */
	size_t frame_len;

	/* Filled in by exec_check and exec_load. */
	struct elf_hdr eh;
	struct elf_phdr ph[EXEC_MAX_PHDRS];
	vir_bytes pc, sp;
};

int exec_check(struct exec_info *ei);
int exec_load(struct exec_info *ei);

#endif
