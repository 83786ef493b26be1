package vn.diemnong.inspection;

import java.time.LocalDate;

import jakarta.persistence.Converter;

import vn.diemnong.common.Coded;
import vn.diemnong.common.CodedConverter;
import vn.diemnong.geo.AdminUnits;

/**
 * The title that signed a sanctioning decision, as the decision records it: the holders of the power to sanction
 * environmental violations under the Law on Handling Administrative Violations (Luật Xử lý vi phạm hành chính) and
 * Decree 45/2022/ND-CP. A decision is signed by a person in one of these offices (or by a deputy "KT." on their behalf);
 * the office and the name as written on it go with the code ({@code issuingAuthorityName}). Not an {@link Agency}: an
 * agency is a team member, while the power to sanction belongs to a title (the chair of a commune, not the commune).
 */
public enum IssuingAuthority implements Coded {

	/** Chủ tịch UBND cấp xã. */
	COMMUNE_CHAIR,
	/** Chủ tịch UBND cấp huyện: districts were abolished on 1 July 2025, so only for decisions before it. */
	DISTRICT_CHAIR,
	/** Chủ tịch UBND cấp tỉnh. */
	PROVINCE_CHAIR,
	/** Chánh Thanh tra Sở (the department's inspectorate). */
	INSPECTORATE_CHIEF,
	/** Trưởng đoàn thanh tra chuyên ngành. */
	INSPECTION_TEAM_HEAD,
	/** Trưởng Công an cấp xã. */
	COMMUNE_POLICE_CHIEF,
	/** Trưởng phòng Cảnh sát phòng, chống tội phạm về môi trường (PC03). */
	ENVIRONMENTAL_POLICE_CHIEF,
	/** Giám đốc Công an tỉnh. */
	PROVINCE_POLICE_DIRECTOR,
	/** Another title with the power to sanction: the decision's wording is then required. */
	OTHER;

	/** Whether the office existed on the day of the decision. */
	boolean existedOn(LocalDate day) {
		return this != DISTRICT_CHAIR || day.isBefore(AdminUnits.REFORM);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedConverter<IssuingAuthority> {

		JpaConverter() {
			super(IssuingAuthority.class);
		}
	}
}
