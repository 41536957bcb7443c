/*
 * sef_impl.h - what SEF's files share (lib/libsys/sef*.c).
 */
#ifndef _SEF_IMPL_H
#define _SEF_IMPL_H

#include <minix/sef.h>

/* sef.c */
void sef_set_label(const char *label);
int sef_run_init(int type, sef_init_info_t *info);

/* sef_lu.c: the running version's side, and the parts of the record. */
bool sef_lu_request(const message *m);
bool sef_lu_check(void);
int sef_lu_parts_prepare(int state);
bool sef_lu_updatable(void);
void sef_lu_parts_commit(void);
void sef_lu_parts_resume(void);

/* sef_lu_new.c: the new version's side. */
void sef_lu_init(const message *m);

/* sef_lu_record.c: the state record. */
int sef_lu_record_save(int state, void **buf, size_t *len);
int sef_lu_record_restore(const void *buf, size_t len);
const struct sef_lu_part *sef_lu_find_part(uint32_t tag);
const struct sef_lu_part *sef_lu_part_at(int i);

/* asynsend.c: messages not yet delivered travel in the record. */
extern const struct sef_lu_part sef_asyn_part;

#endif
