/*
 * faultinj.h - the fault injector's parts (see faultinj.c).
 */
#ifndef _FAULTINJ_H
#define _FAULTINJ_H

#include <stdint.h>
#include <minix/endpoint.h>
#include <minix/types.h>

#define FI_DESC_LEN	128

/* A driver's image, from its binary: where its text and data lie. */
struct image {
	uint8_t *text;			/* the text's bytes, as loaded */
	vir_bytes text_va;
	uint32_t text_len;
	vir_bytes data_va;		/* data and bss */
	uint32_t data_len;
};

/* One fault, chosen from a seed: enough to inject and to undo it. */
struct fault {
	int kind;			/* FI_* for the kernel call */
	uint32_t where, mask;
	int is_text;			/* a text fault: XOR again undoes it */
	char desc[FI_DESC_LEN];		/* what it is, for the log */
};

/* rand.c */
uint32_t fi_rand(uint32_t *state);
uint32_t fi_below(uint32_t *state, uint32_t n);
uint32_t fi_mix(uint32_t seed, uint32_t i);

/* image.c */
int image_load(const char *label, struct image *im);

/* pick.c */
void fault_pick(const struct image *im, uint32_t seed, struct fault *f);
int fault_inject(endpoint_t ep, struct fault *f);
int fault_undo(endpoint_t ep, const struct fault *f);

/* workload.c */
#define WL_OK		0	/* the data came back right */
#define WL_ERROR	1	/* the request failed (allowed while recovering) */
#define WL_BAD		2	/* the data came back wrong */
int workload_init(void);
int workload_run(const char *label, uint32_t round);

/* campaign.c */
int campaign(int n, uint32_t seed, char **labels, int nlabels);
endpoint_t label_endpoint(const char *label);

#endif
