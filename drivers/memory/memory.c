/*
 * memory.c - the memory driver: /dev/ram (the root file system's RAM
 * disk, a block device), /dev/mem (physical memory, root only),
 * /dev/null and /dev/zero.
 *
 * The RAM disk is the boot module GRUB loaded as "rootfs".  We map its
 * physical memory into our address space rather than copy it: it belongs
 * to no process, so when this driver dies and RS starts a new instance,
 * the new one maps the same memory and every block written is still
 * there.  A live update's new version maps it the same way.
 *
 * The device is as large as the memory behind it.  On a machine with
 * little memory that is less than the file system it holds (tools/mkroot
 * makes it larger than the image GRUB loads, and the kernel grows the
 * module where memory allows): MFS then uses the zones up to the device's
 * end and no further.
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/driver.h>
#include <minix/kinfo.h>

#define RAM_MINOR	0
#define MEM_MINOR	1
#define NULL_MINOR	3
#define ZERO_MINOR	5

#define RAMDISK_VIRT	0x40000000	/* where the RAM disk is mapped */
#define MEM_WINDOW	0x7F000000	/* a page of /dev/mem at a time */
#define PAGE		4096u

static uint8_t *ramdisk;
static uint64_t ramdisk_size;	/* the device's size: its memory */
static uint8_t zeros[PAGE];

static int map_ramdisk(void)
{
	static struct boot_info image[MAX_BOOT_MODULES];
	int i, r;

	memset(image, 0, sizeof(image));
	if ((r = sys_getimage(image, MAX_BOOT_MODULES)) != OK)
		return r;
	for (i = 0; i < MAX_BOOT_MODULES; i++) {
		if (!(image[i].bi_flags & BI_DATA))	/* boot.list's "data" */
			continue;
		r = sys_memmap(MM_MAP_PHYS, SELF, RAMDISK_VIRT,
			(image[i].bi_size + PAGE - 1) & ~(PAGE - 1),
			image[i].bi_base, MM_FLAG_WRITE);
		if (r != OK)
			return r;
		ramdisk = (uint8_t *) RAMDISK_VIRT;
		ramdisk_size = image[i].bi_size;
		return OK;
	}
	return -ENOENT;
}

static int mem_open(int minor, int access, const struct driver_req *req)
{
	switch (minor) {
	case RAM_MINOR:
		return ramdisk != NULL ? OK : -ENXIO;
	case MEM_MINOR:
	case NULL_MINOR:
	case ZERO_MINOR:
		return OK;
	default:
		return -ENXIO;
	}
}

static int mem_close(int minor, const struct driver_req *req)
{
	return OK;
}

/* RAM disk: copy straight between the disk and the grant. */
static ssize_t ram_transfer(int write, uint64_t pos, endpoint_t owner,
	cp_grant_id_t grant, size_t off, size_t count)
{
	int r;

	if (pos >= ramdisk_size)
		return 0;
	if (count > ramdisk_size - pos)
		count = ramdisk_size - pos;
	if (write)
		r = sys_safecopyfrom(owner, grant, off, ramdisk + pos, count);
	else
		r = sys_safecopyto(owner, grant, off, ramdisk + pos, count);
	return r != OK ? r : (ssize_t) count;
}

/* /dev/mem: map each page of physical memory in turn. */
static ssize_t phys_transfer(int write, uint64_t pos, endpoint_t owner,
	cp_grant_id_t grant, size_t off, size_t count)
{
	size_t done = 0, chunk, in_page;
	int r = OK;

	while (done < count && r == OK) {
		in_page = (pos + done) & (PAGE - 1);
		chunk = count - done < PAGE - in_page ? count - done
			: PAGE - in_page;
		r = sys_memmap(MM_MAP_PHYS, SELF, MEM_WINDOW, PAGE,
			(pos + done) & ~(uint64_t) (PAGE - 1), MM_FLAG_WRITE);
		if (r != OK)
			break;
		if (write)
			r = sys_safecopyfrom(owner, grant, off + done,
				(void *) (MEM_WINDOW + in_page), chunk);
		else
			r = sys_safecopyto(owner, grant, off + done,
				(void *) (MEM_WINDOW + in_page), chunk);
		(void) sys_memmap(MM_FREE, SELF, MEM_WINDOW, PAGE, 0, 0);
		if (r == OK)
			done += chunk;
	}
	return done > 0 ? (ssize_t) done : r;
}

static ssize_t zero_transfer(int write, endpoint_t owner, cp_grant_id_t grant,
	size_t off, size_t count)
{
	size_t done, chunk;
	int r;

	if (write)
		return count;
	for (done = 0; done < count; done += chunk) {
		chunk = count - done < PAGE ? count - done : PAGE;
		if ((r = sys_safecopyto(owner, grant, off + done, zeros, chunk)))
			return done > 0 ? (ssize_t) done : r;
	}
	return count;
}

static ssize_t mem_transfer(int minor, int write, uint64_t pos,
	endpoint_t owner, cp_grant_id_t grant, size_t off, size_t count,
	int flags, const struct driver_req *req)
{
	switch (minor) {
	case RAM_MINOR:
		return ram_transfer(write, pos, owner, grant, off, count);
	case MEM_MINOR:
		return phys_transfer(write, pos, owner, grant, off, count);
	case NULL_MINOR:
		return write ? (ssize_t) count : 0;
	case ZERO_MINOR:
		return zero_transfer(write, owner, grant, off, count);
	default:
		return -ENXIO;
	}
}

static int mem_ioctl(int minor, unsigned long request, endpoint_t owner,
	cp_grant_id_t grant, const struct driver_req *req)
{
	if (minor != RAM_MINOR || request != DIOCGETSIZE)
		return -ENOTTY;
	return sys_safecopyto(owner, grant, 0, &ramdisk_size,
		sizeof(ramdisk_size));
}

static const struct driver memory_driver = {
	.dr_name = "memory",
	.dr_open = mem_open,
	.dr_close = mem_close,
	.dr_transfer = mem_transfer,
	.dr_ioctl = mem_ioctl,
};

/* The RAM disk is mapped before SEF's handshake: the mapping takes a
 * while for a large disk, and a live update's new version does it so
 * before the old one stops.  It has no other state: a live update
 * carries only libdriver's part. */
int main(void)
{
	int r;

	sys_stdio_to_console();
	if ((r = map_ramdisk()) != OK && r != -ENOENT)
		printf("memory: cannot map the RAM disk: %d\n", r);
	driver_startup(NULL);
	driver_task(&memory_driver);
	return 0;
}
