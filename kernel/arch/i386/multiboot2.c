/*
 * multiboot2.c - reading multiboot 2's information (GRUB's `multiboot2`,
 * the UEFI boot) into the kernel's form (bootinfo.c).
 *
 * The information is a list of tags, each 8-byte aligned: the command
 * line, one tag per module, the memory map, the framebuffer and the
 * ACPI RSDP (a copy of it: under UEFI it is nowhere a BIOS would put
 * it).  Tags we do not use are skipped.  A UEFI boot (its system
 * table's tag is there) without a framebuffer has no screen at all:
 * UEFI has no VGA text mode.
 *
 * Entry point: multiboot2_parse().
 */
#include "kernel.h"

#define TAG_END		0
#define TAG_CMDLINE	1
#define TAG_MODULE	3
#define TAG_BASIC_MEM	4
#define TAG_MMAP	6
#define TAG_FRAMEBUFFER	8
#define TAG_EFI32	11		/* the EFI system table: UEFI */
#define TAG_EFI64	12
#define TAG_ACPI_OLD	14
#define TAG_ACPI_NEW	15

struct mb2_tag {
	uint32_t type, size;
};

struct mb2_module {
	struct mb2_tag t;
	uint32_t mod_start, mod_end;
	char string[];
};

struct mb2_basic_mem {
	struct mb2_tag t;
	uint32_t mem_lower, mem_upper;
};

struct mb2_mmap {
	struct mb2_tag t;
	uint32_t entry_size, entry_version;
};

struct mb2_mmap_entry {
	uint64_t base, length;
	uint32_t type, reserved;
};

struct mb2_framebuffer {
	struct mb2_tag t;
	uint64_t addr;
	uint32_t pitch, width, height;
	uint8_t bpp, type;
	uint16_t reserved;
	uint8_t color[6];	/* RGB: red, green, blue position and size */
} __attribute__((packed));
_Static_assert(sizeof(struct mb2_framebuffer) == 38, "mb2 fb tag layout");

static void read_mmap(const struct mb2_mmap *mm)
{
	const struct mb2_mmap_entry *e;
	uint32_t off;

	if (mm->entry_size < sizeof(*e))
		return;
	for (off = sizeof(*mm); off + sizeof(*e) <= mm->t.size;
	     off += mm->entry_size) {
		e = (const void *) ((const uint8_t *) mm + off);
		boot_add_memory(e->base, e->length, e->type);
	}
}

static void read_fb(const struct mb2_framebuffer *t)
{
	struct fb_info fb;

	if (t->t.size < offsetof(struct mb2_framebuffer, color))
		return;
	memset(&fb, 0, sizeof(fb));
	fb.fb_type = t->type;
	fb.fb_pitch = t->pitch;
	fb.fb_width = t->width;
	fb.fb_height = t->height;
	fb.fb_bpp = t->bpp;
	if (t->t.size >= sizeof(*t))
		memcpy(&fb.fb_red_pos, t->color, sizeof(t->color));
	boot_set_fb(t->addr, &fb);
}

/* What the tags said beyond the kernel's form, for after the list. */
struct seen {
	bool mmap, fb, efi;
	const struct mb2_basic_mem *basic;
};

/* One tag; a basic memory size only counts when there is no map. */
static void read_tag(const struct mb2_tag *t, struct seen *seen)
{
	const struct mb2_module *mod;

	switch (t->type) {
	case TAG_CMDLINE:
		strlcpy(boot_cmdline, (const char *) (t + 1),
			MIN(sizeof(boot_cmdline), t->size - sizeof(*t)));
		break;
	case TAG_MODULE:
		mod = (const void *) t;
		boot_add_module(mod->mod_start, mod->mod_end, mod->string);
		break;
	case TAG_BASIC_MEM:
		seen->basic = (const void *) t;
		break;
	case TAG_MMAP:
		seen->mmap = true;
		read_mmap((const void *) t);
		break;
	case TAG_FRAMEBUFFER:
		seen->fb = true;
		read_fb((const void *) t);
		break;
	case TAG_EFI32:
	case TAG_EFI64:
		seen->efi = true;
		break;
	case TAG_ACPI_OLD:
	case TAG_ACPI_NEW:
		/* The newer RSDP (with the XSDT) wins over the old one. */
		if (boot_rsdp_len == 0 || t->type == TAG_ACPI_NEW)
			boot_set_rsdp(t + 1, t->size - sizeof(*t));
		break;
	}
}

void multiboot2_parse(const void *info)
{
	const uint8_t *p = info;
	uint32_t total = *(const uint32_t *) info, off;
	const struct mb2_tag *t;
	struct seen seen = { false, false, false, NULL };

	for (off = 8; off + sizeof(*t) <= total; off += (t->size + 7) & ~7u) {
		t = (const void *) (p + off);
		if (t->type == TAG_END || t->size < sizeof(*t))
			break;
		read_tag(t, &seen);
	}
	if (!seen.mmap && seen.basic != NULL)
		boot_add_memory(0x100000, (uint64_t) seen.basic->mem_upper
			* 1024, 1);
	if (seen.efi && !seen.fb)
		boot_no_screen();
}
