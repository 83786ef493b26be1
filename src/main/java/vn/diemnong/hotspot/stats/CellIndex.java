package vn.diemnong.hotspot.stats;

import java.util.List;

/** Position of each cell in a list, looked up by axial coordinates without boxing (open addressing). */
final class CellIndex {

	private final long[] keys;
	// position + 1, so that the default 0 marks an empty slot
	private final int[] slots;
	private final int mask;
	private final int shift;

	private CellIndex(int capacity) {
		keys = new long[capacity];
		slots = new int[capacity];
		mask = capacity - 1;
		shift = Long.numberOfLeadingZeros(capacity - 1L);
	}

	static CellIndex of(List<HexCell> cells) {
		int capacity = Integer.highestOneBit(Math.max(4, cells.size() * 2 - 1)) << 1;
		CellIndex index = new CellIndex(capacity);
		for (int p = 0; p < cells.size(); p++) {
			HexCell cell = cells.get(p);
			if (!index.add(key(cell.q(), cell.r()), p)) {
				throw new IllegalArgumentException("cell listed twice: " + cell);
			}
		}
		return index;
	}

	/** @return the position of the cell, or -1 if it is not indexed */
	int find(int q, int r) {
		long key = key(q, r);
		for (int slot = slot(key); slots[slot] != 0; slot = (slot + 1) & mask) {
			if (keys[slot] == key) {
				return slots[slot] - 1;
			}
		}
		return -1;
	}

	private boolean add(long key, int position) {
		int slot = slot(key);
		for (; slots[slot] != 0; slot = (slot + 1) & mask) {
			if (keys[slot] == key) {
				return false;
			}
		}
		keys[slot] = key;
		slots[slot] = position + 1;
		return true;
	}

	private int slot(long key) {
		return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
	}

	private static long key(int q, int r) {
		return ((long) q << 32) | (r & 0xFFFFFFFFL);
	}
}
