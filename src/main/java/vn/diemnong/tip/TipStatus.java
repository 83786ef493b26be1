package vn.diemnong.tip;

import java.util.Set;

import vn.diemnong.common.Coded;

/** received → verifying → verified | unfounded | duplicate; the last three are final. */
enum TipStatus implements Coded {

	RECEIVED, VERIFYING, VERIFIED, UNFOUNDED, DUPLICATE;

	static final Set<TipStatus> OPEN = Set.of(RECEIVED, VERIFYING);

	boolean open() {
		return OPEN.contains(this);
	}

	/** A handler may move an open tip to any later status (a tip may be closed without a verifying step). */
	boolean canMoveTo(TipStatus next) {
		return open() && next != this && next != RECEIVED;
	}

	static TipStatus of(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}
}
