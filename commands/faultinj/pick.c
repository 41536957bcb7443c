/*
 * pick.c - the fault model: which fault a seed chooses, and injecting
 * it through SYS_FAULTINJ.
 *
 * The types are those of the MINIX 3 fault injection studies (SWIFI):
 * in the text, a flipped bit, a changed source or destination register,
 * a corrupted pointer (a memory operand's base or displacement), an
 * inverted loop condition or branch, a missing instruction (a register
 * move made NOPs); a flipped bit in a register, a stack word or a data
 * word; one outgoing message dropped, duplicated or garbled.  Text
 * faults look for their instruction pattern from a random place on, as
 * SWIFI's byte patterns do: without a decoder a match may sit inside a
 * longer instruction, which is only another way of corrupting the text.
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include "faultinj.h"

enum { T_FLIP, T_REG, T_PTR, T_LOOP, T_BRANCH, T_NOP, R_FLIP, S_FLIP,
	D_FLIP, M_DROP, M_DUP, M_GARBLE, NR_TYPES };

static const char *const type_name[NR_TYPES] = {
	[T_FLIP] = "text-flip", [T_REG] = "text-register",
	[T_PTR] = "text-pointer", [T_LOOP] = "text-loop",
	[T_BRANCH] = "text-branch", [T_NOP] = "text-missing",
	[R_FLIP] = "register", [S_FLIP] = "stack", [D_FLIP] = "data",
	[M_DROP] = "msg-drop", [M_DUP] = "msg-dup", [M_GARBLE] = "msg-garble",
};

static const char *const reg_name[FI_NR_REGS] = {
	"eax", "ebx", "ecx", "edx", "esi", "edi", "ebp", "esp", "eip",
};

/* Does the instruction pattern of type t start at text byte b[0]?  If
 * so, set the byte (offset from b) and XOR pattern that breaks it. */
static int matches(int t, const uint8_t *b, uint32_t left, uint32_t r,
	uint32_t *off, uint32_t *x)
{
	uint8_t op = b[0], modrm = left > 1 ? b[1] : 0;
	int mov = op == 0x89 || op == 0x8b;

	if (left < 3)
		return 0;
	switch (t) {
	case T_REG:		/* ALU or move, register to register */
		if (!(mov || op == 0x01 || op == 0x29 || op == 0x31
		    || op == 0x39 || op == 0x85) || (modrm >> 6) != 3)
			return 0;
		*off = 1;
		*x = 1u << ((r & 1) ? 3 + r % 3 : r % 3); /* reg or rm */
		return 1;
	case T_PTR:		/* a move through [reg + disp8] */
		if (!mov || (modrm >> 6) != 1 || (modrm & 7) == 4)
			return 0;
		*off = (r & 1) ? 1 : 2;	/* the base register or the disp */
		*x = (r & 1) ? 1u << (r % 3) : 1u << (r % 8);
		return 1;
	case T_LOOP:		/* a short conditional jump backwards */
		if (op < 0x70 || op > 0x7f || !(b[1] & 0x80))
			return 0;
		*off = 0;
		*x = 1;			/* the opposite condition */
		return 1;
	case T_BRANCH:		/* a near conditional jump */
		if (op != 0x0f || b[1] < 0x80 || b[1] > 0x8f)
			return 0;
		*off = 1;
		*x = 1;
		return 1;
	case T_NOP:		/* a register move, made two NOPs */
		if (!mov || (modrm >> 6) != 3)
			return 0;
		*off = 0;
		*x = (uint32_t) (op ^ 0x90) | (uint32_t) (modrm ^ 0x90) << 8;
		return 1;
	default:
		return 0;
	}
}

/* A text fault of type t, searched for from a random byte on. */
static void pick_text(const struct image *im, int t, uint32_t *st,
	struct fault *f)
{
	uint32_t start = fi_below(st, im->text_len), r = fi_rand(st);
	uint32_t i, at, off = 0, x = 1u << (r % 8), va;

	at = start;
	if (t != T_FLIP)
		for (i = 0; i < im->text_len; i++) {
			at = (start + i) % im->text_len;
			if (matches(t, im->text + at, im->text_len - at, r,
			    &off, &x) && ((im->text_va + at + off) & 3) + 
			    (x > 0xff ? 2 : 1) <= 4)
				break;
		}
	va = im->text_va + at + off;
	f->kind = FI_MEM;
	f->where = va & ~3u;
	f->mask = x << (8 * (va & 3));
	f->is_text = 1;
	snprintf(f->desc, sizeof(f->desc), "%s at %#lx xor %#lx",
		type_name[t], (unsigned long) va, (unsigned long) x);
}

/* The fault that seed chooses for a driver with image im. */
void fault_pick(const struct image *im, uint32_t seed, struct fault *f)
{
	uint32_t st = seed, t = fi_below(&st, NR_TYPES);

	memset(f, 0, sizeof(*f));
	if (t <= T_NOP) {
		pick_text(im, t, &st, f);
		return;
	}
	f->mask = 1u << fi_below(&st, 32);
	switch (t) {
	case R_FLIP:
		f->kind = FI_REG;
		f->where = fi_below(&st, FI_NR_REGS);
		snprintf(f->desc, sizeof(f->desc), "register %s xor %#lx",
			reg_name[f->where], (unsigned long) f->mask);
		return;
	case S_FLIP:
		f->kind = FI_STACK;
		f->where = 4 * fi_below(&st, 64);
		snprintf(f->desc, sizeof(f->desc), "stack esp+%lu xor %#lx",
			(unsigned long) f->where, (unsigned long) f->mask);
		return;
	case D_FLIP:
		f->kind = FI_MEM;
		f->where = (im->data_va + fi_below(&st, im->data_len - 3)) & ~3u;
		snprintf(f->desc, sizeof(f->desc), "data at %#lx xor %#lx",
			(unsigned long) f->where, (unsigned long) f->mask);
		return;
	default:
		f->kind = t == M_DROP ? FI_MSG_DROP : t == M_DUP ? FI_MSG_DUP
			: FI_MSG_GARBLE;
		f->where = fi_rand(&st);
		if (t == M_GARBLE && (f->where & 1))
			f->mask = fi_rand(&st);	/* a whole word of garbage */
		snprintf(f->desc, sizeof(f->desc), "%s word %lu xor %#lx",
			type_name[t], (unsigned long) f->where % 15,
			(unsigned long) f->mask);
		return;
	}
}

int fault_inject(endpoint_t ep, struct fault *f)
{
	return sys_faultinj(ep, f->kind, f->where, f->mask, NULL, NULL);
}

/* Put a text fault's bytes back (XOR is its own inverse). */
int fault_undo(endpoint_t ep, const struct fault *f)
{
	return f->is_text ? sys_faultinj(ep, f->kind, f->where, f->mask,
		NULL, NULL) : OK;
}
