/*
 * exec_elf.c - check and load a static ELF32 program (see libexec.h).
 *
 * The new process gets its segments at the addresses the file names,
 * read-only where the file says so (except pages shared with a writable
 * segment), a stack under STACK_TOP that grows on demand up to
 * STACK_MAX, and the argument frame at the top of that stack with its
 * pointers made absolute.
 */
#include <stdbool.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/libexec.h>
#include <minix/config.h>

#define PAGE		4096u

static vir_bytes page_down(vir_bytes a) { return a & ~(PAGE - 1); }
static vir_bytes page_up(vir_bytes a) { return (a + PAGE - 1) & ~(PAGE - 1); }

static int check_segment(const struct exec_info *ei, const struct elf_phdr *ph)
{
	if (ph->p_filesz > ph->p_memsz
	    || ph->p_offset + ph->p_filesz < ph->p_offset
	    || ph->p_offset + ph->p_filesz > ei->file_size
	    || ph->p_vaddr + ph->p_memsz < ph->p_vaddr
	    || ph->p_vaddr < PAGE
	    || ph->p_vaddr + ph->p_memsz > STACK_TOP - STACK_MAX)
		return -ENOEXEC;
	return OK;
}

/* The program must start in code its file holds: inside the file-backed
 * part of an executable segment.  An entry point anywhere else (past
 * the segments, or in their zero-filled tails) would fault at once. */
static int check_entry(const struct exec_info *ei)
{
	const struct elf_phdr *ph;
	uint32_t entry = ei->eh.e_entry;
	int i;

	for (i = 0; i < ei->eh.e_phnum; i++) {
		ph = &ei->ph[i];
		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_X)
		    && entry >= ph->p_vaddr
		    && entry - ph->p_vaddr < ph->p_filesz)
			return OK;
	}
	return -ENOEXEC;
}

/* Every pointer of the frame must stay inside it, and both vectors end. */
static int check_frame(const struct exec_info *ei)
{
	const uint32_t *vec = (const uint32_t *) ei->frame;
	size_t len = ei->frame_len, n = len / sizeof(uint32_t), i;
	uint32_t argc;

	if (len < 3 * sizeof(uint32_t) || len > EXEC_FRAME_MAX || (len & 3)
	    || ei->frame[len - 1] != '\0')
		return -EINVAL;
	argc = vec[0];
	if (argc >= n - 2)
		return -EINVAL;
	for (i = 1; i < n && vec[i] != 0; i++)
		if (vec[i] >= len)
			return -EINVAL;
	if (i != argc + 1)
		return -EINVAL;
	for (i++; i < n && vec[i] != 0; i++)
		if (vec[i] >= len)
			return -EINVAL;
	return i < n ? OK : -EINVAL;
}

int exec_check(struct exec_info *ei)
{
	struct elf_hdr *eh = &ei->eh;
	int i, r;

	if (ei->file_size < sizeof(*eh))
		return -ENOEXEC;
	if ((r = ei->read(ei->ctx, 0, eh, sizeof(*eh))) != OK)
		return r;
	if (memcmp(eh->e_ident, "\177ELF", 4) != 0
	    || eh->e_ident[4] != ELFCLASS32 || eh->e_ident[5] != ELFDATA2LSB
	    || eh->e_type != ET_EXEC || eh->e_machine != EM_386
	    || eh->e_phentsize != sizeof(struct elf_phdr)
	    || eh->e_phnum == 0 || eh->e_phnum > EXEC_MAX_PHDRS
	    || eh->e_phoff > ei->file_size
	    || eh->e_phnum * sizeof(struct elf_phdr) > ei->file_size - eh->e_phoff)
		return -ENOEXEC;
	r = ei->read(ei->ctx, eh->e_phoff, ei->ph,
		eh->e_phnum * sizeof(struct elf_phdr));
	if (r != OK)
		return r;
	for (i = 0; i < eh->e_phnum; i++)
		if (ei->ph[i].p_type == PT_LOAD
		    && (r = check_segment(ei, &ei->ph[i])) != OK)
			return r;
	if ((r = check_entry(ei)) != OK)
		return r;
	return check_frame(ei);
}

/* Does a writable segment share a page with [start, end)? */
static bool writable_overlap(const struct exec_info *ei, vir_bytes start,
	vir_bytes end)
{
	int i;

	for (i = 0; i < ei->eh.e_phnum; i++) {
		const struct elf_phdr *ph = &ei->ph[i];
		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_W)
		    && page_down(ph->p_vaddr) < end
		    && page_up(ph->p_vaddr + ph->p_memsz) > start)
			return true;
	}
	return false;
}

static int load_segments(struct exec_info *ei)
{
	vir_bytes start, end;
	int i, r;

	for (i = 0; i < ei->eh.e_phnum; i++) {
		const struct elf_phdr *ph = &ei->ph[i];
		if (ph->p_type != PT_LOAD || ph->p_memsz == 0)
			continue;
		start = page_down(ph->p_vaddr);
		end = page_up(ph->p_vaddr + ph->p_memsz);
		r = sys_memmap(MM_ALLOC, ei->ep, start, end - start, 0,
			MM_FLAG_WRITE);
		if (r == OK && ph->p_filesz > 0)
			r = ei->load(ei->ctx, ph->p_offset, ph->p_vaddr,
				ph->p_filesz);
		if (r != OK)
			return r;
	}
	for (i = 0; i < ei->eh.e_phnum; i++) {
		const struct elf_phdr *ph = &ei->ph[i];
		if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W))
			continue;
		start = page_down(ph->p_vaddr);
		end = page_up(ph->p_vaddr + ph->p_memsz);
		if (!writable_overlap(ei, start, end))
			(void) sys_memmap(MM_PROTECT, ei->ep, start, end - start,
				0, 0);
	}
	return OK;
}

static int build_stack(struct exec_info *ei)
{
	vir_bytes base = (STACK_TOP - ei->frame_len) & ~15u;
	vir_bytes low = page_down(base);
	uint32_t *vec = (uint32_t *) ei->frame, i;
	int r;

	r = sys_memmap(MM_STACK, ei->ep, STACK_TOP - STACK_MAX, 0, 0, 0);
	if (r == OK)
		r = sys_memmap(MM_ALLOC, ei->ep, low, STACK_TOP - low, 0,
			MM_FLAG_WRITE);
	if (r != OK)
		return r;
	for (i = 1; vec[i] != 0; i++)		/* argv */
		vec[i] += base;
	for (i++; vec[i] != 0; i++)		/* envp */
		vec[i] += base;
	ei->sp = base;
	return sys_vircopy(SELF, (vir_bytes) ei->frame, ei->ep, base,
		ei->frame_len);
}

int exec_load(struct exec_info *ei)
{
	int r;

	if ((r = sys_memmap(MM_CLEAR, ei->ep, 0, 0, 0, 0)) != OK
	    || (r = load_segments(ei)) != OK
	    || (r = build_stack(ei)) != OK)
		return r;
	ei->pc = ei->eh.e_entry;
	return OK;
}
