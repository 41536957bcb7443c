/*
 * faultinj.c - the fault injector (docs/faults.md).
 *
 * It needs SYS_FAULTINJ, which only its system.conf entry grants, so it
 * runs as a service:
 *	service up /usr/sbin/faultinj -args "inject LABEL SEED"
 *		one fault, chosen by SEED, into the running driver LABEL;
 *		prints what it did (the same seed replays it)
 *	service up /usr/sbin/faultinj -args "campaign N SEED LABEL..."
 *		a campaign of N faults (campaign.c)
 *	service up /usr/sbin/faultinj -args "xor LABEL ADDR MASK"
 *		the word at ADDR (text or data, 4-aligned) XOR MASK: a fault
 *		named by hand, e.g. a variable's address from nm, for a
 *		regression test
 * Run as an ordinary program it is refused, and says so.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include "faultinj.h"

static int inject_one(const char *label, uint32_t seed)
{
	struct image im;
	struct fault f;
	endpoint_t ep;
	int r;

	if (image_load(label, &im) != 0) {
		printf("faultinj: cannot read /service/%s\n", label);
		return 1;
	}
	if ((ep = label_endpoint(label)) == NONE) {
		printf("faultinj: no running %s\n", label);
		return 1;
	}
	fault_pick(&im, seed, &f);
	if ((r = fault_inject(ep, &f)) != OK) {
		printf("faultinj: %s %s: refused: %s\n", label, f.desc,
			strerror(-r));
		return 1;
	}
	printf("faultinj: seed %lu: %s %s\n", (unsigned long) seed, label,
		f.desc);
	return 0;
}

static int xor_word(const char *label, uint32_t addr, uint32_t mask)
{
	struct fault f;
	endpoint_t ep;
	int r;

	if ((ep = label_endpoint(label)) == NONE) {
		printf("faultinj: no running %s\n", label);
		return 1;
	}
	memset(&f, 0, sizeof(f));
	f.kind = FI_MEM;
	f.where = addr & ~3u;
	f.mask = mask;
	if ((r = fault_inject(ep, &f)) != OK) {
		printf("faultinj: %s xor at %#lx: refused: %s\n", label,
			(unsigned long) f.where, strerror(-r));
		return 1;
	}
	printf("faultinj: %s word at %#lx xor %#lx\n", label,
		(unsigned long) f.where, (unsigned long) mask);
	return 0;
}

int main(int argc, char **argv)
{
	uint32_t seed;

	/* No target: a privileged caller hears EINVAL, anyone else is
	 * refused before the call is looked at. */
	if (sys_faultinj(NONE, 0, 0, 0, NULL, NULL) == -ECALLDENIED) {
		printf("faultinj: SYS_FAULTINJ refused: it runs only as the "
		    "faultinj service\n");
		return 1;
	}
	sef_startup();
	if (argc == 4 && strcmp(argv[1], "inject") == 0)
		return inject_one(argv[2], strtoul(argv[3], NULL, 0));
	if (argc == 5 && strcmp(argv[1], "xor") == 0)
		return xor_word(argv[2], strtoul(argv[3], NULL, 0),
			strtoul(argv[4], NULL, 0));
	if (argc >= 5 && strcmp(argv[1], "campaign") == 0) {
		seed = strtoul(argv[3], NULL, 0);
		return campaign(atoi(argv[2]), seed != 0 ? seed : 1, argv + 4,
			argc - 4);
	}
	printf("usage: faultinj inject LABEL SEED\n"
	    "       faultinj campaign N SEED LABEL...\n"
	    "       faultinj xor LABEL ADDR MASK\n");
	return 1;
}
