package vn.diemnong.commitment;

import vn.diemnong.common.Coded;

/** What a signer promises. */
enum Promise implements Coded {

	NO_SCRAP_RECYCLING, NO_SCRAP_COLLECTION, RELOCATE_TO_CLUSTER, STOP_DISCHARGE, OTHER
}
