package vn.diemnong.observation;

import org.springframework.stereotype.Component;

import vn.diemnong.photo.PhotoCitations;

/** A photo cited by an observation of a site in the caller's communes may be shown to them. */
@Component
class ObservationPhotoCitations implements PhotoCitations {

	private final Observations observations;

	ObservationPhotoCitations(Observations observations) {
		this.observations = observations;
	}

	@Override
	public boolean visible(String sha256) {
		return observations.citesVisibly(sha256);
	}
}
