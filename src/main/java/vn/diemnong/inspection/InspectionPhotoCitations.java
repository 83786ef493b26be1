package vn.diemnong.inspection;

import org.springframework.stereotype.Component;

import vn.diemnong.photo.PhotoCitations;

/** A photo an inspection (or one of its sanctioning decisions) cites may be shown to those who may see the inspection. */
@Component
class InspectionPhotoCitations implements PhotoCitations {

	private final InspectionEvidence evidence;

	InspectionPhotoCitations(InspectionEvidence evidence) {
		this.evidence = evidence;
	}

	@Override
	public boolean visible(String sha256) {
		return evidence.citesVisibly(sha256);
	}
}
