/*
 * printer.h - what the parts of the printer driver share: the parallel
 * port's registers and the functions of each file.
 */
#ifndef PRINTER_H
#define PRINTER_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <minix/driver.h>

#define LPT_BASE	0x378	/* LPT1 */
#define LPT_DATA	(LPT_BASE + 0)
#define LPT_STATUS	(LPT_BASE + 1)
#define LPT_CONTROL	(LPT_BASE + 2)
#define LPT_IRQ		7

/* Status register: two of the lines are active low. */
#define ST_NERROR	0x08	/* clear: the printer reports an error */
#define ST_SELECT	0x10	/* set: on line */
#define ST_PAPEROUT	0x20
#define ST_NACK		0x40	/* pulses low when a byte is taken */
#define ST_NBUSY	0x80	/* clear: busy */

/* Control register: INIT is active low. */
#define CTL_STROBE	0x01
#define CTL_AUTOFD	0x02
#define CTL_NINIT	0x04	/* clear: reset the printer */
#define CTL_SELECTIN	0x08
#define CTL_IRQEN	0x10	/* interrupt on ACK */

#define PRINTER_MINOR	0
#define HZ_TIMEOUT	(10 * HZ)	/* busy this long: the write fails */

enum lpt_state {
	LPT_READY,
	LPT_BUSY,
	LPT_NOPAPER,
	LPT_OFFLINE,
	LPT_FAULT,
	LPT_ABSENT,
};

/* lpt.c: the port. */
bool lpt_init(void);
enum lpt_state lpt_poll(void);
void lpt_put(uint8_t byte);
const char *lpt_why(enum lpt_state s);

/* job.c: the writes, in the order they came. */
int job_submit(const struct driver_req *req, endpoint_t owner,
	cp_grant_id_t grant, size_t size, int flags);
void job_intr(void);
void job_tick(void);
void job_cancel(endpoint_t user, uint32_t id);
size_t job_state_size(void);
void job_state_get(void *buf);
void job_state_set(const void *buf);

/* lpt.c's knowledge of the port, for a live update. */
bool lpt_present(void);
void lpt_set_present(bool there);

/* lu.c: a live update hands the queue and the port to the new version. */
int lp_lu_save(int state, uint32_t *version);
int lp_lu_restore(uint32_t version, size_t len);

#endif
