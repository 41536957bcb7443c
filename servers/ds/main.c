/*
 * main.c - DS, the data store: a small key/value server.
 *
 * Services keep what they need across a restart here (their labels'
 * endpoints, driver-up events, state blobs).  Requests come in by
 * sendrec; every answer is a reply with a status.  A live update carries
 * the store and the subscriptions to the new version (lu.c).
 */
#include "ds.h"

typedef int (*ds_handler_t)(message *m);

static const ds_handler_t handlers[DS_LAST - DS_BASE + 1] = {
	[DS_PUBLISH - DS_BASE] = do_publish,
	[DS_RETRIEVE - DS_BASE] = do_retrieve,
	[DS_DELETE - DS_BASE] = do_delete,
	[DS_SUBSCRIBE - DS_BASE] = do_subscribe,
	[DS_CHECK - DS_BASE] = do_check,
	[DS_RETRIEVE_LABEL - DS_BASE] = do_retrieve_label,
};

static int dispatch(message *m)
{
	int nr = m->m_type - DS_BASE;

	if (nr < 0 || nr >= (int) (sizeof(handlers) / sizeof(handlers[0]))
	    || handlers[nr] == NULL)
		return -ENOSYS;
	return handlers[nr](m);
}

int main(void)
{
	message m;
	int r;

	sef_setcb_lu_state_save(ds_lu_save);
	sef_setcb_lu_state_restore(ds_lu_restore);
	sef_startup();
	r = sef_receive(ANY, &m);
	for (;;) {
		if (r != OK || is_notify(m.m_type)) {
			r = sef_receive(ANY, &m);
			continue;
		}
		m.m_type = dispatch(&m);
		/* The answer, and the next request, in one call. */
		r = sef_reply_receive(m.m_source, &m, ANY, NULL);
	}
}
