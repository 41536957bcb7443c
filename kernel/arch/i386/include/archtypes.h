/*
 * archtypes.h - i386 structures: the saved register frame of a process and
 * the descriptor formats.
 */
#ifndef _ARCHTYPES_H
#define _ARCHTYPES_H

#include <stdint.h>
#include <stddef.h>
#include "archconst.h"

/* What a trap saves.  The CPU pushes eip..ss straight into the process's
 * slot (the TSS points esp0 at the end of it); mpx.S pushes the rest. */
struct stackframe {
	uint32_t edi, esi, ebp, esp_dummy, ebx, edx, ecx, eax;	/* pusha */
	uint32_t gs, fs, es, ds;
	uint32_t trapno, err;
	uint32_t eip, cs, eflags;
	uint32_t esp, ss;		/* only when coming from user mode */
};
_Static_assert(offsetof(struct stackframe, trapno) == SF_TRAPNO, "SF_TRAPNO");
_Static_assert(offsetof(struct stackframe, cs) == SF_CS, "SF_CS");
_Static_assert(sizeof(struct stackframe) == SF_SIZE, "SF_SIZE");

struct segdesc {
	uint16_t limit_low, base_low;
	uint8_t base_mid, access, granularity, base_high;
} __attribute__((packed));

struct gatedesc {
	uint16_t offset_low, selector;
	uint8_t zero, type_attr;
	uint16_t offset_high;
} __attribute__((packed));

struct tss {
	uint32_t link, esp0, ss0, esp1, ss1, esp2, ss2, cr3;
	uint32_t eip, eflags, eax, ecx, edx, ebx, esp, ebp, esi, edi;
	uint32_t es, cs, ss, ds, fs, gs, ldt;
	uint16_t trap, iomap_base;
} __attribute__((packed));

struct desc_ptr {
	uint16_t limit;
	uint32_t base;
} __attribute__((packed));

/* FXSAVE area: 512 bytes, 16-byte aligned. */
struct fpu_state {
	uint8_t fx[512];
} __attribute__((aligned(16)));

#endif
