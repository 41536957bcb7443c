/*
 * ds.c - the data store's client side.
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/ds.h>

static int ds_call(int type, message *m)
{
	int r;

	m->m_type = type;
	if ((r = ipc_sendrec(DS_PROC_EP, m)) != OK)
		return r;
	return m->m_type;
}

/* Copy key into a payload's key field; -EINVAL if it does not fit. */
static int put_key(char dst[DS_MAX_KEYLEN], const char *key)
{
	if (strlen(key) >= DS_MAX_KEYLEN)
		return -EINVAL;
	strcpy(dst, key);
	return OK;
}

/* A DS_PUBLISH of key, its value still to be filled in. */
static int start_publish(message *m, const char *key, int flags)
{
	memset(m, 0, sizeof(*m));
	m->m_ds_publish.flags = flags;
	m->m_ds_publish.grant = GRANT_INVALID;
	return put_key(m->m_ds_publish.key, key);
}

/* A DS_RETRIEVE of key, of type (0: any); answered in m. */
static int retrieve(message *m, const char *key, int type,
	cp_grant_id_t grant, size_t len)
{
	int r;

	memset(m, 0, sizeof(*m));
	if ((r = put_key(m->m_ds_retrieve.key, key)) != OK)
		return r;
	m->m_ds_retrieve.type = type;
	m->m_ds_retrieve.grant = grant;
	m->m_ds_retrieve.len = len;
	return ds_call(DS_RETRIEVE, m);
}

int ds_publish_u32(const char *key, uint32_t value, int flags)
{
	message m;
	int r;

	if ((r = start_publish(&m, key, DSF_TYPE_U32 | flags)) != OK)
		return r;
	m.m_ds_publish.u32 = value;
	return ds_call(DS_PUBLISH, &m);
}

int ds_retrieve_u32(const char *key, uint32_t *value)
{
	message m;
	int r;

	if ((r = retrieve(&m, key, DSF_TYPE_U32, GRANT_INVALID, 0)) != OK)
		return r;
	*value = m.m_ds_retrieve_reply.u32;
	return OK;
}

int ds_publish_mem(const char *key, const void *data, size_t len, int flags)
{
	cp_grant_id_t g;
	message m;
	int r;

	if ((r = start_publish(&m, key, DSF_TYPE_MEM | flags)) != OK)
		return r;
	if (len > DS_MAX_VALLEN)
		return -EINVAL;
	g = cpf_grant_direct(DS_PROC_EP, (vir_bytes) data, len, CPF_READ);
	if (g < 0)
		return g;
	m.m_ds_publish.grant = g;
	m.m_ds_publish.len = len;
	r = ds_call(DS_PUBLISH, &m);
	cpf_revoke(g);		/* ours: the answer overwrote the message */
	return r;
}

int ds_retrieve_mem(const char *key, void *data, size_t *len)
{
	cp_grant_id_t g;
	message m;
	int r;

	g = cpf_grant_direct(DS_PROC_EP, (vir_bytes) data, *len, CPF_WRITE);
	if (g < 0)
		return g;
	r = retrieve(&m, key, DSF_TYPE_MEM, g, *len);
	cpf_revoke(g);		/* ours: the answer overwrote the message */
	if (r == OK)
		*len = m.m_ds_retrieve_reply.len;
	return r;
}

int ds_delete(const char *key, int type)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	if ((r = put_key(m.m_ds_delete.key, key)) != OK)
		return r;
	m.m_ds_delete.type = type;
	return ds_call(DS_DELETE, &m);
}

int ds_publish_label(const char *label, endpoint_t ep, int flags)
{
	message m;
	int r;

	if ((r = start_publish(&m, label, DSF_TYPE_LABEL | flags)) != OK)
		return r;
	m.m_ds_publish.ep = ep;
	return ds_call(DS_PUBLISH, &m);
}

int ds_retrieve_label_endpt(const char *label, endpoint_t *ep)
{
	message m;
	int r;

	if ((r = retrieve(&m, label, DSF_TYPE_LABEL, GRANT_INVALID, 0)) != OK)
		return r;
	*ep = m.m_ds_retrieve_reply.ep;
	return OK;
}

int ds_subscribe(const char *pattern, int flags)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	if ((r = put_key(m.m_ds_subscribe.pattern, pattern)) != OK)
		return r;
	m.m_ds_subscribe.flags = flags;
	return ds_call(DS_SUBSCRIBE, &m);
}

/* key must have room for DS_MAX_KEYLEN bytes. */
int ds_check(char *key, int *type, endpoint_t *owner)
{
	const struct m_ds_check_reply *c;
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	if ((r = ds_call(DS_CHECK, &m)) != OK)
		return r;
	c = &m.m_ds_check_reply;
	memcpy(key, c->key, DS_MAX_KEYLEN);
	key[DS_MAX_KEYLEN - 1] = '\0';
	if (type != NULL)
		*type = c->type & DSF_TYPE_MASK;
	if (owner != NULL)
		*owner = c->owner;
	return OK;
}
