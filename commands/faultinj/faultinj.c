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
	if (argc >= 5 && strcmp(argv[1], "campaign") == 0) {
		seed = strtoul(argv[3], NULL, 0);
		return campaign(atoi(argv[2]), seed != 0 ? seed : 1, argv + 4,
			argc - 4);
	}
	printf("usage: faultinj inject LABEL SEED\n"
	    "       faultinj campaign N SEED LABEL...\n");
	return 1;
}
