/*
 * kinfo.h - what getinfo copies out (see GET_* in com.h).
 */
#ifndef _MINIX_KINFO_H
#define _MINIX_KINFO_H

#include <minix/config.h>
#include <minix/types.h>

/* The screen the boot loader left (multiboot's video request).
 * FB_UNSAID: it said nothing, so it is a BIOS PC's VGA text mode;
 * FB_EGA_TEXT: it said so; FB_RGB: a linear framebuffer, fb_bpp bits a
 * pixel, each colour a field of fb_*_size bits at bit fb_*_pos, which
 * tty draws the console on; FB_ABSENT: firmware without VGA text (UEFI)
 * and no framebuffer we can draw on, so the console is the serial port
 * alone. */
#define FB_UNSAID	0
#define FB_RGB		1
#define FB_EGA_TEXT	2
#define FB_ABSENT	3
struct fb_info {
	uint32_t fb_type;		/* FB_* */
	uint32_t fb_phys;		/* its physical address */
	uint32_t fb_pitch;		/* bytes from one pixel row to the next */
	uint32_t fb_width, fb_height;	/* pixels (characters in text mode) */
	uint8_t fb_bpp;			/* 15, 16, 24 or 32 */
	uint8_t fb_red_pos, fb_red_size;
	uint8_t fb_green_pos, fb_green_size;
	uint8_t fb_blue_pos, fb_blue_size;
	uint8_t fb_pad;
};

struct kinfo {
	char k_release[16];		/* OS_RELEASE */
	uint32_t k_nr_procs;		/* NR_PROCS */
	uint32_t k_nr_tasks;		/* NR_TASKS */
	uint32_t k_hz;			/* clock ticks per second */
	uint32_t k_mem_total;		/* bytes of usable RAM */
	uint32_t k_mem_free;		/* bytes not yet handed out */
	uint32_t k_uptime;		/* ticks since boot */
	uint32_t k_boot_time;		/* seconds since 1970 at boot */
	uint32_t k_loadavg[3];		/* 1, 5, 15 minutes; LOAD_SCALE is 1 */
	uint64_t k_entry_tsc;		/* TSC as the kernel started: under
					   QEMU -icount, instructions since
					   reset (firmware and loader) */
	struct fb_info k_fb;		/* the boot loader's framebuffer */
};

#define LOAD_SCALE	2048		/* fixed point of the load averages */
#define LOAD_TICKS	(5 * HZ)	/* how often the load is sampled */

/* Process states as proc_info reports them. */
#define PI_RUNNABLE	0
#define PI_SENDING	1
#define PI_RECEIVING	2
#define PI_STOPPED	3
#define PI_OTHER	4

struct proc_info {
	endpoint_t pi_endpoint;
	char pi_name[PROC_NAME_LEN];
	int pi_state;			/* PI_* */
	endpoint_t pi_blocked_on;	/* peer when SENDING or RECEIVING */
	int pi_priority;
	sys_id_t pi_priv_id;
	uint32_t pi_priv_flags;
	uint32_t pi_user_time;		/* ticks */
	uint32_t pi_sys_time;
	uint32_t pi_mem;		/* bytes of user memory */
	uint32_t pi_reply_wait;		/* ticks it has waited in a sendrec
					 * for pi_blocked_on's answer, or 0 */
	uint32_t pi_irq_wait;		/* ticks since an interrupt it was
					 * told of and has not enabled its
					 * line again after, or 0 */
};

#define MAX_BOOT_MODULES	32	/* GET_IMAGE's entries at most */

struct boot_info {			/* one boot module, in boot.list order */
	char bi_name[PROC_NAME_LEN];
	endpoint_t bi_endpoint;		/* its process, or NONE */
	phys_bytes bi_base;		/* where GRUB put it */
	phys_bytes bi_size;		/* bytes of memory it has */
	uint32_t bi_flags;		/* BI_*: boot.list's words for it */
};

/* The words of a module's line in etc/boot.list that say what it is to
 * the system; the kernel takes them out of the program's arguments. */
#define BOOT_MODULE_WORDS(X) \
	X(BI_DATA,	"data",	0x1)	/* data, not a program (rootfs) */ \
	X(BI_CORE,	"core",	0x2)	/* the system cannot go on without
					   this instance: never restarted */ \
	X(BI_ROOT_FS,	"root",	0x4)	/* serves the root file system */

#define _BI_FLAG(FLAG, word, bit)	FLAG = bit,
enum boot_module_flag { BOOT_MODULE_WORDS(_BI_FLAG) };
#undef _BI_FLAG

#define KMESS_SIZE	8192

/* The kernel console's ring: everything kprintf and diagctl printed.
 * Byte number n (counted from boot) is in km_buf[n % KMESS_SIZE]; the
 * ring holds bytes km_next - KMESS_SIZE .. km_next - 1. */
struct kmessages {
	uint32_t km_next;
	uint32_t km_told;	/* the console's owner (tty) was told of, and
				   the screen shows, the bytes before this */
	char km_buf[KMESS_SIZE];
};

#endif
