/*
 * bootbench - the boot's figures for make bench.
 *
 *	bootbench TSC
 *
 * TSC is the shell's $SH_PROMPT_TSC: the TSC when it had shown its first
 * prompt.  The kernel's TSC at its first instructions comes from PM's
 * sysinfo (the kernel's getinfo).  Under QEMU -icount shift=0 the TSC
 * counts guest instructions since reset, so these are instruction counts:
 * reset to the prompt, reset to the kernel (BIOS and GRUB) and the
 * kernel's start to the prompt.  Without -icount they are cycles.
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <minix/ipc.h>
#include <minix/sysinfo.h>

int main(int argc, char **argv)
{
	struct pm_sysinfo si;
	unsigned long long prompt, entry;
	char *end;

	if (argc != 2 || !*argv[1]) {
		fprintf(stderr, "usage: bootbench $SH_PROMPT_TSC\n");
		return 2;
	}
	prompt = strtoull(argv[1], &end, 10);
	if (*end) {
		fprintf(stderr, "bootbench: not a number: %s\n", argv[1]);
		return 2;
	}
	if (getsysinfo(&si) < 0) {
		perror("bootbench: getsysinfo");
		return 1;
	}
	entry = si.si_kernel_entry_tsc;
	if (entry == 0 || entry > prompt) {
		fprintf(stderr, "bootbench: kernel entry TSC %llu unusable\n",
			entry);
		return 1;
	}
	printf("bench: boot_to_prompt %llu instructions\n", prompt);
	printf("bench: boot_to_kernel %llu instructions\n", entry);
	printf("bench: boot_kernel_to_prompt %llu instructions\n",
		prompt - entry);
	return 0;
}
