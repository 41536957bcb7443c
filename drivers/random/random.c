/*
 * random.c - /dev/random and /dev/urandom.
 *
 * A ChaCha20 generator whose key is built from what is unpredictable on
 * a PC: the time-stamp counter read around kernel calls (their duration
 * jitters with interrupts and caches), the battery-backed clock, and
 * anything written to the device.  Each request stirs in fresh timing
 * and, once done, replaces the key with generator output (so what was
 * handed out cannot be recomputed from a later key).  Both minors behave
 * alike: reads never block.
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/driver.h>
#include "random.h"

#define RANDOM_MINOR	0
#define URANDOM_MINOR	1
#define CHUNK		256

static uint32_t key[8];
static uint32_t nonce[3];
static uint32_t counter;

static uint64_t rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t) hi << 32) | lo;
}

/* Fold data into the key (then the generator mixes it thoroughly). */
static void stir(const void *data, size_t len)
{
	const uint8_t *p = data;
	size_t i;

	for (i = 0; i < len; i++)
		key[i % 8] = (key[i % 8] << 5 | key[i % 8] >> 27) ^ p[i]
			^ (uint32_t) i * 0x9E3779B9u;
}

static void stir_timing(void)
{
	uint64_t t[4];
	uint32_t up;
	int i;

	for (i = 0; i < 4; i++) {
		t[i] = rdtsc();
		(void) sys_times(NONE, NULL, NULL, &up, NULL);
	}
	stir(t, sizeof(t));
	stir(&up, sizeof(up));
}

/* A new key from the generator itself: the old one cannot be recovered. */
static void rekey(void)
{
	uint8_t block[64];

	chacha20_block(key, counter++, nonce, block);
	memcpy(key, block, sizeof(key));
	memcpy(nonce, block + 32, sizeof(nonce));
}

static ssize_t random_read(endpoint_t owner, cp_grant_id_t grant,
	size_t count)
{
	uint8_t block[64];
	size_t done = 0, n;
	int r;

	stir_timing();
	rekey();
	while (done < count) {
		chacha20_block(key, counter++, nonce, block);
		n = count - done < sizeof(block) ? count - done : sizeof(block);
		if ((r = sys_safecopyto(owner, grant, done, block, n)) != OK)
			return done > 0 ? (ssize_t) done : r;
		done += n;
	}
	rekey();
	memset(block, 0, sizeof(block));
	return done;
}

static ssize_t random_write(endpoint_t owner, cp_grant_id_t grant,
	size_t count)
{
	uint8_t buf[CHUNK];
	size_t done = 0, n;
	int r;

	while (done < count) {
		n = count - done < sizeof(buf) ? count - done : sizeof(buf);
		if ((r = sys_safecopyfrom(owner, grant, done, buf, n)) != OK)
			return done > 0 ? (ssize_t) done : r;
		stir(buf, n);
		done += n;
	}
	rekey();
	return done;
}

static int random_open(int minor, int access, const struct driver_req *req)
{
	return minor == RANDOM_MINOR || minor == URANDOM_MINOR ? OK : -ENXIO;
}

static int random_close(int minor, const struct driver_req *req)
{
	return OK;
}

static ssize_t random_transfer(int minor, int write, uint64_t pos,
	endpoint_t owner, cp_grant_id_t grant, size_t off, size_t count,
	int flags, const struct driver_req *req)
{
	if (minor != RANDOM_MINOR && minor != URANDOM_MINOR)
		return -ENXIO;
	return write ? random_write(owner, grant, count)
		: random_read(owner, grant, count);
}

static const struct driver random_driver = {
	.dr_name = "random",
	.dr_open = random_open,
	.dr_close = random_close,
	.dr_transfer = random_transfer,
};

/* Live update: the generator's state is the record, so that the new
 * version neither starts from less entropy nor repeats output. */
struct random_record {
	uint32_t key[8];
	uint32_t nonce[3];
	uint32_t counter;
};
#define RANDOM_RECORD_V1	1

static int lu_save(int state, uint32_t *version)
{
	struct random_record rec;
	int r;

	*version = RANDOM_RECORD_V1;
	memcpy(rec.key, key, sizeof(key));
	memcpy(rec.nonce, nonce, sizeof(nonce));
	rec.counter = counter;
	r = sef_lu_put(&rec, sizeof(rec));
	memset(&rec, 0, sizeof(rec));
	return r;
}

static int lu_restore(uint32_t version, size_t len)
{
	struct random_record rec;
	int r;

	if (version != RANDOM_RECORD_V1 || len != sizeof(rec))
		return -ENOTSUP;
	if ((r = sef_lu_get(&rec, sizeof(rec))) != OK)
		return r;
	memcpy(key, rec.key, sizeof(key));
	memcpy(nonce, rec.nonce, sizeof(nonce));
	counter = rec.counter;
	memset(&rec, 0, sizeof(rec));
	stir_timing();			/* and a little more */
	rekey();
	return OK;
}

/* The first key: the clock, the CMOS time and a burst of timings (a
 * live update's new version has the old one's, lu_restore). */
static int init(int type, sef_init_info_t *info)
{
	uint32_t cmos[6], i;

	if (type == SEF_INIT_LU)
		return OK;

	for (i = 0; i < 6; i++) {
		cmos[i] = 0;
		(void) sys_outb(0x70, i * 2 > 8 ? i + 4 : i * 2);
		(void) sys_inb(0x71, &cmos[i]);
	}
	stir(cmos, sizeof(cmos));
	for (i = 0; i < 32; i++)
		stir_timing();
	rekey();
	return OK;
}

int main(void)
{
	sef_setcb_lu_state_save(lu_save);
	sef_setcb_lu_state_restore(lu_restore);
	driver_startup(init);
	driver_task(&random_driver);
	return 0;
}
