/*
 * elf.c - load a static ELF32 executable from a boot module into a fresh
 * address space, with a stack holding argc, argv and an empty environment
 * in the layout crt0 expects.
 *
 * Every size and address in the file is checked against the module and
 * the user address range before anything is mapped.
 *
 * Entry point: elf_load_boot().
 */
#include "kernel.h"

#define EI_NIDENT	16
#define ET_EXEC		2
#define EM_386		3
#define PT_LOAD		1
#define PF_W		2
#define MAX_ARGS	16

struct elf_hdr {
	uint8_t e_ident[EI_NIDENT];
	uint16_t e_type, e_machine;
	uint32_t e_version, e_entry, e_phoff, e_shoff, e_flags;
	uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum,
		e_shstrndx;
};

struct elf_phdr {
	uint32_t p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz,
		p_flags, p_align;
};

static int check_header(const struct elf_hdr *eh, size_t size)
{
	if (size < sizeof(*eh) || memcmp(eh->e_ident, "\177ELF", 4) != 0
	    || eh->e_ident[4] != 1 /* 32-bit */ || eh->e_ident[5] != 1 /* LE */
	    || eh->e_type != ET_EXEC || eh->e_machine != EM_386
	    || eh->e_phentsize != sizeof(struct elf_phdr)
	    || eh->e_phoff > size
	    || eh->e_phnum > (size - eh->e_phoff) / sizeof(struct elf_phdr))
		return -ENOEXEC;
	return OK;
}

static int load_segment(struct proc *p, const uint8_t *image, size_t size,
	const struct elf_phdr *ph)
{
	int r;

	if (ph->p_filesz > ph->p_memsz || ph->p_offset > size
	    || ph->p_filesz > size - ph->p_offset
	    || ph->p_vaddr + ph->p_memsz < ph->p_vaddr
	    || ph->p_vaddr + ph->p_memsz > USER_STACK_TOP - BOOT_STACK_SIZE)
		return -ENOEXEC;
	if ((r = pt_alloc_range(p, ph->p_vaddr, ph->p_memsz, true)) != OK)
		return r;
	return copy_to_proc(p, ph->p_vaddr, image + ph->p_offset, ph->p_filesz);
}

/* Build argc/argv/envp at the top of the stack; returns the initial esp. */
static vir_bytes build_stack(struct proc *p, const char *name, const char *args)
{
	char strings[256];
	uint32_t vec[MAX_ARGS + 4];
	int argc = 0, len = 0, i, n;
	vir_bytes top = USER_STACK_TOP, str_base, sp;
	const char *w = args;

	/* argv[0] is the module's name; the rest are its words. */
	n = strlcpy(strings, name, sizeof(strings)) + 1;
	vec[1 + argc++] = 0;
	len = n;
	while (*w != '\0' && argc < MAX_ARGS) {
		while (*w == ' ')
			w++;
		if (*w == '\0')
			break;
		vec[1 + argc++] = len;
		while (*w != '\0' && *w != ' ' && len < (int) sizeof(strings) - 1)
			strings[len++] = *w++;
		strings[len++] = '\0';
		while (*w != '\0' && *w != ' ')
			w++;		/* an over-long word is cut */
	}
	str_base = (top - len) & ~3u;
	for (i = 1; i <= argc; i++)
		vec[i] += str_base;
	vec[0] = argc;
	vec[argc + 1] = 0;		/* end of argv */
	vec[argc + 2] = 0;		/* empty environment */
	sp = str_base - (argc + 3) * sizeof(uint32_t);
	copy_to_proc(p, str_base, strings, len);
	copy_to_proc(p, sp, vec, (argc + 3) * sizeof(uint32_t));
	return sp;
}

/* Load the module image into p and set its registers to start it. */
int elf_load_boot(struct proc *p, const struct boot_module *bm)
{
	const uint8_t *image = phys_to_vir(bm->base);
	const struct elf_hdr *eh = (const void *) image;
	const struct elf_phdr *ph;
	int i, r;

	if ((r = check_header(eh, bm->size)) != OK)
		return r;
	ph = (const void *) (image + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD
		    && (r = load_segment(p, image, bm->size, &ph[i])) != OK)
			return r;
	r = pt_alloc_range(p, USER_STACK_TOP - BOOT_STACK_SIZE, BOOT_STACK_SIZE,
		true);
	if (r != OK)
		return r;
	for (i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD && !(ph[i].p_flags & PF_W))
			pt_protect(p, ph[i].p_vaddr, ph[i].p_memsz);
	p->p_stack_limit = USER_STACK_TOP - BOOT_STACK_MAX;
	memset(&p->p_reg, 0, sizeof(p->p_reg));
	p->p_reg.eip = eh->e_entry;
	p->p_reg.esp = build_stack(p, bm->name, bm->args);
	p->p_reg.cs = USER_CS;
	p->p_reg.ds = p->p_reg.es = p->p_reg.fs = p->p_reg.gs = USER_DS;
	p->p_reg.ss = USER_DS;
	p->p_reg.eflags = EFLAGS_USER;
	return OK;
}
