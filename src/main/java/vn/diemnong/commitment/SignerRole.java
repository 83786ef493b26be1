package vn.diemnong.commitment;

import vn.diemnong.common.Coded;

/** In what capacity the signer signed. */
enum SignerRole implements Coded {

	HOUSEHOLD_HEAD, DIRECTOR, OTHER
}
