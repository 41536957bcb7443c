/*
 * console.c - the kernel's printf, to COM1 and the VGA screen at once.
 *
 * Small on purpose: %d %i %u %x %X %p %s %c %%, with a width, '-' and '0'
 * flags and the 'l' size (ignored: long is 32 bits here).  Output is also
 * kept in a ring so that the log driver can read what the kernel said.
 *
 * Once the tty driver has the screen, the kernel draws nothing there: at
 * the next clock tick after it writes, it notifies tty (from SYSTEM),
 * which reads the ring and draws what is new, so that a machine without
 * a serial port shows the system's messages too.  Notifying from the
 * tick, not from kputc, keeps kprintf callable anywhere in the kernel.
 */
#include <stdarg.h>
#include "kernel.h"

char klog_buf[KLOG_SIZE];
bool kernel_vga = true;		/* until the tty driver takes the screen */
uint32_t klog_next;		/* bytes ever written; index is modulo */
static endpoint_t console_owner = NONE;	/* tty, once it has the screen */
uint32_t klog_told;		/* klog_next when it was last notified: the
				   screen shows what came before */

/* Messages about a process's faults and end are limited to
 * PROC_MSG_BURST a second (of uptime) for each process, so that a
 * program faulting in a loop cannot flood the console while every other
 * process is still heard of.  How many were left out is said once a
 * second (the clock calls kproc_msg_tick). */
#define PROC_MSG_BURST	10

static uint32_t left_out;

void kproc_msg_tick(void)
{
	if (left_out > 0)
		kprintf("kernel: %u messages about processes were left out\n",
			left_out);
	left_out = 0;
}

bool kproc_msg_ok(struct proc *p)
{
	if (uptime - p->p_msg_start >= HZ) {
		p->p_msg_start = uptime;
		p->p_msg_count = 0;
	}
	if (p->p_msg_count < PROC_MSG_BURST) {
		p->p_msg_count++;
		return true;
	}
	left_out++;
	return false;
}

/* owner (tty) has the screen: draw nothing more there, tell it instead. */
void console_taken(endpoint_t owner)
{
	if (console_owner == NONE)	/* the first: we drew until now */
		klog_told = klog_next;
	kernel_vga = false;
	console_owner = owner;	/* a restarted tty starts at klog_told */
}

/* Each clock tick: the screen's owner hears of messages written since. */
void console_tick(void)
{
	struct proc *p;

	if (console_owner == NONE || klog_told == klog_next
	    || ep_to_proc(console_owner, &p) != OK)
		return;		/* nothing new, or tty is being restarted */
	klog_told = klog_next;
	notify_from(SYSTEM, p);
}

void kputc(int c)
{
	klog_buf[klog_next++ % KLOG_SIZE] = c;
	if (c == '\n')
		serial_putc('\r');
	serial_putc(c);
	if (kernel_vga)
		vga_putc(c);
}

static void put_padded(const char *s, int len, int width, bool left, char pad)
{
	int i;

	if (!left)
		for (i = len; i < width; i++)
			kputc(pad);
	for (i = 0; i < len; i++)
		kputc(s[i]);
	if (left)
		for (i = len; i < width; i++)
			kputc(' ');
}

static int format_number(char *buf, uint32_t v, int base, bool upper,
	bool negative)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[12];
	int n = 0, len = 0;

	do {
		tmp[n++] = digits[v % base];
		v /= base;
	} while (v != 0);
	if (negative)
		buf[len++] = '-';
	while (n > 0)
		buf[len++] = tmp[--n];
	return len;
}

void kvprintf(const char *fmt, va_list ap)
{
	char buf[16];
	const char *s;
	int width, len;
	bool left;
	char pad;
	int32_t sv;

	for (; *fmt != '\0'; fmt++) {
		if (*fmt != '%') {
			kputc(*fmt);
			continue;
		}
		fmt++;
		left = (*fmt == '-');
		if (left)
			fmt++;
		pad = (*fmt == '0') ? '0' : ' ';
		for (width = 0; *fmt >= '0' && *fmt <= '9'; fmt++)
			width = width * 10 + (*fmt - '0');
		while (*fmt == 'l')
			fmt++;
		switch (*fmt) {
		case 'd': case 'i':
			sv = va_arg(ap, int32_t);
			len = format_number(buf, sv < 0 ? -(uint32_t) sv : (uint32_t) sv,
				10, false, sv < 0);
			put_padded(buf, len, width, left, pad);
			break;
		case 'u':
			len = format_number(buf, va_arg(ap, uint32_t), 10, false, false);
			put_padded(buf, len, width, left, pad);
			break;
		case 'x': case 'X': case 'p':
			len = format_number(buf, va_arg(ap, uint32_t), 16,
				*fmt == 'X', false);
			put_padded(buf, len, width, left, pad);
			break;
		case 's':
			s = va_arg(ap, const char *);
			if (s == NULL)
				s = "(null)";
			put_padded(s, strlen(s), width, left, ' ');
			break;
		case 'c':
			buf[0] = va_arg(ap, int);
			put_padded(buf, 1, width, left, ' ');
			break;
		case '\0':
			return;
		default:
			kputc(*fmt);
		}
	}
}

void kprintf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	kvprintf(fmt, ap);
	va_end(ap);
}
