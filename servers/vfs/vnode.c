/*
 * vnode.c - VFS's view of files: one vnode per inode in use.
 *
 * A vnode holds VFS's references (v_ref) and stands for the references
 * VFS holds at the file server (v_fs_refs: one per successful lookup or
 * create).  When the last VFS reference goes, the file server's go back
 * in one REQ_PUTNODE.  Pipes and sockets have vnodes with no file server
 * behind them.
 *
 * Every lookup, open and create asks for the vnode of an inode, so those
 * of inodes are found through a hash of (file system, inode) rather than
 * a walk over the table, and a free one is looked for from where the
 * last search stopped.
 */
#include <string.h>
#include <stdlib.h>
#include "vfs.h"

struct vnode vnode[NR_VNODES];
struct vnode *root_vnode;

#define VHASH_SIZE	256		/* chains: a power of two */

static struct vnode *vhash[VHASH_SIZE];
static int free_rover;			/* where to look for a free vnode */

_Static_assert((VHASH_SIZE & (VHASH_SIZE - 1)) == 0, "VHASH_SIZE");

static struct vnode **vhash_chain(const struct vmnt *vmp, ino_nr_t ino)
{
	uint32_t h = (uint32_t) ino * 2654435761u ^ (uint32_t) (uintptr_t) vmp;

	return &vhash[(h ^ h >> 16) & (VHASH_SIZE - 1)];
}

static struct vnode *find_vnode(struct vmnt *vmp, ino_nr_t ino)
{
	struct vnode *vp;

	for (vp = *vhash_chain(vmp, ino); vp != NULL; vp = vp->v_hash_next)
		if (vp->v_vmnt == vmp && vp->v_ino == ino)
			return vp;
	return NULL;
}

/* vp (of a file server) leaves its hash chain: it is being freed. */
static void vhash_remove(struct vnode *vp)
{
	struct vnode **xpp = vhash_chain(vp->v_vmnt, vp->v_ino);

	while (*xpp != vp) {
		assert(*xpp != NULL);
		xpp = &(*xpp)->v_hash_next;
	}
	*xpp = vp->v_hash_next;
}

static struct vnode *free_vnode(void)
{
	int i, n;

	for (n = 0; n < NR_VNODES; n++) {
		i = (free_rover + n) % NR_VNODES;
		if (vnode[i].v_ref == 0) {
			free_rover = (i + 1) % NR_VNODES;
			return &vnode[i];
		}
	}
	return NULL;
}

void update_vnode(struct vnode *vp, const struct m_fs_node *node)
{
	vp->v_mode = node->mode;
	vp->v_uid = node->uid;
	vp->v_gid = node->gid;
	vp->v_size = node->size;
	vp->v_rdev = node->rdev;
	vp->v_nlinks = node->nlinks;
}

/* The vnode for an inode the file server just gave us a reference to.
 * NULL (and the reference given back) when the table is full. */
struct vnode *get_vnode(struct vmnt *vmp, const struct m_fs_node *node)
{
	struct vnode *vp = find_vnode(vmp, node->ino);

	if (vp == NULL) {
		if ((vp = free_vnode()) == NULL) {
			(void) req_putnode(vmp, node->ino, 1);
			return NULL;
		}
		memset(vp, 0, sizeof(*vp));
		vp->v_vmnt = vmp;
		vp->v_ino = node->ino;
		vp->v_hash_next = *vhash_chain(vmp, node->ino);
		*vhash_chain(vmp, node->ino) = vp;
	}
	vp->v_ref++;
	vp->v_fs_refs++;
	update_vnode(vp, node);
	return vp;
}

/* A vnode for an anonymous pipe: no file server behind it. */
struct vnode *new_pipe_vnode(void)
{
	struct vnode *vp = free_vnode();

	if (vp == NULL)
		return NULL;
	memset(vp, 0, sizeof(*vp));
	if ((vp->v_pipe = new_pipe()) == NULL)
		return NULL;
	vp->v_ref = 1;
	vp->v_mode = S_IFIFO | 0600;
	return vp;
}

/* A vnode for a socket of domain dom (sdev.c): nothing behind it but
 * the socket driver, which names the socket once it has made it. */
struct vnode *new_sock_vnode(int dom)
{
	struct vnode *vp = free_vnode();

	if (vp == NULL)
		return NULL;
	memset(vp, 0, sizeof(*vp));
	vp->v_ref = 1;
	vp->v_mode = S_IFSOCK | 0777;
	vp->v_sock = -1;
	vp->v_sock_dom = dom;
	vp->v_sock_ep = NONE;
	return vp;
}

/* Another reference to a vnode in use. */
void dup_vnode(struct vnode *vp)
{
	assert(vp->v_ref > 0);
	vp->v_ref++;
}

/* Drop a reference; the last one frees the vnode (and the file
 * server's references).  NULL: nothing to drop. */
void put_vnode(struct vnode *vp)
{
	if (vp == NULL)
		return;
	assert(vp->v_ref > 0);
	if (--vp->v_ref > 0)
		return;
	assert(vp->v_nr_locks == 0);	/* a close released them (lock.c) */
	if (vp->v_vmnt != NULL && vp->v_fs_refs > 0)
		(void) req_putnode(vp->v_vmnt, vp->v_ino, vp->v_fs_refs);
	if (vp->v_vmnt != NULL)
		vhash_remove(vp);
	free(vp->v_pipe);
	memset(vp, 0, sizeof(*vp));
}
