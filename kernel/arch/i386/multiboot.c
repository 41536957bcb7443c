/*
 * multiboot.c - what GRUB tells us: the command line, the memory map and
 * the modules (one per boot process, named by the first word of the
 * module's string).  Everything is copied out, so that the multiboot
 * structures themselves can become free memory.
 *
 * Entry point: multiboot_parse().
 */
#include "kernel.h"

#define MB_BOOT_MAGIC	0x2BADB002
#define MBI_MEM		0x001
#define MBI_CMDLINE	0x004
#define MBI_MODS	0x008
#define MBI_MMAP	0x040
#define MMAP_AVAILABLE	1
#define FOUR_GIB	0x100000000ULL

struct mb_info {
	uint32_t flags, mem_lower, mem_upper, boot_device, cmdline;
	uint32_t mods_count, mods_addr, syms[4], mmap_length, mmap_addr;
};

struct mb_module {
	uint32_t mod_start, mod_end, string, reserved;
};

struct mb_mmap {
	uint32_t size;
	uint64_t base, length;
	uint32_t type;
} __attribute__((packed));

struct mem_range mem_avail[MAX_MEM_REGIONS];
int nr_mem_avail;
uint64_t mem_present;		/* all available RAM, reachable or not */

/* Split "path-or-name args..." into the module's name and arguments. */
static void parse_module_string(const char *s, struct boot_module *bm)
{
	const char *w = s, *end, *base;
	size_t n;

	while (*w == ' ')
		w++;
	for (end = w; *end != '\0' && *end != ' '; end++)
		;
	/* A first word with a slash is GRUB's path of the file: skip it. */
	for (base = w; base < end && *base != '/'; base++)
		;
	if (base < end && *end != '\0') {
		w = end + 1;
		while (*w == ' ')
			w++;
		for (end = w; *end != '\0' && *end != ' '; end++)
			;
	} else if (base < end) {
		for (base = end; base > w && base[-1] != '/'; base--)
			;
		w = base;
	}
	n = MIN((size_t) (end - w), sizeof(bm->name) - 1);
	memcpy(bm->name, w, n);
	bm->name[n] = '\0';
	while (*end == ' ')
		end++;
	strlcpy(bm->args, end, sizeof(bm->args));
}

void multiboot_parse(uint32_t magic, phys_bytes mbi_phys)
{
	struct mb_info *mbi = phys_to_vir(mbi_phys);
	struct mb_module *mod;
	struct mb_mmap *mm;
	uint32_t i, off;

	if (magic != MB_BOOT_MAGIC)
		panic("not booted by a multiboot loader (magic 0x%x)", magic);
	if (mbi->flags & MBI_CMDLINE)
		strlcpy(boot_cmdline, phys_to_vir(mbi->cmdline),
			sizeof(boot_cmdline));
	if (mbi->flags & MBI_MODS) {
		mod = phys_to_vir(mbi->mods_addr);
		for (i = 0; i < mbi->mods_count && i < MAX_BOOT_MODULES; i++) {
			struct boot_module *bm = &boot_modules[nr_boot_modules++];
			bm->base = mod[i].mod_start;
			bm->size = mod[i].mod_end - mod[i].mod_start;
			parse_module_string(mod[i].string != 0
				? phys_to_vir(mod[i].string) : "", bm);
		}
	}
	if (mbi->flags & MBI_MMAP) {
		for (off = 0; off < mbi->mmap_length
		     && nr_mem_avail < MAX_MEM_REGIONS; off += mm->size + 4) {
			mm = phys_to_vir(mbi->mmap_addr + off);
			if (mm->type == MMAP_AVAILABLE)
				mem_present += mm->length;
			/* Above 4 GiB is out of reach without PAE. */
			if (mm->type != MMAP_AVAILABLE || mm->base >= FOUR_GIB
			    || mm->length == 0)
				continue;
			mem_avail[nr_mem_avail].mr_base = mm->base;
			mem_avail[nr_mem_avail].mr_limit =
				mm->base + mm->length > FOUR_GIB
				? (phys_bytes) (FOUR_GIB - 1)
				: mm->base + mm->length - 1;
			nr_mem_avail++;
		}
	} else if (mbi->flags & MBI_MEM) {
		mem_avail[0].mr_base = 0x100000;
		mem_avail[0].mr_limit = 0x100000 + mbi->mem_upper * 1024 - 1;
		nr_mem_avail = 1;
		mem_present = (uint64_t) mbi->mem_upper * 1024;
	}
	if (nr_mem_avail == 0)
		panic("the boot loader gave no memory map");
}
