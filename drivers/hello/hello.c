/*
 * hello.c - /dev/hello, the example driver.  Copy it to write a
 * character driver.
 *
 * Reading /dev/hello gives a greeting ("Hello, World!" and a newline),
 * then end of file.  The driver also counts the reads it has answered,
 * and the count survives both a crash and a live update to a new
 * version: in a system whose drivers are restarted and replaced, state
 * that matters must be able to leave the driver.
 *
 * A driver is a process that runs libdriver's loop:
 *
 *   main()		driver_startup(init) does the handshake with RS and
 *			runs init(); driver_task() then receives requests
 *			for ever and calls the functions in hello_driver.
 *   init()		SEF_INIT_FRESH: the count starts at zero.
 *			SEF_INIT_RESTART (RS started us again after a crash,
 *			a kill or a hang): the count the dead instance saved.
 *			SEF_INIT_LU (a live update): the count the running
 *			version handed over, already taken up by lu_restore.
 *   hello_open/close	check the minor and the access mode.
 *   hello_transfer	copies the greeting to the reader through the
 *			grant VFS made of its buffer: a driver never sees
 *			another process's addresses.
 *   hello_ioctl	HIOCGETREADS: the count (the hellocount command).
 *   lu_save/restore	the count as the live update's state record.
 *
 * The count is kept in DS, the data store, as a struct hello_state
 * (<minix/hello.h>) under "<label>.state".  DS keeps a key for the label
 * that first published it, so only hello's instances may change it.
 * A crash gives no warning, so the record is saved every time the count
 * changes.  DS knows our label only once init() has answered RS, so the
 * first save comes after driver_startup().  A live update hands the same
 * record to the new version (docs/liveupdate.md); which greeting and
 * which layout of the record a version has is its version file's (v1.c,
 * drivers/hello.v2/v2.c).
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/driver.h>
#include <minix/ds.h>
#include "hello.h"

#define HELLO_MINOR	0

_Static_assert(RS_LABEL_LEN - 1 + sizeof(HELLO_STATE_SUFFIX) <= DS_MAX_KEYLEN,
	"every label leaves room for the suffix in a DS key");

static struct hello_state state;	/* what a restart must not lose */

/* Our key in DS: "<label>.state". */
static void state_key(char *key)
{
	snprintf(key, DS_MAX_KEYLEN, "%s%s", sef_self_label(),
		HELLO_STATE_SUFFIX);
}

/* The bytes of the record this version writes. */
static size_t record_size(void)
{
	return hello_version.hv_record >= HELLO_STATE_V2 ? sizeof(state)
		: HELLO_STATE_V1_SIZE;
}

/* Take up a record of any version: a later layout only adds fields, so
 * the fields this version knows are where it expects them. */
static int take_record(const struct hello_state *saved, size_t len)
{
	if (len < HELLO_STATE_V1_SIZE || saved->hs_version < HELLO_STATE_V1)
		return -EINVAL;
	state.hs_reads = saved->hs_reads;
	state.hs_updates = saved->hs_version >= HELLO_STATE_V2
		&& len >= sizeof(*saved) ? saved->hs_updates : 0;
	return OK;
}

static void save_state(void)
{
	char key[DS_MAX_KEYLEN];
	int r;

	state_key(key);
	r = ds_publish_mem(key, &state, record_size(), DSF_OVERWRITE);
	if (r != OK)
		printf("hello: cannot save the count in DS: %s\n",
			strerror(-r));
}

/* Take up the record the previous instance saved, if it is one we can
 * read.  Returns OK or a negated error. */
static int restore_state(void)
{
	struct hello_state saved;
	size_t len = sizeof(saved);
	char key[DS_MAX_KEYLEN];
	int r;

	state_key(key);
	if ((r = ds_retrieve_mem(key, &saved, &len)) != OK)
		return r;
	return take_record(&saved, len);
}

static int hello_open(int minor, int access, const struct driver_req *req)
{
	if (minor != HELLO_MINOR)
		return -ENXIO;
	if (access & CDEV_W_BIT)
		return -EACCES;		/* there is nothing to write */
	return OK;
}

static int hello_close(int minor, const struct driver_req *req)
{
	return OK;
}

/* A read from pos: the greeting, then end of file.  A read that carries
 * some of the greeting counts; the end-of-file read after it does not,
 * so one `cat /dev/hello` counts one. */
static ssize_t hello_transfer(int minor, int write, uint64_t pos,
	endpoint_t owner, cp_grant_id_t grant, size_t off, size_t count,
	int flags, const struct driver_req *req)
{
	const char *msg = hello_version.hv_msg;
	size_t len = strlen(msg);
	int r;

	if (minor != HELLO_MINOR)
		return -ENXIO;
	if (write)
		return -EIO;
	if (pos >= len || count == 0)
		return 0;
	if (count > len - pos)
		count = len - pos;
	r = sys_safecopyto(owner, grant, off, msg + pos, count);
	if (r != OK)
		return r;
	state.hs_reads++;
	save_state();
	return count;
}

/* The ioctl's argument is behind the grant, like a read's buffer. */
static int hello_ioctl(int minor, unsigned long request, endpoint_t owner,
	cp_grant_id_t grant, const struct driver_req *req)
{
	if (minor != HELLO_MINOR)
		return -ENXIO;
	if (request != HIOCGETREADS)
		return -ENOTTY;
	return sys_safecopyto(owner, grant, 0, &state.hs_reads,
		sizeof(state.hs_reads));
}

/* No dr_select: reads never wait, so libdriver answers "ready". */
static const struct driver hello_driver = {
	.dr_name = "hello",
	.dr_open = hello_open,
	.dr_close = hello_close,
	.dr_transfer = hello_transfer,
	.dr_ioctl = hello_ioctl,
};

/* Live update, the running version's side: the count is the record. */
static int lu_save(int lu_state, uint32_t *version)
{
	*version = hello_version.hv_record;
	return sef_lu_put(&state, record_size());
}

/* The new version's side: the running version's record, of whatever
 * layout (its version says which). */
static int lu_restore(uint32_t version, size_t len)
{
	struct hello_state saved;
	size_t n = len < sizeof(saved) ? len : sizeof(saved);
	int r;

	memset(&saved, 0, sizeof(saved));
	if ((r = sef_lu_get(&saved, n)) != OK)
		return r;
	if (saved.hs_version != version)
		return -EINVAL;
	return take_record(&saved, n);
}

/* Runs before the first request.  A failure returned here would count
 * as a crash and RS would try again, so a record that cannot be read
 * costs the count, not the driver. */
static int init(int type, sef_init_info_t *info)
{
	int r;

	state.hs_version = hello_version.hv_record;
	if (type == SEF_INIT_LU) {	/* lu_restore has the count */
		state.hs_updates++;
		return OK;
	}
	state.hs_reads = state.hs_updates = 0;
	if (type == SEF_INIT_RESTART && (r = restore_state()) != OK)
		printf("hello: no count to take up (%s); counting from 0\n",
			strerror(-r));
	return OK;
}

int main(void)
{
	sef_setcb_lu_state_save(lu_save);
	sef_setcb_lu_state_restore(lu_restore);
	driver_startup(init);
	save_state();		/* a fresh count replaces an older record */
	driver_task(&hello_driver);
	return 0;
}
