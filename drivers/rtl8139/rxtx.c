/*
 * rxtx.c - the RTL8139's receive ring and its four transmit slots.
 *
 * One block of DMA memory holds both.  Receive: the card writes frames
 * into the ring one after another (rxring.h); the driver copies the one
 * at its read offset to the client and moves CAPR past it, which frees
 * the space.  A frame with no receive waiting stays in the ring; when
 * the ring is full the card drops frames and counts them (MPC).
 * Transmit: a frame is copied into the buffer of the next slot, in turn,
 * and its length written to the slot's status register, which starts the
 * card; the card sets TOK (or an error) when it is done.
 *
 * Entry points: rxtx_init(), rxtx_start(), rxtx_send(), rxtx_recv(),
 * rxtx_reclaim(), rxtx_stat().
 */
#include <string.h>
#include <minix/syslib.h>
#include "rtl8139.h"

/* The ring, and past it the 16 bytes the card may also write, rounded
 * to a page: the transmit buffers follow. */
#define RING_ALLOC	(RX_RING + 4096)
#define TX_OFF(i)	(RING_ALLOC + (i) * TX_BUF)
#define BLOCK_SIZE	TX_OFF(TX_SLOTS)

#define barrier()	__asm__ volatile("" ::: "memory")

static uint8_t *block;
static phys_bytes block_phys;
static uint32_t rx_off;			/* the next header */
static unsigned tx_next, tx_done, tx_busy;	/* slots, in turn */
static uint32_t rx_bad, tx_bad, collisions;

int rxtx_init(void)
{
	return alloc_dma(BLOCK_SIZE, (void **) &block, &block_phys);
}

/* Tell the (freshly reset) card where the ring and the slots are. */
void rxtx_start(void)
{
	int i;

	rl_out(4, RL_RBSTART, block_phys);
	for (i = 0; i < TX_SLOTS; i++)
		rl_out(4, RL_TSAD(i), block_phys + TX_OFF(i));
	rx_off = 0;
	tx_next = tx_done = tx_busy = 0;
}

/* Take back the slots the card is done with, in the order used. */
void rxtx_reclaim(void)
{
	uint32_t s;

	while (tx_busy > 0) {
		s = rl_in(4, RL_TSD(tx_done));
		if (!(s & (TSD_TOK | TSD_TUN | TSD_TABT)))
			break;
		if (!(s & TSD_TOK))
			tx_bad++;
		if (s & TSD_TABT)	/* the card waits: let it go on */
			rl_out(4, RL_TCR, rl_in(4, RL_TCR) | TCR_CLRABT);
		collisions += TSD_NCC(s);
		tx_done = (tx_done + 1) % TX_SLOTS;
		tx_busy--;
	}
}

int rxtx_send(const struct netdriver_data *data, size_t len)
{
	uint8_t *buf = block + TX_OFF(tx_next);
	int r;

	if (tx_busy == TX_SLOTS)
		rxtx_reclaim();
	if (tx_busy == TX_SLOTS)
		return -EBUSY;
	if ((r = netdriver_copyin(data, 0, buf, len)) != OK)
		return r;
	if (len < FRAME_PAD) {
		memset(buf + len, 0, FRAME_PAD - len);
		len = FRAME_PAD;
	}
	barrier();
	rl_out(4, RL_TSD(tx_next), len | TSD_ERTXTH(48));
	tx_next = (tx_next + 1) % TX_SLOTS;
	tx_busy++;
	return OK;
}

/* The frame at rx_off is read: the card may use its space again. */
static void rx_advance(uint32_t next)
{
	rx_off = next;
	rl_out(2, RL_CAPR, (next - 16) & 0xFFFF);
}

/* The ring is out of step: the receiver starts over, empty (writing
 * the configuration again puts the card's offsets at 0). */
static void rx_restart(void)
{
	uint32_t rcr = rl_in(4, RL_RCR);

	rl_out(1, RL_CR, CR_TE);
	rl_out(1, RL_CR, CR_TE | CR_RE);
	rl_out(4, RL_RBSTART, block_phys);
	rl_out(4, RL_RCR, rcr);
	rx_advance(0);
}

ssize_t rxtx_recv(const struct netdriver_data *data, size_t max)
{
	struct rxr_frame f;
	enum rxr_kind k;
	int r;

	for (;;) {
		if (rl_in(1, RL_CR) & CR_BUFE)
			return -EAGAIN;
		barrier();
		k = rxr_parse(block, RX_RING, rx_off, &f);
		if (k == RXR_LOST) {
			rx_bad++;
			rx_restart();
			return -EAGAIN;
		}
		if (k == RXR_FRAME && f.rf_len <= max)
			break;
		rx_bad++;
		rx_advance(f.rf_next);
	}
	r = netdriver_copyout(data, 0, block + f.rf_data, f.rf_first);
	if (r == OK && f.rf_first < f.rf_len)
		r = netdriver_copyout(data, f.rf_first, block,
			f.rf_len - f.rf_first);
	rx_advance(f.rf_next);
	return r == OK ? (ssize_t) f.rf_len : r;
}

void rxtx_stat(struct ndev_stat *st)
{
	st->ns_rx_errors += rx_bad;
	st->ns_tx_errors += tx_bad;
	st->ns_collisions += collisions;
}
