package vn.diemnong.site;

import vn.diemnong.common.Coded;

/** How precisely a corrected location was established. */
enum LocationPrecision implements Coded {

	/** Measured on site (GPS). */
	SURVEYED,
	/** Placed on aerial or satellite imagery. */
	IMAGERY,
	/** Placed from the address (street, hamlet, land parcel). */
	ADDRESS,
	/** Still approximate, but nearer than before (the hamlet, say). */
	APPROXIMATE
}
