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
#define STACK_STRINGS	512

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

/* Copy the words of src into strings at *len, their offsets into vec;
 * returns how many (at most max). */
static int add_words(const char *src, char *strings, int *len, uint32_t *vec,
	int max, bool only_settings)
{
	const char *w = src, *end;
	int n = 0, wl;

	while (*w != '\0' && n < max) {
		while (*w == ' ')
			w++;
		for (end = w; *end != '\0' && *end != ' '; end++)
			;
		wl = end - w;
		if (wl > 0 && *len + wl + 1 <= STACK_STRINGS
		    && (!only_settings || memchr(w, '=', wl) != NULL)) {
			vec[n++] = *len;
			memcpy(strings + *len, w, wl);
			*len += wl;
			strings[(*len)++] = '\0';
		}
		w = end;
	}
	return n;
}

/* Build argc/argv/envp at the top of the stack: argv[0] is the module's
 * name, the rest its words; the environment holds the boot command
 * line's NAME=VALUE words (as Linux gives them to init).  Returns the
 * initial esp. */
static vir_bytes build_stack(struct proc *p, const char *name, const char *args)
{
	char strings[STACK_STRINGS];
	uint32_t argv[MAX_ARGS], envp[MAX_ARGS], vec[2 * MAX_ARGS + 3];
	int argc, envc, len = 0, i, n = 0;
	vir_bytes str_base, sp;

	argc = add_words(name, strings, &len, argv, 1, false);
	argc += add_words(args, strings, &len, argv + argc, MAX_ARGS - argc,
		false);
	envc = add_words(boot_cmdline, strings, &len, envp, MAX_ARGS, true);
	str_base = (USER_STACK_TOP - len) & ~3u;
	vec[n++] = argc;
	for (i = 0; i < argc; i++)
		vec[n++] = str_base + argv[i];
	vec[n++] = 0;
	for (i = 0; i < envc; i++)
		vec[n++] = str_base + envp[i];
	vec[n++] = 0;
	sp = (str_base - n * sizeof(uint32_t)) & ~15u;
	copy_to_proc(p, str_base, strings, len);
	copy_to_proc(p, sp, vec, n * sizeof(uint32_t));
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
