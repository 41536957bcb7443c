/*
 * policy.c - who may publish which key, and how many.
 *
 * DS serves the system's services, and ordinary programs may use it too;
 * neither may crowd out or impersonate the other.
 *
 *   Names.  A service (a process RS published a label for) publishes
 *   under its own label: "<label>.anything", and its driver-up events
 *   "drv.vfs.<label>" and "drv.net.<label>".  Nobody else can take those
 *   names first, not even before the service ever started, so a
 *   restarted driver always finds its keys.  An ordinary program
 *   publishes only under "user.".  RS, which publishes the labels, may
 *   write anything.
 *
 *   Room.  A service holds at most DS_SERVICE_KEYS keys; an ordinary
 *   process DS_USER_KEYS, and ordinary processes together DS_USERS_KEYS,
 *   so the services always have room.  A service's keys outlive it (its
 *   next instance takes them up); an ordinary process's are freed once it
 *   has gone, checked when room is short.
 *
 * Entry points: ds_may_publish(), ds_room_for(), ds_sweep_dead().
 */
#include <string.h>
#include "ds.h"

#define USER_PREFIX	"user."

static bool has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Is key in the namespace of the service labelled label? */
static bool in_service_space(const char *key, const char *label)
{
	size_t n = strlen(label);

	if (strncmp(key, label, n) == 0 && key[n] == '.')
		return true;
	if (has_prefix(key, DS_DRV_VFS))
		return strcmp(key + strlen(DS_DRV_VFS), label) == 0;
	if (has_prefix(key, DS_DRV_NET))
		return strcmp(key + strlen(DS_DRV_NET), label) == 0;
	return false;
}

/* May ep, which DS knows as owner (labelled: a service), publish key? */
int ds_may_publish(endpoint_t ep, const char *owner, bool labelled,
	const char *key)
{
	if (ep == RS_PROC_EP)
		return OK;
	if (labelled)
		return in_service_space(key, owner) ? OK : -EPERM;
	return has_prefix(key, USER_PREFIX) ? OK : -EPERM;
}

static int count_owned(const char *owner)
{
	int i, n = 0;

	for (i = 0; i < NR_DS_KEYS; i++)
		if (ds_store[i].in_use && strcmp(ds_store[i].owner, owner) == 0)
			n++;
	return n;
}

static int count_users(void)
{
	int i, n = 0;

	for (i = 0; i < NR_DS_KEYS; i++)
		if (ds_store[i].in_use && !ds_store[i].labelled)
			n++;
	return n;
}

/* Free the keys of ordinary processes that have ended. */
void ds_sweep_dead(void)
{
	struct proc_info pi;
	int i;

	for (i = 0; i < NR_DS_KEYS; i++) {
		struct data_store *e = &ds_store[i];

		if (!e->in_use || e->labelled
		    || sys_getproc(e->owner_ep, &pi) == OK)
			continue;
		ds_free_entry(e);
	}
}

static int check_room(endpoint_t ep, const char *owner, bool labelled)
{
	if (ep == RS_PROC_EP)
		return OK;
	if (labelled)
		return count_owned(owner) < DS_SERVICE_KEYS ? OK : -ENOSPC;
	if (count_owned(owner) >= DS_USER_KEYS)
		return -ENOSPC;
	return count_users() < DS_USERS_KEYS ? OK : -ENOSPC;
}

/* May owner hold one key more?  What dead processes held is freed first
 * if room is short. */
int ds_room_for(endpoint_t ep, const char *owner, bool labelled)
{
	int r;

	if ((r = check_room(ep, owner, labelled)) == OK)
		return OK;
	ds_sweep_dead();
	return check_room(ep, owner, labelled);
}
