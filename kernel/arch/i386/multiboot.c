/*
 * multiboot.c - reading multiboot 1's information (GRUB's `multiboot`,
 * the BIOS boot) into the kernel's form (bootinfo.c).
 *
 * Entry point: multiboot_parse().
 */
#include "kernel.h"

#define MBI_MEM		0x001
#define MBI_CMDLINE	0x004
#define MBI_MODS	0x008
#define MBI_MMAP	0x040
#define MBI_FB		0x1000

struct mb_info {
	uint32_t flags, mem_lower, mem_upper, boot_device, cmdline;
	uint32_t mods_count, mods_addr, syms[4], mmap_length, mmap_addr;
	uint32_t drives_length, drives_addr, config_table, loader_name;
	uint32_t apm_table, vbe_control_info, vbe_mode_info;
	uint16_t vbe_mode, vbe_seg, vbe_off, vbe_len;
	uint64_t fb_addr;				/* 88 */
	uint32_t fb_pitch, fb_width, fb_height;
	uint8_t fb_bpp, fb_type;
	uint8_t fb_color[6];	/* RGB: red, green, blue position and size */
} __attribute__((packed));
_Static_assert(sizeof(struct mb_info) == 116, "multiboot info layout");

struct mb_module {
	uint32_t mod_start, mod_end, string, reserved;
};

struct mb_mmap {
	uint32_t size;
	uint64_t base, length;
	uint32_t type;
} __attribute__((packed));

static void read_fb(const struct mb_info *mbi)
{
	struct fb_info fb;

	memset(&fb, 0, sizeof(fb));
	fb.fb_type = mbi->fb_type;
	fb.fb_pitch = mbi->fb_pitch;
	fb.fb_width = mbi->fb_width;
	fb.fb_height = mbi->fb_height;
	fb.fb_bpp = mbi->fb_bpp;
	memcpy(&fb.fb_red_pos, mbi->fb_color, sizeof(mbi->fb_color));
	boot_set_fb(mbi->fb_addr, &fb);
}

void multiboot_parse(const void *info)
{
	const struct mb_info *mbi = info;
	const struct mb_module *mod;
	const struct mb_mmap *mm;
	uint32_t i, off;

	if (mbi->flags & MBI_CMDLINE)
		strlcpy(boot_cmdline, phys_to_vir(mbi->cmdline),
			sizeof(boot_cmdline));
	if (mbi->flags & MBI_MODS) {
		mod = phys_to_vir(mbi->mods_addr);
		for (i = 0; i < mbi->mods_count; i++)
			boot_add_module(mod[i].mod_start, mod[i].mod_end,
				mod[i].string != 0
				? phys_to_vir(mod[i].string) : NULL);
	}
	if (mbi->flags & MBI_MMAP) {
		for (off = 0; off < mbi->mmap_length; off += mm->size + 4) {
			mm = phys_to_vir(mbi->mmap_addr + off);
			boot_add_memory(mm->base, mm->length, mm->type);
		}
	} else if (mbi->flags & MBI_MEM) {
		boot_add_memory(0x100000, (uint64_t) mbi->mem_upper * 1024, 1);
	}
	if (mbi->flags & MBI_FB)
		read_fb(mbi);
}
