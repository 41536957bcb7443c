/*
 * fwcfg.c - extra boot options from QEMU's firmware configuration device.
 *
 * tools/vmrun passes test options (such as panic=exit) as the fw_cfg file
 * "opt/resurgo/cmdline", so that tests need not rebuild the ISO to change
 * the GRUB command line.  Only probed when CPUID says a hypervisor is
 * present and the device answers with QEMU's signature.
 *
 * Entry point: fwcfg_cmdline().
 */
#include "kernel.h"

#define FW_CFG_SELECT	0x510
#define FW_CFG_DATA	0x511
#define FW_CFG_SIGNATURE 0x0000
#define FW_CFG_FILE_DIR	0x0019
#define CPUID_HYPERVISOR (1u << 31)
#define FWCFG_NAME	"opt/resurgo/cmdline"

static void read_bytes(void *buf, size_t n)
{
	uint8_t *b = buf;

	while (n-- > 0)
		*b++ = inb(FW_CFG_DATA);
}

static uint32_t be32(uint32_t v)
{
	return (v >> 24) | ((v >> 8) & 0xFF00) | ((v << 8) & 0xFF0000) | (v << 24);
}

/* Append the fw_cfg command line, if any, to buf (of size len). */
void fwcfg_cmdline(char *buf, size_t len)
{
	struct { uint32_t size; uint16_t select, reserved; char name[56]; } f;
	uint32_t a, b, c, d, count, i, n;
	char sig[4];
	size_t used;

	cpuid(1, &a, &b, &c, &d);
	if (!(c & CPUID_HYPERVISOR))
		return;
	outw(FW_CFG_SELECT, FW_CFG_SIGNATURE);
	read_bytes(sig, 4);
	if (memcmp(sig, "QEMU", 4) != 0)
		return;
	outw(FW_CFG_SELECT, FW_CFG_FILE_DIR);
	read_bytes(&count, 4);
	count = be32(count);
	for (i = 0; i < count && i < 256; i++) {
		read_bytes(&f, sizeof(f));
		if (strncmp(f.name, FWCFG_NAME, sizeof(f.name)) != 0)
			continue;
		used = strlen(buf);
		if (used + 2 >= len)
			return;
		if (used > 0)
			buf[used++] = ' ';
		n = MIN(be32(f.size), len - used - 1);
		outw(FW_CFG_SELECT, (f.select >> 8) | ((f.select & 0xFF) << 8));
		read_bytes(buf + used, n);
		buf[used + n] = '\0';
		return;
	}
}
