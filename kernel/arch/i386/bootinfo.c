/*
 * bootinfo.c - what the boot loader tells us, in one form whichever
 * multiboot version told it.
 *
 * GRUB starts us through multiboot 1 (BIOS: `multiboot`) or multiboot 2
 * (UEFI: `multiboot2`, which alone passes the ACPI RSDP and so lets
 * power-off work where the RSDP is not in the BIOS area).  head.S
 * carries a header for each; the magic in EAX says which one was used,
 * and multiboot.c or multiboot2.c reads its format into the kernel's:
 * the command line, the modules, the available memory, the framebuffer
 * and a copy of the RSDP.  Everything is copied out, so that the
 * loader's structures themselves can become free memory.
 *
 * Entry points: boot_parse(); for the two readers boot_add_module(),
 * boot_add_memory(), boot_set_fb(), boot_no_screen(), boot_set_rsdp().
 */
#include "kernel.h"

#define MB1_BOOT_MAGIC	0x2BADB002
#define MB2_BOOT_MAGIC	0x36D76289
#define MMAP_AVAILABLE	1
#define FOUR_GIB	0x100000000ULL
#define EGA_TEXT_PHYS	0xB8000

struct mem_range mem_avail[MAX_MEM_REGIONS];
int nr_mem_avail;
uint64_t mem_present;		/* all available RAM, reachable or not */
struct fb_info boot_fb;
uint8_t boot_rsdp[RSDP_COPY_MAX];
uint32_t boot_rsdp_len;

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

/* A module [start, end) with the loader's string for it (NULL: none). */
void boot_add_module(phys_bytes start, phys_bytes end, const char *string)
{
	struct boot_module *bm;

	if (nr_boot_modules == MAX_BOOT_MODULES)
		return;
	bm = &boot_modules[nr_boot_modules++];
	bm->base = start;
	bm->size = end - start;
	parse_module_string(string != NULL ? string : "", bm);
}

/* One entry of the firmware's memory map.  Only available RAM below
 * 4 GiB becomes free memory: above it is out of reach without PAE. */
void boot_add_memory(uint64_t base, uint64_t length, uint32_t type)
{
	if (type == MMAP_AVAILABLE)
		mem_present += length;
	if (type != MMAP_AVAILABLE || base >= FOUR_GIB || length == 0
	    || nr_mem_avail == MAX_MEM_REGIONS)
		return;
	mem_avail[nr_mem_avail].mr_base = base;
	mem_avail[nr_mem_avail].mr_limit = base + length > FOUR_GIB
		? (phys_bytes) (FOUR_GIB - 1) : base + length - 1;
	nr_mem_avail++;
}

/* There is no screen we can draw on (UEFI without a framebuffer, or
 * with one we cannot use): the console is the serial port. */
void boot_no_screen(void)
{
	memset(&boot_fb, 0, sizeof(boot_fb));
	boot_fb.fb_type = FB_ABSENT;
	kernel_vga = false;
}

/* The framebuffer the loader set up.  One we cannot reach (above 4 GiB)
 * or draw on (palette colours, an odd pixel size) is left alone. */
void boot_set_fb(uint64_t phys, const struct fb_info *fb)
{
	uint64_t size = (uint64_t) fb->fb_pitch * fb->fb_height;

	if (fb->fb_type == FB_EGA_TEXT && phys == EGA_TEXT_PHYS) {
		boot_fb = *fb;
		boot_fb.fb_phys = EGA_TEXT_PHYS;
		return;
	}
	if (fb->fb_type != FB_RGB || phys + size > FOUR_GIB || size == 0
	    || (fb->fb_bpp != 15 && fb->fb_bpp != 16 && fb->fb_bpp != 24
		&& fb->fb_bpp != 32) || fb->fb_width == 0
	    || fb->fb_pitch < fb->fb_width * ((fb->fb_bpp + 7) / 8)) {
		kprintf("kernel: a framebuffer we cannot draw on (type %u, "
			"%u bits a pixel): no console on the screen\n",
			fb->fb_type, fb->fb_bpp);
		boot_no_screen();
		return;
	}
	boot_fb = *fb;
	boot_fb.fb_phys = (uint32_t) phys;
	/* No VGA text memory to write to: the kernel's messages go to the
	 * serial port (and its ring, which tty shows when it starts). */
	kernel_vga = false;
}

void boot_set_rsdp(const void *rsdp, uint32_t len)
{
	boot_rsdp_len = MIN(len, sizeof(boot_rsdp));
	memcpy(boot_rsdp, rsdp, boot_rsdp_len);
}

void boot_parse(uint32_t magic, phys_bytes info)
{
	if (info >= DIRECTMAP_LIMIT)
		panic("the boot loader's information is at 0x%x, beyond "
			"the kernel's reach", info);
	if (magic == MB1_BOOT_MAGIC)
		multiboot_parse(phys_to_vir(info));
	else if (magic == MB2_BOOT_MAGIC)
		multiboot2_parse(phys_to_vir(info));
	else
		panic("not booted by a multiboot loader (magic 0x%x)", magic);
	if (nr_mem_avail == 0)
		panic("the boot loader gave no memory map");
	if (boot_fb.fb_type == FB_RGB)
		kprintf("kernel: framebuffer %ux%u, %u bits a pixel, at 0x%x\n",
			boot_fb.fb_width, boot_fb.fb_height, boot_fb.fb_bpp,
			boot_fb.fb_phys);
}
