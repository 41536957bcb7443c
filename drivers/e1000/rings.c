/*
 * rings.c - the e1000's descriptor rings and the buffers they point at.
 *
 * One block of DMA memory holds both rings and a 2 KiB buffer per
 * descriptor.  Receive: every descriptor but one is the card's; it
 * fills them in order and sets DD, and the driver copies the frame out
 * to the client and gives the descriptor back by moving the tail (RDT)
 * onto it.  A frame with no receive waiting stays in its descriptor.
 * Transmit: the driver copies a frame into the buffer of the slot at
 * the tail, sets its descriptor and moves the tail (TDT); the card sets
 * DD when it has sent it, and the slot is taken back (rings_reclaim).
 *
 * Entry points: rings_init(), rings_start(), rings_send(), rings_recv(),
 * rings_reclaim(), rings_stat().
 */
#include <string.h>
#include <minix/syslib.h>
#include "e1000.h"

/* The block: descriptors first, then the buffers, page aligned. */
#define RX_DESC_OFF	0
#define TX_DESC_OFF	(RX_SLOTS * sizeof(struct rx_desc))
#define BUF_OFF		4096
#define RX_BUF_OFF(i)	(BUF_OFF + (i) * BUF_SIZE)
#define TX_BUF_OFF(i)	(BUF_OFF + (RX_SLOTS + (i)) * BUF_SIZE)
#define BLOCK_SIZE	(BUF_OFF + (RX_SLOTS + TX_SLOTS) * BUF_SIZE)

_Static_assert(TX_DESC_OFF + TX_SLOTS * sizeof(struct tx_desc) <= BUF_OFF,
	"the descriptors fit before the buffers");

/* Keep the compiler from moving memory accesses across the card's. */
#define barrier()	__asm__ volatile("" ::: "memory")

static uint8_t *block;			/* as we see it */
static phys_bytes block_phys;		/* as the card does */
static volatile struct rx_desc *rxd;
static volatile struct tx_desc *txd;
static unsigned rx_next;		/* the next descriptor to look at */
static struct ring tx;
static uint32_t rx_bad, tx_bad;		/* frames the card got wrong */

/* The memory for the rings; the descriptors point at their buffers. */
int rings_init(void)
{
	int i, r;

	if ((r = alloc_dma(BLOCK_SIZE, (void **) &block, &block_phys)) != OK)
		return r;
	rxd = (volatile struct rx_desc *) (block + RX_DESC_OFF);
	txd = (volatile struct tx_desc *) (block + TX_DESC_OFF);
	for (i = 0; i < RX_SLOTS; i++)
		rxd[i].rd_addr = block_phys + RX_BUF_OFF(i);
	return OK;
}

/* Tell the (freshly reset) card where the rings are. */
void rings_start(void)
{
	e1000_wr(REG_RDBAL, block_phys + RX_DESC_OFF);
	e1000_wr(REG_RDBAH, 0);
	e1000_wr(REG_RDLEN, RX_SLOTS * sizeof(struct rx_desc));
	e1000_wr(REG_RDH, 0);
	e1000_wr(REG_RDT, RX_SLOTS - 1);
	e1000_wr(REG_RDTR, 0);			/* interrupt at once */
	e1000_wr(REG_TDBAL, block_phys + TX_DESC_OFF);
	e1000_wr(REG_TDBAH, 0);
	e1000_wr(REG_TDLEN, TX_SLOTS * sizeof(struct tx_desc));
	e1000_wr(REG_TDH, 0);
	e1000_wr(REG_TDT, 0);
	rx_next = 0;
	ring_init(&tx, TX_SLOTS);
}

/* Take back the transmit slots the card is done with. */
void rings_reclaim(void)
{
	volatile struct tx_desc *d;

	while (ring_busy(&tx) > 0) {
		d = &txd[tx.r_done];
		if (!(d->td_status & TXD_DD))
			break;
		if (d->td_status & (TXD_EC | TXD_LC))
			tx_bad++;
		ring_take(&tx);
	}
}

int rings_send(const struct netdriver_data *data, size_t len)
{
	volatile struct tx_desc *d;
	uint8_t *buf;
	int r;

	if (ring_full(&tx))
		rings_reclaim();
	if (ring_full(&tx))
		return -EBUSY;
	buf = block + TX_BUF_OFF(tx.r_next);
	if ((r = netdriver_copyin(data, 0, buf, len)) != OK)
		return r;
	if (len < FRAME_PAD) {
		memset(buf + len, 0, FRAME_PAD - len);
		len = FRAME_PAD;
	}
	d = &txd[tx.r_next];
	d->td_addr = block_phys + TX_BUF_OFF(tx.r_next);
	d->td_length = len;
	d->td_cmd = TXD_EOP | TXD_IFCS | TXD_RS;
	d->td_status = 0;
	barrier();
	ring_fill(&tx);
	e1000_wr(REG_TDT, tx.r_next);
	return OK;
}

/* Give the descriptor at rx_next back to the card. */
static void rx_give_back(void)
{
	rxd[rx_next].rd_status = 0;
	barrier();
	e1000_wr(REG_RDT, rx_next);
	rx_next = (rx_next + 1) % RX_SLOTS;
}

ssize_t rings_recv(const struct netdriver_data *data, size_t max)
{
	volatile struct rx_desc *d;
	size_t len;
	int r;

	for (;;) {
		d = &rxd[rx_next];
		if (!(d->rd_status & RXD_DD))
			return -EAGAIN;
		barrier();
		len = d->rd_length;
		if ((d->rd_status & RXD_EOP) && !(d->rd_errors & RXD_ERRORS)
		    && len >= NDEV_FRAME_MIN && len <= max)
			break;
		rx_bad++;		/* damaged, or in pieces: dropped */
		rx_give_back();
	}
	r = netdriver_copyout(data, 0, block + RX_BUF_OFF(rx_next), len);
	rx_give_back();
	return r == OK ? (ssize_t) len : r;
}

void rings_stat(struct ndev_stat *st)
{
	st->ns_rx_errors += rx_bad;
	st->ns_tx_errors += tx_bad;
}
