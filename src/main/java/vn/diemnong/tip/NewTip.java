package vn.diemnong.tip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A citizen's tip. {@code contact} (a phone number or an e-mail address) is optional and confidential;
 * {@code siteId} names a known site the tip is about, {@code sameAs} an open tip nearby (its {@code handle} from
 * the nearby answer) the reporter adds to.
 */
record NewTip(@NotNull @Valid Position position,
		@NotNull @Size(min = 1, max = 7) @Schema(description = "working, smoke_or_smell, wastewater_discharge,"
				+ " scrap_stockpiled, scrap_brought_in, equipment_removed, nobody_there") List<String> findings,
		@NotNull LocalDate seenOn, @Size(max = 2000) @Nullable String description,
		@Size(max = 200) @Nullable @Schema(description = "phone or e-mail; stored encrypted") String contact,
		@Nullable @Schema(description = "the commune's own officials are involved: only the department and the police"
				+ " see the tip") Boolean officialsInvolved,
		@Nullable Long siteId, @Nullable UUID sameAs) {

	/** WGS84; {@code accuracy} in metres when the phone gave the position. */
	record Position(@NotNull Double lon, @NotNull Double lat, @Nullable Double accuracy) {
	}

	boolean bypass() {
		return Boolean.TRUE.equals(officialsInvolved);
	}
}
