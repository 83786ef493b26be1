package vn.diemnong.tip;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param responseDays       days the commune (or the department) has to answer a tip, counted from the day received
 * @param duplicateMetres    tips this close to each other …
 * @param duplicateDays      … and received within this many days of each other are proposed as duplicates
 * @param nearbyMetres       how far around the chosen point the public form shows open tips and known sites
 * @param nearbyDays         how old an open tip may be to be shown there
 * @param contactKey         the AES key of reporters' contacts, base64 (16, 24 or 32 bytes); or
 * @param contactKeyFile     a file holding it (made, readable by this user only, on first use when missing)
 */
@ConfigurationProperties("diemnong.tip")
record TipSettings(@DefaultValue("7") int responseDays, @DefaultValue("200") int duplicateMetres,
		@DefaultValue("7") int duplicateDays, @DefaultValue("300") int nearbyMetres, @DefaultValue("30") int nearbyDays,
		@Nullable String contactKey, @Nullable String contactKeyFile) {
}
